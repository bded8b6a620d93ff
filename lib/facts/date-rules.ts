/**
 * What a date rule is and how rules run: each language lists its patterns (languages/<code>/dates.ts),
 * this file applies them in priority order and completes ranges. Years are fixed later (dates.ts).
 */
import { type Direction, isValidParts, type Parts } from './date-math';

/** A reference that needs the publication date: "hôm qua", "last month", "on Tuesday". */
export type Relative =
  | { rel: 'day' | 'month' | 'year'; offset: number }
  | { rel: 'weekday'; weekday: number; dir: Direction | 'last' | 'next' }
  | { rel: 'week-day'; weekday: number; weeks: number }
  | { rel: 'month-name'; month: number; dir: Direction }
  | { rel: 'month-of-year'; month: number; years: number; day?: number };

/** One date found by a rule, before years are fixed. Offsets are into the scanned text. */
export interface DateCandidate {
  start: number;
  end: number;
  from: Parts | Relative;
  /** The end of a range; missing parts are taken from `from` and the other way round. */
  to?: Parts;
  /** Which way a date without a year points ("tháng 12 tới", "next March"). */
  dir?: Direction;
}

/**
 * A pattern and what its matches mean. Patterns start with what the date itself starts with (a
 * digit, a month name): a leading lookbehind or optional prefix would make the engine try every
 * position of the text (ten times slower). Word boundaries and leading words are checked here.
 */
export interface DateRule {
  /** Must carry the `g` flag; compiled once at module load. */
  re: RegExp;
  /** Reads a match; `prefix` is the leading text `prefix` found before it. Omit to make the rule a blocker that only claims its text (document numbers). */
  build?: (m: RegExpExecArray, text: string, prefix: string) => DateCandidate | DateCandidate[] | null;
  /** What may not stand right before the match (or its prefix): `word`, a letter or digit; `number` (default), also a digit and a separator ("1/24/11") or a currency sign. */
  boundary?: 'word' | 'number';
  /** Leading words that belong to the date ("Sáng ", "từ ngày ", "in "): anchored with `$`, ending in a space or a bracket, tried on the text just before the match. */
  prefix?: RegExp;
  /** The match is a date only after a prefix. */
  needsPrefix?: boolean;
  /** Whether the prefix becomes part of the date's text (default true; "the" in "the 2016 election" does not). */
  widen?: boolean;
}

/** True for a reference that needs the publication date. */
export const isRelative = (p: Parts | Relative): p is Relative => 'rel' in p;

/** Fills a range's missing month or year from its other end ("từ 9-14/3", "March 3 - April 5, 2015"). */
function completeRange(c: DateCandidate): void {
  const { from, to } = c;
  if (!to || isRelative(from)) return;
  if (from.m === undefined && from.d !== undefined) from.m = to.m;
  if (from.y === undefined && to.y !== undefined) {
    from.y = to.y;
    if (compareParts(from, to) > 0) from.y--;
  }
}

/** Orders two dates by the parts both have. */
function compareParts(a: Parts, b: Parts): number {
  return (a.y ?? 0) - (b.y ?? 0) || (a.m ?? 0) - (b.m ?? 0) || (a.d ?? 0) - (b.d ?? 0);
}

function isUsable(c: DateCandidate): boolean {
  if (isRelative(c.from)) return true;
  if (c.from.m === undefined && c.from.y === undefined) return false;
  return isValidParts(c.from) && (!c.to || isValidParts(c.to));
}

const PREFIX_WINDOW = 40;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** True when a date may start at `i`: not inside a word, nor (for `number`) inside a number or an amount. */
function atBoundary(text: string, i: number, kind: 'word' | 'number'): boolean {
  const prev = text[i - 1] ?? ' ';
  if (WORDLIKE.test(prev)) return false;
  if (kind === 'word') return true;
  return !'$£€¥#'.includes(prev) && !('/.,-'.includes(prev) && /\d/.test(text[i - 2] ?? ''));
}

/**
 * Runs `rules` in order over `text`; an earlier rule's match claims its characters, so ranges and
 * full dates listed first win over their parts. Linear in the text for linear patterns.
 */
export function findCandidates(text: string, rules: readonly DateRule[]): DateCandidate[] {
  const claimed = new Uint8Array(text.length);
  const out: DateCandidate[] = [];
  for (const rule of rules) {
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // Prefixes end in a space or a bracket, so after a letter or digit there is none to look for.
      const glued = WORDLIKE.test(text[m.index - 1] ?? ' ');
      const found = glued ? '' : (rule.prefix?.exec(text.slice(Math.max(0, m.index - PREFIX_WINDOW), m.index))?.[0] ?? '');
      const start = m.index - found.length;
      if (!m[0] || (rule.needsPrefix && !found) || !atBoundary(text, start, rule.boundary ?? 'number')) {
        // Not a date here; one may still start inside the match.
        re.lastIndex = m.index + 1;
        continue;
      }
      let end = m.index + m[0].length;
      // A closing bracket allowed for "thứ Hai (24/11)" is not kept when nothing opened it.
      if (text[end - 1] === ')' && !text.slice(start, end).includes('(')) end--;
      if (claimed.subarray(start, end).includes(1)) continue;
      if (rule.build) {
        const built = rule.build(m, text, found);
        const list = (built === null ? [] : Array.isArray(built) ? built : [built]).filter((c) => {
          completeRange(c);
          return isUsable(c);
        });
        if (list.length === 0) continue;
        for (const c of list) {
          c.start = rule.widen === false ? m.index : start;
          c.end = end;
        }
        out.push(...list);
      }
      claimed.fill(1, start, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Up to `max` characters before `index`, cut at the start of its sentence: where tense cues live. */
export function clauseBefore(text: string, index: number, max = 80): string {
  const before = text.slice(Math.max(0, index - max), index);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  return cut < 0 ? before : before.slice(cut + 1);
}

/** A candidate for the whole match (the engine widens it to the prefix). */
export function at(m: RegExpExecArray, from: Parts | Relative, to?: Parts, dir?: Direction): DateCandidate {
  const c: DateCandidate = { start: m.index, end: m.index + m[0].length, from };
  if (to) c.to = to;
  if (dir) c.dir = dir;
  return c;
}

/** A named group as a number; undefined when the group did not take part in the match. */
export function num(m: RegExpExecArray, name: string): number | undefined {
  const v = m.groups?.[name];
  return v === undefined ? undefined : Number(v);
}

/** Parts from the groups `d<suffix>`, `m<suffix>`, `y<suffix>` of a match. */
export function parts(m: RegExpExecArray, suffix = ''): Parts {
  const p: Parts = {};
  const d = num(m, `d${suffix}`);
  const mo = num(m, `m${suffix}`);
  const y = num(m, `y${suffix}`);
  if (d !== undefined) p.d = d;
  if (mo !== undefined) p.m = mo;
  if (y !== undefined) p.y = y;
  return p;
}
