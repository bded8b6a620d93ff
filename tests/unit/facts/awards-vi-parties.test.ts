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

describe('"cả A lẫn B cùng được tặng X" (session 8)', () => {
  it('each part is a recipient: a body by its short form, a person by a pronoun', () => {
    const text = 'Ông Lê Văn Thạc, Giám đốc HTX Thuận Hạnh, cho biết HTX có 40 xã viên. Mới đây, cả HTX lẫn cá nhân ông cùng được tặng Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường.';
    expect(vi(text)).toEqual(['Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường -> HTX Thuận Hạnh', 'Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường -> Lê Văn Thạc']);
  });

  it('"Cả A và B đều …" names both without the "Cả"; "Cả nước có …" is no pair', () => {
    expect(vi('Cả Công ty Minh Phát và ông Trần Văn Tú đều được tặng Bằng khen của UBND tỉnh.')).toEqual(['Bằng khen của UBND tỉnh -> Công ty Minh Phát', 'Bằng khen của UBND tỉnh -> Trần Văn Tú']);
    expect(vi('Cả nước có 20 đơn vị và 15 cá nhân được tặng Bằng khen của UBND tỉnh.')).toEqual(['Bằng khen của UBND tỉnh -> -']);
  });
});

describe('Vietnamese subjects after an age and "còn" (session 8)', () => {
  it('"Tổng giám đốc X, 34 tuổi, còn được … trao Y": X, not someone named before', () => {
    const text = 'Ông Quách Văn Phú, Chủ tịch HĐQT, phát biểu. Tổng giám đốc Quách Thành Nam, 34 tuổi, còn được ban tổ chức trao danh hiệu Doanh nhân trẻ tiêu biểu năm 2026.';
    expect(vi(text)).toEqual(['danh hiệu Doanh nhân trẻ tiêu biểu -> Quách Thành Nam']);
  });
  it('"Tập đoàn X lần thứ ba …; tập đoàn cũng được tặng Y": the body without "lần"', () => {
    const text = 'Tập đoàn Nông nghiệp An Khang lần thứ ba liên tiếp có mặt trong nhóm dẫn đầu. Năm 2024, tập đoàn cũng được Thủ tướng Chính phủ tặng Bằng khen vì thành tích xuất khẩu.';
    expect(vi(text)).toEqual(['Bằng khen -> Tập đoàn Nông nghiệp An Khang']);
  });
});

describe('Vietnamese earlier holders (session 8)', () => {
  it('"…, người thứ ba của làng nhận danh hiệu này, sau cụ A và bà B": A and B too; "sau đó" lists nobody', () => {
    const text = 'Ông Tô Văn Khiêm sinh năm 1950 ở Bát Tràng. Năm 2019, ông được Chủ tịch nước phong tặng danh hiệu Nghệ nhân Nhân dân, người thứ ba của làng nhận danh hiệu này, sau cụ Vũ Đình Thiệp và bà Nguyễn Thị Sáo.';
    expect(vi(text)).toEqual(['Tô Văn Khiêm', 'Vũ Đình Thiệp', 'Nguyễn Thị Sáo'].map((n) => `danh hiệu Nghệ nhân Nhân dân -> ${n}`));
    expect(vi('Ông Tô Văn Khiêm được tặng danh hiệu Nghệ nhân Nhân dân lần thứ hai, sau đó ông Lê Văn Bình phát biểu.')).toEqual(['danh hiệu Nghệ nhân Nhân dân -> Tô Văn Khiêm']);
  });
});

describe('Vietnamese teams and their members (session 8)', () => {
  it('"cho ê-kíp ghép thận, cùng hai cá nhân: bác sĩ Long và Trưởng khoa … Phạm Thị Hiền": the team and both people', () => {
    const text = 'Bác sĩ Nguyễn Đức Long dẫn ca mổ. Bà trao Bằng khen của Chủ tịch UBND tỉnh cho ê-kíp ghép thận, cùng hai cá nhân: bác sĩ Long và Trưởng khoa Gây mê hồi sức Phạm Thị Hiền.';
    expect(vi(text)).toEqual(['ê-kíp ghép thận', 'Nguyễn Đức Long', 'Phạm Thị Hiền'].map((n) => `Bằng khen của Chủ tịch UBND tỉnh -> ${n}`));
  });
  it('"Cả ba thành viên của nhóm" after "Nhóm X gồm A, B và C" further up: the three members', () => {
    const text = 'Nhóm HandVoice gồm Nguyễn Hoàng Phúc, Trần Thị Bảo Ngọc và Y Khoa Byă, cùng là sinh viên năm thứ ba. Phúc kể ý tưởng đến từ cậu em họ. Nhóm nhận giải Nhất. Cả ba thành viên của nhóm cũng được Trung ương Đoàn tặng Huy hiệu Tuổi trẻ sáng tạo.';
    expect(vi(text)).toEqual(['Nguyễn Hoàng Phúc', 'Trần Thị Bảo Ngọc', 'Y Khoa Byă'].map((n) => `Huy hiệu Tuổi trẻ sáng tạo -> ${n}`));
  });
  it('"cho tập thể giáo viên, học sinh nhà trường" is no team of its own', () => {
    expect(vi('Ông Hoàng Nghĩa Lâm trao Huân chương Lao động hạng Nhất cho tập thể giáo viên, học sinh nhà trường.')).not.toContain('Huân chương Lao động hạng Nhất -> tập thể giáo viên');
  });
});

describe('Vietnamese money is no counted group (session 8)', () => {
  it('"Ngoài giải Nhất trị giá 50 triệu đồng, nhóm X còn nhận Y": the group, not nobody', () => {
    expect(vi('Ngoài giải Nhất trị giá 50 triệu đồng, nhóm HandVoice còn nhận Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo.')).toEqual(['Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo -> nhóm HandVoice']);
  });
});

describe('Vietnamese holders named after "là" a few words on (session 8)', () => {
  it('"hai người được phong Nghệ nhân Ưu tú cùng đợt với bà là bà A và ông B": A and B', () => {
    const text = 'Tháng 9 vừa qua, Sở đã đưa tên bà Lài vào hồ sơ, cùng hai người được phong Nghệ nhân Ưu tú cùng đợt với bà là bà Thập Thị Nguyệt và ông Lưu Văn Sỹ.';
    expect(vi(text)).toEqual(['Nghệ nhân Ưu tú -> Thập Thị Nguyệt', 'Nghệ nhân Ưu tú -> Lưu Văn Sỹ']);
  });
});

describe('Vietnamese team then people in one list (session 8)', () => {
  it('"cho tập thể đội Than KSVN, huấn luyện viên A và đội trưởng B": all three', () => {
    const text = 'Phó Chủ tịch UBND tỉnh Quảng Ninh Vũ Thị Ngân trao Bằng khen của Chủ tịch UBND tỉnh Quảng Ninh cho tập thể đội Than KSVN, huấn luyện viên Lường Thị Hoa và đội trưởng Hà Thị Mai Anh.';
    expect(vi(text)).toEqual(['tập thể đội Than KSVN', 'Lường Thị Hoa', 'Hà Thị Mai Anh'].map((n) => `Bằng khen của Chủ tịch UBND tỉnh Quảng Ninh -> ${n}`));
  });
});

describe('Vietnamese "cả ba" after a time phrase, with the story\'s person in the list (session 8)', () => {
  it('"Nhóm gồm chị, ThS A và kỹ sư B. Năm 2022, cả ba cùng được tặng X": the woman the story is about, A and B', () => {
    const text = 'TS Trần Thị Ngọc Diệp gắn mảnh san hô lên giá thể. Nhóm nghiên cứu gồm chị, ThS Phan Văn Lộc và kỹ sư Nguyễn Hữu Tài. Năm 2022, cả ba cùng được tặng Bằng khen của Chủ tịch Viện Hàn lâm Khoa học và Công nghệ Việt Nam.';
    expect(vi(text)).toEqual(['Trần Thị Ngọc Diệp', 'Phan Văn Lộc', 'Nguyễn Hữu Tài'].map((n) => `Bằng khen của Chủ tịch Viện Hàn lâm Khoa học và Công nghệ Việt Nam -> ${n}`));
  });
});

describe('Vietnamese someone unnamed beside a named recipient (session 8)', () => {
  it('"cho anh A (34 tuổi) và một người dân đã gọi cấp cứu …": A, and one entry with no name', () => {
    const text = 'Giám đốc Công an tỉnh tặng Giấy khen của Giám đốc Công an tỉnh cho anh Nguyễn Văn Bé (34 tuổi) và một người dân đã gọi cấp cứu nhưng đề nghị không nêu tên.';
    expect(vi(text)).toEqual(['Giấy khen của Giám đốc Công an tỉnh -> Nguyễn Văn Bé', 'Giấy khen của Giám đốc Công an tỉnh -> -']);
  });
});

describe('Vietnamese recipients in lists and names with fields (session 9)', () => {
  it('a list the clause cut at its first comma goes on leftwards, past degrees and courtesy words', () => {
    expect(vi('Dịp này, hai bác sĩ TS Trần Minh Đức, ThS Vũ Thị Lan và BSCKII Phạm Quốc Huy được tặng Bằng khen của Bộ trưởng Bộ Y tế.')).toEqual([
      'Bằng khen của Bộ trưởng Bộ Y tế -> Trần Minh Đức', 'Bằng khen của Bộ trưởng Bộ Y tế -> Vũ Thị Lan', 'Bằng khen của Bộ trưởng Bộ Y tế -> Phạm Quốc Huy',
    ]);
    expect(vi('Chị Đỗ Thị Hoa, anh Lý Văn Sáng và anh Mai Văn Tú được tặng Giấy khen của Chủ tịch UBND xã.')).toEqual([
      'Giấy khen của Chủ tịch UBND xã -> Đỗ Thị Hoa', 'Giấy khen của Chủ tịch UBND xã -> Lý Văn Sáng', 'Giấy khen của Chủ tịch UBND xã -> Mai Văn Tú',
    ]);
  });
  it('a counted group, a colon, then bodies and people as items', () => {
    expect(vi('Ông Hùng trao Giấy khen cho hai tập thể, cá nhân: Đồn Biên phòng Sa Thầy và Trung tá Lê Văn Toàn.')).toEqual([
      'Giấy khen -> Đồn Biên phòng Sa Thầy', 'Giấy khen -> Lê Văn Toàn',
    ]);
  });
  it('a counted group closing a list of bodies names nobody more', () => {
    expect(vi('Bằng khen được trao cho Công an phường Tân An, Công an xã Hòa Bình và ba cán bộ trực tiếp phá án.')).toEqual([
      'Bằng khen -> Công an phường Tân An', 'Bằng khen -> Công an xã Hòa Bình',
    ]);
  });
  it('fields listed with a comma stay inside a body or an award name', () => {
    expect(vi('Bà Hòa trao Bằng khen của Bộ trưởng cho Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn.')).toEqual([
      'Bằng khen của Bộ trưởng -> Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn',
    ]);
    expect(vi('Ông Nguyễn Văn Tiến từng nhận Kỷ niệm chương Vì sự nghiệp Thể dục, Thể thao.')).toEqual([
      'Kỷ niệm chương Vì sự nghiệp Thể dục, Thể thao -> Nguyễn Văn Tiến',
    ]);
  });
  it('a title held as what someone is ("là Chiến sĩ thi đua"); a dash inside a school\'s name, not after a dateline', () => {
    expect(vi('Chị Hà Thị Mến, tổ trưởng tổ kỹ thuật, là Chiến sĩ thi đua cấp tỉnh năm 2025.')).toEqual(['Chiến sĩ thi đua cấp tỉnh -> Hà Thị Mến']);
    expect(vi('Anh Vàng A Dế là kỹ sư. Còn bà Lò Thị Hoa, người lo phần giống, là Chiến sĩ thi đua cơ sở.')).toEqual(['Chiến sĩ thi đua cơ sở -> Lò Thị Hoa']);
    expect(vi('Thứ trưởng Nguyễn Văn Phúc trao Huân chương Lao động hạng Ba cho Trường Đại học Bách khoa - Đại học Đà Nẵng sáng 20/11.')).toEqual([
      'Huân chương Lao động hạng Ba -> Trường Đại học Bách khoa - Đại học Đà Nẵng',
    ]);
  });
  it('"cả ba thành viên nhóm" after "Anh cùng hai cộng sự là A và B" further up: the story\'s person and the two', () => {
    const text = 'Chủ nhiệm đề tài là TS Phan Văn Lực, Trưởng khoa Cơ khí của trường. Anh cùng hai cộng sự là ThS Trần Thị Mỹ và sinh viên Lê Quốc Bảo bắt đầu dự án từ năm 2023.\n\nÔng Lực nói nhóm đã thử nhiều lần. Tối 17/11, cả ba thành viên nhóm lên nhận Giải Ba Giải thưởng Sáng tạo Kỹ thuật tỉnh năm 2025.';
    expect(vi(text)).toEqual([
      'Giải Ba Giải thưởng Sáng tạo Kỹ thuật tỉnh năm 2025 -> Phan Văn Lực',
      'Giải Ba Giải thưởng Sáng tạo Kỹ thuật tỉnh năm 2025 -> Trần Thị Mỹ',
      'Giải Ba Giải thưởng Sáng tạo Kỹ thuật tỉnh năm 2025 -> Lê Quốc Bảo',
    ]);
  });
  it('"Tập thể <lower-case team> cũng được nhận X": the team as written; "Cờ thi đua của UBND tỉnh thuộc về Y"', () => {
    expect(vi('Chủ tịch UBND tỉnh đã tặng Bằng khen cho ông Đỗ Văn Nam. Tập thể tổ cứu hộ cũng được nhận Bằng khen của Chủ tịch UBND tỉnh.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh -> Đỗ Văn Nam', 'Bằng khen của Chủ tịch UBND tỉnh -> tổ cứu hộ',
    ]);
    expect(vi('Tại hội nghị, Cờ thi đua của UBND tỉnh thuộc về Hội Nông dân xã Mỹ Hòa.')).toEqual(['Cờ thi đua của UBND tỉnh -> Hội Nông dân xã Mỹ Hòa']);
  });
  it('the certificate a headline names with its giver, then handed to two people by an official reading the decision', () => {
    const text = 'Hai vận động viên nhận Bằng khen của Thủ tướng Chính phủ.\n\nTại buổi lễ, Thứ trưởng Lê Văn Bình công bố Quyết định của Thủ tướng Chính phủ tặng Bằng khen cho vận động viên Trần Văn Hải và vận động viên Ngô Thị Lan.';
    expect(vi(text)).toEqual(['Bằng khen của Thủ tướng Chính phủ -> Trần Văn Hải', 'Bằng khen của Thủ tướng Chính phủ -> Ngô Thị Lan']);
  });
  it('a subhead "Cả hai nhận X" speaks of the section below, not the two people named before it', () => {
    const text = 'Theo bà Phạm Thị Hồng, giá lúa tăng.\n\nCả hai nhận Bằng khen của Thủ tướng Chính phủ\n\nPhó Chủ tịch UBND tỉnh trao Bằng khen của Thủ tướng Chính phủ cho ông Lê Văn Tư và bà Đào Thị Mai.';
    expect(vi(text)).toEqual(['Bằng khen của Thủ tướng Chính phủ -> Lê Văn Tư', 'Bằng khen của Thủ tướng Chính phủ -> Đào Thị Mai']);
  });
  it('"nhận X là Công ty A và Hợp tác xã B": bodies after "là", a body whose name reads like a person\'s inside it', () => {
    expect(vi('Tỉnh còn có hai đơn vị nhận Giải thưởng Chất lượng Quốc gia năm 2025 là Công ty TNHH Dệt Phú An và Hợp tác xã Chè Lâm Văn Hòa.')).toEqual([
      'Giải thưởng Chất lượng Quốc gia năm 2025 -> Công ty TNHH Dệt Phú An', 'Giải thưởng Chất lượng Quốc gia năm 2025 -> Hợp tác xã Chè Lâm Văn Hòa',
    ]);
  });
  it('"Cá nhân bà X từng nhận Y": the person, by the full name written before', () => {
    expect(vi('Bà Nguyễn Thị Hạnh, Tổng Giám đốc công ty, cho biết doanh thu tăng. Cá nhân bà Hạnh từng nhận Bằng khen của Thủ tướng Chính phủ năm 2022.')).toEqual([
      'Bằng khen của Thủ tướng Chính phủ -> Nguyễn Thị Hạnh',
    ]);
  });
  it('"cho tập thể <body> và 12 cá nhân, trong đó có A": the body and A', () => {
    expect(vi('Bằng khen của Bộ trưởng Bộ Y tế được trao cho tập thể Bệnh viện Đa khoa tỉnh Lai Châu và 9 cá nhân, trong đó có bác sĩ Lò Văn Nhất.')).toEqual([
      'Bằng khen của Bộ trưởng Bộ Y tế -> Bệnh viện Đa khoa tỉnh Lai Châu', 'Bằng khen của Bộ trưởng Bộ Y tế -> Lò Văn Nhất',
    ]);
  });
});

