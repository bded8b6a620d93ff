/**
 * English references that take their year or day from the publication date: month names alone
 * ("in January", "the December debate"), "yesterday", "last month", "next year", "earlier this
 * year", weekdays ("on Tuesday", "will testify Thursday"). Vague ones ("last week", "four years
 * ago", "last fall", "recently") are not matched. "today" is left out too: news uses it for "these
 * days" ("the hottest gadget trends today") as often as for the day.
 */
import { at, clauseBefore, type DateRule } from '../../date-rules';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 1–12 for a month name or its abbreviation ("Sept.", "Nov"); 0 when it is not one. */
export function monthNumber(name: string): number {
  const key = name.replace(/\.$/, '').slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
// Months that are also words or first names: a month only after a word that announces one.
const AMBIGUOUS = new Set(['March', 'May', 'April', 'June', 'August']);
const CUE = '(?:in|In|since|Since|until|Until|till|by|By|from|From|during|During|of|early|Early|late|Late|mid|this past|last|Last|next|Next|this|This|past|that|That)';
const FUTURE = /(?<![\p{L}])(?:will|'ll|’ll|shall|going to|scheduled|set (?:to|for)|expected to|plans? to|is to|are to|upcoming|slated|due to)(?![\p{L}])/iu;
// Named days that are not a day of this week: "Super Tuesday", "Black Friday", "Sunday Times".
const NAMED_BEFORE = /(?:Super|Black|Good|Ash|Cyber|Holy|Easter|Bloody|Blue|Giving|Palm|Maundy|Shrove|Fat|Mad|Manic)\s$/u;
const MONTH_OR_DAYPART = new RegExp(`^\\s(?:${MONTHS.join('|')}|[a-z])`, 'u');

export const RELATIVE_RULES: DateRule[] = [
  // "yesterday", "tomorrow".
  { re: /(?<![\p{L}])(?<w>[Yy]esterday|[Tt]omorrow)(?![\p{L}])/gu, build: (m) => at(m, { rel: 'day', offset: /^y/i.test(m[0]) ? -1 : 1 }) },
  // "last month", "next year", "earlier this year", "so far this month"; not "over the last year".
  {
    re: /(?<![\p{L}])(?<!(?:[Tt]he|[Pp]ast|[Oo]ver)\s+)(?<w>last|next|this|Last|Next|This)\s+(?<unit>month|year)(?![\p{L}])(?!\s+(?:or|alone))/gu,
    build: (m) => {
      const w = (m.groups?.w ?? '').toLowerCase();
      const offset = w === 'last' ? -1 : w === 'next' ? 1 : 0;
      return at(m, { rel: m.groups?.unit === 'month' ? 'month' : 'year', offset });
    },
  },
  // "on Tuesday", "Tuesday's elections", "will testify Thursday", "last Monday".
  {
    re: new RegExp(`${START}(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n)\\s+)?(?<wd>${WEEKDAYS.join('|')})(?:['’]s)?${END}`, 'gu'),
    build: (m, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const before = clauseBefore(text, m.index);
      // A capitalised word right after makes a name ("Sunday Metropolitan section").
      if (NAMED_BEFORE.test(before) || (/^\s\p{Lu}/u.test(after) && !MONTH_OR_DAYPART.test(after))) return null;
      const mod = (m.groups?.mod ?? '').toLowerCase();
      const dir = mod === 'last' ? 'last' : mod === 'next' ? 'next' : FUTURE.test(before) ? 'future' : 'past';
      return at(m, { rel: 'weekday', weekday: WEEKDAYS.indexOf(m.groups?.wd ?? ''), dir });
    },
  },
  // "in January", "the December debate", "late-September", "this past January", "next March".
  {
    re: new RegExp(`${START}(?:(?<cue>${CUE})[\\s-]+|(?<pre>early|late|mid)-)?(?<mon>${MONTHS.join('|')})(?:['’]s)?${END}(?!\\s*\\d)`, 'gu'),
    build: (m, text) => {
      const mon = m.groups?.mon ?? '';
      const cue = m.groups?.cue ?? m.groups?.pre;
      if (!cue && AMBIGUOUS.has(mon)) return null;
      // After another capitalised word it is part of a name ("Black September").
      if (!cue && /\p{Lu}\p{L}*\s$/u.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
      const month = MONTHS.indexOf(mon) + 1;
      const c = (cue ?? '').toLowerCase();
      if (c === 'last' || c === 'next' || c === 'this past') {
        return at(m, { rel: 'month-name', month, dir: c === 'next' ? 'future' : 'past' });
      }
      return at(m, { m: month });
    },
  },
];
