import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese awards and recipients (session 11)', () => {
  it('"bằng khen này" is the certificate just named, not one named later', () => {
    expect(vi('Bằng khen của Chủ tịch UBND tỉnh Quảng Trị được trao cho ông Lê Văn Hòa. Cùng nhận bằng khen này là bà Phan Thị Mến ở xã Cam Lộ. Sau đó, ông Tuấn trao Bằng khen của Bộ trưởng Bộ Y tế cho Bệnh viện Đa khoa tỉnh.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh Quảng Trị -> Lê Văn Hòa',
      'Bằng khen của Chủ tịch UBND tỉnh Quảng Trị -> Phan Thị Mến',
      'Bằng khen của Bộ trưởng Bộ Y tế -> Bệnh viện Đa khoa tỉnh',
    ]);
  });
  it('"Cả hai" after a pair named with courtesy words, past a sentence that names nobody', () => {
    expect(vi('Chị Hoa và chồng là anh Phạm Văn Khải cùng làm nghề muối ở Sa Huỳnh. Mùa mưa năm ngoái, hai vợ chồng đã chở hàng cứu trợ vào các thôn bị cô lập. Cả hai còn nhận Giấy khen của Chủ tịch UBND xã.')).toEqual([
      'Giấy khen của Chủ tịch UBND xã -> Hoa', 'Giấy khen của Chủ tịch UBND xã -> Phạm Văn Khải',
    ]);
    expect(vi('Bà Sáu Nhỏ và ông Bảy là vợ chồng, cùng mở lớp dạy đàn ở Châu Đốc. Cả hai từng nhận Bằng khen của Chủ tịch UBND tỉnh An Giang.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh An Giang -> Sáu Nhỏ', 'Bằng khen của Chủ tịch UBND tỉnh An Giang -> Bảy',
    ]);
  });
  it('a counted subject, then its people between commas, before the verb', () => {
    expect(vi('Ba thanh niên lao xuống dòng nước xiết, Lò Văn Pọm, Vì Văn Đức và Quàng Thị Ún, nhận Bằng khen của Chủ tịch UBND tỉnh Sơn La.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh Sơn La -> Lò Văn Pọm',
      'Bằng khen của Chủ tịch UBND tỉnh Sơn La -> Vì Văn Đức',
      'Bằng khen của Chủ tịch UBND tỉnh Sơn La -> Quàng Thị Ún',
    ]);
  });
  it('"X được ông A trao cho B, C và D": the one who handed it over between "được" and the verb', () => {
    expect(vi('Bằng khen của Chủ tịch UBND tỉnh Nghệ An được ông Trần Quốc Thành trao cho Hồ Thị Lan, Lê Văn Tâm và Phan Thị Hiền.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh Nghệ An -> Hồ Thị Lan',
      'Bằng khen của Chủ tịch UBND tỉnh Nghệ An -> Lê Văn Tâm',
      'Bằng khen của Chủ tịch UBND tỉnh Nghệ An -> Phan Thị Hiền',
    ]);
  });
  it('guard: a bare "Bằng khen" from a ministry stays apart from another giver\'s certificate', () => {
    expect(vi('Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tặng Bằng khen cho HLV Trần Văn Hùng. Bằng khen của Chủ tịch UBND tỉnh Nghệ An được trao cho Lê Văn Tâm.')).toEqual([
      'Bằng khen -> Trần Văn Hùng', 'Bằng khen của Chủ tịch UBND tỉnh Nghệ An -> Lê Văn Tâm',
    ]);
  });
  it('"cho toàn đội" is the team the story described before', () => {
    expect(vi('Chiều 12/11, đội tuyển bóng chuyền nữ quốc gia về tới sân bay Nội Bài. Thứ trưởng Hoàng Đạo Cương trao Huân chương Lao động hạng Nhì cho toàn đội.')).toEqual([
      'Huân chương Lao động hạng Nhì -> đội tuyển bóng chuyền nữ quốc gia',
    ]);
  });
  it('a national body\'s local branch belongs to the giver\'s name ("Ủy ban MTTQ Việt Nam phường X")', () => {
    expect(vi('Giấy khen của Ủy ban MTTQ Việt Nam xã Cam Lộ được trao cho ông Lê Văn Bé.')).toEqual([
      'Giấy khen của Ủy ban MTTQ Việt Nam xã Cam Lộ -> Lê Văn Bé',
    ]);
  });
  it('a neighbourhood unit, numbered or named, is a recipient ("cho tổ dân phố 7", "cho thôn Tân Hòa")', () => {
    expect(vi('Phó Chủ tịch UBND xã Nguyễn Thị Hòa trao Bằng khen cho tổ dân phố 12.')).toEqual(['Bằng khen -> tổ dân phố 12']);
    expect(vi('Giấy khen của Chủ tịch UBND xã được trao cho thôn Khe Sanh.')).toEqual(['Giấy khen của Chủ tịch UBND xã -> thôn Khe Sanh']);
  });
  it('"cho hai tập thể là A và B": bodies after a counted group, a word of two syllables ("cơ động") inside a name', () => {
    expect(vi('Bà Lê Thị Hoa trao Bằng khen của Chủ tịch UBND tỉnh Quảng Nam cho hai tập thể là Ban Chỉ huy quân sự xã Duy Xuyên và Trung đội dân quân cơ động của xã.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh Quảng Nam -> Ban Chỉ huy quân sự xã Duy Xuyên',
      'Bằng khen của Chủ tịch UBND tỉnh Quảng Nam -> Trung đội dân quân cơ động',
    ]);
  });
});
