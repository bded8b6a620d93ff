import { describe, expect, it } from 'vitest';
import { factsOf, fixture, officialLines } from './facts-helpers';

const REFERENCE_TITLE = 'Đảng bộ khối Công nghiệp Hà Nội kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhất';
const vi = (text: string, title?: string) => officialLines(factsOf('vi', text, title));

describe('Vietnamese officials', () => {
  it('reads the reference page exactly, without the byline or the photo credit', () => {
    const text = `${fixture('vi-dangcongsan-anniversary.txt')}\n\nHiền Hòa`;
    const f = factsOf('vi', text, REFERENCE_TITLE);
    expect(officialLines(f)).toEqual([
      'Nguyễn Quang Dương | Ủy viên Trung ương Đảng; Bí thư Đảng ủy Khối các cơ quan Trung ương',
      'Ngô Thị Thanh Hằng | Ủy viên Trung ương Đảng; Phó Bí thư Thường trực Thành ủy Hà Nội',
      'Trịnh Huy Thành | Bí thư Đảng ủy Khối Công nghiệp Hà Nội',
      'Nguyễn Doãn Toản | Phó Chủ tịch UBND TP',
    ]);
    // Every mention points at the name in the text; "đồng chí Ngô Thị Thanh Hằng" is one of Hằng's.
    for (const o of f.officials) for (const m of o.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
    expect(f.officials[1]!.mentions.length).toBeGreaterThan(2);
  });

  it('reads a hand-written ceremony article', () => {
    const expected = JSON.parse(fixture('vi-ceremony.expected.json')) as { officials: string[] };
    expect(vi(fixture('vi-ceremony.txt'))).toEqual(expected.officials);
  });

  it('reads a title list after the name, split by commas and ended by ";"', () => {
    expect(vi('Dự lễ có đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tuyên giáo Trung ương; đại diện các bộ.')).toEqual([
      'Võ Văn Thưởng | Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng; Trưởng ban Tuyên giáo Trung ương',
    ]);
  });

  it('reads titles chained with dashes before the name, and a rank', () => {
    expect(vi('Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng Võ Văn Thưởng phát biểu. Thiếu tướng Đặng Vũ Sơn, Trưởng ban Ban Cơ yếu Chính phủ, báo cáo.')).toEqual([
      'Võ Văn Thưởng | Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng',
      'Đặng Vũ Sơn | Thiếu tướng; Trưởng ban Ban Cơ yếu Chính phủ',
    ]);
  });

  it('does not read a place as a name ("Hà Nội": Hà is a surname) nor glue it to the next name', () => {
    expect(vi('Theo Bí thư Thành ủy Hà Nội Trịnh Huy Thành, thành phố đang phát triển. Đoàn đến Hà Nội.')).toEqual([
      'Trịnh Huy Thành | Bí thư Thành ủy Hà Nội',
    ]);
  });

  it('reads a foreign name inside Vietnamese text', () => {
    expect(vi('Chiều 10/3, Tổng thống Indonesia Joko Widodo hội kiến Thủ tướng Phạm Minh Chính.')).toEqual([
      'Joko Widodo | Tổng thống Indonesia',
      'Phạm Minh Chính | Thủ tướng',
    ]);
  });

  it('separates a foreign name from the body before it', () => {
    expect(
      vi('Tổng thư ký Liên Hợp Quốc António Guterres phát biểu. Giám đốc điều hành Apple Tim Cook đến. Bộ trưởng Ngoại giao Trung Quốc Vương Nghị dự họp.'),
    ).toEqual([
      'António Guterres | Tổng thư ký Liên Hợp Quốc',
      'Tim Cook | Giám đốc điều hành Apple',
      'Vương Nghị | Bộ trưởng Ngoại giao Trung Quốc',
    ]);
  });

  it('reads titles written in lower case and after a dash', () => {
    expect(vi('Theo ông Trần Quốc Phương - phó chủ tịch UBND TP Đà Nẵng, thành phố đã chi 120 tỉ đồng.')).toEqual([
      'Trần Quốc Phương | phó chủ tịch UBND TP Đà Nẵng',
    ]);
  });

  it('leaves out professions, unnamed office holders and people with no position', () => {
    expect(vi('Ca sĩ Mỹ Tâm biểu diễn. Chủ tịch nước phát biểu. Chị Trần Thị Anh trả lại tiền. Nhà văn Nguyễn Nhật Ánh ký tặng sách.')).toEqual([]);
  });

  it('attaches a later short mention with a courtesy word to the right person', () => {
    const f = factsOf('vi', 'Ông Lê Văn Hòa, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết ông Hoà sẽ kiểm tra. Bà Nguyễn Thị Mai, Phó Giám đốc Sở, đồng ý với ông Hòa.');
    expect(officialLines(f)).toEqual(['Lê Văn Hòa | Giám đốc Sở Y tế tỉnh Nghệ An', 'Nguyễn Thị Mai | Phó Giám đốc Sở']);
    expect(f.officials[0]!.mentions.map((m) => m.text)).toEqual(['Lê Văn Hòa', 'Hoà', 'Hòa']);
  });

  it('keeps "nguyên" (former) and reads role clauses ("giữ chức", "là")', () => {
    expect(vi('Bà Nguyễn Thị Mai, nguyên Phó Chủ tịch UBND huyện Quỳ Châu, đã nghỉ hưu. Ông Trần Văn Nam năm nay 50 tuổi, hiện giữ chức Chánh Văn phòng Bộ Tài chính.')).toEqual([
      'Nguyễn Thị Mai | nguyên Phó Chủ tịch UBND huyện Quỳ Châu',
      'Trần Văn Nam | Chánh Văn phòng Bộ Tài chính',
    ]);
  });

  it('gives a title before "Name" to the next person, not to the one before the comma', () => {
    expect(vi('Dự lễ có Chủ tịch nước Trần Đại Quang, Trưởng ban Tuyên giáo Trung ương Võ Văn Thưởng.')).toEqual([
      'Trần Đại Quang | Chủ tịch nước',
      'Võ Văn Thưởng | Trưởng ban Tuyên giáo Trung ương',
    ]);
  });

  it('finds a person named only in the title, pointing into the title', () => {
    const f = factsOf('vi', 'Buổi lễ diễn ra trang trọng.', 'Thủ tướng Phạm Minh Chính thăm Nghệ An');
    expect(officialLines(f)).toEqual(['Phạm Minh Chính | Thủ tướng']);
    expect(f.officials[0]!.source).toBe('title');
  });

  it('reads minority surnames, a Hmong middle "A" and a unit or party committee before the name', () => {
    expect(vi('Chủ tịch UBND tỉnh Lò Văn Muôn phát biểu.')).toEqual(['Lò Văn Muôn | Chủ tịch UBND tỉnh']);
    expect(vi('Chủ tịch UBND huyện Sùng A Hồ cho biết.')).toEqual(['Sùng A Hồ | Chủ tịch UBND huyện']);
    expect(vi('Bí thư huyện ủy Vàng Seo Cón dự lễ.')).toEqual(['Vàng Seo Cón | Bí thư huyện ủy']);
    expect(vi('Bà Lộc Thị Hoa, Phó Chủ tịch UBND huyện, cho biết.')).toEqual(['Lộc Thị Hoa | Phó Chủ tịch UBND huyện']);
  });

  it('reads a foreign name after a title with its organisation', () => {
    expect(vi('Tổng Thư ký Liên hợp quốc Amadou Fernandes phát biểu tại hội nghị.')).toEqual([
      'Amadou Fernandes | Tổng Thư ký Liên hợp quốc',
    ]);
    expect(vi('Đại sứ Na Uy Ingrid Larsen cho biết.')).toEqual(['Ingrid Larsen | Đại sứ Na Uy']);
  });
});

describe('Vietnamese officials: more title shapes', () => {
  const lines = (text: string) => officialLines(factsOf('vi', text));
  it('titles ending in a common noun for the body, Lao names, company-grade ranks, no delegating authority', () => {
    expect(lines('Ông Lò Văn Sáu, Giám đốc bệnh viện, cho biết.')).toEqual(['Lò Văn Sáu | Giám đốc bệnh viện']);
    expect(lines('Theo bà Hà Thị Vân - hiệu trưởng nhà trường, năm nay trường có 900 học sinh.')).toEqual(['Hà Thị Vân | hiệu trưởng nhà trường']);
    expect(lines('Chủ tịch Hội đồng quản trị Tổng công ty Phan Văn Tâm phát biểu.')).toEqual(['Phan Văn Tâm | Chủ tịch Hội đồng quản trị Tổng công ty']);
    expect(lines('Đoàn do Đại tá Khăm-phăn Xi-xổm-phon, Phó Giám đốc Công an tỉnh Hủa Phăn dẫn đầu.')).toEqual([
      'Khăm-phăn Xi-xổm-phon | Đại tá; Phó Giám đốc Công an tỉnh Hủa Phăn',
    ]);
    expect(lines('Trung úy Đặng Văn Hải hy sinh khi làm nhiệm vụ.')).toEqual(['Đặng Văn Hải | Trung úy']);
    expect(lines('Thừa ủy quyền của Chủ tịch nước, ông Hoàng Văn Minh trao Huân chương.')).toEqual([]);
    expect(lines('Ông Ito Ken, Tổng Giám đốc Công ty TNHH Ito Steel Việt Nam, phát biểu.')).toEqual([
      'Ito Ken | Tổng Giám đốc Công ty TNHH Ito Steel Việt Nam',
    ]);
  });
});

describe('Vietnamese officials in tables, ministries with commas, posts abroad, Tây Nguyên names', () => {
  const lines = (text: string) => officialLines(factsOf('vi', text));
  it('reads them', () => {
    expect(lines('Phan Văn Lộc | Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh')).toEqual(['Phan Văn Lộc | Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh']);
    expect(lines('Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng cùng dự.')).toEqual(['Nguyễn Văn Hùng | Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch']);
    expect(lines('Diễn đàn do Đại sứ Việt Nam tại Peru Bùi Văn Nghị chủ trì.')).toEqual(['Bùi Văn Nghị | Đại sứ Việt Nam tại Peru']);
    expect(lines('Tại buổi lễ, chị Ka Nhi, Bí thư Tỉnh đoàn Lâm Đồng, trao Huy hiệu.')).toEqual(['Ka Nhi | Bí thư Tỉnh đoàn Lâm Đồng']);
    expect(lines('Đại tá Y Khuê Niê, Giám đốc Công an tỉnh, phát biểu.')).toEqual(['Y Khuê Niê | Đại tá; Giám đốc Công an tỉnh']);
    expect(lines('Bà Hoàng Thị Thu, Hiệu trưởng Trường Đại học Y Hà Nội, phát biểu.')).toEqual(['Hoàng Thị Thu | Hiệu trưởng Trường Đại học Y Hà Nội']);
  });
});

describe('Vietnamese officials: joint posts, brands, hamlet heads (session 3)', () => {
  it('"A kiêm B <tên>" gives both posts; a company named like "Sao Mai Semi" is no person', () => {
    expect(vi('Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Kazakhstan Murat Nurtleu cũng có mặt.')).toEqual([
      'Murat Nurtleu | Phó Thủ tướng; Bộ trưởng Ngoại giao Kazakhstan',
    ]);
    expect(vi('Ông Lê Quốc Việt, Chủ tịch HĐQT kiêm Tổng giám đốc Hoa Sen Robotics, cho biết.')).toEqual([
      'Lê Quốc Việt | Chủ tịch HĐQT; Tổng giám đốc Hoa Sen Robotics',
    ]);
  });

  it('"Trưởng ấp 3" is a post', () => {
    expect(vi('Theo ông Lâm Văn Út, Trưởng ấp 3, xã Phước An, người dân đồng thuận cao.')).toEqual(['Lâm Văn Út | Trưởng ấp 3']);
  });
});

describe('Vietnamese officials: titles after a short name, judges and prosecutors (session 3)', () => {
  it('"Ông Thuấn, nguyên Giám đốc Bệnh viện K, …" adds the post to the person named before', () => {
    const text = 'Thứ trưởng Bộ Y tế Trần Văn Thuấn phát biểu.\n\nÔng Thuấn, nguyên Giám đốc Bệnh viện K, nhấn mạnh vai trò của y tế cơ sở.';
    expect(vi(text)).toEqual(['Trần Văn Thuấn | Thứ trưởng Bộ Y tế; nguyên Giám đốc Bệnh viện K']);
  });

  it('"Thẩm phán", "Kiểm sát viên" are posts', () => {
    expect(vi('Chủ tọa phiên tòa là Thẩm phán Nguyễn Thị Lan, Phó Chánh án TAND TP Hà Nội.')).toEqual([
      'Nguyễn Thị Lan | Thẩm phán; Phó Chánh án TAND TP Hà Nội',
    ]);
    expect(vi('Kiểm sát viên Trần Quốc Huy giữ quyền công tố.')).toEqual(['Trần Quốc Huy | Kiểm sát viên']);
  });
});

describe('Vietnamese officials: one-letter first names and project boards (session 3)', () => {
  it('"Ông A Thuận, Giám đốc Ban Quản lý Khu bảo tồn thiên nhiên Ngọc Linh"; "Giám đốc Ban Quản lý dự án X <tên>"', () => {
    expect(vi('Ông A Thuận, Giám đốc Ban Quản lý Khu bảo tồn thiên nhiên Ngọc Linh, cho biết.')).toEqual([
      'A Thuận | Giám đốc Ban Quản lý Khu bảo tồn thiên nhiên Ngọc Linh',
    ]);
    expect(vi('Giám đốc Ban Quản lý dự án Phạm Quốc Nghĩa cho biết đơn vị đã làm việc với nhà thầu.')).toEqual([
      'Phạm Quốc Nghĩa | Giám đốc Ban Quản lý dự án',
    ]);
  });
});

describe('Vietnamese officials: court reports, ministries with "và", parent bodies, companies (session 3)', () => {
  it('an age in brackets before the titles, Thái surnames, "Bộ Nông nghiệp và Môi trường", "(Bộ Công Thương)" before the name', () => {
    expect(vi('Bị cáo là Lưu Văn Cường (59 tuổi), nguyên Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lục Nam.')).toEqual([
      'Lưu Văn Cường | nguyên Phó Bí thư Huyện ủy; Chủ tịch UBND huyện Lục Nam',
    ]);
    expect(vi('Trung tá Mào Văn Thắng, Chính trị viên Đồn Biên phòng Sín Thầu, kể lại.')).toEqual([
      'Mào Văn Thắng | Trung tá; Chính trị viên Đồn Biên phòng Sín Thầu',
    ]);
    expect(vi('Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Văn Thịnh giải trình.')).toEqual(['Đỗ Văn Thịnh | Bộ trưởng Bộ Nông nghiệp và Môi trường']);
    expect(vi('Phó cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương) Ngô Thị Thanh Hà cho biết.')).toEqual([
      'Ngô Thị Thanh Hà | Phó cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương)',
    ]);
  });

  it('a company named like a person or in English is no person', () => {
    expect(vi('Bà Lương Thị Mai Anh, tổng giám đốc Công ty CP Cà phê Cao Nguyên Xanh, cho biết.')).toEqual([
      'Lương Thị Mai Anh | tổng giám đốc Công ty CP Cà phê Cao Nguyên Xanh',
    ]);
    expect(vi('Bà Lê Hoàng Yến, Tổng giám đốc Langbiang Pine Resort, cho biết.')).toEqual(['Lê Hoàng Yến | Tổng giám đốc Langbiang Pine Resort']);
  });
});

describe('Vietnamese officials: a bare post between commas (session 4)', () => {
  it('"ông X, Phó Trưởng ban, cho biết" gives the post; a lower-case head does not', () => {
    const off = (text: string) => officialLines(factsOf('vi', text));
    expect(off('Đại diện Ban Quản lý dự án, ông Trịnh Văn Lực, Phó Trưởng ban, cho biết công trình đạt 70%.')).toEqual(['Trịnh Văn Lực | Phó Trưởng ban']);
    expect(off('Bà Lò Thị Hương, Hiệu trưởng, chia sẻ nhà trường thiếu 12 giáo viên.')).toEqual(['Lò Thị Hương | Hiệu trưởng']);
    expect(off('Anh Vàng A Chư, giám đốc, cho biết hợp tác xã có 30 thành viên.')).toEqual([]);
  });
});

describe('Vietnamese officials: plural titles, "người đứng đầu", Khmer names, provinces closing a body (session 4)', () => {
  const off = (text: string) => officialLines(factsOf('vi', text));
  it('"các Phó Chủ tịch UBND tỉnh A và B" gives both the title', () => {
    expect(off('Dự họp có các Phó Chủ tịch UBND tỉnh Hồ Thị Mai và Lương Văn Định.')).toEqual([
      'Hồ Thị Mai | Phó Chủ tịch UBND tỉnh',
      'Lương Văn Định | Phó Chủ tịch UBND tỉnh',
    ]);
    expect(off('Chủ tịch UBND tỉnh Hồ Văn Mạnh và ông Lương Văn Định dự họp.')).toEqual(['Hồ Văn Mạnh | Chủ tịch UBND tỉnh']);
  });
  it('"người đứng đầu Thuế tỉnh" is a post; Khmer syllables end names; "Nhà hát Chèo Ninh Bình" is a body', () => {
    expect(off('Bà Thạch Thị Sa Rươl, người đứng đầu Thuế tỉnh Vĩnh Long, cho biết.')).toEqual(['Thạch Thị Sa Rươl | người đứng đầu Thuế tỉnh Vĩnh Long']);
    expect(off('Nghệ sĩ Lê Thị Hạnh, nay là Giám đốc Nhà hát Chèo Ninh Bình, nhớ lại.')).toEqual(['Lê Thị Hạnh | Giám đốc Nhà hát Chèo Ninh Bình']);
  });
  it('a post after a pronoun is not given to someone named paragraphs before', () => {
    const text = 'Bà đóng vai chính cùng bạn diễn Đinh Văn Tâm.\n\nTừ năm 1988, bà giữ cương vị Phó Giám đốc nhà hát, đồng thời là Ủy viên Ban Chấp hành Hội Nghệ sĩ sân khấu Việt Nam.';
    expect(off(text)).toEqual([]);
  });
});

describe('Vietnamese officials: "người phụ trách", Hmong family names (session 4)', () => {
  it('reads both', () => {
    const off = (text: string) => officialLines(factsOf('vi', text));
    expect(off('Ông Trần Quốc Bảo, người phụ trách Phòng Kinh tế của phường, cho biết.')).toEqual(['Trần Quốc Bảo | người phụ trách Phòng Kinh tế của phường']);
    expect(off('Theo ông Lồ Seo Chà, Chủ tịch UBND xã Y Tý, học sinh được hỗ trợ.')).toEqual(['Lồ Seo Chà | Chủ tịch UBND xã Y Tý']);
  });
});

describe('Vietnamese heads of small units (session 7)', () => {
  it('"Chi cục trưởng Chi cục Kiểm lâm", "Hạt trưởng Hạt Kiểm lâm khu vực", "Trạm trưởng Trạm …"', () => {
    const lines = vi('Chi cục trưởng Chi cục Kiểm lâm Hà Tĩnh Nguyễn Văn Long cho biết. Hạt trưởng Hạt Kiểm lâm khu vực Hương Sơn Lê Văn Hào đã báo cáo.');
    expect(lines).toEqual(['Nguyễn Văn Long | Chi cục trưởng Chi cục Kiểm lâm Hà Tĩnh', 'Lê Văn Hào | Hạt trưởng Hạt Kiểm lâm khu vực Hương Sơn']);
  });
});

describe('foreign names beside a company (session 8)', () => {
  it('Latin words right after "Công ty" are its name, the foreigner before the comma is the official', () => {
    expect(officialLines(factsOf('vi', 'Ông Kim Jae-won, Tổng giám đốc Công ty Hanbit Foods, cho biết lô hàng đã đạt chuẩn.'))).toEqual(['Kim Jae-won | Tổng giám đốc Công ty Hanbit Foods']);
    expect(officialLines(factsOf('vi', '“Nếu lô đầu bán tốt, chúng tôi sẽ đặt thêm”, ông Tanaka Hiroshi, Tổng giám đốc Công ty Midori Trading (Shizuoka), nói.'))).toEqual(['Tanaka Hiroshi | Tổng giám đốc Công ty Midori Trading (Shizuoka)']);
  });
  it('a Vietnamese name after "Tổng công ty" is still the person the title names', () => {
    expect(officialLines(factsOf('vi', 'Chủ tịch Hội đồng quản trị Tổng công ty Đinh Công Toại cho biết đơn vị có 312 sáng kiến.'))).toEqual(['Đinh Công Toại | Chủ tịch Hội đồng quản trị Tổng công ty']);
  });
});

describe('diplomats and coordinators (session 8)', () => {
  it('"Tham tán Văn hóa Đại sứ quán Nhật Bản, ông X" (an embassy is no ambassador); "Điều phối viên thường trú của Liên hợp quốc"', () => {
    expect(officialLines(factsOf('vi', 'Tham tán Văn hóa Đại sứ quán Nhật Bản, ông Ito Kenji, tặng tác giả một bức thư pháp.'))).toEqual(['Ito Kenji | Tham tán Văn hóa Đại sứ quán Nhật Bản']);
    expect(officialLines(factsOf('vi', 'Cùng dự có bà Hanna Lindqvist, Điều phối viên thường trú của Liên hợp quốc tại Việt Nam.'))).toEqual(['Hanna Lindqvist | Điều phối viên thường trú của Liên hợp quốc tại Việt Nam']);
  });
  it('"Công" inside a name is no post; a Latin company name after a post is no person', () => {
    expect(officialLines(factsOf('vi', 'Thừa ủy quyền của Chủ tịch nước, ông Đinh Công Sứ, Phó Chủ tịch UBND tỉnh Phú Thọ, trao Huân chương.'))).toEqual(['Đinh Công Sứ | Phó Chủ tịch UBND tỉnh Phú Thọ']);
    expect(officialLines(factsOf('vi', 'Ông Kim Jae-won cho biết như vậy. — Ông Kim Jae-won, Tổng giám đốc Hanbit Foods'))).toEqual(['Kim Jae-won | Tổng giám đốc Hanbit Foods']);
  });
});

describe('posts after a life in brackets, former posts, councils (session 8)', () => {
  it('"Name (1958-2021), nguyên X"; "cựu Chủ tịch HĐQT …"; "Chủ tịch Hội đồng thành viên Tập đoàn …"', () => {
    expect(officialLines(factsOf('vi', 'Nhà thơ Hà Thị Minh Nguyệt (1958-2021), nguyên Phó Tổng biên tập Tạp chí Sông Hương, sinh ra ở vùng cát.'))).toEqual(['Hà Thị Minh Nguyệt | nguyên Phó Tổng biên tập Tạp chí Sông Hương']);
    expect(officialLines(factsOf('vi', 'TAND TP Hà Nội tuyên phạt Đỗ Quang Hưng, cựu Chủ tịch HĐQT Công ty CP Xe điện Việt Thắng, 9 năm tù.'))).toEqual(['Đỗ Quang Hưng | cựu Chủ tịch HĐQT Công ty CP Xe điện Việt Thắng']);
    expect(officialLines(factsOf('vi', 'Sáng 25/11, ông Đặng Văn Thọ, Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam (EVN), đã đến chia buồn.'))).toEqual(['Đặng Văn Thọ | Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam (EVN)']);
  });
  it('a sentence ending on a council reads safely', () => {
    expect(officialLines(factsOf('vi', 'Ông Lê Văn Bình là Thành viên Hội đồng'))).toEqual(['Lê Văn Bình | Thành viên Hội đồng']);
  });
});

describe('Central Highlands names (session 9)', () => {
  it('a Jrai or Ê Đê family name keeps syllables that do not read as Vietnamese', () => {
    expect(vi('Ông Rơ Mah Hlin, Chủ tịch UBND xã Ia Dom, cho biết nước đã rút.')).toEqual(['Rơ Mah Hlin | Chủ tịch UBND xã Ia Dom']);
    expect(vi('Thiếu tá Ksor Blan, Phó Trưởng Công an xã Ia Dom, kể lại.')).toEqual(['Ksor Blan | Thiếu tá; Phó Trưởng Công an xã Ia Dom']);
  });
});

describe('party committee members and cooperative heads (session 9)', () => {
  it('"Tỉnh ủy viên" is a post of its own in a title list', () => {
    expect(vi('Ông Võ Văn Nhàn, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh, phát biểu.')).toEqual(['Võ Văn Nhàn | Tỉnh ủy viên; Chủ tịch Hội Nông dân tỉnh']);
  });
  it('"Giám đốc hợp tác xã, bà X," before the name and after it', () => {
    expect(vi('Giám đốc hợp tác xã, bà Trần Thị Út, cho biết đơn vị đang thử nghiệm.')).toEqual(['Trần Thị Út | Giám đốc hợp tác xã']);
  });
});

describe('a troupe after its head, a Khmer name (session 9)', () => {
  it('"Trưởng Đoàn Nghệ thuật Khmer …" is a troupe, not a person named Đoàn', () => {
    expect(vi('Ông Thạch Sô Phia, nguyên Trưởng Đoàn Nghệ thuật Khmer Ánh Bình Minh, là người dàn dựng.')).toEqual([
      'Thạch Sô Phia | nguyên Trưởng Đoàn Nghệ thuật Khmer Ánh Bình Minh',
    ]);
  });
});
