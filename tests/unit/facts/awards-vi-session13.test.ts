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
});
