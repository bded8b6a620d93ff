import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese awards and recipients (session 15)', () => {
  it('"… cho cả hai vì …": the two people the sentence named before', () => {
    expect(vi('Anh Đỗ Văn Tùng làm thợ hàn ở xưởng cơ khí. Anh Tùng và vợ là chị Lê Thị Hoa cùng làm ca đêm; năm 2025, Công đoàn tỉnh tặng Giấy khen cho cả hai vì có nhiều sáng kiến.')).toEqual([
      'Giấy khen -> Đỗ Văn Tùng', 'Giấy khen -> Lê Thị Hoa',
    ]);
  });
  it('a listed person described by a longer calling ("nghệ nhân may phục trang B")', () => {
    expect(vi('Bộ trưởng tặng Kỷ niệm chương Vì sự nghiệp Giáo dục cho bốn cá nhân, trong đó có thợ sửa đàn piano Lương Văn Hiếu, người gắn bó 30 năm với nhà hát, và nghệ nhân may phục trang Phan Thị Nụ.')).toEqual([
      'Kỷ niệm chương Vì sự nghiệp Giáo dục -> Lương Văn Hiếu', 'Kỷ niệm chương Vì sự nghiệp Giáo dục -> Phan Thị Nụ',
    ]);
    // (… but "một bộ phim đến từ Trung Á" names where it comes from, not who got it.)
    expect(vi('Năm 2024, giải Phim tài liệu hay nhất được trao cho một bộ phim đến từ Bắc Âu.')).toEqual(['giải Phim tài liệu hay nhất -> -']);
  });
  it('"bảo tàng từng được tặng X": a museum, library or village in short form stands for the one named in full before', () => {
    expect(vi('Bảo tàng tỉnh Hà Giang đón nhận Huân chương Lao động hạng Nhì. Giám đốc Lý Thị Mai phát biểu. Năm 2015, bảo tàng từng được tặng Huân chương Lao động hạng Ba.')).toEqual([
      'Huân chương Lao động hạng Nhì -> Bảo tàng tỉnh Hà Giang', 'Huân chương Lao động hạng Ba -> Bảo tàng tỉnh Hà Giang',
    ]);
  });
});
