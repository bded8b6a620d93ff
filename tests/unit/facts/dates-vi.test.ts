import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../../lib/facts/index';
import { dateValues } from './date-helpers';

const vi = (text: string, pub: string | null = '2016-11-24') => dateValues(text, 'vi', pub);

describe('Vietnamese dates', () => {
  it('reads the reference page exactly', () => {
    const text = readFileSync(new URL('../../fixtures/facts/vi-dangcongsan-anniversary.txt', import.meta.url), 'utf8');
    const expected = [
      { text: 'Sáng 24/11', value: '2016-11-24' },
      { text: '25/11/1996 - 25/11/2016', value: '1996-11-25', end: '2016-11-25' },
      { text: 'ngày 4/11/2013', value: '2013-11-04' },
    ];
    for (const publishedTime of ['2016-11-24T11:20:00+07:00', null]) {
      const dates = computeFacts({ text, lang: 'vi', publishedTime }).dates;
      expect(dates.map(({ text: t, value, end }) => (end ? { text: t, value, end } : { text: t, value }))).toEqual(expected);
      for (const d of dates) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
    }
  });

  it('reads day-first forms with and without a year', () => {
    expect(vi('Sáng 24/11, đoàn đến thăm. Chiều 3-5 họp. Ngày 4/11/2013 ban hành. Lúc 8h30 ngày 24.11.2016 khai mạc.')).toEqual([
      '2016-11-24', '2016-05-03', '2013-11-04',
    ]);
    expect(vi('Ngày 25 tháng 11 năm 1996, thành lập. Vào ngày 20 tháng 10, họp.')).toEqual(['1996-11-25', '2016-10-20']);
    expect(vi('Thứ Hai (24/11), Quốc hội họp. Giao lưu tại trường (12/4) vui vẻ.')).toEqual(['2016-11-24', '2016-04-12']);
  });

  it('reads months and years', () => {
    expect(vi('Đến tháng 3/2026 xong; tháng 8 năm 1961 thành lập; năm 2016 đạt giải; tháng 8 vừa qua họp.')).toEqual([
      '2026-03', '1961-08', '2016', '2016-08',
    ]);
    expect(vi('Từ 1999, ông giữ chức (từ 2000), tầm nhìn đến 2030, mùa Xuân 1975.')).toEqual(['1999', '2000', '2030', '1975']);
    expect(vi('Ông A (SN 1990) bị bắt. Tết Nguyên đán 2017 sắp đến; quý IV/2018 tăng.')).toEqual(['1990', '2017', '2018']);
    expect(vi('Tháng 8 năm ngoái khởi công; tháng 3 năm tới xong. Sau 3 tháng 5 ngày, ông xuất viện.')).toEqual(['2015-08', '2017-03']);
  });

  it('reads ranges with both ends', () => {
    expect(vi('Hội nghị từ ngày 9 đến 14-3. Lễ hội từ 9-14/3 tại Huế.')).toEqual(['2016-03-09..2016-03-14']);
    expect(vi('Nhiệm kỳ 2026-2031; giai đoạn 2016 - 2020; những năm 1999-2001.')).toEqual(['2026..2031', '2016..2020', '1999..2001']);
    expect(vi('Từ tháng 11/1964 - 4/1975, đơn vị chi viện. Kỷ niệm (24-6-1957/ 24-6-2017).')).toEqual([
      '1964-11..1975-04', '1957-06-24..2017-06-24',
    ]);
  });

  it('skips document numbers, codes, scores, quantities and durations', () => {
    expect(vi('Giấy phép 15/GP-BTTTT, Quyết định 601/QĐ-TTg, Nghị quyết 29, Nghị quyết số 48-NQ/TW ngày 24/5/2005.')).toEqual(['2005-05-24']);
    expect(vi('Có 45/63 tỉnh; tỷ số 3-1; thương binh hạng 3/4; 2.000 người; 1.500 tấn; 11,5%; ngày 32/13.')).toEqual([]);
    expect(vi('Kỷ niệm 20 năm thành lập; thế kỷ 20; những năm 1990; thập niên 1980; năm nay ông 47 tuổi.')).toEqual([]);
    expect(vi('Đây là lần thứ hai tổ chức, người thứ Ba phát biểu; gọi 1900 1234.')).toEqual([]);
    expect(vi('Lãi tăng từ 5-7%, thời hạn từ 3-5 năm, giá từ 3-5 triệu đồng, đạt đến 2/3 số phiếu.')).toEqual([]);
  });

  it('infers the year across New Year from the publication date', () => {
    expect(vi('Ngày 28/12, lễ tổng kết diễn ra.', '2017-01-02')).toEqual(['2016-12-28']);
    expect(vi('Ngày 3/1 tới, lễ khai mạc diễn ra.', '2016-12-28')).toEqual(['2017-01-03']);
  });

  it('takes the year the article fixes when there is no publication date, else null', () => {
    expect(vi('Sáng 18/5 khai mạc. Kỷ niệm ngày sinh (19/5/1890 - 19/5/2017).', null)).toEqual(['2017-05-18', '1890-05-19..2017-05-19']);
    expect(vi('Sáng 20/5, Bộ tổ chức Lễ trao giải năm 2017.', null)).toEqual(['2017-05-20', '2017']);
    expect(vi('Ngày 9/5, công ty cho biết. Trước đó, ngày 24/2, chị nhặt được tiền.', null)).toEqual(['?', '?']);
  });

  it('resolves relative days against the publication date, and drops them without one', () => {
    expect(vi('Hôm qua ông phát biểu. Sáng nay họp. Năm ngoái tăng; năm nay giảm; trong năm tới tăng; tháng trước họp.', '2016-11-24')).toEqual([
      '2016-11-23', '2016-11-24', '2015', '2016', '2017', '2016-10',
    ]);
    expect(vi('Vào thứ Ba tuần trước, ông gặp. Ông sẽ gặp vào thứ Sáu. Chủ nhật, ông thăm.', '2016-11-24')).toEqual([
      '2016-11-15', '2016-11-25', '2016-11-20',
    ]);
    expect(vi('Hôm qua ông phát biểu; năm ngoái tăng.', null)).toEqual([]);
  });

  it('works on NFD text', () => {
    expect(vi('Sáng 24/11, tổ chức kỷ niệm (25/11/1996 - 25/11/2016); năm ngoái tăng.'.normalize('NFD'))).toEqual([
      '2016-11-24', '1996-11-25..2016-11-25', '2015',
    ]);
  });
});

describe('Vietnamese dates: lists, named days, context years', () => {
  const vi = (text: string, pub: string | null = '2024-11-19') => dateValues(text, 'vi', pub);
  it('reads every year of a list after "năm"', () => {
    expect(vi('Ông được khen thưởng (năm 2010 và 2016).')).toEqual(['2010', '2016']);
    expect(vi('Trong những năm 1990 và 2000 ngành phát triển.')).toEqual([]);
  });
  it('reads the date of a named day', () => {
    expect(vi('Trường gặp mặt nhân dịp Ngày Quốc tế Phụ nữ 8/3.', '2025-03-06')).toEqual(['2025-03-08']);
  });
  it('takes the year for a day-month from a range, not from a lone historic date', () => {
    expect(vi('Sáng 5/6, đoàn tới thăm. Hiệp định ký ngày 12/8/1960.', null)).toEqual(['?', '1960-08-12']);
  });
});

describe('Vietnamese dates: two days of one month with its year (session 3)', () => {
  it('"ngày 11 và 12/6/2027" gives both days in 2027', () => {
    expect(dateValues('Kỳ thi diễn ra trong hai ngày 11 và 12/6/2027.', 'vi', '2026-11-27')).toEqual(['2027-06-11', '2027-06-12']);
  });
});

describe('Vietnamese dates: dotted day-months, a night into the next day (session 4)', () => {
  it('"ngày 15.12", "Sáng 14.11" after a day word; decimals stay numbers', () => {
    expect(vi('Hạn chót nộp hồ sơ là ngày 15.12. Sáng 14.11, đoàn đến Hà Nội.')).toEqual(['2016-12-15', '2016-11-14']);
    expect(vi('Giá tăng từ 1.5 đến 2.0 triệu; chiều 3.5 tấn hàng được chuyển.')).toEqual([]);
  });

  it('"đêm 24 rạng sáng 25/11" gives both days, across a month end too', () => {
    expect(vi('Mưa kéo dài. Đêm 24 rạng sáng 25/11, lũ dâng cao.')).toEqual(['2016-11-24', '2016-11-25']);
    expect(vi('Mưa kéo dài. Đêm 30 rạng sáng 1/12/2025, nước lên nhanh.')).toEqual(['2025-11-30', '2025-12-01']);
  });
});

describe('Vietnamese dates: weekends, words after "ngày", lunar dates, years closing names, the lead\'s year (session 4)', () => {
  it('"dịp cuối tuần 5-6/12", "ngày đăng ký cuối cùng 10/12"; counts and fractions stay numbers', () => {
    expect(vi('Lễ thông xe dự kiến vào dịp cuối tuần 5-6/12. HĐQT chốt ngày đăng ký cuối cùng 10/12.')).toEqual(['2016-12-05..2016-12-06', '2016-12-10']);
    expect(vi('Gói thầu có 12/14 trụ cầu; công nhân làm ngày đêm 3-4 ngày liền.')).toEqual([]);
  });
  it('a lunar date is left out; a year closing a competition\'s name counts', () => {
    expect(vi('Cụ mất ngày 24/11/2016 (tức ngày 25 tháng 10 năm Bính Thân) tại nhà riêng.')).toEqual(['2016-11-24']);
    expect(vi('Anh từng giành danh hiệu Cầu thủ xuất sắc nhất Giải hạng Nhất 2012.')).toEqual(['2012']);
  });
  it('without a publication date, a full date in the lead fixes the year of later day-months', () => {
    expect(vi('NSND Lê Văn Tý đã từ trần ngày 24/11/2026 tại Hà Nội.\n\nLễ viếng tổ chức ngày 28/11.', null)).toEqual(['2026-11-24', '2026-11-28']);
  });
});

describe('Vietnamese dates: trading sessions, recurring days, decades, listed years, seasons across New Year (session 4)', () => {
  it('"phiên 18/9" is a date; "Ngày 28/8 hằng năm" and "những năm 1970-1980" are not; "hai năm liền 2022 và 2023"', () => {
    expect(vi('Thanh khoản cao nhất kể từ phiên 18/9.')).toEqual(['2016-09-18']);
    expect(vi('Ngày 28/8 hằng năm là Ngày truyền thống; khu tập thể xây từ những năm 1970-1980.')).toEqual([]);
    expect(vi('Cô hai năm liền 2022 và 2023 đạt danh hiệu Chiến sĩ thi đua.')).toEqual(['2022', '2023']);
  });
  it('a season across New Year does not move this year\'s day-months into the next', () => {
    const text = 'Cảng đón siêu tàu thứ 100 trong năm 2026.\n\nTính đến ngày 20/11, cụm cảng đã đón 100 lượt tàu. Cao điểm kéo dài từ ngày 15/12/2026 đến 15/2/2027.';
    expect(vi(text, null)).toEqual(['2026', '2026-11-20', '2026-12-15..2027-02-15']);
  });
});
