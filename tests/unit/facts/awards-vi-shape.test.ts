import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese recipients from set 13 (session 7)', () => {
  it('a word stressing the object ("nhận chính", "nhận thêm") and a second clause after a comma inside a name', () => {
    expect(vi('Bà Trần Thị Thu Vân, Chủ tịch Công đoàn công ty, phát biểu. Bà Vân vào nhà máy từ năm 2005, và từng nhận chính Giải thưởng Tôn Đức Thắng vào năm 2019.')).toEqual([
      'Giải thưởng Tôn Đức Thắng vào năm 2019 -> Trần Thị Thu Vân',
    ]);
    expect(vi('Ông Lê Văn Hùng là huấn luyện viên trưởng. Ông từng được tặng Kỷ niệm chương Vì sự nghiệp Thể dục, thể thao năm 2018 và mới đây được nhận thêm Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.')).toEqual([
      'Kỷ niệm chương Vì sự nghiệp Thể dục -> Lê Văn Hùng',
      'Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch -> Lê Văn Hùng',
    ]);
  });
  it('a group named by its body: "đội tuyển bóng chuyền Việt Nam", "nhóm nghiên cứu của Viện Hải dương học"', () => {
    expect(vi('Trước đó, đội tuyển bóng chuyền nữ Việt Nam đã được nhận Bằng khen của Thủ tướng Chính phủ.')).toEqual([
      'Bằng khen của Thủ tướng Chính phủ -> đội tuyển bóng chuyền nữ Việt Nam',
    ]);
    expect(vi('Sau đợt bão, nhóm nghiên cứu của Viện Hải dương học được nhận Bằng khen của Chủ tịch UBND tỉnh Khánh Hòa.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh Khánh Hòa -> nhóm nghiên cứu của Viện Hải dương học',
    ]);
  });
  it('"là người nhận X": the name in apposition, not the one after "của"', () => {
    expect(vi('Người hướng dẫn của Minh, GS.TS Phan Văn Tuấn, Viện trưởng Viện Cơ học, là người nhận Giải thưởng Tạ Quang Bửu năm 2020.')).toEqual([
      'Giải thưởng Tạ Quang Bửu năm 2020 -> Phan Văn Tuấn',
    ]);
  });
  it('"Tổng Liên đoàn Lao động Việt Nam" is whole; "HLV Bảo" is the coach named before', () => {
    expect(vi('Ông Võ Văn Nam trao Bằng khen của Tổng Liên đoàn Lao động Việt Nam cho Công đoàn Công ty Cổ phần May Bình Minh.')).toEqual([
      'Bằng khen của Tổng Liên đoàn Lao động Việt Nam -> Công đoàn Công ty Cổ phần May Bình Minh',
    ]);
    const text = 'Nguyễn Thùy Linh tập bơi từ năm 2017 dưới sự dìu dắt của HLV Phạm Quốc Bảo. Cô giành ba HCV.\n\nVề phần mình, HLV Bảo cho biết học trò đã tập kỹ thuật quay vòng. Ông từng được tặng Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.';
    expect(vi(text)).toEqual(['Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch -> Phạm Quốc Bảo']);
  });
});

describe('Vietnamese people and pronouns from set 13 (session 7)', () => {
  it('a name no surname list holds, known by "Thị"/"Văn" after a courtesy word; a sentence naming nobody keeps the paragraph\'s person', () => {
    const text = 'Thầy Lê Quang Vinh là hiệu trưởng nhà trường.\n\nTrong số học viên có cô Pả Lêm Thị Hoa, giáo viên tiểu học. "Em mừng lắm", cô kể. Năm học 2024-2025, cô được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen.';
    expect(vi(text)).toEqual(['Giấy khen -> Pả Lêm Thị Hoa']);
    expect(factsOf('vi', 'Thầy giáo dạy ở Trường THPT Chu Văn An, Hà Nội, phát biểu.').officials.map((o) => o.name)).not.toContain('Chu Văn An');
  });
  it('a given name opening a sentence before a verb ("Hân theo bơi …") is the person named in full before', () => {
    const text = 'Trịnh Gia Hân phá kỷ lục 200 m bướm.\n\nHân theo bơi từ năm 2018 dưới sự dìu dắt của HLV Đoàn Quốc Bảo. Tại SEA Games, cô giành ba HCV. Nhờ thành tích ấy, cô được Chủ tịch nước tặng Huân chương Lao động hạng Ba.';
    expect(vi(text)).toEqual(['Huân chương Lao động hạng Ba -> Trịnh Gia Hân']);
  });
});

describe('Vietnamese lists, categories and described subjects from set 13 (session 7)', () => {
  it('"cho tập thể X và hai cá nhân:" then the people listed below', () => {
    const text = 'Chiều 24/11, Phó Chủ tịch UBND tỉnh Khánh Hòa Lê Văn Bình đã trao Bằng khen của Chủ tịch UBND tỉnh Khánh Hòa cho tập thể Hải đội Biên phòng 3 và hai cá nhân:\n\nThiếu tá Trần Minh Hải;\n\nĐại úy Nguyễn Văn Sơn, thuyền trưởng tàu BP 04-18-01.';
    expect(vi(text)).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh Khánh Hòa -> Hải đội Biên phòng 3',
      'Bằng khen của Chủ tịch UBND tỉnh Khánh Hòa -> Trần Minh Hải',
      'Bằng khen của Chủ tịch UBND tỉnh Khánh Hòa -> Nguyễn Văn Sơn',
    ]);
  });
  it('"Cánh Diều Vàng cho Nữ diễn viên chính xuất sắc" is one prize; "Nữ diễn viên 40 tuổi từng …" is the actress named before', () => {
    const text = 'Vai chính do diễn viên Phạm Thu Trang đảm nhận.\n\nNữ diễn viên 40 tuổi từng giành Cánh Diều Vàng cho Nữ diễn viên chính xuất sắc năm 2018, và được phong tặng danh hiệu Nghệ sĩ Ưu tú năm 2019.';
    expect(vi(text)).toEqual([
      'Cánh Diều Vàng cho Nữ diễn viên chính xuất sắc -> Phạm Thu Trang',
      'danh hiệu Nghệ sĩ Ưu tú -> Phạm Thu Trang',
    ]);
    expect(vi('Giải thưởng Sao Vàng đất Việt năm 2026 được trao cho 200 doanh nghiệp tiêu biểu.')).toEqual(['Giải thưởng Sao Vàng đất Việt năm 2026 -> -']);
  });
});

describe('Vietnamese "là một trong" and "Cùng đợt có" (session 7)', () => {
  it('"Lan là một trong mười nhà khoa học trẻ nhận X"; "anh là một trong 50 công nhân, lao động được … trao X"; "Cùng đợt có chị B"', () => {
    expect(vi('Trần Thị Mai Lan sinh năm 1991. Năm 2024, Lan là một trong mười nhà khoa học trẻ nhận Giải thưởng Quả Cầu Vàng.')).toEqual([
      'Giải thưởng Quả Cầu Vàng -> Trần Thị Mai Lan',
    ]);
    const text = 'Anh Lê Văn Tài, 41 tuổi, là thợ bảo trì. Tối 28/10/2026, anh là một trong 50 công nhân, lao động được Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Đinh Thị Hải Yến trao Giải thưởng Tôn Đức Thắng. Cùng đợt có chị Nguyễn Thị Hồng Nhung, công nhân Công ty Điện tử Sóng Thần.';
    expect(vi(text)).toEqual(['Giải thưởng Tôn Đức Thắng -> Lê Văn Tài', 'Giải thưởng Tôn Đức Thắng -> Nguyễn Thị Hồng Nhung']);
  });
});

describe('Vietnamese products in apposition (session 7)', () => {
  it('"sản phẩm này, phần mềm GeoAlert, từng đoạt X": the product named', () => {
    expect(vi('Phần mềm do Công ty Cổ phần Công nghệ Tây Bắc phát triển; sản phẩm này, phần mềm FloodWatch, từng đoạt giải Ba Giải thưởng Nhân tài Đất Việt.')).toEqual([
      'giải Ba Giải thưởng Nhân tài Đất Việt -> phần mềm FloodWatch',
    ]);
  });
});

describe('Vietnamese cups, units named short and lists for a counted group (session 7)', () => {
  it('"trao Cúp Phong cách thi đấu đẹp cho X" is an honour; "giành Cúp vô địch" is not', () => {
    expect(vi('Ban tổ chức trao Cúp Phong cách thi đấu đẹp cho Đoàn Bắc Ninh, đơn vị chủ nhà.')).toEqual(['Cúp Phong cách thi đấu đẹp -> Đoàn Bắc Ninh']);
    expect(vi('Hà Nội giành Cúp vô địch đồng đội nam hôm 19/11.')).toEqual([]);
  });
  it('"Phòng từng được tặng X" after "Phòng Cảnh sát giao thông …"; "cho ba cán bộ của tổ tuần tra:" and the list below', () => {
    expect(vi('Phòng Cảnh sát giao thông Công an tỉnh Bình Dương có 120 cán bộ. Phòng từng được tặng Cờ thi đua của Bộ Công an năm 2025.')).toEqual([
      'Cờ thi đua của Bộ Công an -> Phòng Cảnh sát giao thông Công an tỉnh Bình Dương',
    ]);
    const text = 'Đại tá Lê Văn Hùng trao Bằng khen của Bộ trưởng Bộ Công an cho ba cán bộ của tổ tuần tra:\n\nThiếu tá Hồ Văn Lợi;\n\nĐại úy Phạm Minh Tân;\n\nThượng úy Lò Văn Thái.';
    expect(vi(text)).toEqual([
      'Bằng khen của Bộ trưởng Bộ Công an -> Hồ Văn Lợi', 'Bằng khen của Bộ trưởng Bộ Công an -> Phạm Minh Tân', 'Bằng khen của Bộ trưởng Bộ Công an -> Lò Văn Thái',
    ]);
  });
});

describe('Vietnamese certificates from different givers (session 7)', () => {
  it('"Bằng khen của Chủ tịch UBND tỉnh X" and a later "được Tư lệnh … tặng Bằng khen" are two certificates; "năm 2022 anh" is no count', () => {
    const text = 'Phó Chủ tịch UBND tỉnh Quảng Trị Lê Văn Bình trao Bằng khen của Chủ tịch UBND tỉnh Quảng Trị cho Thiếu tá Đặng Minh Quân. Riêng Thiếu tá Quân, năm 2022 anh đã được Tư lệnh Bộ đội Biên phòng tặng Bằng khen sau chuyến cứu 14 ngư dân.';
    expect(vi(text)).toEqual(['Bằng khen của Chủ tịch UBND tỉnh Quảng Trị -> Đặng Minh Quân', 'Bằng khen -> Đặng Minh Quân']);
  });
});

describe('Vietnamese "Cả hai cùng được …" (session 7)', () => {
  it('the two subjects of the sentence before, not the players they beat', () => {
    const text = 'Ở đơn nữ, Hoàng Thu Trang thắng Nguyễn Khoa Diệu Khánh, còn ở đơn nam Lưu Minh Khang đánh bại Phạm Gia Huy. Cả hai cùng được ban tổ chức bầu chọn danh hiệu VĐV xuất sắc nhất giải.';
    expect(vi(text)).toEqual(['danh hiệu VĐV xuất sắc nhất -> Hoàng Thu Trang', 'danh hiệu VĐV xuất sắc nhất -> Lưu Minh Khang']);
  });
});
