import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese recipients from set 13 (session 7)', () => {
  it('a word stressing the object ("nhận chính", "nhận thêm") and a second clause after a comma inside a name', () => {
    expect(vi('Bà Trần Thị Thu Vân, Chủ tịch Công đoàn công ty, phát biểu. Bà Vân vào nhà máy từ năm 2005, và từng nhận chính Giải thưởng Tôn Đức Thắng vào năm 2019.')).toEqual([
      'Giải thưởng Tôn Đức Thắng vào năm 2019 -> Trần Thị Thu Vân',
    ]);
    expect(vi('Ông Lê Văn Hùng là huấn luyện viên trưởng. Ông từng được tặng Kỷ niệm chương Vì sự nghiệp Thể dục, thể thao năm 2018 và mới đây được nhận thêm Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.')).toEqual([
      'Kỷ niệm chương Vì sự nghiệp Thể dục -> Lê Văn Hùng',
      'Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch -> Lê Văn Hùng',
    ]);
  });
  it('a group named by its body: "đội tuyển bóng chuyền Việt Nam", "nhóm nghiên cứu của Viện Hải dương học"', () => {
    expect(vi('Trước đó, đội tuyển bóng chuyền nữ Việt Nam đã được nhận Bằng khen của Thủ tướng Chính phủ.')).toEqual([
      'Bằng khen của Thủ tướng Chính phủ -> đội tuyển bóng chuyền nữ Việt Nam',
    ]);
    expect(vi('Sau đợt bão, nhóm nghiên cứu của Viện Hải dương học được nhận Bằng khen của Chủ tịch UBND tỉnh Khánh Hòa.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh Khánh Hòa -> nhóm nghiên cứu của Viện Hải dương học',
    ]);
  });
  it('"là người nhận X": the name in apposition, not the one after "của"', () => {
    expect(vi('Người hướng dẫn của Minh, GS.TS Phan Văn Tuấn, Viện trưởng Viện Cơ học, là người nhận Giải thưởng Tạ Quang Bửu năm 2020.')).toEqual([
      'Giải thưởng Tạ Quang Bửu năm 2020 -> Phan Văn Tuấn',
    ]);
  });
  it('"Tổng Liên đoàn Lao động Việt Nam" is whole; "HLV Bảo" is the coach named before', () => {
    expect(vi('Ông Võ Văn Nam trao Bằng khen của Tổng Liên đoàn Lao động Việt Nam cho Công đoàn Công ty Cổ phần May Bình Minh.')).toEqual([
      'Bằng khen của Tổng Liên đoàn Lao động Việt Nam -> Công đoàn Công ty Cổ phần May Bình Minh',
    ]);
    const text = 'Nguyễn Thùy Linh tập bơi từ năm 2017 dưới sự dìu dắt của HLV Phạm Quốc Bảo. Cô giành ba HCV.\n\nVề phần mình, HLV Bảo cho biết học trò đã tập kỹ thuật quay vòng. Ông từng được tặng Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.';
    expect(vi(text)).toEqual(['Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch -> Phạm Quốc Bảo']);
  });
});
