import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-helpers';

const english = (text: string) => factsOf('en', text).officials.map((o) => `${o.name} [${o.titles.join('; ')}]`);

const officials = (text: string) => factsOf('vi', text).officials.map((o) => `${o.name} [${o.titles.join('; ')}]`);

describe('Vietnamese officials (session 15)', () => {
  it('a head that leads people, right before a full name, its body understood', () => {
    expect(officials('Hiệu trưởng Lê Thị Mai Hương cho biết trường có 620 học sinh.')).toEqual(['Lê Thị Mai Hương [Hiệu trưởng]']);
    expect(officials('Thuyền trưởng Võ Văn Hải kể lại chuyến ra khơi.')).toEqual(['Võ Văn Hải [Thuyền trưởng]']);
    // ("Đội trưởng" alone is a team's captain; "Thành viên" says nothing of a post.)
    expect(officials('Đội trưởng Phạm Thu Trang ghi 18 điểm.')).toEqual([]);
    expect(officials('Thành viên Nguyễn Văn Bình phát biểu.')).toEqual([]);
  });
  it('"Trưởng" leading a body: "Trưởng Hải quan cửa khẩu …", but not "tăng trưởng"', () => {
    expect(officials('Trưởng Hải quan cửa khẩu quốc tế Lao Bảo Đặng Văn Quý cho biết.')).toEqual(['Đặng Văn Quý [Trưởng Hải quan cửa khẩu quốc tế Lao Bảo]']);
    expect(officials('Bà Souk Vilay, Trưởng Hải quan cửa khẩu Đăk Ta Ooc, đánh giá cao sự phối hợp.')).toEqual(['Souk Vilay [Trưởng Hải quan cửa khẩu Đăk Ta Ooc]']);
    expect(officials('Kinh tế tăng trưởng Trần Văn Nam nói.')).toEqual([]);
  });
  it('a long run of capitals after a school or company goes on to the person', () => {
    expect(officials('Hiệu trưởng Trường THCS Tân Lập Hoàng Thị Thu Hà cho biết.')).toEqual(['Hoàng Thị Thu Hà [Hiệu trưởng Trường THCS Tân Lập]']);
    expect(officials('Giám đốc Công ty Cổ phần Xây dựng Phú Yên Lương Quang Vinh nói.')).toEqual(['Lương Quang Vinh [Giám đốc Công ty Cổ phần Xây dựng Phú Yên]']);
  });
  it('a short run after a body\'s first word is its name, even ending in a person\'s name', () => {
    expect(officials('Giám đốc Nhà hát Chèo Nguyễn Đình Thi, NSƯT Lê Văn Cường, cho biết.')).toEqual(['Lê Văn Cường [Giám đốc Nhà hát Chèo Nguyễn Đình Thi]']);
  });
  it('English: "Commandant-General" is a post', () => {
    expect(english('The Commandant-General of the Ghana Prisons Service, Kwame Boateng, said it.')).toEqual(['Kwame Boateng [Commandant-General of the Ghana Prisons Service]']);
  });
});
