import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese awards and recipients (session 18)', () => {
  it('"giải A chuyên ngành X", "giải khuyến khích thể loại Y": a tier with its field names a prize, in any case', () => {
    expect(vi('Nhà thơ Lê Minh Khuê nhận giải A chuyên ngành Văn học với tập thơ "Sông quê".')).toEqual(['giải A chuyên ngành Văn học -> Lê Minh Khuê']);
    expect(vi('Nhà nghiên cứu Đỗ Thị Hạnh nhận giải khuyến khích chuyên ngành Văn nghệ dân gian.')).toEqual([
      'giải khuyến khích chuyên ngành Văn nghệ dân gian -> Đỗ Thị Hạnh',
    ]);
    expect(vi('Giải B chuyên ngành Kiến trúc được trao cho công trình "Nhà làng" của kiến trúc sư Phạm Văn Tâm.')).toEqual([
      'Giải B chuyên ngành Kiến trúc -> Phạm Văn Tâm',
    ]);
  });
  it('"Hai giải B … lần lượt thuộc về: A … và B …": one each, past "lần lượt" and the colon', () => {
    const text = 'Hai giải B chuyên ngành Mỹ thuật lần lượt thuộc về: họa sĩ Trần Văn Lâm với bức tranh lụa "Chiều" và nhà điêu khắc Vũ Thị Hoa với tượng đồng "Mẹ".';
    expect(vi(text)).toEqual(['giải B chuyên ngành Mỹ thuật -> Trần Văn Lâm', 'giải B chuyên ngành Mỹ thuật -> Vũ Thị Hoa']);
  });
  it('"truy tặng giải Cống hiến trọn đời cho nhạc sĩ A": the lower-case words of the prize up to whom it is given', () => {
    expect(vi('Hội đồng truy tặng giải Cống hiến trọn đời cho nhạc sĩ Lê Văn Thành.')).toEqual(['giải Cống hiến trọn đời -> Lê Văn Thành']);
  });
  it('"trao Cờ thi đua cho công ty, đơn vị dẫn đầu …": the company the story opens on, not one named since', () => {
    const text = 'Công ty Cổ phần Dệt May Hòa Bình tổ chức lễ kỷ niệm 50 năm thành lập. Công ty ký hợp đồng với Công ty TNHH Sợi Nam Định từ năm 2023. Tại buổi lễ, ông Trần Văn Hùng trao Cờ thi đua của UBND tỉnh cho công ty, đơn vị dẫn đầu phong trào thi đua năm 2025.';
    expect(vi(text)).toEqual(['Cờ thi đua của UBND tỉnh -> Công ty Cổ phần Dệt May Hòa Bình']);
  });
  it('"Anh A, …. Chị B, …. Tại hội nghị, hai người cùng được … trao X": the people opening the sentences before', () => {
    const text = 'Anh Trần Văn Toàn, 31 tuổi, nuôi cá lồng trên sông Hậu. Chị Lý Thị Mai, người Khmer, mở tổ dệt thổ cẩm với 40 chị em. Tại hội nghị, hai người cùng được Phó Chủ tịch Ngô Văn Đức trao Bằng khen của Trung ương Hội.';
    expect(vi(text)).toEqual(['Bằng khen của Trung ương Hội -> Trần Văn Toàn', 'Bằng khen của Trung ương Hội -> Lý Thị Mai']);
  });
  it('"…, em nhận Giấy khen" after a teacher speaks of the pupil: the one the story calls "em"', () => {
    const text = 'Đoàn công tác đến thăm gia đình em Hà Văn Long, học sinh lớp 7A. Thầy Trần Văn Hải, Hiệu trưởng nhà trường, cho biết Long là học sinh chăm ngoan. Năm 2025, em nhận Giấy khen của Hội đồng Đội huyện.';
    expect(vi(text)).toEqual(['Giấy khen của Hội đồng Đội huyện -> Hà Văn Long']);
  });
  it('"cho hai tập thể và ba cá nhân: Đồn A; Đội B thuộc …; Trung tá C; …": a body opening its item is its recipient', () => {
    const text = 'Bằng khen của Bộ trưởng Bộ Quốc phòng được trao cho hai tập thể và hai cá nhân: Đồn Biên phòng Pa Nang; Đội Trinh sát thuộc Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Trung tá Lê Văn Hòa; Đại úy Hồ Thị Mai, y sĩ của đồn.';
    expect(vi(text)).toEqual([
      'Bằng khen của Bộ trưởng Bộ Quốc phòng -> Đồn Biên phòng Pa Nang', 'Bằng khen của Bộ trưởng Bộ Quốc phòng -> Đội Trinh sát thuộc Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
      'Bằng khen của Bộ trưởng Bộ Quốc phòng -> Lê Văn Hòa', 'Bằng khen của Bộ trưởng Bộ Quốc phòng -> Hồ Thị Mai',
    ]);
  });
  it('"Sáu nghệ nhân được phong tặng X. Bốn người trong số đó là: bà A (…); ông B (…) và ông C, Chủ tịch …": the counted subject\'s people below', () => {
    const text = 'Sáu nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú. Bốn người trong số đó là: bà Trần Thị Lan (nghề dệt chiếu, xã Phù Mỹ); ông Lê Văn Quý (nghề rèn, phường Bồng Sơn); bà Đinh Thị Hiền (nghề gốm) và ông Võ Văn Tâm, Chủ tịch Hội Võ thuật tỉnh.';
    expect(vi(text)).toEqual(['danh hiệu Nghệ nhân Ưu tú -> Trần Thị Lan', 'danh hiệu Nghệ nhân Ưu tú -> Lê Văn Quý', 'danh hiệu Nghệ nhân Ưu tú -> Đinh Thị Hiền', 'danh hiệu Nghệ nhân Ưu tú -> Võ Văn Tâm']);
  });
  it('"cho A (phường X) và B vì …", "cho ba bác sĩ: A (khoa …), B (khoa Hồi sức tích cực - Chống độc) và C": items past their brackets', () => {
    expect(vi('Bằng khen được trao cho Võ đường Tân Long (phường An Nhơn) và Câu lạc bộ Hát bội xã Phù Cát vì thành tích truyền dạy.')).toEqual([
      'Bằng khen -> Võ đường Tân Long', 'Bằng khen -> Câu lạc bộ Hát bội xã Phù Cát',
    ]);
    expect(vi('Danh hiệu Thầy thuốc Ưu tú được trao cho ba bác sĩ: Lê Thị Hoa (khoa Sản), Trần Văn Nam (khoa Hồi sức tích cực - Chống độc) và Phạm Văn Sơn (khoa Nhi).')).toEqual([
      'Danh hiệu Thầy thuốc Ưu tú -> Lê Thị Hoa', 'Danh hiệu Thầy thuốc Ưu tú -> Trần Văn Nam', 'Danh hiệu Thầy thuốc Ưu tú -> Phạm Văn Sơn',
    ]);
  });
  it('"Giải A loại hình phát thanh thuộc về … của nhóm tác giả do nhà báo A làm trưởng nhóm": "loại hình" names the field too', () => {
    expect(vi('Giải A loại hình truyền hình thuộc về phóng sự "Phố đêm" của nhà báo Trần Minh Đức.')).toEqual(['Giải A loại hình truyền hình -> Trần Minh Đức']);
  });
  it('"Giải Nhì thể loại thơ: bà A, …", "giải Khuyến khích thể loại thơ khi mới 12 tuổi": the holder after a colon, the field before "khi"', () => {
    expect(vi('Giải Nhì thể loại thơ: bà Trần Thị Mai, Phó Hiệu trưởng Trường Tiểu học Ngô Mây, với chùm thơ "Sân trường".')).toEqual(['Giải Nhì thể loại thơ -> Trần Thị Mai']);
    expect(vi('Em Võ Minh Anh được trao giải Khuyến khích thể loại thơ khi mới 12 tuổi.')).toEqual(['giải Khuyến khích thể loại thơ -> Võ Minh Anh']);
  });
  it('"Giải Ba … thuộc về nhóm học sinh lớp 8A Trường X với …": a group described in lower case, with its school', () => {
    expect(vi('Giải Ba thể loại thơ thuộc về nhóm học sinh lớp 9B Trường THCS Lê Lợi với tập thơ "Sân trường".')).toEqual(['Giải Ba thể loại thơ -> nhóm học sinh lớp 9B Trường THCS Lê Lợi']);
  });
});
