import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string): string[] => awardLines(factsOf('vi', text));

describe('Vietnamese recipients (session 10)', () => {
  it('a bracketed aside after each listed name; a counted group, then who is in it', () => {
    expect(vi('Bác sĩ Trần Thị Mai (khoa Nhi) và bác sĩ Đỗ Văn Hùng (khoa Ngoại) được tặng danh hiệu Thầy thuốc Ưu tú.')).toEqual([
      'danh hiệu Thầy thuốc Ưu tú -> Trần Thị Mai', 'danh hiệu Thầy thuốc Ưu tú -> Đỗ Văn Hùng',
    ]);
    expect(vi('Năm nay, ba nghệ nhân của làng là bà Lò Thị Xuân, ông Cầm Văn Khiêm và bà Quàng Thị Hoa được phong tặng danh hiệu Nghệ nhân Ưu tú.')).toEqual([
      'danh hiệu Nghệ nhân Ưu tú -> Lò Thị Xuân', 'danh hiệu Nghệ nhân Ưu tú -> Cầm Văn Khiêm', 'danh hiệu Nghệ nhân Ưu tú -> Quàng Thị Hoa',
    ]);
  });
  it('those who share it are not the subject: "ông cùng hai cộng sự là A và B"', () => {
    expect(vi('Kỹ sư Phạm Văn Lộc làm thủy điện. Năm 2012, ông cùng hai cộng sự là kỹ sư Hà Văn Sơn và kỹ sư Lê Thị Nga được tặng Giải thưởng Nhà nước về khoa học và công nghệ.')).toContain(
      'Giải thưởng Nhà nước về khoa học và công nghệ -> Phạm Văn Lộc',
    );
  });
  it('"có thêm" receives; the pronoun is the teacher named before', () => {
    expect(vi('Thầy Đoàn Văn Thịnh dạy hóa. Năm 2019, thầy có thêm Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo.')).toEqual([
      'Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo -> Đoàn Văn Thịnh',
    ]);
  });
  it('"chủ nhân <award> <name>": the holder named right after the award', () => {
    expect(vi('Chủ nhân Quả bóng vàng nữ Việt Nam 2024 Trần Thị Thùy Trang ghi bàn ở phút 12.')).toEqual(['Quả bóng vàng nữ Việt Nam 2024 -> Trần Thị Thùy Trang']);
  });
  it('a described team, then a person after "và", are two recipients', () => {
    expect(vi('Ông Tuấn trao Bằng khen của Chủ tịch UBND tỉnh Nghệ An cho tập thể đội bóng và trợ lý Nguyễn Đức Anh.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh Nghệ An -> tập thể đội bóng', 'Bằng khen của Chủ tịch UBND tỉnh Nghệ An -> Nguyễn Đức Anh',
    ]);
  });
  it('two short names, one of them Khmer, share the award', () => {
    expect(vi('Anh Lê Văn Hậu và anh Chau Sóc Khên đã cứu hai em nhỏ. Hậu và Sóc Khên được UBND xã tặng Giấy khen.')).toEqual([
      'Giấy khen -> Lê Văn Hậu', 'Giấy khen -> Chau Sóc Khên',
    ]);
  });
  it('"tập thể này", "người … này": the body or person just named', () => {
    expect(vi('Hợp tác xã Chè Tân Cương đón nhận Cờ thi đua của Chính phủ. Năm 2019, tập thể này từng được tặng Bằng khen của Thủ tướng Chính phủ.')).toEqual([
      'Cờ thi đua của Chính phủ -> Hợp tác xã Chè Tân Cương', 'Bằng khen của Thủ tướng Chính phủ -> Hợp tác xã Chè Tân Cương',
    ]);
    expect(vi('Chị Trần Thị Hoa là bác sĩ trẻ. Người phụ nữ Ê Đê này từng nhận Giải thưởng Tạ Quang Bửu năm 2024.')).toEqual(['Giải thưởng Tạ Quang Bửu năm 2024 -> Trần Thị Hoa']);
  });
  it('a pronoun after a colon, after "cho", after "dành cho"', () => {
    expect(vi('Tên liệt sĩ Phạm Văn Đông được đọc lên: anh được truy tặng Huân chương Dũng cảm.')).toEqual(['Huân chương Dũng cảm -> Phạm Văn Đông']);
    expect(vi('Bà Võ Thị Liên là cán bộ hội. Kỷ niệm chương "Vì sự nghiệp phụ nữ Việt Nam" năm nay dành cho bà.')).toEqual([
      'Kỷ niệm chương "Vì sự nghiệp phụ nữ Việt Nam" -> Võ Thị Liên',
    ]);
    expect(vi('TS Ngô Thị Lan làm ở viện. Giải thưởng Kovalevskaia được trao cho chị nhờ công trình về lúa chịu hạn.')).toEqual(['Giải thưởng Kovalevskaia -> Ngô Thị Lan']);
  });
  it('"trong đó có" one body; a colon list with a quoted body first', () => {
    expect(vi('Huyện đoàn tặng Giấy khen cho 9 đội hình, trong đó có Câu lạc bộ Hiến máu tình nguyện Trường Cao đẳng Y tế Bình Định.')).toEqual([
      'Giấy khen -> Câu lạc bộ Hiến máu tình nguyện Trường Cao đẳng Y tế Bình Định',
    ]);
    expect(vi('Bằng khen của Tỉnh đoàn được trao cho một tập thể và hai cá nhân: Đội hình "Tiếp sức mùa thi" của Trường Đại học Quy Nhơn, anh Trần Văn Nam và chị Lê Thị Hạnh.')).toEqual([
      'Bằng khen của Tỉnh đoàn -> Đội hình "Tiếp sức mùa thi" của Trường Đại học Quy Nhơn', 'Bằng khen của Tỉnh đoàn -> Trần Văn Nam', 'Bằng khen của Tỉnh đoàn -> Lê Thị Hạnh',
    ]);
  });
  it('a prize named in full, then by the proper name closing it', () => {
    expect(vi('Bộ trưởng trao Giải thưởng Sáng tạo khoa học Ngọn Đuốc Xanh năm 2025 cho 8 kỹ sư trẻ. Ở lĩnh vực Cơ khí, KS Hoàng Văn Mạnh (Viện Cơ khí) giành Ngọn Đuốc Xanh với máy gặt mini. KS Trịnh Thu Hà nhận Ngọn Đuốc Xanh năm 2025 từ Bộ trưởng. Ông nói Ngọn Đuốc Xanh là niềm tự hào.')).toEqual([
      'Giải thưởng Sáng tạo khoa học Ngọn Đuốc Xanh năm 2025 -> Hoàng Văn Mạnh', 'Giải thưởng Sáng tạo khoa học Ngọn Đuốc Xanh năm 2025 -> Trịnh Thu Hà',
    ]);
  });
  it('a candidacy is no award', () => {
    expect(vi('Thành phố đưa Hội An vào hồ sơ ứng cử hạng mục "Điểm đến văn hóa" của World Travel Awards.')).toEqual([]);
  });
  it('a colon list of bodies with bracketed places; a body named with lower-case words', () => {
    expect(vi('Bằng khen của Bộ trưởng được trao cho hai hợp tác xã: HTX Chè búp Tân Cương Xanh (xã Tân Cương) và HTX Mật ong Bắc Sơn (xã Bắc Sơn).')).toEqual([
      'Bằng khen của Bộ trưởng -> HTX Chè búp Tân Cương Xanh', 'Bằng khen của Bộ trưởng -> HTX Mật ong Bắc Sơn',
    ]);
    expect(vi('Công đoàn các Khu công nghiệp Bắc Ninh được đón nhận Cờ thi đua của Chính phủ.')).toEqual(['Cờ thi đua của Chính phủ -> Công đoàn các Khu công nghiệp Bắc Ninh']);
  });
  it('a short given name that is also a body word ("Khoa") stays a person', () => {
    expect(vi('Ông Lê Đăng Khoa là xã viên. Bà Phạm Thu Hà là kế toán. Ông Sơn trao Giấy khen cho ông Khoa và bà Thu Hà.')).toEqual([
      'Giấy khen -> Lê Đăng Khoa', 'Giấy khen -> Phạm Thu Hà',
    ]);
  });
  it('a pronoun between the verb and the award; "dịp này" ends a name', () => {
    expect(vi('Cô Vũ Thị Hạnh hy sinh khi cứu học sinh. Sở Giáo dục cũng truy tặng cô Bằng khen.')).toEqual(['Bằng khen -> Vũ Thị Hạnh']);
    expect(vi('Ông Lý Văn Tú dạy học 30 năm. Ông là một trong năm người được trao Kỷ niệm chương Vì sự nghiệp giáo dục dịp này.')).toEqual([
      'Kỷ niệm chương Vì sự nghiệp giáo dục -> Lý Văn Tú',
    ]);
  });
  it('a counted subject with "trong đó có"; "Trong số N … được trao X có ông A"', () => {
    expect(vi('Ba doanh nghiệp, trong đó có Công ty CP Nhựa Tiền Phong, nhận Bằng khen của Chủ tịch UBND tỉnh.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh -> Công ty CP Nhựa Tiền Phong',
    ]);
    expect(vi('Trong số 15 cán bộ được trao Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn có bà Đỗ Thị Mận, Chủ tịch Công đoàn trường.')).toEqual([
      'Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn -> Đỗ Thị Mận',
    ]);
  });
  it('"Hai vợ chồng", "hai mẹ con": the pair named before', () => {
    expect(vi('Ở xưởng còn có vợ chồng anh Trịnh Văn Đức và chị Hoàng Thị Lan. Hai vợ chồng cùng được tặng Bằng khen của Liên đoàn Lao động tỉnh.')).toEqual([
      'Bằng khen của Liên đoàn Lao động tỉnh -> Trịnh Văn Đức', 'Bằng khen của Liên đoàn Lao động tỉnh -> Hoàng Thị Lan',
    ]);
  });
  it('"Bằng Lao động sáng tạo"; a rank and a short name; the fire service named in full', () => {
    expect(vi('Bằng Lao động sáng tạo của Tổng Liên đoàn Lao động Việt Nam được trao cho anh Vương Đình Huệ.')).toEqual([
      'Bằng Lao động sáng tạo của Tổng Liên đoàn Lao động Việt Nam -> Vương Đình Huệ',
    ]);
    expect(vi('Trung tá Nguyễn Hữu Phước chỉ huy vụ cứu nạn. Trung tá Phước từng được tặng Huân chương Chiến công hạng Nhì.')).toEqual([
      'Huân chương Chiến công hạng Nhì -> Nguyễn Hữu Phước',
    ]);
    expect(vi('Ông Hải trao Giấy khen cho Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ và Công an xã Tân Lập.')).toEqual([
      'Giấy khen -> Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Giấy khen -> Công an xã Tân Lập',
    ]);
  });
  it('a K\'Ho family name; a contest is no person', () => {
    expect(vi('Ông Liêng Jrang Ha Tiến, 60 tuổi, trồng cà phê. Ông Tiến từng được tặng danh hiệu Nông dân Việt Nam xuất sắc.')).toEqual([
      'danh hiệu Nông dân Việt Nam xuất sắc -> Liêng Jrang Ha Tiến',
    ]);
    expect(vi('Cô Đào Thị Quế dạy hóa. Học trò của cô giành huy chương Vàng Olympic Vật lý quốc tế. Năm 2020, cô được công nhận danh hiệu Chiến sĩ thi đua toàn quốc.')).toContain(
      'danh hiệu Chiến sĩ thi đua toàn quốc -> Đào Thị Quế',
    );
  });
  it('"Cả hai" after two short names; "công nhận … cho" gives', () => {
    expect(vi('Danh hiệu được trao cho ca sĩ Phạm Thu Hà và nhạc công Lê Văn Tâm. Hà và Tâm là vợ chồng, cùng vào đoàn năm 2001. Cả hai từng được tặng Huy chương Vì sự nghiệp Văn hóa.')).toEqual([
      'Huy chương Vì sự nghiệp Văn hóa -> Phạm Thu Hà', 'Huy chương Vì sự nghiệp Văn hóa -> Lê Văn Tâm',
    ]);
    expect(vi('Chủ tịch UBND tỉnh cũng công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh cho bốn cá nhân. Y sĩ Hoàng Thị Mến là một trong bốn cá nhân nhận danh hiệu Chiến sĩ thi đua cấp tỉnh.')).toEqual([
      'danh hiệu Chiến sĩ thi đua cấp tỉnh -> Hoàng Thị Mến',
    ]);
  });
  it('"Khoa X, một trong hai tập thể nhận …"; "Được tặng X lần này là A, <apposition>, và B"', () => {
    expect(vi('Ông Lò Văn Dũng nói về khoa. Khoa Ngoại, một trong hai tập thể nhận Bằng khen, cũng vừa giành giải Nhì hội thi.')).toEqual(['Bằng khen -> Khoa Ngoại']);
    expect(vi('Được tặng Cờ thi đua của Chính phủ lần này là Công ty CP Mía đường Sơn La, đơn vị nộp ngân sách lớn nhất tỉnh, và Công ty TNHH Chè Mộc Châu.')).toEqual([
      'Cờ thi đua của Chính phủ -> Công ty CP Mía đường Sơn La', 'Cờ thi đua của Chính phủ -> Công ty TNHH Chè Mộc Châu',
    ]);
  });
  it('"Trong số này có ba người của X: A, B và C"; "trong đó có ba gương mặt …: A, B và C"', () => {
    expect(vi('Bằng khen của Bộ trưởng Bộ Y tế được trao cho 6 tập thể và 14 cá nhân. Trong số này có hai người của Trạm Y tế xã Tà Xùa: Trạm trưởng Mùa A Dế và y sĩ Giàng Thị Mai.')).toEqual([
      'Bằng khen của Bộ trưởng Bộ Y tế -> Mùa A Dế', 'Bằng khen của Bộ trưởng Bộ Y tế -> Giàng Thị Mai',
    ]);
    expect(vi('Tám nghệ nhân khác được phong tặng danh hiệu Nghệ nhân Ưu tú, trong đó có hai gương mặt trẻ: chị Lò Thị Hương và anh Cầm Bá Tuấn.')).toEqual([
      'danh hiệu Nghệ nhân Ưu tú -> Lò Thị Hương', 'danh hiệu Nghệ nhân Ưu tú -> Cầm Bá Tuấn',
    ]);
  });
  it('"Trung tâm Dự báo …" and a person; "của Chủ tịch UBND thành phố truy tặng anh A"; an apposition after the last part', () => {
    expect(vi('Ông Kiên trao Bằng khen của Bộ trưởng cho Đài Dự báo thời tiết khu vực Tây Bắc và dự báo viên Vũ Thị Hằng.')).toEqual([
      'Bằng khen của Bộ trưởng -> Đài Dự báo thời tiết khu vực Tây Bắc', 'Bằng khen của Bộ trưởng -> Vũ Thị Hằng',
    ]);
    expect(vi('Bà Hằng trao Bằng khen của Chủ tịch UBND thành phố truy tặng anh Trần Văn Lực, người đã hiến máu 40 lần.')).toEqual([
      'Bằng khen của Chủ tịch UBND thành phố -> Trần Văn Lực',
    ]);
    expect(vi('Ông Nghĩa trao Giấy khen cho Công ty TNHH Cơ khí Hòa Bình và kỹ sư Phan Văn Trung, người chỉ huy đội lắp máy.')).toEqual([
      'Giấy khen -> Công ty TNHH Cơ khí Hòa Bình', 'Giấy khen -> Phan Văn Trung',
    ]);
  });
  it('"tặng nhà trường X": the body named before; a title in apposition ends the list', () => {
    expect(vi('Trường THPT Chuyên Lào Cai đón nhận Cờ thi đua của Chính phủ. Nhân dịp này, tỉnh Phông-sa-lỳ tặng nhà trường Huân chương Hữu nghị.')).toEqual([
      'Cờ thi đua của Chính phủ -> Trường THPT Chuyên Lào Cai', 'Huân chương Hữu nghị -> Trường THPT Chuyên Lào Cai',
    ]);
    expect(vi('Kỷ niệm chương "Vì sự nghiệp giáo dục" được trao cho ông Bounmy Keomany, Phó Giám đốc Sở Giáo dục và Thể thao tỉnh Luang Namtha, người từng học ở trường.')).toEqual([
      'Kỷ niệm chương "Vì sự nghiệp giáo dục" -> Bounmy Keomany',
    ]);
  });
});
