import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese award recipients written indirectly', () => {
  it('a short form of the body named before stands for it ("trường", "bệnh viện", "đơn vị")', () => {
    const text =
      'Trường THPT Lê Quý Đôn tỉnh Quảng Trị tổ chức lễ kỷ niệm 50 năm thành lập.\n\n' +
      'Trước đó, trường từng được tặng Huân chương Lao động hạng Ba.';
    expect(vi(text)).toEqual(['Huân chương Lao động hạng Ba -> Trường THPT Lê Quý Đôn tỉnh Quảng Trị']);
    const unit =
      'Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Phạm Văn Long trao Huân chương Quân công hạng Ba tặng Lữ đoàn 125 Hải quân.\n\n' +
      'Năm 2020, đơn vị đã được tặng Huân chương Chiến công hạng Nhất.';
    expect(vi(unit)).toContain('Huân chương Chiến công hạng Nhất -> Lữ đoàn 125 Hải quân');
  });

  it('a counted group is no recipient, a unit with a number is one', () => {
    expect(vi('Tỉnh có 3 nhà giáo được phong tặng danh hiệu Nhà giáo Ưu tú.')).toEqual(['danh hiệu Nhà giáo Ưu tú -> -']);
    expect(vi('Trung đoàn 926 được tặng Cờ thi đua của Bộ Quốc phòng.')).toEqual(['Cờ thi đua của Bộ Quốc phòng -> Trung đoàn 926']);
    // the years of an anniversary are not a counted recipient
    expect(vi('Công ty Điện lực Hải Dương kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhì.')).toEqual([
      'Huân chương Lao động hạng Nhì -> Công ty Điện lực Hải Dương',
    ]);
  });

  it('a described person ("tiền đạo", "chân sút") is the person last named; a pronoun is the topic of the sentence before', () => {
    const striker =
      'HLV Park Min-ho tung tiền vệ Trần Quốc Huy vào sân. Chỉ 5 phút sau, chân sút từng đoạt Quả bóng vàng Việt Nam 2023 ghi bàn.';
    expect(vi(striker)).toEqual(['Quả bóng vàng Việt Nam 2023 -> Trần Quốc Huy']);
    const singer =
      'Khán giả chú ý tới ca sĩ Bảo Yến, người được mệnh danh là "họa mi". Chị từng được phong tặng danh hiệu Nghệ sĩ Ưu tú năm 2015.';
    expect(vi(singer)).toEqual(['danh hiệu Nghệ sĩ Ưu tú -> Bảo Yến']);
  });

  it('an apposition and a later short mention lead to the person', () => {
    expect(vi('Đại úy Lò Thị Mai, nữ sĩ quan Việt Nam được Liên hợp quốc trao Giải thưởng Người gìn giữ hòa bình năm 2024.')).toEqual([
      'Giải thưởng Người gìn giữ hòa bình năm 2024 -> Lò Thị Mai',
    ]);
    expect(vi('Cô Phạm Thị Lan là giáo viên Văn. Cô Lan từng hai lần đạt danh hiệu Chiến sĩ thi đua cấp tỉnh.')).toEqual([
      'danh hiệu Chiến sĩ thi đua cấp tỉnh -> Phạm Thị Lan',
    ]);
  });

  it('honourees listed after "có" or "là", and a date between the award and "cho"', () => {
    expect(vi('Trong số 8 Thầy thuốc Ưu tú có bác sĩ Trần Văn Bình và điều dưỡng Nguyễn Thị Hạnh.')).toEqual([
      'Thầy thuốc Ưu tú -> Trần Văn Bình',
      'Thầy thuốc Ưu tú -> Nguyễn Thị Hạnh',
    ]);
    expect(vi('Ban tổ chức trao danh hiệu Cầu thủ xuất sắc nhất tháng 10/2025 cho thủ môn Đặng Văn Lâm.')).toEqual([
      'danh hiệu Cầu thủ xuất sắc nhất tháng 10 -> Đặng Văn Lâm',
    ]);
    expect(vi('Chủ tịch UBND tỉnh trao Bằng khen của UBND tỉnh cho Phòng Cảnh sát giao thông.')).toEqual([
      'Bằng khen của UBND tỉnh -> Phòng Cảnh sát giao thông',
    ]);
  });

  it('a company named before "… và được tặng" receives it', () => {
    expect(vi('Dưới thời ông, Dệt may Hòa Thọ từ một xưởng nhỏ trở thành doanh nghiệp lớn và được tặng Huân chương Lao động hạng Ba.')).toEqual([
      'Huân chương Lao động hạng Ba -> Dệt may Hòa Thọ',
    ]);
  });
});

describe('Vietnamese award recipients: passives, lists and shared subjects', () => {
  it('"X được trao cho A; B và C" with titles around the listed names', () => {
    expect(
      vi('Danh hiệu Thầy thuốc Nhân dân lần này được trao cho bác sĩ Hà Thị Lan, Trưởng khoa Nhi - Sơ sinh; bác sĩ Tống Văn Hải, Phó Giám đốc bệnh viện và điều dưỡng Lý Thị Mai.'),
    ).toEqual([
      'Danh hiệu Thầy thuốc Nhân dân -> Hà Thị Lan',
      'Danh hiệu Thầy thuốc Nhân dân -> Tống Văn Hải',
      'Danh hiệu Thầy thuốc Nhân dân -> Lý Thị Mai',
    ]);
    expect(vi('Bộ trưởng tặng Kỷ niệm chương "Vì sự nghiệp y tế" cho hai bác sĩ đã nghỉ hưu là ông Đào Văn Sơn và bà Trịnh Thị Nga.')).toEqual([
      'Kỷ niệm chương "Vì sự nghiệp y tế" -> Đào Văn Sơn',
      'Kỷ niệm chương "Vì sự nghiệp y tế" -> Trịnh Thị Nga',
    ]);
    expect(vi('Thứ trưởng trao Huân chương Hữu nghị cho Đại sứ Nhật Bản Ito Naoki và Trưởng đại diện WHO Anna Berg.')).toEqual([
      'Huân chương Hữu nghị -> Ito Naoki',
      'Huân chương Hữu nghị -> Anna Berg',
    ]);
  });

  it('a clause without its own subject takes the sentence\'s ("…, từng nhận Y", "… và được tặng Y")', () => {
    const text =
      'Trường THCS Nguyễn Du tỉnh Gia Lai kỷ niệm 40 năm thành lập.\n\n' +
      'Trường đã 2 lần được tặng Bằng khen của Thủ tướng Chính phủ (năm 2010 và 2015), từng nhận Huân chương Lao động hạng Ba năm 2012 và Huân chương Lao động hạng Nhì năm 2020.';
    expect(vi(text)).toEqual([
      'Bằng khen của Thủ tướng Chính phủ -> Trường THCS Nguyễn Du tỉnh Gia Lai',
      'Huân chương Lao động hạng Ba -> Trường THCS Nguyễn Du tỉnh Gia Lai',
      'Huân chương Lao động hạng Nhì -> Trường THCS Nguyễn Du tỉnh Gia Lai',
    ]);
    const company =
      'Tổng công ty Xây dựng Sông Đà tổ chức lễ kỷ niệm.\n\nTrước đó, Tổng công ty đã 3 lần nhận Cờ thi đua của Chính phủ và được tặng Huân chương Độc lập hạng Nhì năm 2015.';
    expect(vi(company)).toEqual([
      'Cờ thi đua của Chính phủ -> Tổng công ty Xây dựng Sông Đà',
      'Huân chương Độc lập hạng Nhì -> Tổng công ty Xây dựng Sông Đà',
    ]);
  });

  it('a headline\'s recipient given by title is the person holding it; a foreign order keeps its class', () => {
    const f = factsOf(
      'vi',
      'Phó Chủ tịch nước Võ Thị Ánh Xuân trao Huân chương Hữu nghị cho Đại sứ Canada Shawn Steil.\n\n' +
        'Ông Steil đã thay mặt Toàn quyền Canada trao Huân chương Canada hạng Sĩ quan cho GS.TS Lê Văn Tâm.',
      'Trao Huân chương Hữu nghị cho Đại sứ Canada',
    );
    expect(awardLines(f)).toEqual(['Huân chương Hữu nghị -> Shawn Steil', 'Huân chương Canada hạng Sĩ quan -> Lê Văn Tâm']);
  });
});

describe('Vietnamese prizes named like bodies, tiers, honourees after a title', () => {
  it('a prize named like a body keeps its edition; a tier in front of a prize is one award; a bare tier is a result', () => {
    expect(vi('Ban Tổ chức trao Giải Báo chí tỉnh Gia Lai lần thứ II - năm 2025 cho 30 tác phẩm.')).toEqual([
      'Giải Báo chí tỉnh Gia Lai lần thứ II - năm 2025 -> -',
    ]);
    expect(vi('Chị Hương từng đoạt giải B Giải Báo chí quốc gia năm 2022.')).toEqual(['giải B Giải Báo chí quốc gia năm 2022 -> Hương']);
    expect(vi('Chủ tịch nước trao giải Nhất cho tác giả Trần Văn Lâm.')).toEqual([]);
    expect(vi('Đội tuyển giành Giải vô địch quốc gia năm 2024.')).toEqual([]);
  });

  it('honourees after "các <title> mới có", with honorifics and appositions between them', () => {
    expect(
      vi('Trong số các Nghệ sĩ Nhân dân mới có NSƯT Lê Thu Hà, Giám đốc Nhà hát Tuồng; NSƯT Đỗ Văn Khang, nghệ sĩ đàn bầu của Nhà hát Dân ca và NSƯT Mã Thị Lan.'),
    ).toEqual(['Nghệ sĩ Nhân dân -> Lê Thu Hà', 'Nghệ sĩ Nhân dân -> Đỗ Văn Khang', 'Nghệ sĩ Nhân dân -> Mã Thị Lan']);
  });

  it('a unit with its parent body after a comma, "tuyên dương", and planned awards left out', () => {
    expect(vi('Sáng 2/9, Lữ đoàn Công binh 229, Binh chủng Công binh tổ chức lễ kỷ niệm và đón nhận Huân chương Chiến công hạng Nhì.')).toEqual([
      'Huân chương Chiến công hạng Nhì -> Lữ đoàn Công binh 229',
    ]);
    const text = 'Trung đoàn Bộ binh 9 được thành lập năm 1965.\n\nNăm 1975, Trung đoàn vinh dự được Nhà nước tuyên dương danh hiệu Anh hùng Lực lượng vũ trang nhân dân.';
    expect(vi(text)).toEqual(['danh hiệu Anh hùng Lực lượng vũ trang nhân dân -> Trung đoàn Bộ binh 9']);
    expect(vi('Năm 2027, Hội đồng sẽ xét tặng Giải thưởng Hồ Chí Minh về văn học, nghệ thuật.')).toEqual([]);
  });
});

describe('Vietnamese recipients: lists after a colon, bodies after "cho", the pronoun "anh"', () => {
  it('reads the list items after "được trao cho:"', () => {
    const text =
      'Huân chương Lao động hạng Ba được trao cho:\n\n' +
      'vận động viên điền kinh Lò Thị Hoàng (2 HCV);\n\n' +
      'vận động viên bơi Trần Hưng Nguyên (3 HCV);\n\n' +
      'Đội tuyển bóng chuyền nữ quốc gia.';
    expect(vi(text)).toEqual([
      'Huân chương Lao động hạng Ba -> Lò Thị Hoàng',
      'Huân chương Lao động hạng Ba -> Trần Hưng Nguyên',
      'Huân chương Lao động hạng Ba -> Đội tuyển bóng chuyền nữ quốc gia',
    ]);
  });

  it('a capitalised body after "cho" is a recipient; "anh" after a comma is a pronoun, not England', () => {
    expect(vi('Phó Thủ tướng trao Huân chương Lao động hạng Nhì cho Đội tuyển bóng đá nữ quốc gia.')).toEqual([
      'Huân chương Lao động hạng Nhì -> Đội tuyển bóng đá nữ quốc gia',
    ]);
    expect(vi('Năm 2019, anh từng nhận Giải thưởng Quả Cầu Vàng.')).toEqual(['Giải thưởng Quả Cầu Vàng -> -']);
  });
});

describe('Vietnamese recipients: topics, "một trong những", counted lists, shared subjects', () => {
  it('reads them', () => {
    expect(vi('Ở Giải thưởng Nhà nước, đạo diễn Trịnh Quốc Thái được vinh danh với bộ phim Mùa nước nổi.')).toEqual([
      'Giải thưởng Nhà nước -> Trịnh Quốc Thái',
    ]);
    expect(vi('Nhà thơ Lò Văn Pám, người dân tộc Thái, cũng là một trong những tác giả được tặng Giải thưởng Nhà nước đợt này.')).toEqual([
      'Giải thưởng Nhà nước -> Lò Văn Pám',
    ]);
    expect(vi('Đợt này, 126 tác giả, đồng tác giả được tặng Giải thưởng Nhà nước về văn học, nghệ thuật, thuộc các chuyên ngành âm nhạc.')).toEqual([
      'Giải thưởng Nhà nước về văn học, nghệ thuật -> -',
    ]);
    expect(vi('Thầy Nguyễn Văn Thắng là hiệu trưởng. Thầy Thắng có hơn 35 năm gắn bó với nghề, từng hai lần đạt danh hiệu Chiến sĩ thi đua toàn quốc.')).toEqual([
      'danh hiệu Chiến sĩ thi đua toàn quốc -> Nguyễn Văn Thắng',
    ]);
  });
});

describe('Vietnamese back-references to an award', () => {
  it('"Danh hiệu cũng được trao cho …" and "danh hiệu được truy tặng anh …" mean the title named before', () => {
    const text =
      'UBND thành phố trao danh hiệu Công dân tiêu biểu thành phố năm 2026 cho 20 người.\n\n' +
      'Danh hiệu cũng được trao cho Trung tá Sơn Chanh Đa, Đội trưởng Đội Cảnh sát đường thủy, người đã cứu 17 người gặp nạn trên sông, và cô Thạch Thị Mỹ Xuyên, giáo viên.\n\n' +
      'Khoảnh khắc xúc động nhất là khi danh hiệu được truy tặng anh Danh Hoàng Khải (21 tuổi).';
    expect(vi(text)).toEqual([
      'danh hiệu Công dân tiêu biểu thành phố -> Sơn Chanh Đa',
      'danh hiệu Công dân tiêu biểu thành phố -> Thạch Thị Mỹ Xuyên',
      'danh hiệu Công dân tiêu biểu thành phố -> Danh Hoàng Khải',
    ]);
    // A bare "Bằng khen" is an award of its own name.
    expect(vi('Trường được tặng Huân chương Lao động hạng Ba. Ông Lê Văn Hai nhận Bằng khen.')).toContain('Bằng khen -> Lê Văn Hai');
  });
});

describe('Vietnamese recipients in a table', () => {
  it('reads the first cell of each row after a caption naming the award', () => {
    const text =
      'Một số cá nhân, tập thể nhận Giải thưởng Phụ nữ Việt Nam năm 2026\n\n' +
      'Cá nhân / tập thể | Lĩnh vực\n\n' +
      'PGS.TS Hà Thị Minh Khuê | Khoa học - công nghệ\n\n' +
      'Câu lạc bộ Phụ nữ khuyết tật Hương Sen | An sinh xã hội\n\n' +
      'Bác sĩ Kiều Thị Lan (truy tặng) | Y tế';
    expect(vi(text)).toEqual([
      'Giải thưởng Phụ nữ Việt Nam năm 2026 -> Hà Thị Minh Khuê',
      'Giải thưởng Phụ nữ Việt Nam năm 2026 -> Câu lạc bộ Phụ nữ khuyết tật Hương Sen',
      'Giải thưởng Phụ nữ Việt Nam năm 2026 -> Kiều Thị Lan',
    ]);
  });
});

describe('Vietnamese award names and bodies abroad', () => {
  it('reads an unquoted "Vì sự nghiệp …" medal, a body "tại" a country and its one-word short form', () => {
    expect(vi('UBND tỉnh trao Kỷ niệm chương Vì sự nghiệp giáo dục cho 42 nhà giáo.')).toEqual(['Kỷ niệm chương Vì sự nghiệp giáo dục -> -']);
    const text =
      'Đại sứ quán trao Bằng khen của Thủ tướng Chính phủ cho Hội Người Việt Nam tại Cộng hòa Séc.\n\n' +
      'Thứ trưởng đã trao Bằng khen cho Hội - tổ chức đại diện của người Việt tại Séc.';
    expect(vi(text)).toEqual(['Bằng khen của Thủ tướng Chính phủ -> Hội Người Việt Nam tại Cộng hòa Séc']);
  });
});

describe('Vietnamese members of a recipient group', () => {
  it('reads "trong đó có", "Trong số N người nhận X, … ông A" and members after "gồm:"', () => {
    expect(vi('Phó Thủ tướng trao Bằng khen của Thủ tướng Chính phủ cho 5 nông dân có thành tích xuất sắc, trong đó có anh Đặng Văn Sửu.')).toEqual([
      'Bằng khen của Thủ tướng Chính phủ -> Đặng Văn Sửu',
    ]);
    expect(vi('Trong số 100 người nhận danh hiệu Nông dân Việt Nam xuất sắc năm 2026, câu chuyện của ông Lò Văn Pọm khiến nhiều người xúc động.')).toEqual([
      'danh hiệu Nông dân Việt Nam xuất sắc -> Lò Văn Pọm',
    ]);
    expect(vi('Đại tá Từ Văn Phước trao Bằng khen cho tập thể Đội Chữa cháy khu vực Phú Nhuận và ba cán bộ của đội gồm: Thượng úy Lư Minh Quân, Trung úy Võ Thành Đạt và Hạ sĩ Phạm Văn Tú.')).toEqual([
      'Bằng khen -> Đội Chữa cháy khu vực Phú Nhuận',
      'Bằng khen -> Lư Minh Quân',
      'Bằng khen -> Võ Thành Đạt',
      'Bằng khen -> Phạm Văn Tú',
    ]);
  });
});

describe('Vietnamese awards named once and given in a later sentence (session 3)', () => {
  it('"Giải thưởng năm nay được trao cho bốn tác phẩm: … của nhà văn A; …" gives the prize to each author', () => {
    const text =
      'Tối 12/3, Hội Nhạc sĩ Việt Nam trao Giải thưởng Âm nhạc Việt Nam năm 2026.\n\n' +
      'Giải thưởng năm nay được trao cho ba tác phẩm: bản giao hưởng "Sông Mẹ" của nhạc sĩ Đỗ Hồng Quân; ca khúc "Phố nhỏ" của nhạc sĩ Lê Minh Sơn và trường ca "Đất" của nhạc sĩ Phan Thị Hoa.';
    expect(vi(text)).toEqual([
      'Giải thưởng Âm nhạc Việt Nam năm 2026 -> Đỗ Hồng Quân',
      'Giải thưởng Âm nhạc Việt Nam năm 2026 -> Lê Minh Sơn',
      'Giải thưởng Âm nhạc Việt Nam năm 2026 -> Phan Thị Hoa',
    ]);
  });

  it('a bare "Giải thưởng" is the prize the story is about, not one mentioned in passing; people are listed as the story names them', () => {
    const text =
      'Giải thưởng Nhân tài Đất Việt năm 2026 vinh danh kỹ sư Vũ Thị Lan và bác sĩ Đào Văn Bình.\n\n' +
      'Bác sĩ Đào Văn Bình, từng nhận Giải thưởng Tạ Quang Bửu, là người trẻ nhất.\n\n' +
      'Giải thưởng cũng được trao cho kỹ sư Vũ Thị Lan.\n\n' +
      'Ban tổ chức trao Giải thưởng Nhân tài Đất Việt năm 2026 cho bác sĩ Đào Văn Bình.';
    expect(vi(text)).toEqual([
      'Giải thưởng Nhân tài Đất Việt năm 2026 -> Vũ Thị Lan',
      'Giải thưởng Nhân tài Đất Việt năm 2026 -> Đào Văn Bình',
      'Giải thưởng Tạ Quang Bửu -> Đào Văn Bình',
    ]);
  });
});

describe('Vietnamese awards: sports titles, coordinated subjects, names after schools (session 3)', () => {
  it('"giải X xuất sắc nhất", "được bầu là X xuất sắc nhất", "giải Hoa khôi do … bình chọn thuộc về Y", each with its own recipient', () => {
    const text =
      'Đối chuyền Lê Thị Yến của Hà Nội được bầu là Vận động viên xuất sắc nhất giải.\n\n' +
      'Danh hiệu Chủ công xuất sắc nhất thuộc về Phạm Thị Hiền, còn giải Chuyền hai xuất sắc nhất được trao cho Đinh Thị Trà.\n\n' +
      'Giải Hoa khôi do người hâm mộ bình chọn thuộc về Nguyễn Thị Uyên.';
    expect(vi(text)).toEqual([
      'Vận động viên xuất sắc nhất -> Lê Thị Yến',
      'Danh hiệu Chủ công xuất sắc nhất -> Phạm Thị Hiền',
      'giải Chuyền hai xuất sắc nhất -> Đinh Thị Trà',
      'Giải Hoa khôi -> Nguyễn Thị Uyên',
    ]);
  });

  it('"A và B được tặng X" gives X to both; a school or street named after someone is no person; "lần thứ ba" is no part of the body', () => {
    expect(vi('UBND phường Tân Mai và Công ty Điện lực Biên Hòa được tặng Bằng khen của Chủ tịch UBND tỉnh.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh -> UBND phường Tân Mai',
      'Bằng khen của Chủ tịch UBND tỉnh -> Công ty Điện lực Biên Hòa',
    ]);
    expect(vi('Trường THPT chuyên Nguyễn Tất Thành đón nhận Cờ thi đua của Chính phủ.')).toEqual([
      'Cờ thi đua của Chính phủ -> Trường THPT chuyên Nguyễn Tất Thành',
    ]);
    expect(vi('Công ty Phần mềm Sao Bắc lần thứ ba nhận giải thưởng Sao Khuê.')).toEqual(['giải thưởng Sao Khuê -> Công ty Phần mềm Sao Bắc']);
  });

  it('"được vinh danh tại Giải thưởng X"; "Khoa học và Công nghệ" inside a prize name', () => {
    expect(vi('Tiến sĩ Hà Minh Châu được vinh danh tại Giải thưởng Kovalevskaia năm 2026.')).toEqual([
      'Giải thưởng Kovalevskaia năm 2026 -> Hà Minh Châu',
    ]);
    expect(vi('Kỹ sư Trịnh Văn Lâm nhận Giải thưởng Khoa học và Công nghệ Quả cầu vàng năm 2025.')).toEqual([
      'Giải thưởng Khoa học và Công nghệ Quả cầu vàng năm 2025 -> Trịnh Văn Lâm',
    ]);
  });
});

describe('Vietnamese awards given to works, named by a call, or to several bodies (session 3)', () => {
  it('a prize for a work goes to its author ("tập thơ "X" của nhà thơ A"), as subject or after "cho"', () => {
    expect(vi('Tập truyện "Bến đò xưa" của nhà văn Lưu Văn Khải đoạt Giải thưởng Văn học Sông Mekong năm 2026.')).toEqual([
      'Giải thưởng Văn học Sông Mekong năm 2026 -> Lưu Văn Khải',
    ]);
    expect(vi('Giải thưởng Văn học Sông Mekong năm 2026 được trao cho tập thơ "Gió chướng" của nhà thơ Thạch Thị Sa.')).toEqual([
      'Giải thưởng Văn học Sông Mekong năm 2026 -> Thạch Thị Sa',
    ]);
  });

  it('"Giải X xuất sắc nhất gọi tên A"; "cho Ban Quản lý dự án X và UBND huyện Y"; "A, Trưởng ấp 3, là một trong 10 cá nhân được tặng"', () => {
    expect(vi('Giải Thủ môn xuất sắc nhất gọi tên Trần Văn Khánh.')).toEqual(['Giải Thủ môn xuất sắc nhất -> Trần Văn Khánh']);
    expect(vi('UBND tỉnh tặng Bằng khen cho Ban Quản lý dự án giao thông tỉnh và UBND xã Phước An.')).toEqual([
      'Bằng khen -> Ban Quản lý dự án giao thông tỉnh',
      'Bằng khen -> UBND xã Phước An',
    ]);
    expect(vi('Ông Hồ Văn Sáu, Trưởng ấp 2, là một trong 12 cá nhân được tặng Bằng khen.')).toEqual(['Bằng khen -> Hồ Văn Sáu']);
  });
});

describe('Vietnamese awards: quoted honours and the main prize (session 3)', () => {
  it('"được vinh danh "Công dân Thủ đô ưu tú"", "nhận giải thưởng chính", a pronoun before "là một trong"', () => {
    expect(vi('Ông Trần Văn Phúc vừa được vinh danh "Công dân Thủ đô ưu tú" năm 2026.')).toEqual(['Công dân Thủ đô ưu tú -> Trần Văn Phúc']);
    expect(vi('Tại lễ trao giải, nhà thơ Hữu Việt nhận giải thưởng chính với tập thơ "Đất".')).toEqual(['giải thưởng chính -> Hữu Việt']);
    const text = 'TS Lê Thu Hà làm việc tại Viện Hóa học.\n\nBà là một trong 3 nhà khoa học nữ nhận Giải thưởng Kovalevskaia năm nay.';
    expect(vi(text)).toEqual(['Giải thưởng Kovalevskaia -> Lê Thu Hà']);
  });
});

describe('Vietnamese awards: counted groups with one named, two clauses joined by "và" (session 3)', () => {
  it('"5 tập thể và 12 cá nhân được nhận X, trong đó có Y" names Y; "vì …, trong đó có dự án cầu …" does not', () => {
    expect(vi('Dịp này, 5 tập thể và 12 cá nhân được nhận Bằng khen của UBND tỉnh, trong đó có Công an phường Trảng Dài.')).toEqual([
      'Bằng khen của UBND tỉnh -> Công an phường Trảng Dài',
    ]);
  });

  it('"A được tặng X và nhiều cá nhân được tặng Y": Y is not A\'s', () => {
    expect(vi('Bệnh viện Đa khoa tỉnh Tây Ninh được Bộ Y tế tặng Cờ thi đua và nhiều cá nhân được tặng Bằng khen.')).toEqual([
      'Cờ thi đua -> Bệnh viện Đa khoa tỉnh Tây Ninh',
      'Bằng khen -> -',
    ]);
  });
});

describe('Vietnamese awards: a tournament\'s honours listed item by item (session 3)', () => {
  it('"gồm: Chủ công xuất sắc nhất - A (CLB), …", "Libero xuất sắc nhất: B", "Hoa khôi của giải là C", "Giải Vua phá lưới thuộc về D"', () => {
    const text =
      'Các danh hiệu cá nhân gồm: Chủ công xuất sắc nhất - Trần Thị Thanh Thúy (Ninh Bình), Chuyền hai xuất sắc nhất - Đặng Thị Kim Thanh (Hà Nội).\n\n' +
      'Libero xuất sắc nhất: Nguyễn Khánh Đang (Ninh Bình).\n\n' +
      'Hoa khôi của giải là Đoàn Thị Lâm Oanh.\n\n' +
      'Giải Vua phá lưới thuộc về Nguyễn Thị Uyên với 215 điểm.\n\n' +
      'Khoảnh khắc xúc động nhất là khi đội trưởng Lê Thị Hà nâng cúp.';
    expect(vi(text)).toEqual([
      'Chủ công xuất sắc nhất -> Trần Thị Thanh Thúy',
      'Chuyền hai xuất sắc nhất -> Đặng Thị Kim Thanh',
      'Libero xuất sắc nhất -> Nguyễn Khánh Đang',
      'Hoa khôi -> Đoàn Thị Lâm Oanh',
      'Giải Vua phá lưới -> Nguyễn Thị Uyên',
    ]);
  });
});

describe('Vietnamese awards: subjects written around asides (session 3)', () => {
  it('a body opening the sentence, a time before the subject, "người được …" after a name, a calling after a comma', () => {
    expect(vi('Ban Quản lý dự án giao thông tỉnh, đơn vị làm chủ đầu tư, từng đón nhận Huân chương Lao động hạng Ba năm 2022.')).toEqual([
      'Huân chương Lao động hạng Ba -> Ban Quản lý dự án giao thông tỉnh',
    ]);
    expect(vi('Năm 2025, Công ty Sao Nam được vinh danh tại Giải thưởng Sao Khuê.')).toEqual(['Giải thưởng Sao Khuê -> Công ty Sao Nam']);
    expect(vi('Gia đình ông có mẹ là cụ Thị Lem, người được Nhà nước phong tặng danh hiệu Bà mẹ Việt Nam anh hùng năm 2015.')).toEqual([
      'danh hiệu Bà mẹ Việt Nam anh hùng -> Thị Lem',
    ]);
    expect(vi('Ông dịch thơ của Rabindranath Tagore, nhà thơ Ấn Độ đoạt giải Nobel năm 1913.')).toEqual(['giải Nobel năm 1913 -> Rabindranath Tagore']);
    expect(vi('Hội truy tặng Giải thưởng Thành tựu trọn đời cho cố nhà thơ, dịch giả Hà Thanh Tịnh.')).toEqual([
      'Giải thưởng Thành tựu trọn đời -> Hà Thanh Tịnh',
    ]);
  });

  it('a pronoun after a pronoun keeps the topic named before them', () => {
    const text =
      'Phạm Tuân cùng nhà du hành Viktor Vassilyevich Gorbatko bay vào vũ trụ năm 1980.Ông được phong Anh hùng Lao động năm 1980. Cùng năm đó, ông được trao tặng Huân chương Lenin.';
    expect(vi(text)).toContain('Huân chương Lenin -> Phạm Tuân');
  });
});

describe('Vietnamese awards: categories of the main prize (session 3)', () => {
  it('"Ở thể loại thơ, giải thưởng thuộc về tập thơ X của nhà thơ A", "Giải ở thể loại … được trao cho công trình … của PGS.TS B", "Giải văn học dịch thuộc về dịch giả C"', () => {
    const text =
      'Tối 20/11, Hội Nhà văn Việt Nam trao Giải thưởng Hội Nhà văn Việt Nam năm 2026 cho bốn tác phẩm thuộc các thể loại.\n\n' +
      'Ở thể loại thơ, giải thưởng thuộc về tập thơ Mùa gió chướng của nhà thơ Lâm Thị Vân Khánh.\n\n' +
      'Giải ở thể loại lý luận phê bình được trao cho công trình Đọc lại những mùa thơ của PGS.TS Nguyễn Đăng Vy.\n\n' +
      'Giải văn học dịch thuộc về dịch giả Trần Hạnh Dung.';
    expect(vi(text)).toEqual([
      'Giải thưởng Hội Nhà văn Việt Nam năm 2026 -> Lâm Thị Vân Khánh',
      'Giải thưởng Hội Nhà văn Việt Nam năm 2026 -> Nguyễn Đăng Vy',
      'Giải thưởng Hội Nhà văn Việt Nam năm 2026 -> Trần Hạnh Dung',
    ]);
  });
});

describe('Vietnamese awards: a counted group listed after a long description (session 3)', () => {
  it('"tặng Bằng khen cho 2 tập thể và 1 cá nhân có thành tích …, gồm: A, B và ông C" gives one to each', () => {
    expect(vi('Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể và 1 cá nhân có thành tích xuất sắc trong công tác giải phóng mặt bằng dự án, gồm: Ban Quản lý dự án giao thông tỉnh, UBND xã Phước An và ông Điểu Văn Lanh.')).toEqual([
      'Bằng khen -> Ban Quản lý dự án giao thông tỉnh',
      'Bằng khen -> UBND xã Phước An',
      'Bằng khen -> Điểu Văn Lanh',
    ]);
  });
});

describe('Vietnamese awards: quoted honours after "vinh danh", a pronoun after a clause (session 3)', () => {
  it('"Công ty X - đơn vị vừa được vinh danh “<honour>” tại …"; "A … được công nhận …; năm 2024, anh được tặng Bằng khen"', () => {
    expect(vi('Công ty CP Đồi Thông - đơn vị vừa được vinh danh “Khu nghỉ dưỡng xanh hàng đầu Việt Nam năm 2026” tại World Travel Awards - sẽ tài trợ hoa.')).toContain(
      'Khu nghỉ dưỡng xanh hàng đầu Việt Nam năm 2026 -> Công ty CP Đồi Thông',
    );
    const text =
      'Đại úy Lý Văn Páo mở lớp học ở bản.\n\n' +
      'Thiếu tá Lò Văn Hùng 3 năm liền được công nhận danh hiệu Chiến sĩ thi đua cơ sở; năm 2024, anh được Bộ Tư lệnh Bộ đội Biên phòng tặng Bằng khen.';
    expect(vi(text)).toEqual(['danh hiệu Chiến sĩ thi đua cơ sở -> Lò Văn Hùng', 'Bằng khen -> Lò Văn Hùng']);
  });
});

describe('Vietnamese awards: a chain of pronouns starting with "Bà" (session 3)', () => {
  it('keeps the woman named before as the topic', () => {
    const text = 'Bà Lê Thị Hoa cùng ông Trần Văn Nam đến thăm trường.Bà được phong Nhà giáo Ưu tú năm 2020. Cùng năm đó, bà được trao tặng Huân chương Lao động hạng Ba.';
    expect(vi(text)).toContain('Huân chương Lao động hạng Ba -> Lê Thị Hoa');
  });
});

describe('Vietnamese award names that run on (session 4)', () => {
  it('"danh hiệu" before another award head, badges and youth titles with lower-case words', () => {
    expect(vi('Tiền vệ Đỗ Hùng Dũng giành danh hiệu Quả bóng vàng Việt Nam 2026.')).toEqual(['danh hiệu Quả bóng vàng Việt Nam 2026 -> Đỗ Hùng Dũng']);
    expect(vi('Trung úy Hà Minh Khôi được Trung ương Đoàn tặng Huy hiệu Tuổi trẻ dũng cảm.')).toEqual(['Huy hiệu Tuổi trẻ dũng cảm -> Hà Minh Khôi']);
    expect(vi('Chị Giàng Thị Sua được trao danh hiệu Thanh niên tiên tiến làm theo lời Bác.')).toEqual(['danh hiệu Thanh niên tiên tiến làm theo lời Bác -> Giàng Thị Sua']);
  });
});

describe('Vietnamese awards: relatives left unnamed, the colours of the ball (session 4)', () => {
  it('an unnamed relative receives nothing we can name; a named one does', () => {
    expect(vi('Bị cáo Đào Văn Sinh có bố là thương binh, từng được tặng Huân chương Kháng chiến hạng Nhì.')).toEqual(['Huân chương Kháng chiến hạng Nhì -> -']);
    expect(vi('Ngoài ra, bị cáo Sinh có hoàn cảnh khó khăn, mẹ được phong tặng danh hiệu Bà mẹ Việt Nam anh hùng.')).toEqual(['danh hiệu Bà mẹ Việt Nam anh hùng -> -']);
  });

  it('"Quả bóng bạc", "Quả bóng đồng" and "Quả bóng vàng nữ" are awards of their own', () => {
    const text = 'Tiền vệ Lê Văn Đô giành Quả bóng vàng Việt Nam 2027.\n\nQuả bóng bạc thuộc về Phạm Gia Hưng, còn Quả bóng đồng được trao cho thủ môn Trần Trung Kiên.\n\nỞ nội dung nữ, Ngân Thị Vạn Sự nhận Quả bóng vàng nữ.';
    expect(vi(text)).toEqual([
      'Quả bóng vàng Việt Nam 2027 -> Lê Văn Đô',
      'Quả bóng bạc -> Phạm Gia Hưng',
      'Quả bóng đồng -> Trần Trung Kiên',
      'Quả bóng vàng nữ -> Ngân Thị Vạn Sự',
    ]);
  });
});

describe('Vietnamese awards: a pronoun opening a paragraph means the story\'s subject (session 4)', () => {
  it('"Bà" after someone named in passing is the person the story is about; "Ông Minh, 71 tuổi," is Minh', () => {
    const text =
      'NSƯT Trần Thị Hậu, nguyên Trưởng đoàn Ca múa tỉnh Nam Định, từ trần ngày 20/11.\n\n' +
      'Bà Trần Thị Hậu sinh năm 1940. Bà từng học với nhạc sĩ Đỗ Nhuận.\n\n' +
      'Năm 1993, bà được Nhà nước phong tặng danh hiệu Nghệ sĩ Ưu tú.';
    expect(vi(text)).toEqual(['danh hiệu Nghệ sĩ Ưu tú -> Trần Thị Hậu']);
    const short =
      'Đại hội bầu ông Phan Quốc Huy làm Chủ tịch HĐQT. Ông Huy thay ông Đỗ Văn Tâm, người đã xin nghỉ.\n\n' +
      'Ông Tâm, 70 tuổi, từng được Chủ tịch nước tặng Huân chương Lao động hạng Ba.';
    expect(vi(short)).toEqual(['Huân chương Lao động hạng Ba -> Đỗ Văn Tâm']);
  });
});

describe('Vietnamese awards in court and sports reports (session 4)', () => {
  it('"bản thân bị cáo" is the defendant named last; "Ông này" is the person just named', () => {
    const text =
      'Luật sư Lê Minh Tâm, người bào chữa cho bị cáo Hồ Văn Phúc, đề nghị xem xét việc bị cáo đã nộp lại tiền, và bản thân bị cáo từng nhận Bằng khen của Bộ trưởng Bộ Xây dựng.\n\n' +
      'Bị cáo Đặng Văn Lợi xin được hưởng khoan hồng. Ông này từng được tặng Kỷ niệm chương Vì sự nghiệp Xây dựng.';
    expect(vi(text)).toEqual([
      'Bằng khen của Bộ trưởng Bộ Xây dựng -> Hồ Văn Phúc',
      'Kỷ niệm chương Vì sự nghiệp Xây dựng -> Đặng Văn Lợi',
    ]);
  });

  it('a superlative keeps what it is for; "hạng Nhất" is a division, not an honour', () => {
    expect(vi('Vòng 7 hạng Nhất: Bình Phước lên đỉnh bảng.')).toEqual([]);
    expect(vi('Tiền đạo Lê Văn Thắng từng giành danh hiệu Cầu thủ xuất sắc nhất Giải hạng Nhất 2023.')).toEqual([
      'danh hiệu Cầu thủ xuất sắc nhất Giải hạng Nhất 2023 -> Lê Văn Thắng',
    ]);
  });
});

describe('Vietnamese awards: given names alone, prizes "dành cho", bodies after "thuộc về" (session 4)', () => {
  it('"Khang được … trao", "Bảo cùng hai bạn giành …" are the people named in full before', () => {
    expect(vi('Tiền đạo Phan Văn Khang ghi hai bàn. Sau trận, Khang được Ban tổ chức trao danh hiệu Cầu thủ xuất sắc nhất trận.')).toEqual([
      'danh hiệu Cầu thủ xuất sắc nhất trận -> Phan Văn Khang',
    ]);
    expect(vi('Sinh viên Lý Gia Bảo học ngành vi mạch. Bảo cùng hai bạn trong nhóm giành Giải thưởng Tài năng khoa học trẻ năm 2026.')).toEqual([
      'Giải thưởng Tài năng khoa học trẻ năm 2026 -> Lý Gia Bảo',
    ]);
  });

  it('"dành cho giảng viên trẻ" is part of the prize; "thuộc về CLB A và CLB B" gives one entry each', () => {
    expect(vi('Bà Lê Thị Thu, người từng nhận Giải thưởng Sáng tạo dành cho nhà khoa học nữ của Bộ KH-CN, cho biết.')).toEqual([
      'Giải thưởng Sáng tạo dành cho nhà khoa học nữ -> Lê Thị Thu',
    ]);
    expect(vi('VPF công bố giải Fair-play tháng 11 thuộc về CLB Long An và CLB Đồng Tháp, hai đội không nhận thẻ đỏ.')).toEqual([
      'giải Fair-play tháng 11 -> CLB Long An',
      'giải Fair-play tháng 11 -> CLB Đồng Tháp',
    ]);
  });
});

describe('Vietnamese awards: pronoun chains past people named in passing, works named like people (session 4)', () => {
  it('"Bà là … cùng với A và B. Năm 1997, bà được …" keeps the topic; a quoted play is nobody', () => {
    const text =
      'NSND Lê Thị Duyên, nguyên Giám đốc Nhà hát Cải lương Việt Nam, vừa từ trần.\n\n' +
      'Bà Duyên sinh năm 1938 tại Thái Bình. Bà diễn vở "Quan Âm Thị Kính" hơn 500 đêm.\n\n' +
      'Bà là một trong những nghệ sĩ đầu tiên được phong tặng danh hiệu Nghệ sĩ Ưu tú, cùng đợt với bạn diễn Trần Văn Lộc. Năm 1997, bà được Nhà nước phong tặng danh hiệu Nghệ sĩ Nhân dân.';
    expect(vi(text)).toEqual([
      'danh hiệu Nghệ sĩ Ưu tú -> Lê Thị Duyên',
      'danh hiệu Nghệ sĩ Ưu tú -> Trần Văn Lộc',
      'danh hiệu Nghệ sĩ Nhân dân -> Lê Thị Duyên',
    ]);
  });
});

describe('Vietnamese awards to products and brands (session 4)', () => {
  it('a product described after its name, a grade before an English award, the national brand programme', () => {
    expect(vi('Riêng chè Shan tuyết Tà Xùa, sản phẩm vừa được Viện Vị giác Quốc tế (International Taste Institute, Bỉ) trao 2 sao Superior Taste Award 2026, bán rất chạy.')).toEqual([
      'Superior Taste Award 2026 -> chè Shan tuyết Tà Xùa',
    ]);
    expect(vi('Năm 2024, Sữa Mộc Châu lần đầu có sản phẩm đạt Thương hiệu Quốc gia Việt Nam.')).toEqual(['Thương hiệu Quốc gia Việt Nam -> Sữa Mộc Châu']);
  });
});

describe('Vietnamese awards honoured together (session 4)', () => {
  it('"…, cùng đợt với hai bạn diễn A và B" gives the award to all three', () => {
    const text = 'NSND Hà Thị Cầu hát xẩm từ nhỏ.\n\nBà được phong tặng danh hiệu Nghệ sĩ Ưu tú năm 1988, cùng đợt với hai bạn diễn Trần Văn Lai và Ngô Thị Mến.';
    expect(vi(text)).toEqual([
      'danh hiệu Nghệ sĩ Ưu tú -> Hà Thị Cầu',
      'danh hiệu Nghệ sĩ Ưu tú -> Trần Văn Lai',
      'danh hiệu Nghệ sĩ Ưu tú -> Ngô Thị Mến',
    ]);
  });
});

describe('Vietnamese film prizes and receiving phrases (session 4)', () => {
  it('"Bông Sen Vàng", "Cánh Diều Vàng" are prizes; a quoted film is their recipient; "được công nhận" is one verb', () => {
    expect(vi('Phim "Đất rừng phương Nam" giành Bông Sen Vàng tại Liên hoan phim Việt Nam.')).toEqual(['Bông Sen Vàng -> Đất rừng phương Nam']);
    expect(vi('Đạo diễn Nguyễn Quang Dũng từng đoạt Cánh Diều Vàng năm 2015.')).toEqual(['Cánh Diều Vàng năm 2015 -> Nguyễn Quang Dũng']);
    expect(vi('Cánh đồng lúa chín vàng.')).toEqual([]);
    const firm = 'Công ty CP Sữa Ba Vì tổ chức đại hội cổ đông.\n\nDoanh nghiệp từng 3 lần được công nhận Thương hiệu quốc gia.';
    expect(vi(firm)).toEqual(['Thương hiệu quốc gia -> Công ty CP Sữa Ba Vì']);
  });
});

describe('Vietnamese pronouns after a quotation (session 4)', () => {
  it('"bà" after \'"… thơ Nguyễn Du …", bà Oanh chia sẻ\' is Oanh, not the poet', () => {
    const text = 'Bà Trình Thị Oanh điều hành trường Việt ngữ ở Praha. "Chúng tôi muốn các cháu đọc được thơ Nguyễn Du", bà Oanh chia sẻ. Năm 2020, bà từng được tặng Kỷ niệm chương Vì sự nghiệp giáo dục.';
    expect(vi(text)).toEqual(['Kỷ niệm chương Vì sự nghiệp giáo dục -> Trình Thị Oanh']);
  });
});

describe('Vietnamese awards: the defendant of the clause before, second verbs, teams (session 4)', () => {
  it('"xem xét bị cáo có hơn 30 năm công tác, được … tặng X và nhiều lần nhận Y": both go to the defendant', () => {
    const text = 'Luật sư Đỗ Văn Hòa, người bào chữa cho bị cáo Ngô Đức Thịnh, đề nghị HĐXX xem xét bị cáo có hơn 30 năm công tác, được Chủ tịch nước tặng Huân chương Lao động hạng Ba năm 2019 và nhiều lần nhận Bằng khen của UBND tỉnh Bắc Ninh.';
    expect(vi(text)).toEqual(['Huân chương Lao động hạng Ba -> Ngô Đức Thịnh', 'Bằng khen của UBND tỉnh Bắc Ninh -> Ngô Đức Thịnh']);
  });
  it('"cho ê-kíp ghép gan Bệnh viện X, theo …" is the team', () => {
    expect(vi('Ông Lê Văn Tâm trao Bằng khen của Chủ tịch UBND tỉnh cho ê-kíp ghép gan Bệnh viện Đa khoa tỉnh Phú Thọ, theo Quyết định số 12/QĐ-UBND.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh -> ê-kíp ghép gan Bệnh viện Đa khoa tỉnh Phú Thọ',
    ]);
  });
});

describe('Vietnamese awards: titles held in apposition, holders, plural subjects, not won (session 4)', () => {
  it('"ông Khải, Thầy thuốc Nhân dân từ năm 2024," and "là chủ nhân Giải thưởng X"', () => {
    expect(vi('"Nhiều bệnh nhân tử vong", ông Lê Văn Khải, Thầy thuốc Nhân dân từ năm 2024, nói.')).toEqual(['Thầy thuốc Nhân dân -> Lê Văn Khải']);
    expect(vi('Bà Đoàn Thị Nhiên là chủ nhân Giải thưởng Kovalevskaia năm 2023.')).toEqual(['Giải thưởng Kovalevskaia năm 2023 -> Đoàn Thị Nhiên']);
  });
  it('"A, …, và B, …, sau đó cùng được tặng X" gives both; a finalist won nothing; a heading is no award', () => {
    expect(vi('Thượng úy Lê Văn Chiến, thuyền trưởng, và Thượng sĩ Lò Văn Sướng, người nhảy xuống biển, sau đó cùng được tặng Huân chương Dũng cảm.')).toEqual([
      'Huân chương Dũng cảm -> Lê Văn Chiến',
      'Huân chương Dũng cảm -> Lò Văn Sướng',
    ]);
    expect(vi('Năm ngoái, ứng dụng lọt vào vòng chung khảo ASEAN Digital Awards nhưng không giành giải.')).toEqual([]);
    expect(vi('Những danh hiệu cô ít khi nhắc')).toEqual([]);
    expect(vi('Bà Phạm Thị Vân từng nhận danh hiệu Doanh nhân Việt Nam tiêu biểu - Cúp Thánh Gióng năm 2023.')).toEqual([
      'danh hiệu Doanh nhân Việt Nam tiêu biểu - Cúp Thánh Gióng -> Phạm Thị Vân',
    ]);
  });
});

describe('Vietnamese awards in reported speech (session 4)', () => {
  it('"…, cho biết năm 2024 hiệp hội được … tặng Bằng khen": the body named in the same sentence', () => {
    expect(vi('Bà Lê Thị Hoa, Chủ tịch Hiệp hội Làng nghề Vạn Phúc, cho biết năm 2024 hiệp hội được UBND thành phố tặng Bằng khen.')).toEqual([
      'Bằng khen -> Hiệp hội Làng nghề Vạn Phúc',
    ]);
  });
});

describe('Vietnamese awards: given names alone, those who share an award, nominations and proposals (session 5)', () => {
  it('"cho Hùng ở nội dung nam và cho A ở nội dung nữ": a given name alone is the person named in full before', () => {
    const text = 'Kỳ thủ Nguyễn Quốc Hùng thắng ván cuối. Ban tổ chức trao danh hiệu Vận động viên xuất sắc nhất giải cho Hùng ở nội dung nam và cho Phan Thị Mai ở nội dung nữ.';
    expect(vi(text)).toEqual([
      'danh hiệu Vận động viên xuất sắc nhất -> Nguyễn Quốc Hùng',
      'danh hiệu Vận động viên xuất sắc nhất -> Phan Thị Mai',
    ]);
    // "cho Đảng bộ …", "cho Thượng úy …" open longer names, not a given name.
    expect(vi('Chủ tịch nước trao Huân chương Lao động hạng Nhất cho Đảng bộ Khối Doanh nghiệp tỉnh.')).toEqual(['Huân chương Lao động hạng Nhất -> Đảng bộ Khối Doanh nghiệp tỉnh']);
  });
  it('"A từng cùng hai đồng đội B và C được tặng X", "Cùng các cộng sự là B và C, ông nhận X": everyone', () => {
    const text = 'Vận động viên Đỗ Thị Lan về nhất. Lan từng cùng hai đồng đội Vũ Thị Hạnh và Chu Minh Thư được Bộ trưởng tặng Bằng khen.';
    expect(vi(text)).toEqual(['Bằng khen -> Đỗ Thị Lan', 'Bằng khen -> Vũ Thị Hạnh', 'Bằng khen -> Chu Minh Thư']);
    const text2 = 'Giáo sư Trịnh Văn Bảo qua đời hôm qua. Cùng các cộng sự là TS Mai Thị Hòa và TS Lý Văn Tú, ông nhận Giải thưởng Nhà nước về khoa học và công nghệ năm 2012.';
    expect(vi(text2)).toEqual([
      'Giải thưởng Nhà nước về khoa học và công nghệ năm 2012 -> Trịnh Văn Bảo',
      'Giải thưởng Nhà nước về khoa học và công nghệ năm 2012 -> Mai Thị Hòa',
      'Giải thưởng Nhà nước về khoa học và công nghệ năm 2012 -> Lý Văn Tú',
    ]);
  });
  it('proposed, nominated or shortlisted in the same clause is not given', () => {
    expect(vi('Đơn vị đang hoàn thiện hồ sơ đề nghị Chủ tịch nước tặng Huân chương Dũng cảm cho anh Sơn.')).toEqual([]);
    expect(vi('Chị từng được đề cử Nữ diễn viên chính xuất sắc tại Giải thưởng Điện ảnh châu Á (Asian Film Awards) nhưng không thắng.')).toEqual([]);
    expect(vi('Bản dịch từng lọt vào danh sách đề cử của giải International Booker Prize.')).toEqual([]);
    expect(vi('Theo đề nghị của Bộ trưởng Bộ Công an, Chủ tịch nước tặng Huân chương Chiến công hạng Nhì cho Phòng Cảnh sát hình sự.')).toEqual(['Huân chương Chiến công hạng Nhì -> Phòng Cảnh sát hình sự']);
  });
});

describe('Vietnamese award names: classes after lower-case words, categories of a prize, translations (session 5)', () => {
  it('reads the whole name', () => {
    expect(vi('Ông Hồ Văn Sinh được tặng Huân chương Kháng chiến chống Mỹ cứu nước hạng Nhì.')).toEqual(['Huân chương Kháng chiến chống Mỹ cứu nước hạng Nhì -> Hồ Văn Sinh']);
    expect(vi('Bác sĩ Lê Thị Vân được trao Huy chương Gìn giữ hòa bình năm 2025.')).toEqual(['Huy chương Gìn giữ hòa bình -> Lê Thị Vân']);
    expect(vi('Nữ diễn viên Trần Thu Hà nhận giải Nữ diễn viên phụ xuất sắc tại Giải Cánh diều năm 2024.')).toEqual(['giải Nữ diễn viên phụ xuất sắc tại Giải Cánh diều năm 2024 -> Trần Thu Hà']);
    expect(vi('Nhạc sĩ Lâm Bảo Nam là chủ nhân giải Nhạc sĩ của năm tại Giải thưởng Âm nhạc Cống hiến.')).toEqual(['giải Nhạc sĩ của năm tại Giải thưởng Âm nhạc Cống hiến -> Lâm Bảo Nam']);
    expect(vi('Nhà thơ Vi Thị Ngân nhận Giải thưởng Văn học ASEAN (SEA Write Award) năm 2019.')).toEqual(['Giải thưởng Văn học ASEAN (SEA Write Award) -> Vi Thị Ngân']);
    expect(vi('Ba chiến sĩ được tặng danh hiệu Chiến sĩ thi đua toàn quân.')).toEqual(['danh hiệu Chiến sĩ thi đua toàn quân -> -']);
  });
});

describe('Vietnamese award subjects in apposition and in their own clause (session 5)', () => {
  it('"…, Giám đốc Công ty X, đơn vị năm ngoái giành Y": the body just named', () => {
    expect(vi('Ông Lê Văn An, Giám đốc Công ty CP Du lịch Biển Bạc, đơn vị năm 2024 giành Giải thưởng Du lịch Việt Nam, cho biết khách tăng mạnh.')).toEqual(['Giải thưởng Du lịch Việt Nam -> Công ty CP Du lịch Biển Bạc']);
  });
  it('"…; chính Công ty X cũng từng nhận Y": a clause with its own subject', () => {
    expect(vi('Bà Mai từng được tặng Bằng khen năm 2019; chính Công ty Cấp nước Hòa Bình cũng từng nhận Cờ thi đua của Chính phủ năm 2016.')).toContain('Cờ thi đua của Chính phủ -> Công ty Cấp nước Hòa Bình');
  });
  it('a body whose name holds lower-case words, opening the sentence before an apposition', () => {
    expect(vi('Cục Cứu hộ cứu nạn Việt Nam, cơ quan thường trực của Bộ về lĩnh vực này, từng được tặng Huân chương Bảo vệ Tổ quốc hạng Ba năm 2022.')).toEqual(['Huân chương Bảo vệ Tổ quốc hạng Ba -> Cục Cứu hộ cứu nạn Việt Nam']);
  });
  it('a quoted film in apposition; members listed after "gồm"; someone unnamed', () => {
    expect(vi('Phim thứ hai của chị, "Sóng ngầm", đoạt giải Bông sen Vàng năm 2021.')).toEqual(['giải Bông sen Vàng năm 2021 -> Sóng ngầm']);
    expect(vi('Hai chiến sĩ của đồn gồm Trung úy Hà Văn Dũng và Thiếu úy Lường Thị Nga được tặng danh hiệu Chiến sĩ thi đua toàn quân.')).toEqual([
      'danh hiệu Chiến sĩ thi đua toàn quân -> Hà Văn Dũng',
      'danh hiệu Chiến sĩ thi đua toàn quân -> Lường Thị Nga',
    ]);
    const text = 'Bác sĩ Trần Văn Lực mổ suốt đêm. Một nữ hộ lý trong kíp trực hy sinh khi chuyển thương binh, sau này được truy tặng Huân chương Chiến công hạng Ba.';
    expect(vi(text)).toEqual(['Huân chương Chiến công hạng Ba -> -']);
  });
  it('"HĐXX ghi nhận bị cáo từng được tặng X": the defendant, past the reporting verb', () => {
    const text = 'Bị cáo Ngô Văn Khải bị tuyên 8 năm tù. Khi lượng hình, HĐXX ghi nhận bị cáo từng được Bộ trưởng Bộ Xây dựng tặng Bằng khen năm 2018.';
    expect(vi(text)).toEqual(['Bằng khen -> Ngô Văn Khải']);
  });
});

describe('Vietnamese awards to a counted group whose members the next sentence names (session 6)', () => {
  it('"trao X cho 8 tập thể và 15 cá nhân. Trong số các tập thể được khen có A và B; … trong đó có C": those named, as the dev gold lists them', () => {
    const text =
      'Thay mặt Chủ tịch UBND tỉnh, ông Trần Văn Bình trao Bằng khen của Chủ tịch UBND tỉnh cho 8 tập thể và 15 cá nhân. ' +
      'Trong số các tập thể được khen có Trạm Y tế xã Tân Phú và Đội Cứu hộ phường An Bình; các cá nhân gồm cán bộ, giáo viên và người dân, trong đó có ngư dân Lê Văn Hải.';
    expect(vi(text)).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh -> Trạm Y tế xã Tân Phú',
      'Bằng khen của Chủ tịch UBND tỉnh -> Đội Cứu hộ phường An Bình',
      'Bằng khen của Chủ tịch UBND tỉnh -> Lê Văn Hải',
    ]);
  });
  it('a school named in a listed person\'s apposition is nobody listed', () => {
    const text = 'Bà Lê Thị Mai trao danh hiệu Công dân tiêu biểu cho ông Hứa Văn Tám, người xây 40 cây cầu, và cô Lý Thị Hoa, giáo viên Trường Tiểu học An Phú 2, người mở lớp học tình thương.';
    expect(vi(text)).toEqual(['danh hiệu Công dân tiêu biểu -> Hứa Văn Tám', 'danh hiệu Công dân tiêu biểu -> Lý Thị Hoa']);
  });
  it('a next sentence that praises no one is not read as the list', () => {
    const text = 'Ông Trần Văn Bình trao Bằng khen cho 8 tập thể và 15 cá nhân. Trong năm, tỉnh có Trạm Y tế xã Tân Phú đạt chuẩn.';
    expect(vi(text)).toEqual(['Bằng khen -> -']);
  });
});

describe('Vietnamese pronouns and the gender the article gives a person (session 6)', () => {
  it('"chị" is not the man the sentence before calls "ông", though his name does not say', () => {
    const text =
      'Nhà văn Đỗ Thị Hạnh ra mắt tiểu thuyết mới tại Hà Nội.\n\n' +
      'Năm 2021, giải thưởng được trao cho nhà thơ Hà Minh Khôi với tập thơ thứ sáu của ông. Năm 2023, chị nhận Giải thưởng Văn học ASEAN tại Bangkok.';
    expect(vi(text)).toContain('Giải thưởng Văn học ASEAN -> Đỗ Thị Hạnh');
  });
});

describe('Vietnamese prizes of a work go to its author (session 6)', () => {
  it('"bản dịch cuốn tiểu thuyết từng đoạt X của nhà văn Y"; "tiểu thuyết này giúp tác giả nhận X"', () => {
    expect(vi('Bản dịch tiếng Anh cuốn tiểu thuyết từng đoạt Giải thưởng Hội Nhà văn Việt Nam của nhà văn Phan Thị Lụa vừa ra mắt.')).toEqual([
      'Giải thưởng Hội Nhà văn Việt Nam -> Phan Thị Lụa',
    ]);
    const text = 'Nhà thơ Vũ Đình Khang ra mắt tập thơ "Sóng" năm 2019.\n\nNăm 2020, tập thơ này giúp tác giả nhận Giải thưởng Hội Nhà văn Hà Nội.';
    expect(vi(text)).toEqual(['Giải thưởng Hội Nhà văn Hà Nội -> Vũ Đình Khang']);
  });
});

describe('Vietnamese bodies that share most of their name (session 6)', () => {
  it('"cho Hội X xã A và Hội X phường B, hai đơn vị …": two recipients, not one', () => {
    expect(vi('UBND tỉnh tặng Cờ thi đua cho Hội Cựu chiến binh xã Tân An và Hội Cựu chiến binh phường Hòa Bình, hai đơn vị dẫn đầu phong trào thi đua năm 2026.')).toEqual([
      'Cờ thi đua -> Hội Cựu chiến binh xã Tân An',
      'Cờ thi đua -> Hội Cựu chiến binh phường Hòa Bình',
    ]);
  });
});

describe('Vietnamese award names shortened to their letters (session 6)', () => {
  it('"VĐV xuất sắc nhất: A" after "danh hiệu Vận động viên xuất sắc nhất … cho A" is the same award', () => {
    const text = 'Ban tổ chức trao danh hiệu Vận động viên xuất sắc nhất giải cho Trần Văn Long ở nội dung nam.\n\nVĐV xuất sắc nhất: Trần Văn Long (Hà Nội)';
    expect(vi(text)).toEqual(['danh hiệu Vận động viên xuất sắc nhất -> Trần Văn Long']);
  });
});

describe('Vietnamese products, founded units, given names after courtesy words (session 6)', () => {
  it('"sau khi ứng dụng X của công ty được trao Y": the product', () => {
    expect(vi('Cổ phiếu tăng mạnh sau khi ứng dụng thanh toán VNPay Lite của công ty được trao danh hiệu Sao Khuê ở lĩnh vực ngân hàng số.')).toEqual(['danh hiệu Sao Khuê -> VNPay Lite']);
  });
  it('"A tổ chức lễ kỷ niệm 20 năm Ngày thành lập B (…) và đón nhận X": B', () => {
    expect(vi('Sáng qua, Bộ Chỉ huy Quân sự tỉnh tổ chức lễ kỷ niệm 20 năm Ngày thành lập Đại đội Trinh sát 19 (2006 - 2026) và đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba.')).toEqual([
      'Huân chương Bảo vệ Tổ quốc hạng Ba -> Đại đội Trinh sát 19',
    ]);
  });
  it('"cho ba nhà giáo: thầy Lìn, cô Hường và cô C, giáo viên …": the full names, not the school\'s place', () => {
    const text = 'Thầy Giàng Văn Lìn và cô Đặng Thị Hường dạy ở điểm trường từ năm 2010.\n\nBà Mai trao Bằng khen cho ba nhà giáo: thầy Lìn, cô Hường và cô Lò Thị Xuân, giáo viên điểm trường Phìn Hồ.';
    expect(vi(text)).toEqual(['Bằng khen -> Giàng Văn Lìn', 'Bằng khen -> Đặng Thị Hường', 'Bằng khen -> Lò Thị Xuân']);
  });
});

describe('Vietnamese lists below "Trong số … có:" and units called "đơn vị" (session 6)', () => {
  it('the items below a counted group\'s list line; "đơn vị" is the cooperative named before', () => {
    const text =
      'Kỷ niệm chương Vì sự nghiệp giáo dục năm nay được trao cho những người có 20 năm công tác trở lên. Trong số 30 người được nhận có:\n\n' +
      'thầy Phan Văn Tùng, Hiệu trưởng Trường THPT Chu Văn An;\n\nông Đàm Quang Sáng, nguyên Phó Giám đốc Sở Giáo dục và Đào tạo.';
    expect(vi(text)).toEqual(['Kỷ niệm chương Vì sự nghiệp giáo dục -> Phan Văn Tùng', 'Kỷ niệm chương Vì sự nghiệp giáo dục -> Đàm Quang Sáng']);
    const unit = 'Ông Lò Văn Pọm, Giám đốc Hợp tác xã Chè Shan tuyết Tà Xùa, kể lại hành trình. Năm 2022, đơn vị vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Ba.';
    expect(vi(unit)).toEqual(['Huân chương Lao động hạng Ba -> Hợp tác xã Chè Shan tuyết Tà Xùa']);
  });
});

describe('Vietnamese "Cũng được tôn vinh … là A, …, và B" (session 6)', () => {
  it('more holders of the award just named, past a bracket and an apposition with its own "và"', () => {
    const text =
      'Trong số 100 người nhận danh hiệu Nông dân Việt Nam xuất sắc năm 2026 có ông Lò Văn Pọm.\n\n' +
      'Cũng được tôn vinh tối qua là anh Đặng Văn Sửu (xã Mỹ Thọ, tỉnh Đồng Tháp), người nuôi ếch và lươn không bùn, và chị Nguyễn Thị Mỹ Lệ (xã Ia Grai).';
    expect(vi(text)).toEqual([
      'danh hiệu Nông dân Việt Nam xuất sắc -> Lò Văn Pọm',
      'danh hiệu Nông dân Việt Nam xuất sắc -> Đặng Văn Sửu',
      'danh hiệu Nông dân Việt Nam xuất sắc -> Nguyễn Thị Mỹ Lệ',
    ]);
  });
});

describe('Vietnamese text naming foreigners with initials (session 6)', () => {
  it('"John B. Goodenough, M. Stanley Whittingham và Akira Yoshino cùng nhận X": three recipients', () => {
    expect(vi('Công nghệ này giúp ba nhà khoa học John B. Goodenough, M. Stanley Whittingham và Akira Yoshino cùng nhận Giải Nobel Hóa học.')).toEqual([
      'Giải Nobel Hóa học -> John B. Goodenough', 'Giải Nobel Hóa học -> M. Stanley Whittingham', 'Giải Nobel Hóa học -> Akira Yoshino',
    ]);
  });
});

describe('Vietnamese patterns from set 10 (session 6)', () => {
  it('an honour right after "vinh danh"/"tôn vinh"; a product opening the sentence; "còn ông X"', () => {
    expect(vi('Sản phẩm Chè búp Tân Hòa được công nhận OCOP 5 sao và năm ngoái tiếp tục được vinh danh Thương hiệu Vàng nông nghiệp Việt Nam.')).toEqual([
      'Thương hiệu Vàng nông nghiệp Việt Nam -> Chè búp Tân Hòa',
    ]);
    const text = 'Ông Nguyễn Văn Cường là giám đốc hợp tác xã.\n\nHợp tác xã đã hai lần nhận Bằng khen; còn ông Cường từng được Trung ương Hội Nông dân Việt Nam tôn vinh Nông dân Việt Nam xuất sắc năm 2022.';
    expect(vi(text)).toContain('Nông dân Việt Nam xuất sắc -> Nguyễn Văn Cường');
  });
  it('a second title after "và"; a race for a title is no title; "có mẹ được truy tặng"; "HĐXX ghi nhận X … và được tặng"', () => {
    expect(vi('Ông Đặng Văn Thìn được phong tặng danh hiệu Nghệ sĩ Ưu tú năm 1988 và Nghệ sĩ Nhân dân năm 2001.')).toEqual([
      'danh hiệu Nghệ sĩ Ưu tú -> Đặng Văn Thìn', 'Nghệ sĩ Nhân dân -> Đặng Văn Thìn',
    ]);
    expect(vi('Gia Bảo nâng tổng số bàn thắng lên 19, vượt Y Kha Niê 2 bàn trong cuộc đua giành danh hiệu Vua phá lưới.')).toEqual([]);
    expect(vi('Bị cáo Mai Văn Tùng, nguyên Phó Tổng giám đốc, có mẹ được Nhà nước truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng năm 2015.')).toEqual([
      'danh hiệu Bà mẹ Việt Nam Anh hùng -> -',
    ]);
    expect(vi('Bị cáo Đinh Quang Tiến khai nhận. HĐXX ghi nhận Tiến từng tham gia quân đội và được tặng Huy chương Chiến sĩ vẻ vang hạng Ba năm 2008.')).toEqual([
      'Huy chương Chiến sĩ vẻ vang hạng Ba -> Đinh Quang Tiến',
    ]);
  });
  it('"Đơn vị này năm 2010 từng được …": the unit named before; "Bí thư Huyện ủy Lâm Thao" names a district, not a person', () => {
    expect(vi('Đồn Biên phòng Cha Lo phát hiện vụ việc. Đơn vị này năm 2010 từng được Chủ tịch nước tặng Huân chương Chiến công hạng Nhì.')).toEqual([
      'Huân chương Chiến công hạng Nhì -> Đồn Biên phòng Cha Lo',
    ]);
    expect(vi('Năm 2019, khi còn là Bí thư Huyện ủy Lâm Thao, ông Trịnh Văn Đông đã được tặng Huân chương Lao động hạng Ba.')).toEqual([
      'Huân chương Lao động hạng Ba -> Trịnh Văn Đông',
    ]);
  });
});
