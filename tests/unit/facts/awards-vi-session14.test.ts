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

describe('Vietnamese awards from set 30 (session 14)', () => {
  it('"ba văn nghệ sĩ … vừa được Chủ tịch nước tặng X: A, B và C": a counted subject, then its people after the colon', () => {
    expect(vi('Sáng qua, tỉnh gặp mặt hai nghệ sĩ vừa được Chủ tịch nước tặng Giải thưởng Nhà nước về văn học nghệ thuật: nhà thơ Lò Văn Cầm và nhạc sĩ Đinh Quang Hợp.')).toEqual([
      'Giải thưởng Nhà nước về văn học nghệ thuật -> Lò Văn Cầm', 'Giải thưởng Nhà nước về văn học nghệ thuật -> Đinh Quang Hợp',
    ]);
  });
  it('a Khmer given name after "Thị" is part of the name ("Thạch Thị Sa Rươne"), so "Bà" finds her', () => {
    expect(vi('Tỉnh chúc mừng nhà văn Sơn Thị Sa Phươne, nghệ sĩ Lâm Hữu Tâm và nhạc sĩ Diệp Minh Khoa. Nhà văn Sơn Thị Sa Phươne, người Khmer ở Trà Vinh, được giải. Bà từng đoạt Giải thưởng Hội Nhà văn Việt Nam năm 2015.')).toEqual([
      'Giải thưởng Hội Nhà văn Việt Nam năm 2015 -> Sơn Thị Sa Phươne',
    ]);
  });
  it('"Hai cha con ông Sửu được tặng X" sentences after "hai cha con Nguyễn Văn Sửu và Nguyễn Văn Tài": that pair', () => {
    expect(vi('Hai cha con ngư dân Trần Văn Lộc và Trần Văn Phú đã chèo thuyền tới. Giấy khen được trao cho Đại úy Lê Minh Hòa. Hai cha con ông Lộc được Chủ tịch UBND tỉnh tặng Bằng khen.')).toEqual([
      'Giấy khen -> Lê Minh Hòa', 'Bằng khen -> Trần Văn Lộc', 'Bằng khen -> Trần Văn Phú',
    ]);
  });
  it('"Hai kiểm soát viên Duyên và Toàn nhận X": a counted subject\'s people by their short names, written in full before', () => {
    expect(vi('Hai kiểm soát viên của Công ty Quản lý bay miền Bắc là Hà Thị Mỹ Linh và Quàng Văn Sơn dẫn máy bay vào. Hai kiểm soát viên Linh và Sơn nhận Giấy khen của Cục trưởng Cục Hàng không Việt Nam.')).toEqual([
      'Giấy khen của Cục trưởng Cục Hàng không Việt Nam -> Hà Thị Mỹ Linh', 'Giấy khen của Cục trưởng Cục Hàng không Việt Nam -> Quàng Văn Sơn',
    ]);
  });
});

describe('Vietnamese awards from set 31 (session 14)', () => {
  it('"Ba người dân … là ông A, bà B và anh C mỗi người nhận X": the members a counted subject names after "là", by their full names', () => {
    expect(vi('Ông Đỗ Văn Lực, bà Mai Thị Hằng và anh Vũ Minh Tâm đã dập lửa. Ba người dân tổ 5 là ông Lực, bà Hằng và anh Tâm mỗi người nhận Giấy khen của Chủ tịch UBND phường.')).toEqual([
      'Giấy khen của Chủ tịch UBND phường -> Đỗ Văn Lực', 'Giấy khen của Chủ tịch UBND phường -> Mai Thị Hằng', 'Giấy khen của Chủ tịch UBND phường -> Vũ Minh Tâm',
    ]);
  });
});

describe('Vietnamese awards from set 29 (session 14)', () => {
  it('"gồm 1 Huy hiệu 75 năm, 2 Huy hiệu 70 năm …": a tally names no award given', () => {
    expect(vi('Cụ Lê Văn Tường được trao Huy hiệu 75 năm tuổi Đảng. Đợt này có 30 đảng viên, gồm 1 Huy hiệu 75 năm, 4 Huy hiệu 60 năm và 25 Huy hiệu 50 năm.')).toEqual([
      'Huy hiệu 75 năm tuổi Đảng -> Lê Văn Tường',
    ]);
  });
  it('"Giải thưởng chính năm nay thuộc về …" is the prize the story names; "Giải thưởng Tạ Quang Bửu" names no person', () => {
    expect(vi('Tối qua, Bộ tổ chức lễ trao Giải thưởng Trần Đại Nghĩa năm 2026. Giải thưởng chính năm nay thuộc về GS.TS Lê Hồng Sơn. Ông từng được tặng Bằng khen của Thủ tướng Chính phủ năm 2020.')).toEqual([
      'Giải thưởng Trần Đại Nghĩa năm 2026 -> Lê Hồng Sơn', 'Bằng khen của Thủ tướng Chính phủ -> Lê Hồng Sơn',
    ]);
  });
});

describe('Vietnamese awards from set 32 (session 14)', () => {
  it('"đã đăng ký tham dự Giải thưởng X": entered, not won; "vinh dự đón nhận" still is', () => {
    expect(vi('Công ty đã đăng ký tham dự Giải thưởng Chất lượng Quốc gia năm 2028.')).toEqual([]);
    expect(vi('Trường THCS Tân Lập vinh dự đón nhận Huân chương Lao động hạng Ba.')).toEqual(['Huân chương Lao động hạng Ba -> Trường THCS Tân Lập']);
  });
  it('"… X năm lần liền, cùng Y năm 2022": the second award joined by "cùng" has the same recipient', () => {
    expect(vi('Anh Vi Văn Tường từng được tặng danh hiệu Chiến sĩ thi đua cơ sở ba năm liền, cùng Bằng khen của Bộ trưởng Bộ Quốc phòng năm 2021.')).toEqual([
      'danh hiệu Chiến sĩ thi đua cơ sở -> Vi Văn Tường', 'Bằng khen của Bộ trưởng Bộ Quốc phòng -> Vi Văn Tường',
    ]);
  });
});

describe('Vietnamese awards from set 33 (session 14)', () => {
  it('"Ba cá nhân … được nhận X, gồm: A, B và C": the people after ", gồm:"', () => {
    expect(vi('Hai cá nhân có thành tích nổi bật được nhận Giấy khen của Giám đốc Công an tỉnh, gồm: Đại úy Phan Văn Lâm và Trung úy Hà Thị Thu.')).toEqual([
      'Giấy khen của Giám đốc Công an tỉnh -> Phan Văn Lâm', 'Giấy khen của Giám đốc Công an tỉnh -> Hà Thị Thu',
    ]);
  });
});
