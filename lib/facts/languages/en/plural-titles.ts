/**
 * One title before several names: "Councilors Rustico Ebcas and Lorna Pabayo", "Senators A, B and
 * C". Each person gets the title in the singular.
 */
import type { Tok } from '../../words';
import { EN_HEADS } from './titles';
import { nameEnd } from './names';

/** The names after a plural office at i, each with its singular title, or []. */
export function pluralTitled(toks: readonly Tok[], i: number): { from: number; to: number; title: string }[] {
  const t = toks[i]!;
  if (!t.cap || !/s$/.test(t.lower)) return [];
  const one = t.text.replace(/s$/, '');
  const head = EN_HEADS.match([{ ...t, text: one, lower: one.toLowerCase() }], 0);
  if (!head || head.value.kind !== 'office') return [];
  const out: { from: number; to: number; title: string }[] = [];
  let k = i + 1;
  while (k < toks.length) {
    const e = nameEnd(toks, k);
    if (e - k < 2) break;
    out.push({ from: k, to: e, title: one });
    if (!/^(,|and)$/.test(toks[e]?.lower ?? '')) break;
    k = toks[e]!.text === ',' && toks[e + 1]?.lower === 'and' ? e + 2 : e + 1;
  }
  return out.length > 1 ? out : [];
}
