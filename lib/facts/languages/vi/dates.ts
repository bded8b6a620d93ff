/**
 * Vietnamese dates: day before month ("24/11", "4/11/2013", "14-3", "24.11.2016", "ngày 25 tháng
 * 11 năm 1996"), months and years ("tháng 3/2026", "năm 2016"), ranges ("từ 9-14/3", "nhiệm kỳ
 * 2026-2031") and relative days ("hôm qua", "năm ngoái", "thứ Ba tuần trước").
 *
 * Hand-written instead of chrono's vi locale: its casual parser reads "Sáng 24/11" as the reference
 * date and it has no notion of the guards below (document numbers, ranks, ages).
 */
import type { FactContext } from '../../context';
import { at, type DateRule, num, parts } from '../../date-rules';
import { extractDates } from '../../dates';
import type { DateFact } from '../../types';
import { MONTH_OF_YEAR_RULE, RELATIVE_RULES } from './relative-dates';

const d = (n = '') => `(?<d${n}>0?[1-9]|[12]\\d|3[01])`;
const m = (n = '') => `(?<m${n}>0?[1-9]|1[0-2])`;
const y = (n = '') => `(?<y${n}>1\\d{3}|20\\d{2})`;
// Years written alone (no "năm" before them) are only taken in the range people write about.
const bareY = (n = '') => `(?<y${n}>1[89]\\d{2}|20\\d{2})`;
// Not followed by more of a number or a document code ("24/11/2016", "15/GP-BTTTT", "2.000").
const END = '(?![\\p{L}\\p{N}])(?![/.,-]\\p{N})(?!/\\p{L})';
const SEP = '[/.-]';
// Without a year a dot reads as a decimal or thousands separator, so only "/" and "-" separate.
const SEP_SHORT = '[/-]';
const DASH = '\\s*(?:-|–|—|đến|tới)\\s*';
const re = (source: string) => new RegExp(source, 'giu');
const before = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})$`, 'iu');

const LUNAR = /^\s*(?:năm\s+(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s|\(?âm\s+lịch)/u;
// Words that make a bare day/month a date: time of day, "ngày", "hôm", a weekday, range words.
const KEY =
  '(?:rạng\\s+)?(?:sáng|trưa|chiều|tối|đêm|khuya)(?:\\s+(?:nay|qua|mai))?|ngày|hôm|phiên|từ|đến|tới|vào|đầu|cuối|giữa|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật|CN';
const KEY_BEFORE = before(`(?:${KEY})\\s*,?\\s*\\(?\\s*(?:ngày\\s+)?|ngày\\s+`);
const DAY_WORD = /ngày|hôm|phiên|sáng|trưa|chiều|tối|đêm|khuya|thứ|chủ|\(/iu;

// After a number: what makes it a quantity ("2000 người", "từ 3-5 năm", "từ 5-7%").
const QUANTITY =
  /^\s*(?:%|người|đồng|usd|tỷ|tỉ|triệu|nghìn|ngàn|km|m2|m²|ha|tấn|kg|lượt|chiếc|hộ|căn|ca|học sinh|sinh viên|tác phẩm|đơn vị|doanh nghiệp|lần|trang|mét|lít|năm|tháng|tuần|ngày|giờ|phút|giây|tuổi|điểm)(?![\p{L}])/iu;
// Fractions and shares ("đến 2/3 số", "vào 1/2 thời gian").
const SHARE = /^\s*(?:số|dân số|tổng|diện tích|lượng|thời gian|phần)(?![\p{L}])/iu;
const after = (mm: RegExpExecArray, text: string) => text.slice(mm.index + mm[0].length, mm.index + mm[0].length + 20);
// A decade, not a year: "những năm 1990", "thập niên 1980".
const DECADE_BEFORE = /(?:những|các|thập\s+(?:niên|kỷ|kỉ))\s+(?:năm\s+)?$/iu;

const RULES: DateRule[] = [
  // Codes that look like dates: "601/QĐ-TTg", "48-NQ/TW", "123/2016/NĐ-CP" (case-sensitive: with
  // the i flag \p{Lu} would match every letter); numbers after "số", ranks "hạng 3/4".
  // Quantifiers are bounded so a long run of digits and slashes cannot make a scan quadratic.
  { re: /\d{1,6}(?:[/.-]\d{1,6}){0,4}[/-](?=\p{Lu})[\p{L}\p{N}&-]{1,24}(?:\/[\p{L}\p{N}&-]{1,24}){0,4}/gu },
  { re: /\d{1,6}(?:[/.,-]\d{1,6}){0,4}/gu, prefix: before('(?:số|hạng|thương binh|tỷ số|tỉ số|tỷ lệ|tỉ lệ)\\s+'), needsPrefix: true },
  // "(25/11/1996 - 25/11/2016)", "từ ngày 9/3/2026 đến ngày 14/3/2026", "24-6-1957/ 24-6-2017".
  {
    re: re(`${d('1')}${SEP}${m('1')}${SEP}${y('1')}\\s*(?:-|–|—|/|đến|tới)\\s*(?:ngày\\s+)?${d('2')}${SEP}${m('2')}${SEP}${y('2')}${END}`),
    prefix: before('(?:từ\\s+)?(?:ngày\\s+)?'),
    build: (mm) => at(mm, parts(mm, '1'), parts(mm, '2')),
  },
  // "từ 9-14/3", "ngày 9 đến 14-3", "từ 25/11 đến 5/12/2016".
  {
    re: re(`${d('1')}(?:${SEP}${m('1')})?${DASH}(?:ngày\\s+)?${d('2')}${SEP}${m('2')}(?:${SEP}${y('2')})?${END}`),
    // … and "dịp cuối tuần 5-6/12".
    prefix: before('từ\\s+(?:ngày\\s+)?|ngày\\s+|(?:cuối|đầu|giữa)\\s+tuần\\s+|dịp\\s+'),
    needsPrefix: true,
    build: (mm) => at(mm, parts(mm, '1'), parts(mm, '2')),
  },
  // "từ tháng 11/1964 - 4/1975", "tháng 3-5/2026".
  {
    re: re(`tháng\\s+${m('1')}(?:${SEP}${y('1')})?${DASH}(?:tháng\\s+)?${m('2')}(?:${SEP}|\\s+năm\\s+)${y('2')}${END}`),
    prefix: before('từ\\s+'),
    build: (mm) => at(mm, parts(mm, '1'), parts(mm, '2')),
  },
  // "nhiệm kỳ 2026-2031", "giai đoạn 2016-2020", "(1890-1969)", "những năm 1999-2001".
  {
    re: re(`${bareY('1')}${DASH}(?:năm\\s+)?${bareY('2')}${END}`),
    prefix: before('(?:từ\\s+)?năm\\s+'),
    build: (mm, text) => {
      const [a, b] = [num(mm, 'y1')!, num(mm, 'y2')!];
      // "những năm 1970-1980": decades, not years.
      const decades = a % 10 === 0 && b % 10 === 0 && DECADE_BEFORE.test(text.slice(Math.max(0, mm.index - 20), mm.index));
      return a < b && b - a <= 200 && !decades && !QUANTITY.test(after(mm, text)) ? at(mm, { y: a }, { y: b }) : null;
    },
  },
  // "đêm 24 rạng sáng 25/11": the night of one day into the next, two dates ("đêm 31 rạng sáng 1/12"
  // ends a month).
  {
    re: re(`${d('1')}\\s+rạng\\s+sáng\\s+(?:ngày\\s+)?${d('2')}${SEP}${m('2')}(?:${SEP}${y('2')})?${END}`),
    prefix: before('(?:đêm|tối|khuya)\\s+(?:ngày\\s+)?'),
    needsPrefix: true,
    build: (mm) => {
      const end = parts(mm, '2');
      const first = num(mm, 'd1')! > end.d! ? { ...end, m: end.m === 1 ? 12 : end.m! - 1, ...(end.y && end.m === 1 ? { y: end.y - 1 } : {}) } : end;
      return [at(mm, { ...first, d: num(mm, 'd1')! }), at(mm, end)];
    },
  },
  // "ngày 9 và 10/3", "ngày 11 và 12/6/2027": each day (before the full date claims the second).
  {
    re: re(`${d('1')}\\s*(?:,|và)\\s*${d('2')}${SEP}${m('2')}(?:${SEP}${y('2')})?${END}`),
    prefix: before('ngày\\s+'),
    needsPrefix: true,
    build: (mm) => [at(mm, { ...parts(mm, '2'), d: num(mm, 'd1')! }), at(mm, parts(mm, '2'))],
  },
  // "4/11/2013", "Sáng 24.11.2016", "thứ Hai (24/11/2016)".
  { re: re(`${d()}${SEP}${m()}${SEP}${y()}${END}\\)?`), prefix: KEY_BEFORE, build: (mm) => at(mm, parts(mm)) },
  // "ngày 25 tháng 11 năm 1996", "ngày 20 tháng 1".
  {
    re: re(`${d()}\\s+tháng\\s+${m()}(?:(?:\\s+năm\\s+|${SEP})${y()})?${END}`),
    prefix: KEY_BEFORE,
    // "(tức ngày 16 tháng 10 năm Bính Ngọ)": a lunar date, not a calendar one.
    build: (mm, text, prefix) => (LUNAR.test(after(mm, text)) ? null : DAY_WORD.test(prefix) || mm.groups?.y ? at(mm, parts(mm)) : null),
  },
  // "tháng 3/2026", "tháng 3 năm 2026", "tháng 3-2026".
  { re: re(`tháng\\s+${m()}(?:${SEP}|\\s+năm\\s+)${y()}${END}`), boundary: 'word', build: (mm) => at(mm, parts(mm)) },
  // "Sáng 24/11", "ngày 14-3", "thứ Hai (24/11)", "(12/4)", "ngày đăng ký cuối cùng 10/12".
  {
    re: re(`${d()}${SEP_SHORT}${m()}${END}\\)?`),
    prefix: before(`(?:${KEY})\\s*,?\\s*\\(?\\s*(?:ngày\\s+)?|ngày\\s+(?:\\p{Ll}+\\s+){0,4}|\\(\\s*`),
    needsPrefix: true,
    build: (mm, text, prefix) => {
      if (/^\(\s*$/u.test(prefix) && !mm[0].endsWith(')')) return null;
      // After "từ", "đến", "vào" a pair of numbers may be a share or a span ("từ 3-5 năm").
      const rest = after(mm, text);
      // "Ngày 28/8 hằng năm": a day that recurs, not a point in time.
      if (/^\s*(?:hằng|hàng)\s+năm/u.test(rest)) return null;
      // "ngày đêm 3-4 ngày liền": words between "ngày" and the numbers leave them a count.
      const loose = !DAY_WORD.test(prefix) || /ngày\s+\p{L}/u.test(prefix);
      return loose && (SHARE.test(rest) || QUANTITY.test(rest)) ? null : at(mm, parts(mm));
    },
  },
  // "ngày 15.12", "Sáng 14.11" (Thanh Niên): a dotted day-month only after a word for a day, where
  // it cannot be a decimal.
  {
    re: re(`${d()}\\.${m()}${END}\\)?`),
    prefix: before(`(?:${KEY})\\s*,?\\s*\\(?\\s*(?:ngày\\s+)?|ngày\\s+`),
    needsPrefix: true,
    build: (mm, text, prefix) => (DAY_WORD.test(prefix) && !QUANTITY.test(after(mm, text)) ? at(mm, parts(mm)) : null),
  },
  // "Ngày Nhà giáo Việt Nam 20/11", "Ngày Quốc khánh 2/9": a named day and its date (case-sensitive,
  // so the name must be capitalised).
  {
    re: new RegExp(`${d()}${SEP_SHORT}${m()}${END}`, 'gu'),
    prefix: /(?<![\p{L}\p{N}])[Nn]gày\s+\p{Lu}\p{L}*(?:\s+[\p{L}&]+){0,5}\s+$/u,
    needsPrefix: true,
    widen: false,
    build: (mm) => at(mm, parts(mm)),
  },
  MONTH_OF_YEAR_RULE,
  // "tháng 8", "tháng 12 tới": a month of the publication year (or the one the context fixes);
  // not "3 tháng 5 ngày" (a duration) nor a lunar month.
  {
    re: re(`tháng\\s+${m()}(?!\\s*(?:âm\\s+lịch|tuổi))${END}(?:\\s+(?<dir>tới|sau|vừa\\s+qua|vừa\\s+rồi|qua|trước)(?![\\p{L}]))?`),
    boundary: 'word',
    build: (mm, text) => {
      if (/\d\s*$/u.test(text.slice(Math.max(0, mm.index - 4), mm.index))) return null;
      const dir = mm.groups?.dir;
      return at(mm, parts(mm), undefined, dir === undefined ? undefined : /tới|sau/iu.test(dir) ? 'future' : 'past');
    },
  },
  // "Giải hạng Nhất 2022", "V-League 2023", "SEA Games 33 … 2025": a year closing a capitalised name.
  {
    re: new RegExp(`${bareY()}${END}`, 'gu'),
    prefix: /(?<![\p{L}\p{N}])(?:Nhất|Nhì|League|Games|Cup|Open|Expo|Festival|Awards?)\s+$/u,
    needsPrefix: true,
    widen: false,
    build: (mm, text) => (QUANTITY.test(after(mm, text)) ? null : at(mm, parts(mm))),
  },
  // "năm 2012 và 2019", "năm 2005, 2010 và 2015": each year of the list.
  {
    // … and "hai năm liền 2022 và 2023".
    re: re(`năm\\s+(?:liền\\s+|liên\\s+tiếp\\s+)?${y('1')}(?:\\s*,\\s*${bareY('2')})?\\s*(?:,\\s*)?(?:và|hoặc)\\s+(?:năm\\s+)?${bareY('3')}${END}`),
    boundary: 'word',
    build: (mm, text) => {
      if (QUANTITY.test(after(mm, text)) || DECADE_BEFORE.test(text.slice(Math.max(0, mm.index - 20), mm.index))) return null;
      return (['1', '2', '3'] as const).filter((k) => mm.groups?.[`y${k}`] !== undefined).map((k) => at(mm, { y: num(mm, `y${k}`)! }));
    },
  },
  // "năm 2016", "sinh năm 1919"; not the decade "những năm 1990".
  {
    re: re(`năm\\s+${y()}${END}`),
    boundary: 'word',
    build: (mm, text) => {
      const decade = num(mm, 'y')! % 10 === 0 && DECADE_BEFORE.test(text.slice(Math.max(0, mm.index - 20), mm.index));
      return decade || QUANTITY.test(after(mm, text)) ? null : at(mm, parts(mm));
    },
  },
  // "(SN 1990)": sinh năm, the year of birth.
  { re: new RegExp(`SN\\s*${y()}${END}`, 'gu'), boundary: 'word', build: (mm) => at(mm, parts(mm)) },
  // "Tết Nguyên đán 2017", "quý I/2017", "quý 3 năm 2020": the year they fall in.
  {
    re: re(`(?:tết(?:\\s+nguyên\\s+đán)?\\s+|quý\\s+(?:i{1,3}|iv|[1-4])(?:${SEP}|\\s+năm\\s+))${y()}${END}`),
    boundary: 'word',
    build: (mm) => at(mm, parts(mm)),
  },
  // "đến 2030", "từ 1999", "mùa Xuân 1975", "(2016)".
  {
    re: re(`${bareY()}${END}\\)?`),
    prefix: before('(?:từ|đến|tới|trước|sau|vào|cuối|đầu|giữa|hồi|tầm\\s+nhìn(?:\\s+đến)?|mùa\\s+(?:xuân|hạ|hè|thu|đông))\\s+|\\(\\s*'),
    needsPrefix: true,
    build: (mm, text, prefix) => {
      if (prefix.startsWith('(') && !mm[0].endsWith(')')) return null;
      return QUANTITY.test(after(mm, text)) ? null : at(mm, parts(mm));
    },
  },
  ...RELATIVE_RULES,
];

/** Every date of a Vietnamese article (see dates.ts for years, ranges and deduplication). */
export function dates(ctx: FactContext): DateFact[] {
  return extractDates(ctx, RULES);
}
