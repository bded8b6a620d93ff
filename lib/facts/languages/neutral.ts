/**
 * The language-neutral pack, for text in a language without its own pack: only what reads the
 * same in every language — ISO and numeric dates with a four-digit year, percentages and amounts
 * with a currency sign. Facts read with it are marked `supported: false`.
 */
import { at, type DateRule, parts } from '../date-rules';
import { extractDates } from '../dates';
import type { FactContext } from '../context';
import type { FigureFact } from '../types';
import type { LanguagePack } from './types';

const END = '(?![\\p{L}\\p{N}])(?![/.,-]\\p{N})';

/** Dates every language writes the same way; also used by the language packs. */
export const NUMERIC_DATE_RULES: DateRule[] = [
  // ISO: "2019-11-20", "2019/11/20".
  {
    re: new RegExp(`(?<y>1\\d{3}|20\\d{2})([-/])(?<m>0[1-9]|1[0-2])\\2(?<d>0[1-9]|[12]\\d|3[01])${END}`, 'gu'),
    build: (m) => at(m, parts(m)),
  },
  // Dotted, day first nearly everywhere it is used: "24.11.2016".
  {
    re: new RegExp(`(?<d>0?[1-9]|[12]\\d|3[01])\\.(?<m>0?[1-9]|1[0-2])\\.(?<y>1\\d{3}|20\\d{2})${END}`, 'gu'),
    build: (m) => at(m, parts(m)),
  },
];

// Slashed and dashed dates: day first unless the numbers say otherwise (13/25 → month 13 is impossible).
const SLASHED: DateRule = {
  re: new RegExp(`(?<a>\\d{1,2})([/-])(?<b>\\d{1,2})\\2(?<y>1\\d{3}|20\\d{2})${END}`, 'gu'),
  build: (m) => {
    const a = Number(m.groups?.a);
    const b = Number(m.groups?.b);
    const y = Number(m.groups?.y);
    return a > 12 || b <= 12 ? at(m, { y, m: b, d: a }) : at(m, { y, m: a, d: b });
  },
};

// A number with thousands grouped by space, dot or comma ("2 000", "1,234.5"), or a plain one.
const NUM = '\\d{1,3}(?:[ .,\\u00A0\\u202F]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?';
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<cur>[$€£¥₫])\\s?(?<a>${NUM})|(?<b>${NUM})\\s?(?<unit>%|[$€£¥₫]))(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Parses "1,234.5", "1.234,5", "11,5": the last separator followed by one or two digits is the decimal point. */
export function parseNumber(raw: string): number {
  const s = raw.replace(/[\s\u00A0\u202F]/g, '');
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  const decimals = last >= 0 && s.length - last - 1 <= 2 ? s.slice(last + 1) : '';
  const whole = (decimals ? s.slice(0, last) : s).replace(/[.,]/g, '');
  return Number(decimals ? `${whole}.${decimals}` : whole);
}

/** Percentages and amounts with a currency sign. */
function figures(ctx: FactContext): FigureFact[] {
  const out: FigureFact[] = [];
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(FIGURE)) {
      const raw = m.groups?.a ?? m.groups?.b ?? '';
      const start = s.span.start + m.index;
      out.push({ text: m[0], value: parseNumber(raw), unit: m.groups?.cur ?? m.groups?.unit ?? null, what: '', sentence: s.text, span: { start, end: start + m[0].length } });
    }
  }
  return out;
}

/** The pack for languages without their own; `code` is set by the registry to the text's language. */
export const neutralPack: LanguagePack = {
  code: 'und',
  abbreviations: [],
  dates: (ctx) => extractDates(ctx, [...NUMERIC_DATE_RULES, SLASHED]),
  officials: () => [],
  awards: () => [],
  organizations: () => [],
  places: () => [],
  figures,
};
