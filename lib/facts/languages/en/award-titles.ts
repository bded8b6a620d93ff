/**
 * English titles of honour named right after a win, without an award noun: "was named Asia's Leading
 * Low-Cost Airline", "was crowned Calypso Monarch", "won the Road March title".
 */
import type { Tok } from '../../words';
import { EN_WIN } from './award-lexicon';

const POSS = /^(’s|'s)$/;
const RANKED = /^(leading|best|top|favourite|favorite|greenest|friendliest)$/;
// Titles of a contest, not honours: "won the Premier League title".
const CONTEST = /^(league|cup|championships?|tournament|open|series|slam|games|tour|division|conference)$/;

/** True when a win verb (of one or two words: "won", "picked up") ends right before token k. */
export const winEndsAt = (toks: readonly Tok[], k: number): boolean => EN_WIN.match(toks, k - 1)?.end === k || EN_WIN.match(toks, k - 2)?.end === k;

function capRunEnd(toks: readonly Tok[], k: number, max: number): number {
  let e = k;
  while (e < toks.length && e - k < max && toks[e]!.cap && toks[e]!.word) e++;
  return e;
}

/** The end of a title of honour starting at i right after a win, or i when there is none. */
export function titleAfterWin(toks: readonly Tok[], i: number): number {
  const t = toks[i]!;
  if (!t.cap) return i;
  // "was named Asia's Leading Low-Cost Airline", "collected Europe's Best Airport": a ranked title.
  if (POSS.test(toks[i + 1]?.text ?? '') && RANKED.test(toks[i + 2]?.lower ?? '') && winEndsAt(toks, i)) return capRunEnd(toks, i + 3, 7);
  // "was crowned Calypso Monarch in 1976", "crowned Miss Universe": the title the crown is.
  if (toks[i - 1]?.lower === 'crowned') {
    const e = capRunEnd(toks, i, 5);
    return e - i >= 2 ? e : i;
  }
  // "was named the Tokoh Nelayan Negara (National Fisherman Icon)": a title in its own language, translated.
  const named = /^(named|crowned|declared|proclaimed)$/.test(toks[i - 1]?.lower ?? '') || (toks[i - 1]?.lower === 'the' && /^(named|crowned|declared|proclaimed)$/.test(toks[i - 2]?.lower ?? ''));
  const run = capRunEnd(toks, i, 5);
  const close = toks[run]?.text === '(' ? toks.findIndex((x, k) => k > run + 1 && k - run <= 7 && x.text === ')') : -1;
  if (named && run - i >= 2 && close > 0 && toks.slice(run + 1, close).every((x) => x.cap || /^(of|the|and)$/.test(x.lower))) return close + 1;
  // "won the Calypso Monarch title": a named title after a win.
  if (toks[i - 1]?.lower === 'the' && winEndsAt(toks, i - 1)) {
    const e = capRunEnd(toks, i, 5);
    if (e - i >= 2 && toks[e]?.lower === 'title' && !toks.slice(i, e).some((x) => CONTEST.test(x.lower))) return e + 1;
  }
  return i;
}
