import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese awards and recipients (session 14)', () => {
  it('a body named before a person in a list ends before "và ngư dân A": its later short form is the body alone', () => {
    expect(vi('Giấy khen được trao cho Hợp tác xã thủy sản xã Cát Hải và nông dân Vũ Văn Lực. Năm 2021, hợp tác xã từng được Hội Nông dân tỉnh tặng Bằng khen.')).toEqual([
      'Giấy khen -> Hợp tác xã thủy sản xã Cát Hải',
      'Giấy khen -> Vũ Văn Lực',
      'Bằng khen -> Hợp tác xã thủy sản xã Cát Hải',
    ]);
  });
  it('"danh hiệu cao quý" is praise, not an award name', () => {
    expect(vi('Một cựu chiến binh của xã cũng được truy tặng danh hiệu cao quý.')).toEqual([]);
    expect(vi('Xã Tân Lập được tặng danh hiệu Anh hùng Lao động.')).toEqual(['danh hiệu Anh hùng Lao động -> Xã Tân Lập']);
  });
  it('"Trao X cho công ty là ông A": A handed it over; the company, named before, received it', () => {
    expect(vi('Sáng qua, Công ty Cấp nước Bến Tre đón nhận Bằng khen của Thủ tướng Chính phủ. Trao Bằng khen cho công ty là ông Lê Minh Sang, Phó Chủ tịch UBND tỉnh.')).toEqual([
      'Bằng khen của Thủ tướng Chính phủ -> Công ty Cấp nước Bến Tre',
    ]);
    // (A counted group still names its members after "là".)
    expect(vi('Trao Giấy khen cho hai công nhân là anh Đỗ Văn Tài và chị Mai Thị Hồng.')).toEqual(['Giấy khen -> Đỗ Văn Tài', 'Giấy khen -> Mai Thị Hồng']);
  });
});
