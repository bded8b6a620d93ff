/**
 * Shared pieces of figure extraction: reading a written number ("11,5", "1.000", "2.3",
 * "13,000") in the article's convention, and building the fact.
 */
import type { FactContext } from './context';
import type { FigureFact } from './types';
import type { Unit } from './units';
import { slice, type Tok } from './words';

/**
 * The value of a number written with grouping and decimal marks. `decimalComma` is the
 * Vietnamese (and European) convention: "11,5" = 11.5 and "1.000" = 1000; otherwise the English
 * one: "13,000" = 13000 and "2.3" = 2.3. Returns NaN when the text is not a number.
 */
export function parseNumber(text: string, decimalComma: boolean): number {
  const [group, dec] = decimalComma ? ['.', ','] : [',', '.'];
  if (!/^\d[\d.,]*$/.test(text)) return NaN;
  const parts = text.split(dec);
  if (parts.length > 2) return NaN;
  const whole = parts[0]!;
  // Grouping marks come every three digits ("1.786.300"); otherwise the mark is not grouping.
  if (whole.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole)) return NaN;
  return Number(whole.split(group).join('') + (parts[1] !== undefined ? `.${parts[1]}` : ''));
}

/** A figure found as tokens [from, to) of a unit, with its value and what it counts. */
export function figureFact(
  ctx: FactContext,
  u: Unit,
  [from, to]: [number, number],
  value: number,
  unit: string | null,
  what: string,
): FigureFact {
  return {
    text: slice(u.source, u.toks, from, to),
    value,
    unit,
    what,
    sentence: u.index < 0 ? (ctx.title ?? '') : (ctx.sentences[u.index]?.text ?? ''),
    span: { start: u.toks[from]!.start, end: u.toks[to - 1]!.end },
  };
}

/** Joins number tokens the tokenizer split at a grouping/decimal mark ("13" "," "000" -> "13,000"). */
/** True when the token starts with an ASCII digit, as every number numberAt reads does. */
export const startsWithDigit = (t: Tok): boolean => t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57;

export function numberAt(u: Unit, i: number): { text: string; end: number } | null {
  const { toks } = u;
  if (!toks[i] || !startsWithDigit(toks[i]!) || !/^\d+(\.\d+)*$/.test(toks[i]!.text) || /\d$/.test(toks[i - 1]?.text ?? '')) return null;
  let text = toks[i]!.text;
  let j = i + 1;
  // Marks with no space around them belong to the number.
  const tight = (k: number): boolean => toks[k]!.start === toks[k - 1]!.end && toks[k + 1]!.start === toks[k]!.end;
  while (/^[.,]$/.test(toks[j]?.text ?? '') && /^\d+$/.test(toks[j + 1]?.text ?? '') && tight(j)) {
    text += toks[j]!.text + toks[j + 1]!.text;
    j += 2;
  }
  return { text, end: j };
}
