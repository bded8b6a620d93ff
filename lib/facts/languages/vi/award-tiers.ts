/**
 * Prizes named like bodies ("Giải Báo chí tỉnh Đồng Tháp lần thứ I - năm 2026") and their tiers
 * in front of a prize ("giải C Giải Báo chí quốc gia"). A tier alone ("giải Nhất cho tác giả A")
 * is a result, as the dev gold reads it, so it is no award here.
 */
import type { Tok } from '../../words';
import type { AwardSpan } from './award-find';
import { VI_AWARD_HEADS, VI_TIERS } from './award-lexicon';
import { orgEnd } from './title-parse';

const NONE: ReadonlySet<number> = new Set();
// Contests, not prizes: "Giải vô địch quốc gia", "Giải Ngoại hạng Anh", "Giải Bóng đá …".
const CONTEST = /^(vô địch|ngoại hạng|bóng|quần vợt|cờ|đua|việt dã|marathon|cúp|golf|chạy|bơi|xe đạp)/;
const YEAR = /^(19|20)\d\d$/;

/** Token end of a tier written at j ("Nhất", "Khuyến khích"), or -1. */
export function tierEnd(toks: readonly Tok[], j: number): number {
  const two = `${toks[j]?.lower} ${toks[j + 1]?.lower}`;
  if (VI_TIERS.has(two)) return j + 2;
  return VI_TIERS.has(toks[j]?.lower ?? '') ? j + 1 : -1;
}

/** "lần thứ I", "lần thứ 12", "- năm 2026", "năm 2023": the end of the edition after a prize's name. */
export function edition(toks: readonly Tok[], j: number): number {
  if (toks[j]?.lower === 'lần' && toks[j + 1]?.lower === 'thứ' && toks[j + 2]?.word) j += 3;
  const dash = /^[-–]$/.test(toks[j]?.text ?? '') ? 1 : 0;
  if (toks[j + dash]?.lower === 'năm' && YEAR.test(toks[j + dash + 1]?.text ?? '')) j += dash + 2;
  return j;
}

/** End of a prize named like a body after a capitalised "Giải" at i (name from h), or -1. */
export function namedPrizeEnd(toks: readonly Tok[], i: number, h: number): number {
  const next = toks[h];
  if (!toks[i]!.cap || !next?.cap || tierEnd(toks, h) > 0) return -1;
  const end = orgEnd(toks, h, NONE);
  const name = toks.slice(h, end).map((t) => t.lower).join(' ');
  if (end <= h || CONTEST.test(name)) return -1;
  return edition(toks, end);
}

/**
 * Spans of a tier with the prize after it ("giải C Giải Báo chí quốc gia năm 2023"), skipping tiers
 * already inside `spans` and counted ones ("gồm 3 giải Nhất").
 */
export function tierSpans(toks: readonly Tok[], spans: readonly AwardSpan[]): AwardSpan[] {
  const out: AwardSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.lower !== 'giải' || spans.some((s) => s.from <= i && i < s.to)) continue;
    const end = tierEnd(toks, i + 1);
    if (end < 0 || /^\d+$/.test(toks[i - 1]?.text ?? '')) continue;
    // "giải C Giải Báo chí quốc gia": the tier and the prize it belongs to are one award.
    const prize = spans.find((s) => s.from === end && VI_AWARD_HEADS.match(toks, s.from));
    if (prize) out.push({ from: i, to: prize.to, kind: 'giai' });
  }
  return out;
}
