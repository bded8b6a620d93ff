import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const vi = (text: string) => awardLines(factsOf('vi', text));

describe('Vietnamese awards and recipients (session 20)', () => {
  it('"Trong số N cá nhân nhận X, ngoài A còn có B, …; C, …; và D, …": everyone after "còn có", one per item', () => {
    const text = 'Trong số 5 cá nhân nhận Bằng khen của Giám đốc Công an tỉnh, ngoài Trung tá Hà Văn Kiên còn có Thiếu tá Đinh Thị Yến, Phó Đội trưởng Đội Cảnh sát hình sự; ' +
      'Đại úy Vi Văn Tài, cán bộ điều tra; và ông Nông Văn Quý, Trưởng thôn Bản Chang.';
    expect(vi(text)).toEqual([
      'Bằng khen của Giám đốc Công an tỉnh -> Hà Văn Kiên', 'Bằng khen của Giám đốc Công an tỉnh -> Đinh Thị Yến',
      'Bằng khen của Giám đốc Công an tỉnh -> Vi Văn Tài', 'Bằng khen của Giám đốc Công an tỉnh -> Nông Văn Quý',
    ]);
  });
  it('"tặng X cho 2 tập thể là A và B, cùng 9 xã viên. Trong số cá nhân có chị C, …; anh D, …": the people named in the sentence after', () => {
    const text = 'Chủ tịch UBND huyện tặng Giấy khen cho 2 tập thể là Tổ Kỹ thuật và Chi đoàn Hợp tác xã, cùng 9 xã viên. ' +
      'Trong số cá nhân có chị Y Nhi Kbuôr, tổ trưởng tổ sấy; anh Trần Quang Vũ, thợ sửa máy.';
    expect(vi(text)).toEqual(['Giấy khen -> Tổ Kỹ thuật', 'Giấy khen -> Chi đoàn Hợp tác xã', 'Giấy khen -> Y Nhi Kbuôr', 'Giấy khen -> Trần Quang Vũ']);
  });
  it('"Ghi nhận sự hy sinh của anh, Chủ tịch nước truy tặng X", "truy tặng X cho cố nghệ sĩ": the person named before', () => {
    const text = 'Trung úy Vàng A Páo hy sinh khi truy bắt đối tượng. Ghi nhận sự hy sinh của anh, Chủ tịch nước đã truy tặng Huân chương Chiến công hạng Ba.';
    expect(vi(text)).toEqual(['Huân chương Chiến công hạng Ba -> Vàng A Páo']);
    const late = 'Nghệ sĩ Ưu tú Đào Văn Mến mất năm ngoái. Bộ trưởng truy tặng Kỷ niệm chương Vì sự nghiệp Văn hóa cho cố nghệ sĩ.';
    expect(vi(late)).toEqual(['Kỷ niệm chương Vì sự nghiệp Văn hóa -> Đào Văn Mến']);
    // (Not when the late person is named right there.)
    expect(vi('Hội truy tặng Giải thưởng Thành tựu trọn đời cho cố nhà thơ, dịch giả Lưu Quang Tuệ.')).toEqual(['Giải thưởng Thành tựu trọn đời -> Lưu Quang Tuệ']);
  });
  it('"A, chủ nhân giải X", "Đề tài … của nhóm sinh viên Trường Y nhận giải Z": the owner, and a work\'s group of authors', () => {
    expect(vi('Lê Thị Diệu Hiền học năm cuối. Diệu Hiền, chủ nhân giải Ba lĩnh vực Kỹ thuật, trình bày mô hình.')).toEqual(['giải Ba lĩnh vực Kỹ thuật -> Lê Thị Diệu Hiền']);
    expect(vi('Đề tài tái chế vỏ trấu của nhóm sinh viên Trường Đại học Cần Thơ nhận giải Khuyến khích.')).toEqual([
      'giải Khuyến khích -> nhóm sinh viên Trường Đại học Cần Thơ',
    ]);
    // (Not a body's giver after "của": "Bằng khen cho tập thể đội, … của Chủ tịch UBND thành phố".)
    expect(vi('Tại buổi lễ, ngoài Bằng khen cho tập thể đội, anh Lê Văn Sáng cũng được tặng Bằng khen của Chủ tịch UBND thành phố.')).toEqual([
      'Bằng khen của Chủ tịch UBND thành phố -> Lê Văn Sáng',
    ]);
  });
});

describe('Vietnamese awards and recipients from set 61 (session 20)', () => {
  it('"trao X cho 2 tập thể và 3 cá nhân. Các tập thể gồm: A; B. Ba cá nhân là C, D và E": everyone the sentences after name', () => {
    const text = 'Phó Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh Bình Dương, theo quyết định ký ngày 2/4, cho 2 tập thể và 3 cá nhân. ' +
      'Các tập thể gồm: Phòng Cảnh sát giao thông Công an tỉnh; Công an phường Phú Lợi. Ba cá nhân là Đại úy Trần Văn Bình, Trung úy Phạm Thị Thu và anh Võ Văn Tám.';
    expect(vi(text).map((x) => x.split(' -> ')[1])).toEqual(['Phòng Cảnh sát giao thông Công an tỉnh', 'Công an phường Phú Lợi', 'Trần Văn Bình', 'Phạm Thị Thu', 'Võ Văn Tám']);
  });
  it('"được trao cho hai tập thể và một cá nhân có thành tích …: A, B và ngư dân C": the items after the colon', () => {
    const text = 'Bằng khen của Thủ tướng Chính phủ được trao cho hai tập thể và một cá nhân có thành tích xuất sắc trong phong trào thi đua: Hội Cựu chiến binh xã Quảng Lợi, Hợp tác xã Muối Diêm Phố và ngư dân Lê Văn Sáu.';
    expect(vi(text)).toEqual([
      'Bằng khen của Thủ tướng Chính phủ -> Hội Cựu chiến binh xã Quảng Lợi', 'Bằng khen của Thủ tướng Chính phủ -> Hợp tác xã Muối Diêm Phố', 'Bằng khen của Thủ tướng Chính phủ -> Lê Văn Sáu',
    ]);
  });
  it('"… nhận Cúp X từ 27 hồ sơ. Kết quả theo từng lĩnh vực:" and one item a line: the people the lines name, "cô A và thầy B" both', () => {
    const text = ['Hội đồng chọn ba gương mặt nhận Cúp Doanh nhân tiêu biểu từ 31 hồ sơ. Kết quả theo từng lĩnh vực:',
      'Công nghiệp: ông Trần Văn Nghĩa, Giám đốc Công ty TNHH Cơ khí Liên Chiểu;', 'Dịch vụ: bà Hồ Thị Bích Vân, Tổng Giám đốc Công ty CP Lữ hành Sơn Trà.',
      'Ông Nghĩa năm nay 58 tuổi.'].join('\n\n');
    expect(vi(text)).toEqual(['Cúp Doanh nhân tiêu biểu -> Trần Văn Nghĩa', 'Cúp Doanh nhân tiêu biểu -> Hồ Thị Bích Vân']);
    const school = ['Danh hiệu Nhà giáo Ưu tú được trao cho 12 nhà giáo:', 'Trường THPT Chu Văn An: cô Phùng Thị Hạnh và thầy Lã Văn Đức;', 'Trường Tiểu học Nghĩa Tân: cô Kiều Thị Nga.', 'Cô Hạnh dạy Văn.'].join('\n\n');
    expect(vi(school)).toEqual(['Danh hiệu Nhà giáo Ưu tú -> Phùng Thị Hạnh', 'Danh hiệu Nhà giáo Ưu tú -> Lã Văn Đức', 'Danh hiệu Nhà giáo Ưu tú -> Kiều Thị Nga']);
  });
});

describe('Vietnamese awards and recipients from set 62 (session 20)', () => {
  it('"trao X cho các tập thể: A, B và tập thể thuyền viên tàu cá QNg 95128 TS. Năm cá nhân được khen gồm C; D": the bodies, then the people of the sentence after', () => {
    const text = 'Ông Trương Văn Hòa trao Bằng khen của Chủ tịch UBND tỉnh Bình Định cho các tập thể: Đồn Biên phòng Nhơn Lý, Hải đội 3 và tập thể thuyền viên tàu cá BĐ 97421 TS. ' +
      'Hai cá nhân được khen gồm Trung tá Phan Văn Lâm; Thượng úy Đỗ Minh Trí.';
    expect(vi(text).map((x) => x.split(' -> ')[1])).toEqual(['Đồn Biên phòng Nhơn Lý', 'Hải đội 3', 'tập thể thuyền viên tàu cá BĐ 97421 TS', 'Phan Văn Lâm', 'Đỗ Minh Trí']);
  });
  it('\'X thuộc về "Tên tác phẩm" của ban nhạc A\': a quoted work\'s band or group', () => {
    expect(vi('Bài hát của năm thuộc về "Gió mùa về phố" của ban nhạc Cánh Cam, nhóm nhạc thành lập năm 2020 tại Gò Vấp.')).toEqual(['Bài hát của năm -> ban nhạc Cánh Cam']);
  });
  it('"Hai giải Nhì lĩnh vực Nông - lâm - ngư nghiệp lần lượt được trao cho A với …, và cho B": a field joined by dashes, both recipients', () => {
    const text = 'Hai giải Nhì lĩnh vực Nông - lâm - ngư nghiệp lần lượt được trao cho Trường Đại học Tây Nguyên với giống cà phê lai, và cho Hợp tác xã Nông nghiệp Ea Tu với mô hình tưới nhỏ giọt.';
    expect(vi(text)).toEqual(['giải Nhì lĩnh vực Nông - lâm - ngư nghiệp -> Trường Đại học Tây Nguyên', 'giải Nhì lĩnh vực Nông - lâm - ngư nghiệp -> Hợp tác xã Nông nghiệp Ea Tu']);
  });
  it('"… thành viên đội tuyển Bơi lội Hải Phòng, … Đội tuyển từng được tặng X": the side named in lower case before', () => {
    const text = 'Em Trần Thu Trang là thành viên đội tuyển Bơi lội Hải Phòng, đội vừa giành 6 huy chương vàng. Đội tuyển từng được tặng Cờ thi đua của UBND thành phố năm 2029.';
    expect(vi(text)).toEqual(['Cờ thi đua của UBND thành phố -> đội tuyển Bơi lội Hải Phòng']);
  });
  it('"… gồm A; B; Thượng úy C và hai ngư dân D, E": every person the last item lists', () => {
    const text = 'Chủ tịch UBND tỉnh trao Bằng khen cho Đồn Biên phòng Sa Huỳnh. Bốn cá nhân được khen gồm Trung tá Lê Văn Hùng, Đồn trưởng; Thiếu tá Phan Minh Tú; Thượng úy Đỗ Văn Khải và hai ngư dân Trần Văn Bốn, Nguyễn Văn Mười.';
    expect(vi(text).map((x) => x.split(' -> ')[1])).toEqual(['Đồn Biên phòng Sa Huỳnh', 'Lê Văn Hùng', 'Phan Minh Tú', 'Đỗ Văn Khải', 'Trần Văn Bốn', 'Nguyễn Văn Mười']);
  });
});

