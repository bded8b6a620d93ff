import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string): string[] => awardLines(factsOf('vi', text));

describe('certificates from different givers, whichever is named first (session 8)', () => {
  it('"được Thủ tướng tặng Bằng khen" then "Bằng khen của Chủ tịch UBND tỉnh" for the same person are two', () => {
    const text = 'Thầy Chảo Văn Lìn làm hiệu trưởng 12 năm. Ông từng được Thủ tướng Chính phủ tặng Bằng khen năm 2020 nhờ giữ được tỷ lệ chuyên cần. Hôm qua, bà Thảo trao Bằng khen của Chủ tịch UBND tỉnh cho thầy Lìn.';
    expect(vi(text)).toEqual(['Bằng khen -> Chảo Văn Lìn', 'Bằng khen của Chủ tịch UBND tỉnh -> Chảo Văn Lìn']);
  });

  it('the officer who hands a certificate over is no other giver than the office it is "của"', () => {
    const text = 'Đại tá Trần Văn Nhân, Giám đốc Công an tỉnh, trao Giấy khen cho anh Lê Văn Bé. Giám đốc Công an tỉnh cũng tặng Giấy khen của Giám đốc Công an tỉnh cho anh Lê Văn Bé.';
    expect(vi(text)).toEqual(['Giấy khen của Giám đốc Công an tỉnh -> Lê Văn Bé']);
  });
});
