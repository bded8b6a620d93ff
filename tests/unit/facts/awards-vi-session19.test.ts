import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese awards and recipients (session 19)', () => {
  it('"giải A báo in", "giải khuyến khích ảnh báo chí": a press prize\'s medium is its field, unmarked', () => {
    expect(vi('Giải A báo in thuộc về nhà báo Lý Thị Ngọc Hà (Báo Cà Mau) với loạt bài về rừng đước.')).toEqual(['Giải A báo in -> Lý Thị Ngọc Hà']);
    expect(vi('Hai giải khuyến khích ảnh báo chí lần lượt được trao cho các tác giả Mai Văn Lộc và Trịnh Thu Sương.')).toEqual([
      'giải khuyến khích ảnh báo chí -> Mai Văn Lộc', 'giải khuyến khích ảnh báo chí -> Trịnh Thu Sương',
    ]);
  });
  it('"được trao cho phóng sự "X" của phóng viên A": a press work\'s prize is its author\'s', () => {
    const text = 'Giải B phát thanh được trao cho phóng sự “Con đò cuối cùng” của phóng viên Thạch Thị Sa Mơl, Đài Phát thanh tỉnh.';
    expect(vi(text)).toEqual(['Giải B phát thanh -> Thạch Thị Sa Mơl']);
  });
  it('"Giải B truyền hình vì thế được để trống": a tier not given, named before its verb', () => {
    expect(vi('Tác phẩm bị loại vì vi phạm bản quyền. Giải B truyền hình vì thế được để trống.')).toEqual([]);
  });
  it('"Cánh diều Bạc hạng mục Phim ngắn": the field after a prize\'s name belongs to it', () => {
    expect(vi('Ca sĩ Hà Thu Trang giành Cánh diều Bạc hạng mục Phim ngắn với bộ phim đầu tay.')).toEqual(['Cánh diều Bạc hạng mục Phim ngắn -> Hà Thu Trang']);
  });
  it('"giải Biên kịch phim hoạt hình xuất sắc": a film prize\'s category runs through its lower-case words to "xuất sắc"', () => {
    expect(vi('Nhà văn Tạ Minh Châu được trao giải Biên kịch phim hoạt hình xuất sắc cho kịch bản “Chú cuội”.')).toEqual([
      'giải Biên kịch phim hoạt hình xuất sắc -> Tạ Minh Châu',
    ]);
    expect(vi('Giải Nam diễn viên phụ xuất sắc được trao cho Trương Quốc Dũng.')).toEqual(['Giải Nam diễn viên phụ xuất sắc -> Trương Quốc Dũng']);
  });
  it('"Ở hạng mục Nữ diễn viên chính xuất sắc, giải thưởng thuộc về A": the fronted category names the prize', () => {
    expect(vi('Ở hạng mục Nữ diễn viên chính xuất sắc, giải thưởng thuộc về Đinh Ngọc Diệp với vai người mẹ.')).toEqual([
      'Nữ diễn viên chính xuất sắc -> Đinh Ngọc Diệp',
    ]);
  });
  it('"cho đội tuyển Karate Đà Nẵng", "cho câu lạc bộ Bóng chuyền X": a side in lower case, named by the capitals after it', () => {
    expect(vi('Phó Chủ tịch UBND tỉnh Lê Văn Hòa trao Bằng khen của Chủ tịch UBND tỉnh cho đội tuyển Vovinam Bình Định.')).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh -> đội tuyển Vovinam Bình Định',
    ]);
  });
  it('"Ở chuyên ngành Sân khấu, giải B thuộc về A": the tier of the fronted field', () => {
    expect(vi('Ở chuyên ngành Sân khấu, giải B thuộc về Nhà hát Chèo Ninh Bình với vở “Tiếng trống”.')).toEqual([
      'giải B chuyên ngành Sân khấu -> Nhà hát Chèo Ninh Bình',
    ]);
  });
  it('"được trao Cúp “Doanh nhân vì cộng đồng”": a quoted cup, whole', () => {
    expect(vi('Bà Thạch Thị Ngọc Lan và ông Huỳnh Văn Tâm được trao Cúp “Doanh nhân vì cộng đồng”.')).toEqual([
      'Cúp “Doanh nhân vì cộng đồng” -> Thạch Thị Ngọc Lan', 'Cúp “Doanh nhân vì cộng đồng” -> Huỳnh Văn Tâm',
    ]);
  });
  it('"bộ phim mang về cho A giải X"; "Giải khuyến khích báo in đáng chú ý được trao cho B": whom it was brought to, past a few words on it', () => {
    expect(vi('Bộ phim “Sóng ngầm” còn mang về cho Lý Thanh Thảo giải Nữ diễn viên phụ xuất sắc.')).toEqual(['giải Nữ diễn viên phụ xuất sắc -> Lý Thanh Thảo']);
    expect(vi('Giải khuyến khích phát thanh đáng chú ý được trao cho Hoàng Mỹ Linh, 24 tuổi.')).toEqual(['Giải khuyến khích phát thanh -> Hoàng Mỹ Linh']);
  });
  it('a name inside a quoted title is no one: \'với bộ ảnh "Biển Sầm Sơn"\' leaves the club as the recipient', () => {
    expect(vi('Ở chuyên ngành Nhiếp ảnh, giải C thuộc về Câu lạc bộ Ảnh Lam Kinh với bộ ảnh "Chiều Sầm Sơn".')).toEqual([
      'giải C chuyên ngành Nhiếp ảnh -> Câu lạc bộ Ảnh Lam Kinh',
    ]);
  });
  it('"được trao cho: họa sĩ A với …; và họa sĩ B, …, với …": one recipient per item between semicolons', () => {
    const text = 'Hai giải B chuyên ngành Mỹ thuật được trao cho: họa sĩ Hà Văn Nam với bức sơn dầu "Mùa gặt"; và họa sĩ Lò Thị Mai, giáo viên mỹ thuật, với bộ tranh lụa "Bản".';
    expect(vi(text)).toEqual(['giải B chuyên ngành Mỹ thuật -> Hà Văn Nam', 'giải B chuyên ngành Mỹ thuật -> Lò Thị Mai']);
  });
  it('"Công trình "X" của vợ chồng nhà nghiên cứu A và bà B được trao …": both authors of the work', () => {
    const text = 'Công trình "Hát ví vùng Nông Cống" của vợ chồng nhà nghiên cứu Trịnh Văn Sơn và bà Hoàng Thị Lụa được trao giải C chuyên ngành Văn nghệ dân gian.';
    expect(vi(text)).toEqual(['giải C chuyên ngành Văn nghệ dân gian -> Trịnh Văn Sơn', 'giải C chuyên ngành Văn nghệ dân gian -> Hoàng Thị Lụa']);
  });
  it('"Trong đợt xét tặng lần thứ 16, cả hai vợ chồng cùng được phong tặng X": the couple named before', () => {
    const text = 'Thầy Vũ Đức Tâm và cô Phạm Thị Hoa là vợ chồng, cùng dạy ở trường. Trong đợt xét tặng lần thứ 16, cả hai vợ chồng cùng được phong tặng danh hiệu Nhà giáo Ưu tú.';
    expect(vi(text)).toEqual(['danh hiệu Nhà giáo Ưu tú -> Vũ Đức Tâm', 'danh hiệu Nhà giáo Ưu tú -> Phạm Thị Hoa']);
  });
  it('"nhận giải A chuyên ngành Âm nhạc từ tay …": the field stops before whose hand gave it', () => {
    expect(vi('Nhạc sĩ Đỗ Văn Tình bước lên nhận giải A chuyên ngành Âm nhạc từ tay Chủ tịch UBND tỉnh.')).toEqual(['giải A chuyên ngành Âm nhạc -> Đỗ Văn Tình']);
  });
  it('"giải Mai Vàng Nam ca sĩ nhạc nhẹ", "mang về cho Nhà hát X giải Mai Vàng Vở diễn được yêu thích": a named prize\'s category, and a body it was brought to', () => {
    expect(vi('Ca sĩ Lê Bảo Long giành giải Mai Vàng Nam ca sĩ nhạc nhẹ khi vượt người thứ hai.')).toEqual(['giải Mai Vàng Nam ca sĩ nhạc nhẹ -> Lê Bảo Long']);
    expect(vi('Vở “Trăng rằm” còn mang về cho Nhà hát Cải lương Sài Gòn giải Mai Vàng Vở diễn được yêu thích.')).toEqual([
      'giải Mai Vàng Vở diễn được yêu thích -> Nhà hát Cải lương Sài Gòn',
    ]);
  });
  it('"Bất ngờ lớn nhất thuộc về ca sĩ A": a remark, not a title; "hồ sơ đề nghị phong tặng X của cụ B": proposed, not conferred', () => {
    expect(vi('Bất ngờ lớn nhất thuộc về ca sĩ Trần Phương Nghi: ca khúc của cô được nghe nhiều nhất.')).toEqual([]);
    expect(vi('Đợt này, hồ sơ đề nghị phong tặng Nghệ nhân Ưu tú của cụ ông Ngô Văn Lạc đã được hội đồng cấp tỉnh thông qua.')).toEqual([]);
  });
  it('"tặng Bằng khen cho ba tập thể và ba cá nhân. Các tập thể gồm: A, B và C. Ba cá nhân được khen là D, E và F": the lists after', () => {
    const text = 'Bộ trưởng Bộ Công an tặng Bằng khen cho hai tập thể và hai cá nhân. Các tập thể gồm: Công an xã Nậm Cắn và Đồn Biên phòng Mường Xén. Hai cá nhân được khen là Thiếu tá Vi Văn Tâm và anh Lữ Văn Khánh, người dân bản Xốp.';
    expect(vi(text)).toEqual(['Bằng khen -> Công an xã Nậm Cắn', 'Bằng khen -> Đồn Biên phòng Mường Xén', 'Bằng khen -> Vi Văn Tâm', 'Bằng khen -> Lữ Văn Khánh']);
  });
  it('"hồ sơ đề nghị Bộ Văn hóa, Thể thao và Du lịch tặng Bằng khen": a proposal, past the commas inside a ministry\'s name', () => {
    expect(vi('Sở đã lập hồ sơ đề nghị Bộ Văn hóa, Thể thao và Du lịch tặng Bằng khen cho đội ghe ngo xã Vĩnh Hải.')).toEqual([]);
  });
  it('"Ba nghệ nhân còn lại là ông A, bà B và bà C. Họ cùng được phong tặng X": "họ" is the people listed just before', () => {
    const text = 'Ba nghệ nhân còn lại là ông Nguyễn Văn Khiêm, bà Trần Thị Mận và bà Lê Thị Hồng. Họ cùng được phong tặng danh hiệu Nghệ nhân Ưu tú.';
    expect(vi(text)).toEqual(['danh hiệu Nghệ nhân Ưu tú -> Nguyễn Văn Khiêm', 'danh hiệu Nghệ nhân Ưu tú -> Trần Thị Mận', 'danh hiệu Nghệ nhân Ưu tú -> Lê Thị Hồng']);
  });
  it('"Bản thân ông cũng được tặng X": the pronoun after "bản thân" is the person just named', () => {
    const text = 'Ông Phạm Quang Hòa, Giám đốc Công ty Than Núi Béo, nhận cờ thay mặt người lao động. Bản thân ông cũng được tặng Bằng khen của Thủ tướng Chính phủ vì đã chỉ đạo dự án.';
    expect(vi(text)).toEqual(['Bằng khen của Thủ tướng Chính phủ -> Phạm Quang Hòa']);
  });
  it('"A là một trong hai người được tặng X. Người còn lại là chị B": the other one too', () => {
    const text = 'Anh Nông Văn Thái vào nghề từ năm 2008. Anh là một trong hai người của ngành than được tặng danh hiệu Chiến sĩ thi đua toàn quốc đợt này. Người còn lại là chị Vi Thị Hà, kỹ sư cơ điện.';
    expect(vi(text)).toEqual(['danh hiệu Chiến sĩ thi đua toàn quốc -> Nông Văn Thái', 'danh hiệu Chiến sĩ thi đua toàn quốc -> Vi Thị Hà']);
  });
});
