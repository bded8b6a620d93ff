import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));
const officials = (text: string) => factsOf('vi', text).officials.map((o) => `${o.name} [${o.titles.join('; ')}]`);

describe('Vietnamese awards and recipients (session 17)', () => {
  it('"cho tổ công tác Đồn X": a squad described in lower case, with its body', () => {
    expect(vi('Ông Lò Văn Sơn trao Giấy khen của Chủ tịch UBND xã cho tổ công tác Đồn Biên phòng Mường Nhé.')).toEqual([
      'Giấy khen của Chủ tịch UBND xã -> tổ công tác Đồn Biên phòng Mường Nhé',
    ]);
    expect(vi('Bà Vi Thị Mai trao Bằng khen cho đội cứu hộ của Công an phường Tân Thành.')).toEqual(['Bằng khen -> đội cứu hộ của Công an phường Tân Thành']);
    // ("đội viên" is a member, named after it.)
    expect(vi('Bà Vi Thị Mai trao Giấy khen cho đội viên Hà Văn Tùng.')).toEqual(['Giấy khen -> Hà Văn Tùng']);
  });
  it('"được trao cho hai giáo viên có … là cô A và thầy B": a long description before "là"', () => {
    const text = 'Giấy khen của Giám đốc Sở được trao cho hai giáo viên có học sinh đoạt huy chương tại kỳ thi khu vực là cô Đặng Thị Thu và thầy Mai Văn Lộc.';
    expect(vi(text)).toEqual(['Giấy khen của Giám đốc Sở -> Đặng Thị Thu', 'Giấy khen của Giám đốc Sở -> Mai Văn Lộc']);
  });
  it('"Ba cá nhân được phong tặng X đợt này gồm: A, chức vụ; B, nơi làm; và C": one per item', () => {
    const text = 'Ba cá nhân được phong tặng danh hiệu Thầy thuốc Ưu tú đợt này gồm: bác sĩ chuyên khoa II Sùng A Páo, Giám đốc Trung tâm Y tế; điều dưỡng Lường Thị Én, Bệnh viện tỉnh; và y sĩ Giàng Văn Sử.';
    expect(vi(text)).toEqual([
      'danh hiệu Thầy thuốc Ưu tú -> Sùng A Páo', 'danh hiệu Thầy thuốc Ưu tú -> Lường Thị Én', 'danh hiệu Thầy thuốc Ưu tú -> Giàng Văn Sử',
    ]);
  });
  it('"Công ty TNHH Trần Gia Phát": a firm after its legal form is no person', () => {
    expect(officials('Bà Trịnh Thị Yến, Giám đốc Công ty TNHH Trần Gia Phát, phát biểu tại buổi lễ.')).toEqual([
      'Trịnh Thị Yến [Giám đốc Công ty TNHH Trần Gia Phát]',
    ]);
  });
});
