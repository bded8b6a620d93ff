/** The giver of a Vietnamese award: a title or body written at a token, or the authority acted for. */
import type { Unit } from '../../units';
import { slice } from '../../words';
import { orgEnd, titleAt } from './title-parse';

const NONE: ReadonlySet<number> = new Set();

/** A giver written from token j: a title ("Chủ tịch nước") or a body ("UBND TP"). */
export function giverAt(u: Unit, j: number): { text: string; end: number } | null {
  const end = titleAt(u.toks, j, NONE)?.to ?? orgEnd(u.toks, j, NONE);
  return end > j ? { text: slice(u.source, u.toks, j, end), end } : null;
}

/** The authority a giver acts for: "thừa ủy quyền của Chủ tịch nước", "thay mặt (lãnh đạo) UBND TP". */
export function delegatedGiver(u: Unit): string | null {
  const { toks } = u;
  const on = toks.findIndex(
    (t, i) => (t.lower === 'thừa' && toks[i + 1]?.lower === 'ủy') || (t.lower === 'thay' && toks[i + 1]?.lower === 'mặt'),
  );
  if (on < 0) return null;
  let g = on + (toks[on]!.lower === 'thừa' ? 3 : 2);
  if (toks[g]?.lower === 'của') g++;
  if (toks[g]?.lower === 'lãnh' && toks[g + 1]?.lower === 'đạo') g += 2;
  return giverAt(u, g)?.text ?? null;
}
