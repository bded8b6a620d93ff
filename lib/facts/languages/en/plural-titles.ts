/**
 * One title before several names: "Councilors Rustico Ebcas and Lorna Pabayo", "Senators A, B and
 * C". Each person gets the title in the singular.
 */
import type { Tok } from '../../words';
import { EN_HEADS } from './titles';
import { hasOrgWord, nameEnd } from './names';

/** The names after a plural office at i, each with its singular title, or []. */
export function pluralTitled(toks: readonly Tok[], i: number): { from: number; to: number; title: string }[] {
  const t = toks[i]!;
  // ("County Council members A and B": the members of a body named before them.)
  let b = i;
  while (t.lower === 'members' && b > 0 && toks[b - 1]!.cap && toks[b - 1]!.word && i - b < 4) b--;
  if (b < i && !hasOrgWord(toks, b, i)) b = i;
  if ((!t.cap && b === i) || !/s$/.test(t.lower)) return [];
  const one = (b < i ? `${toks.slice(b, i).map((x) => x.text).join(' ')} ` : '') + t.text.replace(/s$/, '');
  const head = EN_HEADS.match([{ ...t, text: t.text.replace(/s$/, ''), lower: t.lower.replace(/s$/, '') }], 0);
  if (!head || (head.value.kind !== 'office' && b === i)) return [];
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
