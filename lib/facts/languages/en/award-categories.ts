/**
 * Award categories written with capitals ("Best Direction", "Best Lead Actor in a Drama"): an
 * award when something is won, given or listed with them, as in "Corrigan also won Best
 * Direction" or "Best Editing to Claire Novak".
 */
import type { Tok } from '../../words';

const INSIDE = /^(in|a|an|of|the|for|and|or)$/;

/** End of a capitalised category starting with "Best" at i (exclusive), or -1. */
export function capCategoryEnd(toks: readonly Tok[], i: number): number {
  if (toks[i]?.text !== 'Best' || !toks[i + 1]?.cap) return -1;
  let k = i + 1;
  const inside = (n: number): boolean => INSIDE.test(toks[n]?.text ?? '') && !/^(and|or)$/.test(toks[n]!.text);
  // "Best Lead Actor in a Drama": small words inside, when a capital follows them.
  while (k < toks.length && k - i <= 7 && (toks[k]!.cap || (inside(k) && (toks[k + 1]?.cap || (inside(k + 1) && toks[k + 2]?.cap))))) k++;
  // "Best Film at the Sydney Opera House": a place after "at" is not the category.
  return k > i + 1 ? k : -1;
}

/** True when the category at [i, end) stands where an award does: won, given, or in a list of them. */
export function categoryInView(toks: readonly Tok[], i: number, end: number, won: boolean): boolean {
  const prev = toks[i - 1]?.lower ?? '';
  const next = toks[end]?.lower ?? '';
  return won || /^(for|including|and|to|named)$/.test(prev) || next === 'to' || next === 'went' || next === 'goes';
}
