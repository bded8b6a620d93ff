/**
 * Vietnamese dates: day before month ("24/11", "4/11/2013", "14-3", "24.11.2016", "ngày 25 tháng
 * 11 năm 1996"), months and years ("tháng 3/2026", "năm 2016"), ranges ("từ 9-14/3", "nhiệm kỳ
 * 2026-2031") and relative days ("hôm qua", "năm ngoái", "thứ Ba tuần trước").
 *
 * Hand-written instead of chrono's vi locale: its casual parser reads "Sáng 24/11" as the reference
 * date and it has no notion of the guards below (document numbers, ranks, ages).
 */
import { extractDates } from '../../dates';
import { at, type DateRule, num, parts } from '../../date-rules';
import type { FactContext } from '../../context';
import type { DateFact } from '../../types';
import { RELATIVE_RULES } from './relative-dates';

const d = (n = '') => `(?<d${n}>0?[1-9]|[12]\\d|3[01])`;
const m = (n = '') => `(?<m${n}>0?[1-9]|1[0-2])`;
const y = (n = '') => `(?<y${n}>1\\d{3}|20\\d{2})`;
// Years written alone (no "năm" before them) are only taken in the range people write about.
const bareY = (n = '') => `(?<y${n}>1[89]\\d{2}|20\\d{2})`;
// Not inside a word or a number ("1/24/11", "số12").
const START = '(?<![\\p{L}\\p{N}])(?<!\\p{N}[/.,-])';
// Not followed by more of a number or a document code ("24/11/2016", "15/GP-BTTTT", "2.000").
const END = '(?![\\p{L}\\p{N}])(?![/.,-]\\p{N})(?!/\\p{L})';
const SEP = '[/.-]';
const DASH = '\\s*(?:-|–|—|đến|tới)\\s*';
// Words that make a bare day/month a date: time of day, "ngày", "hôm", a weekday, range words.
const KEY =
  '(?:(?:rạng\\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya)(?:\\s+(?:nay|qua|mai))?|ngày|hôm|từ|đến|tới|vào|đầu|cuối|giữa|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật|CN)';
const FULL = (n: string) => `(?:ngày\\s+)?${d(n)}${SEP}${m(n)}${SEP}${y(n)}`;
const re = (source: string) => new RegExp(source, 'giu');

// After a bare year: nothing that makes it a quantity ("2000 người", "1.500 tấn").
const QUANTITY = /^\s*(?:%|người|đồng|usd|tỷ|tỉ|triệu|nghìn|ngàn|km|m2|m²|ha|tấn|kg|lượt|chiếc|hộ|căn|ca|học sinh|sinh viên|tác phẩm|đơn vị|doanh nghiệp|lần|trang|mét|lít)(?![\p{L}])/iu;
const quantityAfter = (mm: RegExpExecArray, text: string) => QUANTITY.test(text.slice(mm.index + mm[0].length, mm.index + mm[0].length + 15));
// A decade, not a year: "những năm 1990", "thập niên 1980".
const DECADE_BEFORE = /(?:những|các|thập\s+(?:niên|kỷ|kỉ))\s+(?:năm\s+)?$/iu;
// Fractions and shares ("đến 2/3 số", "vào 1/2 thời gian"): not dates.
const SHARE_AFTER = /^\s*(?:số|dân số|tổng|diện tích|lượng|thời gian|phần)(?![\p{L}])/iu;

const RULES: DateRule[] = [
  // Codes that look like dates: "601/QĐ-TTg", "48-NQ/TW", "số 123/2016", ranks "hạng 3/4".
  // (Case-sensitive: with the i flag \p{Lu} would match every letter.)
  { re: new RegExp(`${START}\\d+(?:[/.-]\\d+)*[/-](?=\\p{Lu})[\\p{L}\\p{N}&-]+(?:/[\\p{L}\\p{N}&-]+)*`, 'gu') },
  { re: re(`(?<![\\p{L}])(?:số|hạng|thương binh|tỷ số|tỉ số|tỷ lệ|tỉ lệ)\\s+\\d+(?:[/.,-]\\d+)*`) },
  // "(25/11/1996 - 25/11/2016)", "từ ngày 9/3/2026 đến ngày 14/3/2026", "24-6-1957/ 24-6-2017".
  { re: re(`${START}(?:từ\\s+)?${FULL('1')}\\s*(?:-|–|—|/|đến|tới)\\s*${FULL('2')}${END}`), build: (mm) => at(mm, parts(mm, '1'), parts(mm, '2')) },
  // "từ 9-14/3", "ngày 9 đến 14-3", "từ 25/11 đến 5/12/2016".
  {
    re: re(`${START}(?:từ\\s+(?:ngày\\s+)?|ngày\\s+)${d('1')}(?:${SEP}${m('1')})?${DASH}(?:ngày\\s+)?${d('2')}${SEP}${m('2')}(?:${SEP}${y('2')})?${END}`),
    build: (mm) => at(mm, parts(mm, '1'), parts(mm, '2')),
  },
  // "từ tháng 11/1964 - 4/1975", "tháng 3-5/2026".
  {
    re: re(`${START}(?:từ\\s+)?tháng\\s+${m('1')}(?:${SEP}${y('1')})?${DASH}(?:tháng\\s+)?${m('2')}(?:${SEP}|\\s+năm\\s+)${y('2')}${END}`),
    build: (mm) => at(mm, parts(mm, '1'), parts(mm, '2')),
  },
  // "nhiệm kỳ 2026-2031", "giai đoạn 2016-2020", "(1890-1969)", "những năm 1999-2001".
  {
    re: re(`${START}(?:(?:từ\\s+)?năm\\s+)?${bareY('1')}${DASH}(?:năm\\s+)?${bareY('2')}${END}`),
    build: (mm, text) => {
      const [a, b] = [num(mm, 'y1')!, num(mm, 'y2')!];
      return a < b && b - a <= 200 && !quantityAfter(mm, text) ? at(mm, { y: a }, { y: b }) : null;
    },
  },
  // "4/11/2013", "Sáng 24.11.2016", "thứ Hai (24/11/2016)".
  { re: re(`${START}(?:${KEY}\\s*,?\\s*\\(?\\s*)?${FULL('')}${END}\\)?`), build: (mm) => at(mm, parts(mm)) },
  // "ngày 25 tháng 11 năm 1996", "ngày 20 tháng 1".
  {
    re: re(`${START}(?:${KEY}\\s*,?\\s*)?(?:ngày\\s+)?${d()}\\s+tháng\\s+${m()}(?:(?:\\s+năm\\s+|${SEP})${y()})?${END}`),
    build: (mm) => (/ngày|sáng|trưa|chiều|tối|đêm|hôm/iu.test(mm[0]) || mm.groups?.y ? at(mm, parts(mm)) : null),
  },
  // "tháng 3/2026", "tháng 3 năm 2026", "tháng 3-2026".
  { re: re(`${START}tháng\\s+${m()}(?:${SEP}|\\s+năm\\s+)${y()}${END}`), build: (mm) => at(mm, parts(mm)) },
  // "ngày 9 và 10/3": each day.
  {
    re: re(`${START}ngày\\s+${d('1')}\\s*(?:,|và)\\s*${d('2')}${SEP}${m('2')}(?:${SEP}${y('2')})?${END}`),
    build: (mm) => [at(mm, { ...parts(mm, '2'), d: num(mm, 'd1')! }), at(mm, parts(mm, '2'))],
  },
  // "Sáng 24/11", "ngày 14-3", "thứ Hai (24/11)", "(12/4)".
  {
    re: re(`${START}(?:(?<key>${KEY})\\s*,?\\s*\\(?\\s*|\\(\\s*(?=\\d{1,2}${SEP}\\d{1,2}\\s*\\)))(?:ngày\\s+)?${d()}${SEP}${m()}${END}\\)?`),
    build: (mm, text) => {
      const share = !/ngày|hôm|sáng|trưa|chiều|tối|đêm/iu.test(mm[0]) && SHARE_AFTER.test(text.slice(mm.index + mm[0].length, mm.index + mm[0].length + 20));
      return share ? null : at(mm, parts(mm));
    },
  },
  // "tháng 8", "tháng 12 tới": a month of the publication year (or the one the context fixes);
  // not "3 tháng 5 ngày" (a duration).
  {
    re: re(`${START}(?<!\\d\\s*)tháng\\s+${m()}(?!\\s*(?:âm\\s+lịch|tuổi))${END}(?:\\s+(?<dir>tới|sau|vừa\\s+qua|vừa\\s+rồi|qua|trước))?`),
    build: (mm) => {
      const dir = mm.groups?.dir;
      return at(mm, parts(mm), undefined, dir === undefined ? undefined : /tới|sau/iu.test(dir) ? 'future' : 'past');
    },
  },
  // "năm 2016", "sinh năm 1919"; not the decade "những năm 1990".
  {
    re: re(`${START}năm\\s+${y()}${END}`),
    build: (mm, text) => {
      const decade = num(mm, 'y')! % 10 === 0 && DECADE_BEFORE.test(text.slice(Math.max(0, mm.index - 20), mm.index));
      return decade || quantityAfter(mm, text) ? null : at(mm, parts(mm));
    },
  },
  // "Tết Nguyên đán 2017", "quý I/2017", "quý 3 năm 2020": the year they fall in.
  {
    re: re(`${START}(?:tết(?:\\s+nguyên\\s+đán)?\\s+|quý\\s+(?:i{1,3}|iv|[1-4])(?:${SEP}|\\s+năm\\s+))${y()}${END}`),
    build: (mm) => at(mm, parts(mm)),
  },
  // "đến 2030", "từ 1999", "mùa Xuân 1975", "(2016)".
  {
    re: re(`${START}(?:(?:từ|đến|tới|trước|sau|vào|cuối|đầu|giữa|hồi|tầm\\s+nhìn(?:\\s+đến)?|mùa\\s+(?:xuân|hạ|hè|thu|đông))\\s+|\\(\\s*(?=\\d{4}\\s*\\)))${bareY()}${END}\\)?`),
    build: (mm, text) => (quantityAfter(mm, text) ? null : at(mm, parts(mm))),
  },
  ...RELATIVE_RULES,
];

/** Every date of a Vietnamese article (see dates.ts for years, ranges and deduplication). */
export function dates(ctx: FactContext): DateFact[] {
  return extractDates(ctx, RULES);
}
