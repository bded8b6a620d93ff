/**
 * Vietnamese references that need the publication date: "hôm qua", "sáng nay", "năm ngoái",
 * "tháng tới", "thứ Ba tuần trước". Vague ones ("tuần trước", "những năm qua", "3 năm trước")
 * are not matched; without a publication date all of these are dropped (dates.ts).
 */
import { at, clauseBefore, type DateRule } from '../../date-rules';

const re = (source: string) => new RegExp(source, 'giu');
const WORD_END = '(?![\\p{L}\\p{N}])';
// "3 năm trước", "những tháng tới": a span of time, not a calendar point.
const COUNTED_BEFORE = /(?:\d|những|các|nhiều|mấy|vài|mỗi|hàng)\s*$/iu;
const counted = (m: RegExpExecArray, text: string) => COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));

const DAY_OFFSET: Record<string, number> = { nay: 0, qua: -1, kia: -2, mai: 1 };
const WEEKDAY: Record<string, number> = { 'chủ nhật': 0, hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };
const DIGIT_DAY = ['', '', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'];
// After "lần", "người", "hạng" … "thứ hai" is the ordinal "second".
const ORDINAL_BEFORE = /(?:lần|người|vị trí|hạng|khóa|khoá|kỳ|kì|phần|điều|nhiệm kỳ|ngày|năm|tháng|tuần|giải|đợt|vòng)\s*$/iu;
const FUTURE_CUE = /(?:sẽ|sắp|dự kiến|chuẩn bị|tới đây|kế hoạch)(?![\p{L}])/iu;
// "năm nay 47 tuổi", "năm nay ông 60 tuổi": an age, not the year.
const AGE_AFTER = /^(?:\s+\p{L}+){0,2}\s*,?\s*\d+\s*tuổi/iu;

const lower = (s: string | undefined) => (s ?? '').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
const yearOffset = (w: string) => (w === 'nay' ? 0 : w === 'ngoái' || w === 'trước' ? -1 : 1);

/** "tháng 8 năm ngoái", "tháng 3 năm nay", "tháng 5 năm tới": runs before the bare "tháng 8" rule. */
export const MONTH_OF_YEAR_RULE: DateRule = {
  re: re(`tháng\\s+(?<m>0?[1-9]|1[0-2])\\s+năm\\s+(?<w>nay|ngoái|trước|tới|sau)${WORD_END}(?!\\s+(?:đó|nữa))`),
  boundary: 'word',
  build: (m) => at(m, { rel: 'month-of-year', month: Number(m.groups?.m), years: yearOffset(lower(m.groups?.w)) }),
};

/** Rules for relative references; listed after the explicit dates. */
export const RELATIVE_RULES: DateRule[] = [
  // "hôm nay", "hôm qua", "hôm kia", "ngày mai", "sáng nay", "tối qua".
  {
    re: re(`(?:ngày\\s+)?(?:hôm|sáng|trưa|chiều|tối|đêm)\\s+(?<w>nay|qua|kia)${WORD_END}|(?:ngày|sáng|trưa|chiều|tối)\\s+(?<w2>mai)${WORD_END}`),
    boundary: 'word',
    build: (m) => {
      const w = lower(m.groups?.w ?? m.groups?.w2);
      if (w === 'kia' && !/^(?:ngày\s+)?hôm/iu.test(m[0])) return null;
      return at(m, { rel: 'day', offset: DAY_OFFSET[w]! });
    },
  },
  // "năm nay", "năm ngoái", "năm trước", "năm tới", "sang năm"; not "năm nay 47 tuổi" (an age).
  {
    re: re(`năm\\s+(?<w>nay|ngoái|trước|tới)${WORD_END}(?!\\s+(?:đó|nữa))|sang\\s+năm${WORD_END}`),
    boundary: 'word',
    build: (m, text) => {
      const w = lower(m.groups?.w);
      if (counted(m, text) || (w === 'nay' && AGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)))) return null;
      return at(m, { rel: 'year', offset: w ? yearOffset(w) : 1 });
    },
  },
  // "tháng này", "tháng trước", "tháng tới".
  {
    re: re(`tháng\\s+(?<w>này|trước|tới)${WORD_END}(?!\\s+(?:đó|nữa))`),
    boundary: 'word',
    build: (m, text) => {
      const w = lower(m.groups?.w);
      return counted(m, text) ? null : at(m, { rel: 'month', offset: w === 'này' ? 0 : w === 'trước' ? -1 : 1 });
    },
  },
  // "thứ Ba tuần trước", "sáng thứ Hai", "vào Chủ nhật", "thứ Sáu tới".
  {
    re: re(
      `(?<wd>thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)${WORD_END}(?:\\s+(?<week>tuần\\s+(?:trước|qua|tới|sau|này)|tới|vừa\\s+qua|vừa\\s+rồi)${WORD_END})?`,
    ),
    boundary: 'word',
    prefix: /(?<![\p{L}\p{N}])(?:sáng|trưa|chiều|tối|đêm|hôm|vào)\s+$/iu,
    build: (m, text, key) => {
      const raw = m.groups?.wd ?? '';
      const name = lower(raw).replace(/^thứ /, '');
      const day = WEEKDAY[/^\d$/.test(name) ? DIGIT_DAY[Number(name)]! : name];
      if (day === undefined) return null;
      const week = lower(m.groups?.week);
      // "thứ Hai" is the weekday, "thứ hai" usually the ordinal; "Chủ nhật" is always the day.
      const capitalised = /^chủ\s+nhật$/iu.test(raw) || /^[tT]hứ\s+\p{Lu}/u.test(raw);
      const clause = clauseBefore(text, m.index);
      if (!key && !week && (!capitalised || ORDINAL_BEFORE.test(clause))) return null;
      if (week.startsWith('tuần')) {
        return at(m, { rel: 'week-day', weekday: day, weeks: /trước|qua/.test(week) ? -1 : /này/.test(week) ? 0 : 1 });
      }
      const dir = week === 'tới' ? 'next' : week ? 'past' : FUTURE_CUE.test(clause) ? 'future' : 'past';
      return at(m, { rel: 'weekday', weekday: day, dir });
    },
  },
];
