import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese awards and recipients (session 16)', () => {
  it('"… cho cả hai em" far below: the two people named together last', () => {
    const text =
      'Ông Nguyễn Văn Bình trao Giấy khen cho hai em Trần Minh Quân và Lê Thu Hà, học sinh lớp 10. Hai em được khen vì thành tích. ' +
      'Ông Phạm Văn Hùng nói nhà trường sẽ hỗ trợ thêm. Cũng trong dịp này, Tỉnh đoàn trao Huy hiệu Tuổi trẻ sáng tạo cho cả hai em.';
    expect(vi(text)).toEqual([
      'Giấy khen -> Trần Minh Quân', 'Giấy khen -> Lê Thu Hà', 'Huy hiệu Tuổi trẻ sáng tạo -> Trần Minh Quân', 'Huy hiệu Tuổi trẻ sáng tạo -> Lê Thu Hà',
    ]);
  });
  it('"Cùng nhận X còn có Y": Y received it too', () => {
    expect(vi('Cùng nhận Giấy khen của Chủ tịch UBND xã còn có Câu lạc bộ Chèo thiếu nhi Hoa Sen, nơi có 30 em theo học.')).toEqual([
      'Giấy khen của Chủ tịch UBND xã -> Câu lạc bộ Chèo thiếu nhi Hoa Sen',
    ]);
  });
  it('"cô Lan cùng Tổ Toán của trường được nhận X": both parts', () => {
    const text = 'Người hướng dẫn là cô Phạm Thị Lan, giáo viên Toán. Năm nay, cô Lan cùng Tổ Toán - Tin của trường được nhận Giấy khen của Giám đốc Sở.';
    expect(vi(text)).toEqual(['Giấy khen của Giám đốc Sở -> Phạm Thị Lan', 'Giấy khen của Giám đốc Sở -> Tổ Toán']);
  });
  it('"của Tư lệnh Cảnh sát biển": the lower-case "biển" belongs to the giver', () => {
    expect(vi('Đại tá Lê Văn Hải trao Bằng khen của Tư lệnh Cảnh sát biển cho Trung úy Ngô Văn Phúc.')).toEqual([
      'Bằng khen của Tư lệnh Cảnh sát biển -> Ngô Văn Phúc',
    ]);
  });
  it('"Mô hình của tổ từng được tặng X": the residents\' group named before', () => {
    const text = 'Tổ dân phố số 3 phường Hòa Bình đã phân loại rác từ năm 2021. Mô hình của tổ từng được tặng Bằng khen của Chủ tịch UBND tỉnh năm 2023.';
    expect(vi(text)).toEqual(['Bằng khen của Chủ tịch UBND tỉnh -> Tổ dân phố số 3 phường Hòa Bình']);
  });
  it('"Anh Hào, 34 tuổi, … và là người từng được công nhận X": the person the sentence opens on', () => {
    const text = 'Anh Trịnh Văn Lộc là thợ máy. Anh Lộc, 41 tuổi, vào nghề từ năm 2008 và là người từng được công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2020.';
    expect(vi(text)).toEqual(['danh hiệu Chiến sĩ thi đua cơ sở -> Trịnh Văn Lộc']);
  });
  it('"ông cùng vợ là bà B …. Cả hai từng được tặng X": the story\'s person and the spouse', () => {
    const text = 'Ông Hoàng Văn Tư là nghệ nhân chèo. Năm 2010, ông cùng vợ là bà Đào Thị Nụ mở lớp dạy hát miễn phí. Cả hai từng được tặng Bằng khen của Chủ tịch UBND tỉnh năm 2019.';
    expect(vi(text)).toEqual(['Bằng khen của Chủ tịch UBND tỉnh -> Hoàng Văn Tư', 'Bằng khen của Chủ tịch UBND tỉnh -> Đào Thị Nụ']);
  });
  it('someone who collects an award for another ("thay cha", "thay mặt tập thể") is not its recipient', () => {
    const text =
      'Chủ tịch UBND tỉnh truy tặng Bằng khen cho cố nghệ nhân Lò Văn Pấng. Ông Lò Văn Sinh, con trai cố nghệ nhân, lên nhận Bằng khen thay cha. ' +
      'Trạm y tế xã Tân Lập được tặng Cờ thi đua của UBND tỉnh. Bà Vi Thị Hương, Trưởng trạm, thay mặt tập thể nhận Cờ thi đua.';
    expect(vi(text)).toEqual(['Bằng khen -> Lò Văn Pấng', 'Cờ thi đua của UBND tỉnh -> Trạm y tế xã Tân Lập']);
  });
  it('"trao Cờ thi đua cho A và trao Bằng khen cho ba người: B, C, D": each award keeps its own people', () => {
    const text = 'Ông Trần Văn Nam trao Cờ thi đua cho tập thể Hợp tác xã Chè Tân Hương và trao Bằng khen của Chủ tịch UBND tỉnh cho ba xã viên: anh Lý Văn Tám, chị Hà Thị Yến và anh Vũ Văn Lâm.';
    expect(vi(text)).toEqual([
      'Cờ thi đua -> Hợp tác xã Chè Tân Hương',
      'Bằng khen của Chủ tịch UBND tỉnh -> Lý Văn Tám', 'Bằng khen của Chủ tịch UBND tỉnh -> Hà Thị Yến', 'Bằng khen của Chủ tịch UBND tỉnh -> Vũ Văn Lâm',
    ]);
  });
  it('"trao Bằng chứng nhận và Huy hiệu X cho …": the certificate given with it is no recipient', () => {
    expect(vi('Ông Hồ Văn Sơn trao Bằng chứng nhận và Huy hiệu Nghệ nhân Ưu tú cho hai nghệ nhân.')).toEqual(['Huy hiệu Nghệ nhân Ưu tú -> -']);
  });
  it('"Tổ A và Tổ B, hai tập thể …, cùng nhận X": the parts a counted apposition sums up', () => {
    expect(vi('Tổ sản xuất Gò Đình và Tổ kho vận, hai tập thể vượt kế hoạch, cùng nhận Giấy khen của Chủ tịch UBND xã.')).toEqual([
      'Giấy khen của Chủ tịch UBND xã -> Tổ sản xuất Gò Đình', 'Giấy khen của Chủ tịch UBND xã -> Tổ kho vận',
    ]);
    expect(vi('Đội phản ứng nhanh và Khoa Xét nghiệm, hai tập thể dập dịch hồi tháng 8, cùng nhận Bằng khen của Giám đốc Sở Y tế.')).toEqual([
      'Bằng khen của Giám đốc Sở Y tế -> Đội phản ứng nhanh', 'Bằng khen của Giám đốc Sở Y tế -> Khoa Xét nghiệm',
    ]);
  });
  it('"Hợp tác xã này từng nhận X của Liên minh Hợp tác xã Việt Nam": the cooperative named before, not the giver', () => {
    const text = 'Hợp tác xã Nông nghiệp Tân Phú có 80 thành viên. Hợp tác xã này từng nhận Cờ thi đua của Liên minh Hợp tác xã Việt Nam năm 2023.';
    expect(vi(text)).toEqual(['Cờ thi đua của Liên minh Hợp tác xã Việt Nam -> Hợp tác xã Nông nghiệp Tân Phú']);
  });
  it('"nhận X truy tặng cha mình": the son collects it for his late father; the name stops before "truy"', () => {
    const text = 'Bộ Y tế truy tặng Kỷ niệm chương Vì sức khỏe nhân dân cho y sĩ Hà Văn Khánh. Anh Hà Văn Đông nhận Kỷ niệm chương Vì sức khỏe nhân dân truy tặng cha mình.';
    expect(vi(text)).toEqual(['Kỷ niệm chương Vì sức khỏe nhân dân -> Hà Văn Khánh']);
  });
  it('"Cả hai thầy cô cũng được tặng X" paragraphs after "Thầy A và cô B": the pair named together', () => {
    const text =
      'Thầy Trần Văn Lộc và cô Lê Thị Hiền, giáo viên Trường THPT Chu Văn An, dạy ở trường từ năm 2000.\n\n' +
      'Sinh năm 1970 ở Huế, thầy Lộc mất thị lực từ năm 12 tuổi. Thầy Lộc từng được tặng Bằng khen của Thủ tướng Chính phủ năm 2019.\n\n' +
      'Cô Hiền tốt nghiệp Trường Đại học Sư phạm Huế năm 2003 và về trường ngay sau đó. Cả hai thầy cô cũng được tặng Bằng khen của Công đoàn Giáo dục Việt Nam.';
    expect(vi(text)).toEqual([
      'Bằng khen của Thủ tướng Chính phủ -> Trần Văn Lộc', 'Bằng khen của Công đoàn Giáo dục Việt Nam -> Trần Văn Lộc', 'Bằng khen của Công đoàn Giáo dục Việt Nam -> Lê Thị Hiền',
    ]);
  });
  it('"A và B, giáo viên …, là hai trong số 27 nhà giáo được phong tặng X": the two the sentence opens on', () => {
    const text = 'Thầy Phạm Văn Tú và cô Đỗ Thị Mai, giáo viên Trường THPT Chu Văn An, là hai trong số 30 nhà giáo của tỉnh được Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú.';
    expect(vi(text)).toEqual(['danh hiệu Nhà giáo Ưu tú -> Phạm Văn Tú', 'danh hiệu Nhà giáo Ưu tú -> Đỗ Thị Mai']);
  });
  it('"A sinh năm 1984, vào ngành năm 2005 và từng được tặng X": the sentence\'s subject, past the adverb after "và"', () => {
    const text = 'Bà Lương Thị Hà trao Bằng khen cho tổ. Thiếu tá Nguyễn Văn Hải sinh năm 1986, vào ngành năm 2006 và từng được tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2022.';
    expect(vi(text)).toContain('danh hiệu Chiến sĩ thi đua cơ sở -> Nguyễn Văn Hải');
  });
  it('"Tây Đô Xanh là doanh nghiệp …, từng được tặng X": the name the sentence opens on, before "là"', () => {
    const text = 'Công ty Cổ phần Vận tải Sông Hậu khai trương tuyến mới. Sông Hậu là doanh nghiệp vận tải thủy có trụ sở ở phường Cái Khế, từng được tặng Bằng khen của Thủ tướng Chính phủ năm 2023.';
    expect(vi(text)).toEqual(['Bằng khen của Thủ tướng Chính phủ -> Sông Hậu']);
  });
  it('"A, Tổng Giám đốc công ty, cho biết đơn vị … và từng được tặng X": the body reported on, not the speaker', () => {
    const text = 'Gói thầu do Công ty Cổ phần Xây dựng Sông Tiền thực hiện. Ông Lê Văn Bảy, Tổng Giám đốc công ty, cho biết đơn vị đã thi công nhiều tuyến kè và từng được tặng Huân chương Lao động hạng Ba năm 2020.';
    expect(vi(text)[0]).toMatch(/^Huân chương Lao động hạng Ba -> Công ty Cổ phần Xây dựng Sông Tiền/);
  });
  it('"Ba cá nhân nhận X gồm: A, B và C": a counted subject, then its people after "gồm:" with no comma', () => {
    expect(vi('Ba cá nhân nhận Giấy khen của Giám đốc Sở gồm: Thượng tá Lê Văn An, Thiếu tá Hà Thị Bình và Đại úy Vũ Văn Cường.')).toEqual([
      'Giấy khen của Giám đốc Sở -> Lê Văn An', 'Giấy khen của Giám đốc Sở -> Hà Thị Bình', 'Giấy khen của Giám đốc Sở -> Vũ Văn Cường',
    ]);
  });
  it('"Trạm Y tế xã A, nơi chị B công tác, được nhận X": the body the "nơi" clause describes', () => {
    const text = 'Chị Lò Thị Mai là nữ hộ sinh. Cũng tại buổi lễ, Trạm Y tế xã Pa Ủ, nơi chị Mai công tác, được nhận Bằng khen của Bộ trưởng Bộ Y tế.';
    expect(vi(text)).toEqual(['Bằng khen của Bộ trưởng Bộ Y tế -> Trạm Y tế xã Pa Ủ']);
  });
});

