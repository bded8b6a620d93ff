/**
 * English figures: a number and what it counts ("$2.3 billion", "19 people", "13,000 US troops",
 * "55%", "£720m"). Years, dates, times, ages, durations and numbers inside names ("Spider-Man 2")
 * are not figures.
 */
import type { FactContext } from '../../context';
import { figureFact, numberAt, parseNumber, startsWithDigit } from '../../figures';
import type { FigureFact } from '../../types';
import { unitsOf } from '../../units';

const SCALES = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['m', 1e6],
  ['bn', 1e9], ['k', 1e3],
]);
const CURRENCY = new Map([['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY']]);
const UNITS = new Map([
  ['%', '%'], ['percent', '%'], ['per', '%'], ['miles', 'miles'], ['km', 'km'], ['kilometres', 'km'],
  ['kilometers', 'km'], ['tons', 'tons'], ['tonnes', 'tonnes'], ['acres', 'acres'], ['feet', 'feet'],
  ['metres', 'm'], ['meters', 'm'], ['dollars', 'USD'], ['pounds', 'GBP'], ['euros', 'EUR'],
]);
const QUALIFIERS = new Set([
  'about', 'around', 'nearly', 'almost', 'over', 'roughly', 'some', 'least', 'than', 'approximately', 'up',
]);
const TIME = new Set([
  'year', 'years', 'month', 'months', 'day', 'days', 'week', 'weeks', 'hour', 'hours', 'minute', 'minutes',
  'seconds', 'decade', 'decades', 'am', 'pm', 'a.m', 'p.m', 'th', 'st', 'nd', 'rd', 'times',
]);
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/;
const STOP = new Set([
  'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'than', 'the', 'a', 'an', 'is',
  'was', 'were', 'are', 'has', 'have', 'had', 'will', 'that', 'which', 'who', 'this', 'last', 'so', 'as',
]);
const PLURAL = /(?:[^s]s|people|men|children|police|staff|cattle)$/;
const YEAR = /^(1[5-9]|20)\d\d$/;

/** Figures of an English article, in text order. */
export function figures(ctx: FactContext): FigureFact[] {
  const out: FigureFact[] = [];
  // FigureFact has no `source`: its span must be into the text, so the title is not read.
  for (const u of unitsOf(ctx)) {
    if (u.index < 0) continue;
    const { toks } = u;
    for (let i = 0; i < toks.length; i++) {
      if (!startsWithDigit(toks[i]!)) continue; // (a figure opens with one; most words are passed at once)
      const suffix = /^(\d[\d.]*)(m|bn|k)$/.exec(toks[i]!.text);
      const n = suffix ? { text: suffix[1]!, end: i + 1 } : numberAt(u, i);
      if (!n) continue;
      const prev = toks[i - 1];
      const next = toks[n.end];
      // Years, dates, times, ratios and numbers that are part of a name.
      const skip =
        (YEAR.test(n.text) && !CURRENCY.has(prev?.text ?? '')) ||
        /^[/:\-]$/.test(next?.text ?? '') || /^[/:]$/.test(prev?.text ?? '') ||
        MONTHS.test(prev?.lower ?? '') || MONTHS.test(next?.lower ?? '') || (prev?.word && /\p{Lu}/u.test(prev.text));
      if (skip) {
        i = n.end - 1;
        continue;
      }
      let value = parseNumber(n.text, false);
      let j = n.end;
      const scale = suffix ? SCALES.get(suffix[2]!) : SCALES.get(toks[j]?.lower ?? '');
      if (scale) [value, j] = [value * scale, suffix ? j : j + 1];
      let unit = CURRENCY.get(prev?.text ?? '') ?? null;
      const u2 = UNITS.get(toks[j]?.lower ?? '');
      if (!unit && u2) [unit, j] = [u2, j + (toks[j]!.lower === 'per' && toks[j + 1]?.lower === 'cent' ? 2 : 1)];
      // What it counts: up to the head noun ("US troops", "breakup fee"), which is often the first plural.
      let k = j;
      while (k < toks.length && k - j < 4 && toks[k]!.word && !STOP.has(toks[k]!.lower) && !/^\d/.test(toks[k]!.text)) {
        k++;
        if (PLURAL.test(toks[k - 1]!.lower) && toks[k - 1]!.text.length > 3) break;
      }
      const what = k > j ? toks.slice(j, k).map((t) => t.text).join(' ') : (unit ?? '');
      if (Number.isNaN(value) || TIME.has(toks[j]?.lower ?? '') || !what) {
        i = n.end - 1;
        continue;
      }
      // "$2.3 billion", "about 19", "at least 19", "more than 20".
      const two = /^(at least|more than|less than|fewer than|up to)$/.test(`${toks[i - 2]?.lower} ${prev?.lower}`);
      const from = unit && CURRENCY.has(prev?.text ?? '') ? i - 1 : two ? i - 2 : QUALIFIERS.has(prev?.lower ?? '') ? i - 1 : i;
      out.push(figureFact(ctx, u, [from, Math.max(j, k)], value, unit, what));
      i = Math.max(j, k) - 1;
    }
  }
  return out;
}
