/**
 * English references that take their year or day from the publication date: month names alone
 * ("in January", "the December debate"), "yesterday", "last month", "next year", "earlier this
 * year", weekdays ("on Tuesday", "will testify Thursday"). Vague ones ("last week", "four years
 * ago", "last fall", "recently") are not matched. "today" is left out too: news uses it for "these
 * days" ("the hottest gadget trends today") as often as for the day.
 */
import { at, clauseBefore, type DateRule } from '../../date-rules';

/** English month names, January first. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 1–12 for a month name or its abbreviation ("Sept.", "Nov"); 0 when it is not one. */
export function monthNumber(name: string): number {
  const key = name.replace(/\.$/, '').slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key) + 1;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const END = '(?![\\p{L}\\p{N}])';
// Months that are also words or first names: a month only after a word that announces one.
const AMBIGUOUS = new Set(['March', 'May', 'April', 'June', 'August']);
const CUE = '(?:its|their|our|in|In|since|Since|until|Until|till|by|By|from|From|during|During|of|early|Early|late|Late|mid|this past|last|Last|next|Next|this|This|past|that|That)';
const FUTURE = /(?<![\p{L}])(?:will|'ll|’ll|shall|would|going to|scheduled|set (?:to|for)|expected to|plans? to|is to|are to|upcoming|slated|due to|due back|(?:is|are) due|another|until at least|next|coming|could|might|into|ahead of|faces?|meets?|plays?|hosts?|visits?|takes on|resumes?|opens?|begins?|starts?|returns?|kicks? off)(?![\p{L}])/iu;
// Named days that are not a day of this week: "Super Tuesday", "Black Friday", "Sunday Times".
const NAMED_BEFORE = /(?:Super|Black|Good|Ash|Cyber|Holy|Easter|Bloody|Blue|Giving|Palm|Maundy|Shrove|Fat|Mad|Manic)\s$/u;
const MONTH_OR_DAYPART = new RegExp(`^\\s(?:${MONTHS.join('|')}|[a-z])`, 'u');

const WEEKDAY_MOD = /(?<![\p{L}])(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n)\s+$/u;
const MONTH_CUE = new RegExp(`(?<![\\p{L}])(?:(?<cue>${CUE})[\\s-]+|(?<pre>early|late|mid)-)$`, 'u');
// "the last year", "over the next year": a span of time.
const SPAN_BEFORE = /(?:[Tt]he|[Pp]ast|[Oo]ver)\s+$/u;

/** Rules for relative references and lone month names; listed after the explicit dates. */
export const RELATIVE_RULES: DateRule[] = [
  // "yesterday", "tomorrow".
  { re: /(?<w>[Yy]esterday|[Tt]omorrow)(?![\p{L}])/gu, boundary: 'word', build: (m) => at(m, { rel: 'day', offset: /^y/i.test(m[0]) ? -1 : 1 }) },
  // "last month", "next year", "earlier this year", "so far this month"; not "over the last year".
  {
    re: /(?<w>last|next|this|Last|Next|This)\s+(?<unit>month|year)(?![\p{L}])(?!\s+(?:or|alone))/gu,
    boundary: 'word',
    build: (m, text) => {
      if (SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const w = (m.groups?.w ?? '').toLowerCase();
      const offset = w === 'last' ? -1 : w === 'next' ? 1 : 0;
      return at(m, { rel: m.groups?.unit === 'month' ? 'month' : 'year', offset });
    },
  },
  // "on Tuesday", "Tuesday's elections", "will testify Thursday", "last Monday".
  {
    re: new RegExp(`(?<wd>${WEEKDAYS.join('|')})(?:['’]s)?${END}`, 'gu'),
    boundary: 'word',
    prefix: WEEKDAY_MOD,
    build: (m, text, prefix) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const before = clauseBefore(text, m.index);
      const mod = (WEEKDAY_MOD.exec(prefix)?.groups?.mod ?? '').toLowerCase();
      // A capitalised word right after a bare weekday makes a name ("the Sunday Metropolitan section");
      // after "on Tuesday" it starts the clause ("on Tuesday President Trump said").
      const named = !mod && /^\s\p{Lu}/u.test(after) && !MONTH_OR_DAYPART.test(after);
      if (NAMED_BEFORE.test(before) || named) return null;
      const dir = mod === 'last' ? 'last' : mod === 'next' ? 'next' : FUTURE.test(before) ? 'future' : 'past';
      return at(m, { rel: 'weekday', weekday: WEEKDAYS.indexOf(m.groups?.wd ?? ''), dir });
    },
  },
  // "in January", "the December debate", "late-September", "this past January", "next March".
  {
    re: new RegExp(`(?<mon>${MONTHS.join('|')})(?:['’]s)?${END}(?!\\s*\\d)`, 'gu'),
    boundary: 'word',
    prefix: MONTH_CUE,
    build: (m, text, prefix) => {
      const mon = m.groups?.mon ?? '';
      const g = MONTH_CUE.exec(prefix)?.groups;
      const cue = g?.cue ?? g?.pre;
      if (!cue && AMBIGUOUS.has(mon)) return null;
      // After another capitalised word it is part of a name ("Black September").
      if (!cue && /\p{Lu}\p{L}*\s$/u.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
      const month = MONTHS.indexOf(mon) + 1;
      const c = (cue ?? '').toLowerCase();
      if (c === 'last' || c === 'next' || c === 'this past') {
        return at(m, { rel: 'month-name', month, dir: c === 'next' ? 'future' : 'past' });
      }
      // "will be given the freedom of the city in September": a coming month.
      const clause = text.slice(Math.max(0, m.index - 90), m.index).split(/[.;!?]/).pop() ?? '';
      return FUTURE.test(clause) ? at(m, { rel: 'month-name', month, dir: 'future' }) : at(m, { m: month });
    },
  },
];
