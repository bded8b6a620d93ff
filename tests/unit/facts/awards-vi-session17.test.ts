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
  it('"Chồng bà, dược sĩ A, …. Cả hai từng nhận X": the one named and the story\'s person', () => {
    const text = 'Bà Hoàng Thị Mến được phong tặng danh hiệu Nhà giáo Ưu tú. Chồng bà, kỹ sư Đặng Văn Lực, hiện là Giám đốc Công ty Điện lực. Cả hai từng nhận Bằng khen của Bộ trưởng Bộ Công Thương năm 2019.';
    expect(vi(text)).toEqual([
      'danh hiệu Nhà giáo Ưu tú -> Hoàng Thị Mến', 'Bằng khen của Bộ trưởng Bộ Công Thương -> Hoàng Thị Mến', 'Bằng khen của Bộ trưởng Bộ Công Thương -> Đặng Văn Lực',
    ]);
  });
  it('"A, chức vụ, và B, chức vụ, mỗi người nhận một X", "A và B cùng nhận X": both', () => {
    const text = 'Thượng tá Hà Văn Khánh, Chỉ huy trưởng, và Đại úy Lò Thị Nga, Chính trị viên, mỗi người nhận một Bằng khen của Chủ tịch UBND tỉnh.';
    expect(vi(text)).toEqual(['Bằng khen của Chủ tịch UBND tỉnh -> Hà Văn Khánh', 'Bằng khen của Chủ tịch UBND tỉnh -> Lò Thị Nga']);
    expect(vi('Ông Hà Văn Khánh và bà Lò Thị Nga cùng nhận Giấy khen của Chủ tịch UBND xã.')).toEqual([
      'Giấy khen của Chủ tịch UBND xã -> Hà Văn Khánh', 'Giấy khen của Chủ tịch UBND xã -> Lò Thị Nga',
    ]);
    // (A short name after its courtesy word, past a time opening the sentence.)
    const later = 'Ông Vi Văn Tám được bầu làm Chủ tịch. Dịp này, ông Tám và ông Hà Văn Khánh, nguyên Bí thư Huyện ủy, cùng được trao Huy hiệu 45 năm tuổi Đảng.';
    expect(vi(later)).toEqual(['Huy hiệu 45 năm tuổi Đảng -> Vi Văn Tám', 'Huy hiệu 45 năm tuổi Đảng -> Hà Văn Khánh']);
  });
  it('"Cùng nhận X có Công an xã A và hai cá nhân: ông B, …, và bà C, …": the body and both people', () => {
    const text = 'Cùng nhận Giấy khen của Chủ tịch UBND xã có Trạm Y tế xã Nà Hang và hai cá nhân: ông Ma Văn Đức, trưởng thôn Nà Kà, và bà Hoàng Thị Lụa, hội viên Hội Phụ nữ xã.';
    expect(vi(text)).toEqual([
      'Giấy khen của Chủ tịch UBND xã -> Trạm Y tế xã Nà Hang', 'Giấy khen của Chủ tịch UBND xã -> Ma Văn Đức', 'Giấy khen của Chủ tịch UBND xã -> Hoàng Thị Lụa',
    ]);
  });
  it('"cho hai tập thể … là Đội Cảnh sát phòng cháy và chữa cháy của X và Tổ công tác số 2": lower-case fields inside a body\'s name', () => {
    const text = 'Giấy khen được trao cho hai tập thể có thành tích trong vụ cháy chợ là Đội Cảnh sát phòng cháy và chữa cháy của Công an phường và Tổ công tác số 2.';
    expect(vi(text)).toEqual(['Giấy khen -> Đội Cảnh sát phòng cháy và chữa cháy', 'Giấy khen -> Tổ công tác số 2']);
    // (Not across to a person: "Đội Quản lý rủi ro và công chức A".)
    expect(vi('Ông Lê Văn Hòa trao Giấy khen cho Đội Kiểm soát hải quan và công chức Trịnh Thu Hà.')).toEqual([
      'Giấy khen -> Đội Kiểm soát hải quan', 'Giấy khen -> Trịnh Thu Hà',
    ]);
  });
  it('"A, 41 tuổi, là người duy nhất … được công nhận X": the one named before "là"', () => {
    expect(vi('Kỹ sư Mai Văn Hậu, 38 tuổi, là người duy nhất của nhà máy năm nay được công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh.')).toEqual([
      'danh hiệu Chiến sĩ thi đua cấp tỉnh -> Mai Văn Hậu',
    ]);
  });
  it('"A nhận X trao cho Đoàn trường Y": collected for the body after "trao cho"', () => {
    expect(vi('Chị Lê Thu Trang, Bí thư Chi đoàn, nhận Giấy khen của Chủ tịch UBND xã trao cho Chi đoàn thôn Đồng Tâm.')).toEqual([
      'Giấy khen của Chủ tịch UBND xã -> Chi đoàn thôn Đồng Tâm',
    ]);
  });
  it('"Dịp này, hai tập thể là A và B được Thứ trưởng C trao X": both bodies, past the time opener and the giver', () => {
    const text = 'Dịp này, hai tập thể là Trạm Khuyến nông Vạn Ninh và Phòng Thí nghiệm thủy sản được Thứ trưởng Lê Văn Dũng trao Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường.';
    expect(vi(text)).toEqual([
      'Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường -> Trạm Khuyến nông Vạn Ninh', 'Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường -> Phòng Thí nghiệm thủy sản',
    ]);
  });
  it('"… được phong tặng danh hiệu X: quay phim A, dựng phim B và nhạc sĩ C": every one after the colon', () => {
    const text = 'Cũng tại buổi lễ, ba nghệ sĩ của Đài truyền hình tỉnh được phong tặng danh hiệu Nghệ sĩ Ưu tú: quay phim Lê Văn Hưng, biên tập Trần Thị Mai Anh và nhạc sĩ Vũ Đức Long.';
    expect(vi(text)).toEqual(['danh hiệu Nghệ sĩ Ưu tú -> Lê Văn Hưng', 'danh hiệu Nghệ sĩ Ưu tú -> Trần Thị Mai Anh', 'danh hiệu Nghệ sĩ Ưu tú -> Vũ Đức Long']);
  });
  it('"…, trong số đó có hai giảng viên … là thầy A và cô B", "trong đó có ông A; bác sĩ B, chức vụ; và C": those named', () => {
    const text = 'Chín nhà giáo của trường được tặng Kỷ niệm chương Vì sự nghiệp giáo dục, trong số đó có hai giảng viên cao tuổi nhất là thầy Phan Văn Đức và cô Lê Thị Hằng.';
    expect(vi(text)).toEqual(['Kỷ niệm chương Vì sự nghiệp giáo dục -> Phan Văn Đức', 'Kỷ niệm chương Vì sự nghiệp giáo dục -> Lê Thị Hằng']);
    const semi = 'Cùng dịp, 15 bác sĩ, điều dưỡng được phong tặng danh hiệu Thầy thuốc Ưu tú, trong đó có ông Đỗ Văn Hải; bác sĩ Hà Minh Khôi, Trưởng khoa Nội Bệnh viện tỉnh; và điều dưỡng Lò Thị Thoa.';
    expect(vi(semi)).toEqual(['danh hiệu Thầy thuốc Ưu tú -> Đỗ Văn Hải', 'danh hiệu Thầy thuốc Ưu tú -> Hà Minh Khôi', 'danh hiệu Thầy thuốc Ưu tú -> Lò Thị Thoa']);
  });
  it('"Theo ông A, danh hiệu của bà B …": the title\'s holder, not the one quoted', () => {
    const text = 'Bà Trịnh Thị Hoa được phong tặng danh hiệu Nhà giáo Nhân dân. Theo ông Lê Văn Quang, danh hiệu của bà Hoa là niềm tự hào của cả trường.';
    expect(vi(text)).toEqual(['danh hiệu Nhà giáo Nhân dân -> Trịnh Thị Hoa']);
  });
  it('a headline\'s "Nữ bác sĩ 35 năm gắn bó …" describes someone: no recipient of its own', () => {
    const f = factsOf('vi', 'Bác sĩ Trần Thị Thu, Phó Giám đốc bệnh viện, được phong tặng danh hiệu Thầy thuốc Nhân dân.', 'Hà Tĩnh: Nữ bác sĩ 30 năm gắn bó Bệnh viện Đa khoa Kỳ Anh nhận danh hiệu Thầy thuốc Nhân dân');
    expect(awardLines(f)).toEqual(['danh hiệu Thầy thuốc Nhân dân -> Trần Thị Thu']);
  });
  it('"Đoàn khai quật di chỉ X": "di chỉ" (a site) is one word inside a body\'s name', () => {
    expect(vi('Đoàn khai quật di chỉ Gò Mả Vôi được tặng Bằng khen của Chủ tịch UBND tỉnh.')).toEqual(['Bằng khen của Chủ tịch UBND tỉnh -> Đoàn khai quật di chỉ Gò Mả Vôi']);
  });
  it('"được trao cho ba cá nhân: Đại úy A, chức vụ; Thượng úy B, chức vụ; và Trung úy C": one per item, not a post', () => {
    const text = 'Bằng khen của Chủ tịch UBND tỉnh cũng được trao cho ba cá nhân: Đại úy Nông Văn Hải, Phó Đồn trưởng; Thượng úy Lý Văn Cường, Đội trưởng Đội Trinh sát; và Trung úy Đàm Văn Sơn, trinh sát viên.';
    expect(vi(text)).toEqual(['Bằng khen của Chủ tịch UBND tỉnh -> Nông Văn Hải', 'Bằng khen của Chủ tịch UBND tỉnh -> Lý Văn Cường', 'Bằng khen của Chủ tịch UBND tỉnh -> Đàm Văn Sơn']);
  });
  it('"trong đó có Tổ hàn số 3, Phân xưởng Ống - Máy và kỹ sư A": a dash inside a workshop\'s name', () => {
    const text = 'Bà Lê Thu Hà trao Giấy khen cho 5 tập thể và 7 cá nhân, trong đó có Tổ lắp ráp số 2, Phân xưởng Điện - Nước và kỹ sư Trần Văn Quý.';
    expect(vi(text)).toEqual(['Giấy khen -> Tổ lắp ráp số 2', 'Giấy khen -> Phân xưởng Điện - Nước', 'Giấy khen -> Trần Văn Quý']);
  });
  it('"Bà A, Phó Hiệu trưởng, kể rằng thầy B từng được … tặng X": the one told of, not the teller', () => {
    const text = 'Thầy Nguyễn Văn Tâm dạy ở trường 30 năm. Bà Lê Thị Hồng, Phó Hiệu trưởng, kể rằng thầy Tâm từng được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen vì thành tích dạy bơi.';
    expect(vi(text)).toEqual(['Giấy khen -> Nguyễn Văn Tâm']);
  });
  it('"Chồng chị là nhạc sĩ A. Năm 2024, cả hai vợ chồng cùng được tặng X": the couple, not a pair named further up', () => {
    const text = 'Phó Chủ tịch UBND tỉnh Lê Văn Bình và ông Trần Văn Mạnh dự lễ. Ca sĩ Hà Thu Trang được phong tặng danh hiệu Nghệ sĩ Ưu tú. Chồng chị là nhạc sĩ Đỗ Minh Khoa, tác giả của nhiều ca khúc. Năm 2024, cả hai vợ chồng cùng được tặng Kỷ niệm chương Vì sự nghiệp Văn hóa.';
    expect(vi(text)).toEqual([
      'danh hiệu Nghệ sĩ Ưu tú -> Hà Thu Trang', 'Kỷ niệm chương Vì sự nghiệp Văn hóa -> Hà Thu Trang', 'Kỷ niệm chương Vì sự nghiệp Văn hóa -> Đỗ Minh Khoa',
    ]);
  });
});
