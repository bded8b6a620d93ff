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
});
