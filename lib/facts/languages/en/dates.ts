/**
 * English dates: "March 3, 2015", "3 March", "Nov. 20", "September 2013", "in 2019", "since 1996",
 * "the 2012 Olympics", "from 2011 to 2013", "March 3-5", numeric dates in the page's order, and
 * the relative references in relative-dates.ts.
 *
 * Hand-written rather than chrono's en parser: chrono finds no bare years ("in 2013"), and its
 * casual mode turns "now", "Today", "weekend" and "past five years" into dates that have to be
 * filtered out again; the rules below are as short and take well under a millisecond per page.
 */
import type { FactContext } from '../../context';
import { at, type DateCandidate, type DateRule, num, parts } from '../../date-rules';
import { extractDates } from '../../dates';
import type { DateFact } from '../../types';
import { NUMERIC_DATE_RULES } from '../neutral';
import { MONTHS, monthNumber, RELATIVE_RULES } from './relative-dates';

// Case-sensitive on purpose: "may", "march" and "sun" in lower case are not dates.
const re = (source: string) => new RegExp(source, 'gu');
const ABBR = '(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?';
const mon = (n = '') => `(?<mon${n}>${MONTHS.join('|')}|${ABBR})`;
const day = (n = '') => `(?<d${n}>0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?`;
const year = (n = '') => `(?<y${n}>1\\d{3}|20\\d{2})`;
const bareYear = (n = '') => `(?<y${n}>1[789]\\d{2}|20\\d{2})`;
const END = '(?![\\p{L}\\p{N}])(?![/.,:-]\\p{N})';
const TO = '\\s*(?:-|–|—|to|through|until|till)\\s*';
// "Wednesday, November 20, 2019": the weekday belongs to the date.
const WEEKDAY_BEFORE = /(?<![\p{L}])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?,?\s+$/u;
// Words after which a year names a point in time: "in 2019", "since 1996", "of 1940", "(2016)".
const YEAR_BEFORE =
  /(?<![\p{L}])(?:(?:[Ii]n|[Ss]ince|[Oo]f|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Dd]uring|[Cc]irca|[Tt]hrough|[Tt]hroughout|[Ff]or|[Ee]arly|[Ll]ate|[Mm]id|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|[Yy]ear|[Ff]iscal)\s+|[Mm]id-|\()$/u;
// Determiners before a year used as an adjective: "the 2012 Olympics", "Trump's 2016 campaign".
const DETERMINER_BEFORE = /(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his|[Tt]hat|[Ww]hose|\p{L}+['’]s)\s+$/u;
const RANGE_BEFORE = /(?<![\p{L}])(?:[Ff]rom|[Bb]etween)\s+(?:(?:at\s+least|about|around|roughly)\s+)?$/u;

// After a number: what makes it a quantity, not a year ("2000 people", "1500 metres").
const QUANTITY =
  /^\s*(?:%|per\s*cent|people|persons|men|women|children|troops|soldiers|workers|employees|jobs|homes|houses|cars|miles|km|kilometers|kilometres|meters|metres|feet|pounds|dollars|euros|tons|tonnes|acres|hectares|votes|seats|units|shares|copies|points|times|students|members|cases|deaths|words|pages|years|months|days|hours|minutes|m|kg)(?![\p{L}])/iu;
// "1990's" is a decade like "1990s"; "2019's" is a year.
const DECADE_APOSTROPHE = /^['’]s(?![\p{L}])/u;
const quantityAfter = (m: RegExpExecArray, text: string) => {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
  return QUANTITY.test(after) || (m[0].endsWith('0') && DECADE_APOSTROPHE.test(after));
};

const withMonth = (m: RegExpExecArray, n = '') => ({ ...parts(m, n), m: monthNumber(m.groups?.[`mon${n}`] ?? '') });

// One date for each day of a list sharing a month (and year): "2, 3 and 4 October".
function listed(m: RegExpExecArray, last: { d?: number; m?: number; y?: number }): DateCandidate[] {
  const days = [num(m, 'd1')!, ...(m.groups?.more ?? '').split(',').map((x) => parseInt(x, 10)).filter((x) => x > 0)];
  return [...days, last.d!].map((d) => at(m, { ...last, d }));
}

const RULES: DateRule[] = [
  ...NUMERIC_DATE_RULES,
  // "March 3-5, 2015", "March 3 to April 5", "3-5 March 2015".
  {
    re: re(`${mon('1')}\\s+${day('1')}${TO}(?:${mon('2')}\\s+)?${day('2')}${END}(?:,?\\s+${year('2')}${END})?`),
    build: (m) => at(m, withMonth(m, '1'), { ...parts(m, '2'), m: monthNumber(m.groups?.mon2 ?? m.groups?.mon1 ?? '') }),
  },
  // "between January 1 and December 31, 2025": both ends take the year written once.
  {
    re: re(`[Bb]etween\\s+${mon('1')}\\s+${day('1')}\\s+and\\s+${mon('2')}\\s+${day('2')},?\\s+${year('2')}${END}`),
    build: (m) => at(m, { ...withMonth(m, '1'), y: num(m, 'y2') }, withMonth(m, '2')),
  },
  {
    re: re(`(?:(?<from>[Bb]etween|[Ff]rom)\\s+)?${day('1')}\\s*(?<join>-|–|and|to)\\s*${day('2')}\\s+${mon('2')}${END}(?:,?\\s+${year('2')}${END})?`),
    // "between 7 and 9 July", "from 3 to 5 June": words join a range only after "between"/"from".
    build: (m) => (/^(and|to)$/.test(m.groups?.join ?? '') && !m.groups?.from ? null : at(m, { d: num(m, 'd1')! }, withMonth(m, '2'))),
  },
  // "on 2 and 3 October", "12, 13 and 14 June 2027": each day before the month is a date of its own.
  {
    re: re(`${day('1')}(?<more>(?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)*)\\s*(?:,|and|&)\\s*${day('2')}\\s+${mon('2')}${END}(?:,?\\s+${year('2')}${END})?`),
    prefix: RANGE_BEFORE,
    build: (m, _text, prefix) => (prefix ? null : listed(m, withMonth(m, '2'))),
  },
  // "October 2 and 3", "Oct. 2, 3 and 4": the days after the first take its month.
  {
    re: re(`${mon('2')}\\s+${day('1')}(?<more>(?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)*)\\s*(?:,|and|&)\\s*${day('2')}${END}(?:,?\\s+${year('2')}${END}|(?=\\s*(?:[,.;)]|$)|\\s+(?:at|in|on|from|to)\\s))`),
    build: (m) => listed(m, withMonth(m, '2')),
  },
  // "Wednesday, November 20, 2019", "Nov. 20", "July 25th".
  { re: re(`${mon()}\\s+${day()}${END}(?:,?\\s+${year()}${END})?`), prefix: WEEKDAY_BEFORE, build: (m) => at(m, withMonth(m)) },
  // "6 April next year", "March 3 last year": the year is relative to the publication date.
  {
    re: re(`(?:${day()}\\s+(?:of\\s+)?${mon()}|${mon('2')}\\s+(?<d2>0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?)\\s+(?<w>last|next|this)\\s+year${END}`),
    build: (m) => {
      const w = m.groups?.w;
      const mon = monthNumber(m.groups?.mon ?? m.groups?.mon2 ?? '');
      const d = num(m, 'd') ?? num(m, 'd2')!;
      return at(m, { rel: 'month-of-year', month: mon, years: w === 'last' ? -1 : w === 'next' ? 1 : 0, day: d });
    },
  },
  // "in March next year", "May last year": a month of a year relative to the publication date.
  {
    re: re(`${mon()}\\s+(?<w>last|next|this)\\s+year${END}`),
    build: (m) => {
      const w = m.groups?.w;
      return at(m, { rel: 'month-of-year', month: monthNumber(m.groups?.mon ?? ''), years: w === 'last' ? -1 : w === 'next' ? 1 : 0 });
    },
  },
  // "20 February", "3 March 2015", "the 3rd of March".
  { re: re(`${day()}\\s+(?:of\\s+)?${mon()}${END}(?:,?\\s+${year()}${END})?`), prefix: WEEKDAY_BEFORE, build: (m) => at(m, withMonth(m)) },
  // "September 2013", "May 2020".
  { re: re(`${mon()},?\\s+${year()}${END}`), build: (m) => at(m, withMonth(m)) },
  // "from 2011 to 2013", "between 2011 and 2013", "1999-2001", "the 2019-20 season".
  {
    re: re(`${bareYear('1')}\\s*(?:(?<dash>-|–|—)|to|through|until|till|and)\\s*(?<y2>\\d{4}|\\d{2})${END}`),
    prefix: RANGE_BEFORE,
    build: (m, text, prefix) => {
      const a = num(m, 'y1')!;
      const raw = m.groups?.y2 ?? '';
      const b = raw.length === 2 ? Math.floor(a / 100) * 100 + Number(raw) : Number(raw);
      // Words join a range only after "from"/"between"; a two-digit end only after a dash.
      if ((!m.groups?.dash && !prefix) || (raw.length === 2 && !m.groups?.dash)) return null;
      return a < b && b - a <= 200 && !quantityAfter(m, text) ? at(m, { y: a }, { y: b }) : null;
    },
  },
  // "in 2019", "since 1996", "of 1940", "(2016)".
  {
    re: re(`${bareYear()}${END}\\)?`),
    prefix: YEAR_BEFORE,
    needsPrefix: true,
    build: (m, text, prefix) => {
      if (prefix === '(' && !m[0].endsWith(')')) return null;
      return quantityAfter(m, text) ? null : at(m, parts(m));
    },
  },
  // "wins 2026 Booker prize", "ahead of 2028 presidential election": a year before an event noun.
  {
    re: re(`${bareYear()}(?=\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:[Pp]rizes?|[Aa]wards?|[Ee]lections?|Olympics|Olympic\\s+Games|World\\s+Cup|[Cc]ensus|[Bb]udget|[Ss]ummit|[Cc]hampionships?)${END})`),
    build: (m, text) => (quantityAfter(m, text) ? null : at(m, parts(m))),
  },
  // "the Fraud Act 2006", "World Cup 2026", "Expo 2025": a year closing a capitalised name.
  {
    re: re(`${bareYear()}${END}`),
    prefix: /(?<![\p{L}])(?:Act|Law|Treaty|Accord|Agreement|Convention|Regulations|Code|Cup|Games|Olympics|Championships?|Expo|Census|Budget|Vision)\s+$/u,
    needsPrefix: true,
    widen: false,
    build: (m, text) => (quantityAfter(m, text) ? null : at(m, parts(m))),
  },
  // "the 2012 Olympics", "Trump's 2016 campaign": the year must qualify a noun.
  {
    re: re(`${bareYear()}${END}(?=\\s+\\p{L})`),
    prefix: DETERMINER_BEFORE,
    needsPrefix: true,
    widen: false,
    build: (m, text) => (quantityAfter(m, text) ? null : at(m, parts(m))),
  },
  ...RELATIVE_RULES,
];

// Numeric dates with a year follow the page's order: month first in the US (and for a bare "en",
// as most English news is American), day first elsewhere; impossible readings flip.
const numeric = (dayFirst: boolean): DateRule => ({
  re: re(`(?<a>\\d{1,2})/(?<b>\\d{1,2})/${year()}${END}`),
  build: (m) => {
    const [a, b, y] = [num(m, 'a')!, num(m, 'b')!, num(m, 'y')!];
    const df = a > 12 ? true : b > 12 ? false : dayFirst;
    return at(m, df ? { y, m: b, d: a } : { y, m: a, d: b });
  },
});
const US_RULES = [numeric(false), ...RULES];
const DAY_FIRST_RULES = [numeric(true), ...RULES];
const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'CA', 'FM', 'MH', 'PW', 'UM', 'AS', 'GU', 'MP', 'PR', 'VI']);

/** Every date of an English article (see dates.ts for years, ranges and deduplication). */
export function dates(ctx: FactContext): DateFact[] {
  const region = /^[a-z]{2,3}[-_]([A-Za-z]{2})\b/.exec(ctx.locale ?? '')?.[1]?.toUpperCase();
  const monthFirst = region === undefined ? writesMonthFirst(ctx.text) : MONTH_FIRST_REGIONS.has(region);
  return extractDates(ctx, monthFirst ? US_RULES : DAY_FIRST_RULES);
}

const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}\\b`, 'g');
const MONTH_DAY = new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}\\b(?!\\d|,?\\s*\\d{3})`, 'g');

// A page without a region says how it writes dates: "1 February 2027" (British, Australian …) or
// "February 1, 2027" (American, the default). Pounds and "per cent" lean British.
function writesMonthFirst(text: string): boolean {
  const dm = (text.match(DAY_MONTH) ?? []).length + (/£|\bper cent\b/.test(text) ? 1 : 0);
  const md = (text.match(MONTH_DAY) ?? []).length;
  return dm <= md;
}
