import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese awards and recipients (session 13)', () => {
  it('"chồng chị, anh C, bế con lên nhận thay": who collects on someone\'s behalf is no recipient, past what they did', () => {
    expect(vi('Chủ tịch UBND tỉnh truy tặng Bằng khen cho anh Hoàng Văn Sơn; vợ anh, chị Lò Thị Hoa, dắt hai con lên nhận thay.')).toEqual([
      'Bằng khen -> Hoàng Văn Sơn',
    ]);
  });
  it('"Khoa X, Bệnh viện Y" is one recipient; the last listed body ends before ", nơi …"', () => {
    expect(vi('Giấy khen được trao cho 12 tập thể, trong đó có Khoa Nhi, Bệnh viện Đa khoa tỉnh Sơn La và Trạm Y tế xã Mường Bú, nơi anh Tòng từng làm việc.')).toEqual([
      'Giấy khen -> Khoa Nhi, Bệnh viện Đa khoa tỉnh Sơn La', 'Giấy khen -> Trạm Y tế xã Mường Bú',
    ]);
    expect(vi('Giám đốc Sở trao Bằng khen cho bác sĩ Lò Văn Hùng và tập thể Khoa Gây mê hồi sức - Chống đau, Bệnh viện Đa khoa tỉnh Điện Biên.')).toEqual([
      'Bằng khen -> Lò Văn Hùng', 'Bằng khen -> Khoa Gây mê hồi sức - Chống đau, Bệnh viện Đa khoa tỉnh Điện Biên',
    ]);
    // After a name, a body is where that person works.
    expect(vi('Huân chương Lao động hạng Ba được trao cho chị Vi Thị Lan, công nhân Công ty Cổ phần May Sơn Hà.')).toEqual(['Huân chương Lao động hạng Ba -> Vi Thị Lan']);
  });
  it('"X, đơn vị (từng) được tặng Y": the body before the comma; not a time, not a person\'s title', () => {
    expect(vi('Vườn quốc gia Bạch Mã, đơn vị từng đoạt Giải thưởng Môi trường Việt Nam năm 2020, vừa nhận thêm 500 cây giống.')).toEqual([
      'Giải thưởng Môi trường Việt Nam năm 2020 -> Vườn quốc gia Bạch Mã',
    ]);
    expect(vi('Đội CSGT số 3 Công an tỉnh, đơn vị được tặng Huân chương Chiến công hạng Ba năm 2023, đang tăng cường tuần tra.')).toEqual([
      'Huân chương Chiến công hạng Ba -> Đội CSGT số 3 Công an tỉnh',
    ]);
    expect(vi('Năm 2019, đơn vị từng được tặng Huân chương Lao động hạng Ba.')).toEqual(['Huân chương Lao động hạng Ba -> -']);
  });
  it('"A, 36 tuổi, vào ngành năm 2015 và đã hai lần đạt X": a verb phrase without a subject shares the one opening the sentence', () => {
    expect(vi('Thượng úy Đinh Văn Tài, 31 tuổi, nhập ngũ năm 2013 và đã ba lần đạt danh hiệu Chiến sĩ thi đua cơ sở.')).toEqual([
      'danh hiệu Chiến sĩ thi đua cơ sở -> Đinh Văn Tài',
    ]);
  });
  it('"… trao X cho cả hai": the people opening the two sentences before', () => {
    expect(vi('Anh Trần Quốc Huy, 30 tuổi, là kỹ sư cầu đường ở Đà Nẵng. Chị Lê Ngọc Mai, giáo viên mầm non, đã ba năm đi cùng đội cứu hộ. Thay mặt Chủ tịch UBND thành phố, ông Sơn trao Bằng khen cho cả hai.')).toEqual([
      'Bằng khen -> Trần Quốc Huy', 'Bằng khen -> Lê Ngọc Mai',
    ]);
  });
  it('"Anh A và B đều là …. Cả hai còn được nhận X": two short names after a courtesy word', () => {
    expect(vi('Anh Nguyễn Văn Hòa lái xe buýt. Anh Trần Đức Lâm là sinh viên. Anh Hòa và Lâm đều là đội viên. Cả hai còn được nhận Giấy khen của Thành đoàn Huế.')).toEqual([
      'Giấy khen của Thành đoàn Huế -> Nguyễn Văn Hòa', 'Giấy khen của Thành đoàn Huế -> Trần Đức Lâm',
    ]);
  });
  it('"cho 30 nông dân tiêu biểu. Người lớn tuổi nhất trong số đó là ông A": one of the group, named next', () => {
    expect(vi('Chủ tịch UBND tỉnh trao Bằng khen cho 30 nông dân tiêu biểu. Người lớn tuổi nhất trong số đó là ông Lò Văn Pâng, 71 tuổi.')).toEqual([
      'Bằng khen -> Lò Văn Pâng',
    ]);
  });
  it('a list after a colon: "và" inside a body\'s name joins nothing; the part after the last "và" ends it', () => {
    expect(vi('Thứ trưởng trao Bằng khen cho hai tập thể: Bộ môn Cây trồng và Bảo vệ thực vật của trường và Hợp tác xã Rau sạch An Phú ở xã Tân Hòa, tỉnh Đồng Tháp, nơi trồng thử suốt 5 năm.')).toEqual([
      'Bằng khen -> Bộ môn Cây trồng và Bảo vệ thực vật', 'Bằng khen -> Hợp tác xã Rau sạch An Phú',
    ]);
  });
  it('"của Đoàn Chủ tịch …", "Vì sự phát triển của phụ nữ Việt Nam", "Vùng Cảnh sát biển 3": whole givers and names', () => {
    expect(vi('Bằng khen của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam được trao cho Hợp tác xã Chè Tân Cương.')).toEqual([
      'Bằng khen của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam -> Hợp tác xã Chè Tân Cương',
    ]);
    expect(vi('Bà Hà Thị Loan nhận Kỷ niệm chương Vì sự phát triển của phụ nữ Việt Nam.')).toEqual(['Kỷ niệm chương Vì sự phát triển của phụ nữ Việt Nam -> Hà Thị Loan']);
    // (Not the count of recipients after "cho".)
    expect(vi('Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho 12 tập thể.')).toEqual(['Bằng khen của Chủ tịch UBND tỉnh -> -']);
  });
  it('"của Tư lệnh Vùng Cảnh sát biển 2 …, trong đó có Đại úy Sang và Trung úy Huy": the unit\'s number in the giver; ranks and given names for people named in full', () => {
    expect(vi('Thiếu tá Lê Văn Tâm và Đại úy Hồ Quốc Bảo trực ca đêm. Giấy khen của Tư lệnh Vùng Cảnh sát biển 3 được trao cho 12 cán bộ, chiến sĩ tàu CSB 9002, trong đó có Thiếu tá Tâm và Đại úy Bảo.')).toEqual([
      'Giấy khen của Tư lệnh Vùng Cảnh sát biển 3 -> Lê Văn Tâm', 'Giấy khen của Tư lệnh Vùng Cảnh sát biển 3 -> Hồ Quốc Bảo',
    ]);
  });
  it('"cho hai con trai ông A là anh B và anh C": the people after "là", not whose sons they are', () => {
    expect(vi('Chủ tịch UBND xã trao Giấy khen cho hai con gái bà Hương là chị Vũ Thị Mai và chị Vũ Thị Lan.')).toEqual([
      'Giấy khen -> Vũ Thị Mai', 'Giấy khen -> Vũ Thị Lan',
    ]);
  });
  it('"hồi đầu tháng này" ends a badge\'s name; "BS.CKII" is a courtesy degree', () => {
    expect(vi('Cả hai vừa được Trung ương Đoàn trao Huy hiệu Tuổi trẻ sáng tạo hồi cuối tháng trước.')).toEqual(['Huy hiệu Tuổi trẻ sáng tạo -> -']);
    expect(vi('Bằng khen được trao cho hai cá nhân: TS.BS Lê Văn An và BS.CKII Trần Thị Bình.')).toEqual(['Bằng khen -> Lê Văn An', 'Bằng khen -> Trần Thị Bình']);
  });
  it('"hòa giải" (mediation) is no prize; a list of bodies with their places in brackets; "tổ dân phố số 12" inside a name', () => {
    expect(vi('Những tổ hòa giải "giữ lửa"')).toEqual([]);
    expect(vi('Cờ thi đua được trao cho hai tập thể là Tổ hòa giải thôn Bản Phố (xã Mèo Vạc, tỉnh Tuyên Quang) và Tổ hòa giải tổ dân phố số 5, phường Ba Đình (Hà Nội).')).toEqual([
      'Cờ thi đua -> Tổ hòa giải thôn Bản Phố', 'Cờ thi đua -> Tổ hòa giải tổ dân phố số 5',
    ]);
  });
  it('"Ông, người từng được tặng X": the man of the sentence before', () => {
    expect(vi('Ông Danh Sơn, 68 tuổi, ở ấp Tà Ên. Ông Sơn là người có uy tín trong đồng bào Khmer, làm hòa giải viên từ năm 1995. Ông, người từng được tặng Huân chương Lao động hạng Ba năm 2019, đã hòa giải hơn 200 vụ. "Người Khmer mình giận thì giận, nhưng ngồi lại với nhau là hết", ông cười.')).toEqual([
      'Huân chương Lao động hạng Ba -> Danh Sơn',
    ]);
  });
  it('"Các tập thể được khen gồm: A, B cùng bốn chi hội …": the bodies named, not the counted rest', () => {
    expect(vi('Bằng khen của Trung ương Hội được trao cho 5 tập thể. Các tập thể được khen gồm: Hội Chữ thập đỏ xã Gio Linh, Đội sơ cấp cứu Chữ thập đỏ phường Đông Hà cùng ba chi hội khác.')).toEqual([
      'Bằng khen của Trung ương Hội -> Hội Chữ thập đỏ xã Gio Linh', 'Bằng khen của Trung ương Hội -> Đội sơ cấp cứu Chữ thập đỏ phường Đông Hà',
    ]);
  });
  it('"X tổ chức lễ kỷ niệm … Ngày thành lập <national body> và đón nhận Y": the host; the anniversary of its own unit is the unit\'s', () => {
    expect(vi('Sáng qua, Hội Nông dân tỉnh Nghệ An tổ chức lễ kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2025) và đón nhận Huân chương Lao động hạng Nhì.')).toEqual([
      'Huân chương Lao động hạng Nhì -> Hội Nông dân tỉnh Nghệ An',
    ]);
    expect(vi('Sáng qua, Bộ Tư lệnh Vùng Cảnh sát biển 2 tổ chức lễ kỷ niệm 20 năm Ngày thành lập Hải đội 201 (1/12/2005 - 1/12/2025) và đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba.')).toEqual([
      'Huân chương Bảo vệ Tổ quốc hạng Ba -> Hải đội 201',
    ]);
  });
  it('"… trao X cho 4 tập thể và 2 cá nhân." then, sentences on, "Ba tập thể còn lại được vinh danh gồm: …" and "Hai cá nhân nhận giải năm nay là …"', () => {
    expect(vi('Tối qua, Bộ tổ chức lễ trao Giải thưởng Xanh năm 2026 cho 4 tập thể và 2 cá nhân. Ở nhóm doanh nghiệp, giải thưởng thuộc về Công ty Cổ phần Giấy An Hòa. Ông Lê Văn Minh, giám đốc công ty, nói rằng đơn vị đã đầu tư lớn. Ba tập thể còn lại được vinh danh gồm: Hợp tác xã Rau sạch Tân Phú (Đồng Nai), với mô hình ủ phân; Trường Tiểu học Hòa Bình (Huế); và Câu lạc bộ Xe đạp Xanh phường Ba Đình (Hà Nội). Hai cá nhân nhận giải năm nay là TS Nguyễn Thị Lan, giảng viên Trường Đại học Huế, và ông Trần Văn Tâm, một ngư dân ở Cà Mau.')).toEqual([
      'Giải thưởng Xanh năm 2026 -> Công ty Cổ phần Giấy An Hòa', 'Giải thưởng Xanh năm 2026 -> Hợp tác xã Rau sạch Tân Phú',
      'Giải thưởng Xanh năm 2026 -> Trường Tiểu học Hòa Bình', 'Giải thưởng Xanh năm 2026 -> Câu lạc bộ Xe đạp Xanh phường Ba Đình',
      'Giải thưởng Xanh năm 2026 -> Nguyễn Thị Lan', 'Giải thưởng Xanh năm 2026 -> Trần Văn Tâm',
    ]);
  });
});
