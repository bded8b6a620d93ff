import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese awards and recipients (session 12)', () => {
  it('a tier written with a capital names a prize of its own; in lower case it is a result', () => {
    expect(vi('Hai kiến trúc sư Lê Minh Tâm và Đỗ Thu Hằng giành Giải Bạc, mức giải thứ hai của năm.')).toEqual([
      'Giải Bạc -> Lê Minh Tâm', 'Giải Bạc -> Đỗ Thu Hằng',
    ]);
    expect(vi('Chủ tịch nước trao giải Nhất cho tác giả Võ Văn Bình.')).toEqual([]);
    // Counted or listed after another tier, it is the tally of a contest.
    expect(vi('Ban giám khảo chọn ra 3 Giải Vàng, 7 Giải Bạc và 12 giải Khuyến khích.')).toEqual([]);
    expect(vi('Các tác giả giành giải Nhất, Giải Nhì được nhận bằng chứng nhận.')).toEqual([]);
  });
  it('"Giải Vàng Chất lượng Quốc gia": a name after the tier is the prize\'s', () => {
    expect(vi('Thứ trưởng Lê Xuân Định trao Giải Vàng Chất lượng Quốc gia cho Công ty CP Chè Thái Bình Xanh.')).toEqual([
      'Giải Vàng Chất lượng Quốc gia -> Công ty CP Chè Thái Bình Xanh',
    ]);
  });
  it('"Giải Vàng còn lại thuộc về …": which of several, then whom', () => {
    expect(vi('Giải Vàng còn lại thuộc về Công ty CP Kiến trúc Hồng Hà.')).toEqual(['Giải Vàng -> Công ty CP Kiến trúc Hồng Hà']);
  });
  it('a company named after its trade words is no person ("… Thiết kế Sông Hàn Xanh")', () => {
    expect(factsOf('vi', 'Ông Tâm làm việc tại Công ty Cổ phần Tư vấn Thiết kế Sông Hàn Xanh.').officials.map((o) => o.name)).not.toContain('Hàn Xanh');
    expect(vi('Giải Vàng thuộc về Công ty Cổ phần Tư vấn Thiết kế Sông Lam Xanh.')).toEqual(['Giải Vàng -> Công ty Cổ phần Tư vấn Thiết kế Sông Lam Xanh']);
  });
  it('"Đôi vợ chồng …", "cho hai ông bà": the couple named before', () => {
    expect(vi('Kiến trúc sư Lê Minh Tâm và Đỗ Thu Hằng đã xây 12 trường học ở Điện Biên. Đôi vợ chồng kiến trúc sư từng được Chủ tịch UBND tỉnh tặng Bằng khen năm 2024.')).toEqual([
      'Bằng khen -> Lê Minh Tâm', 'Bằng khen -> Đỗ Thu Hằng',
    ]);
    expect(vi('Vợ chồng ông Thạch Văn Sang và bà Kim Thị Phương đã kéo năm người lên ghe. UBND xã đã tặng Giấy khen cho hai ông bà.')).toEqual([
      'Giấy khen -> Thạch Văn Sang', 'Giấy khen -> Kim Thị Phương',
    ]);
  });
  it('a title is never cut inside the place that closes it', () => {
    expect(vi('Ban tổ chức công bố danh hiệu Vận động viên tiêu biểu thành phố Hải Phòng năm 2026 cho anh Vũ Văn Hải.')).toEqual([
      'danh hiệu Vận động viên tiêu biểu thành phố Hải Phòng -> Vũ Văn Hải',
    ]);
  });
  it('"bà A, Phó Giám đốc …, người được phong tặng X"; "nhạc sĩ B, tác giả ca khúc …, tác phẩm từng đoạt X"', () => {
    expect(vi('Ông Trần Văn Lực là trưởng ban. Ngồi cạnh ông là bà Đỗ Thu Hằng, Phó Giám đốc Nhà hát Chèo Thái Bình, người được phong tặng danh hiệu Nghệ sĩ Ưu tú năm 2019.')).toEqual([
      'danh hiệu Nghệ sĩ Ưu tú -> Đỗ Thu Hằng',
    ]);
    expect(vi('Ông Trần Văn Lực là trưởng ban. Bên cạnh là nhạc sĩ Lê Minh Tâm, tác giả ca khúc "Về quê", tác phẩm từng đoạt Giải thưởng Hội Nhạc sĩ Việt Nam năm 2023.')).toEqual([
      'Giải thưởng Hội Nhạc sĩ Việt Nam năm 2023 -> Lê Minh Tâm',
    ]);
  });
  it('"Cụ được … phong tặng X": the elder named before', () => {
    expect(vi('Nghệ nhân Lê Thị Hoa năm nay 90 tuổi. Cụ được Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú năm 2015.')).toEqual([
      'danh hiệu Nghệ nhân Ưu tú -> Lê Thị Hoa',
    ]);
  });
  it('a two-syllable given name ("Yến Nhi") is the person named in full, whom "cô" then stands for', () => {
    expect(vi('Kình ngư Nguyễn Hoàng Yến Nhi cùng võ sĩ Trần Đức Mạnh nhận danh hiệu Vận động viên tiêu biểu năm 2026.\n\nYến Nhi không lạ với bục vinh danh. Sau SEA Games, cô được Chủ tịch nước tặng Huân chương Lao động hạng Ba.')).toContain(
      'Huân chương Lao động hạng Ba -> Nguyễn Hoàng Yến Nhi',
    );
  });
  it('"và" joining fields inside a body\'s name; not before a title, a person or after a number', () => {
    expect(vi('Bà Hiền trao Bằng khen cho Trung tâm Huấn luyện và Thi đấu thể thao tỉnh Hưng Yên cùng 14 vận động viên.')).toEqual([
      'Bằng khen -> Trung tâm Huấn luyện và Thi đấu thể thao tỉnh Hưng Yên',
    ]);
    expect(vi('Thiếu tướng Lê Văn Lực trao Bằng khen cho Đội Cảnh sát đường thủy số 3 và Thiếu tá Trần Văn Nghĩa.')).toEqual([
      'Bằng khen -> Đội Cảnh sát đường thủy số 3', 'Bằng khen -> Trần Văn Nghĩa',
    ]);
  });
  it('a closing "và bảy doanh nghiệp khác" names nobody more', () => {
    expect(vi('Cùng nhận Giải Vàng năm nay có Công ty CP Sữa Ba Vì, Công ty CP Điện Hòa Lạc và bảy doanh nghiệp khác.')).toEqual([
      'Giải Vàng -> Công ty CP Sữa Ba Vì', 'Giải Vàng -> Công ty CP Điện Hòa Lạc',
    ]);
  });
  it('"Cả hai" after "A và B, …, được nhắc tên ngay sau ông C": the pair joined by "và"', () => {
    expect(vi('Vợ chồng nghệ nhân Lê Văn Bính và Đỗ Thị Hoa, chủ một xưởng gốm nhỏ, được nhắc tên ngay sau ông Tâm. Cả hai được phong tặng danh hiệu Nghệ nhân Ưu tú trong đợt này.')).toEqual([
      'danh hiệu Nghệ nhân Ưu tú -> Lê Văn Bính', 'danh hiệu Nghệ nhân Ưu tú -> Đỗ Thị Hoa',
    ]);
  });
  it('"cho hai đội viên Quyết và Đức": members of a counted group by their short names', () => {
    expect(vi('Hai đội viên Hoàng Văn Tùng và Lục Minh Khoa đã xuống hầm lò. Thứ trưởng trao Bằng khen của Bộ trưởng Bộ Công Thương cho hai đội viên Tùng và Khoa.')).toEqual([
      'Bằng khen của Bộ trưởng Bộ Công Thương -> Hoàng Văn Tùng', 'Bằng khen của Bộ trưởng Bộ Công Thương -> Lục Minh Khoa',
    ]);
  });
  it('"Trung tâm X hai lần được tặng …": the count is no part of the name', () => {
    expect(vi('Trung tâm Cứu hộ Biển Đông hai lần được tặng Huân chương Lao động hạng Nhì.')).toEqual(['Huân chương Lao động hạng Nhì -> Trung tâm Cứu hộ Biển Đông']);
  });
  it('whoever "lên nhận thay" collects it on someone\'s behalf', () => {
    expect(vi('Anh Lê Quốc Bình hy sinh khi cứu người. Ông Kiệt truy tặng Kỷ niệm chương "Vì thế hệ trẻ" cho anh Bình; mẹ anh, bà Trần Thị Lan, lên nhận thay.')).toEqual([
      'Kỷ niệm chương "Vì thế hệ trẻ" -> Lê Quốc Bình',
    ]);
  });
  it('"Giải A toàn đoàn thuộc về đoàn Lạng Sơn": the whole-team prize and a delegation named by its province', () => {
    expect(vi('Giải A toàn đoàn thuộc về đoàn Hà Giang, với ba tiết mục hát Then.')).toEqual(['Giải A toàn đoàn -> đoàn Hà Giang']);
  });
  it('"Thượng tá Triều, người từng được tặng X": a short name after its rank', () => {
    expect(vi('Thượng tá Võ Minh Triều chỉ huy chuyên án. Ông Lâm Văn Hậu là nhân chứng. Thượng tá Triều, người từng được tặng Huân chương Bảo vệ Tổ quốc hạng Ba năm 2020, cho biết các đối tượng hoạt động ban đêm.')).toEqual([
      'Huân chương Bảo vệ Tổ quốc hạng Ba -> Võ Minh Triều',
    ]);
  });
});

