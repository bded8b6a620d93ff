/**
 * Ranks of national orders written out: "Dame Companion of the New Zealand Order of Merit",
 * "Members of the Order of Australia", "Officer of the Order of Canada".
 */
import type { Tok } from '../../words';

// (Kenya's orders rank their members Chief, Elder and Moran.)
const RANK = /^(knight|dame|commander|officer|officers|member|members|companion|companions|grand|cross|chevalier|moran|elder|chief)$/;

/** End of an order's rank name starting at i (exclusive), or -1. */
export function orderRankEnd(toks: readonly Tok[], i: number): number {
  if (!toks[i]?.cap) return -1;
  // "made a Moran of the Order of the Burning Spear": a rank of any name after "made a"/"appointed".
  const conferred = /^(a|an)$/.test(toks[i - 1]?.lower ?? '') && /^(made|appointed|named|becoming|became|invested)$/.test(toks[i - 2]?.lower ?? '');
  if (!RANK.test(toks[i]!.lower) && !conferred) return -1;
  let k = i + 1;
  while (k < i + 3 && toks[k]?.cap && RANK.test(toks[k]!.lower)) k++; // "Dame Companion", "Knight Grand Cross"
  if (toks[k]?.lower !== 'of' || toks[k + 1]?.lower !== 'the') return -1;
  let e = k + 2;
  let order = false;
  // "… Order of Merit", "… Order of the British Empire": "of (the)" inside, after "Order".
  const inside = (n: number): boolean =>
    order && ((toks[n]!.lower === 'of' && (!!toks[n + 1]?.cap || (toks[n + 1]?.lower === 'the' && !!toks[n + 2]?.cap))) || (toks[n]!.lower === 'the' && toks[n - 1]?.lower === 'of' && !!toks[n + 1]?.cap));
  while (e < toks.length && (toks[e]!.cap || inside(e))) {
    if (toks[e]!.lower === 'order') order = true;
    e++;
  }
  return order ? e : -1;
}
