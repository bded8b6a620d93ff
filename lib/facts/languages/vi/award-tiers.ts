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

/**
 * End of "Giải <tier>" at i (tier at j) when it names a prize of its own, else -1: "giành Giải Vàng", "trao 3 Giải
 * Đặc biệt". Not a tier in lower case, one listed after another ("giải Nhất, Giải Nhì") or counted
 * among others ("2 Giải Vàng, 9 Giải Bạc"), nor a contest's ("Giải Nhì Hội thi …").
 */
export function namedTier(toks: readonly Tok[], i: number, j: number): number {
  const end = tierEnd(toks, j);
  // ("nhận giải khuyến khích chuyên ngành Văn nghệ dân gian": a tier with its field names the prize in any case.)
  const field = end > 0 ? fieldEnd(toks, end) : -1;
  if (field > 0) return field;
  if (end < 0 || !toks[i]!.cap || !toks[j]!.cap) return -1;
  const listed = /^(,|và)$/.test(toks[i - 1]?.text ?? '') && (VI_TIERS.has(toks[i - 2]?.lower ?? '') || VI_TIERS.has(`${toks[i - 3]?.lower} ${toks[i - 2]?.lower}`));
  const counted = /^\d+$/.test(toks[i - 1]?.text ?? '') && /^(,|và)$/.test(toks[end]?.text ?? '');
  const contest = /^(hội|cuộc)$/.test(toks[end]?.lower ?? '') && /^(thi|thao|thi đấu)$/.test(toks[end + 1]?.lower ?? '');
  // ("Giải Vàng Giải thưởng Chất lượng Quốc gia": the tier of the prize after it, one award (tierSpans).)
  const ofPrize = !!VI_AWARD_HEADS.match(toks, end);
  if (listed || counted || contest || ofPrize || /^(các|những)$/.test(toks[i - 1]?.lower ?? '')) return -1;
  // ("Giải Vàng Chất lượng Quốc gia": a name after the tier is the prize's; "Giải A toàn đoàn": the whole team's.)
  if (toks[end]?.lower === 'toàn' && toks[end + 1]?.lower === 'đoàn') return end + 2;
  return toks[end]?.cap ? edition(toks, orgEnd(toks, end, NONE)) : end;
}

/** A tier with its field after it at j: "giải khuyến khích chuyên ngành …". */
export function tierField(toks: readonly Tok[], j: number): boolean {
  const end = tierEnd(toks, j);
  return end > 0 && fieldEnd(toks, end) > 0;
}

// The media a press prize is given in.
const MEDIA = ['báo in', 'báo điện tử', 'báo hình', 'báo nói', 'phát thanh', 'truyền hình', 'ảnh báo chí', 'báo chí điện tử'].map((m) => m.split(' ')).sort((a, b) => b.length - a.length);

// Words that end a field's name: what the sentence goes on to say about the prize.
const FIELD_STOP = /^(được|đã|thuộc|chia|với|cho|của|lần|và|năm|tại|ở|về|do|là|cũng|vì|nhờ|trong|thì|mang|giành|nhận|gồm|có|không|đợt|dành|khi|lúc|qua|bởi|sau|trước|từ)$/;

/** "giải A chuyên ngành Âm nhạc", "giải C thể loại phóng sự": the end of the field after a tier, or -1. */
export function fieldEnd(toks: readonly Tok[], k: number): number {
  // ("giải A báo in", "giải khuyến khích ảnh báo chí": a press prize's medium is its field, unmarked.)
  const medium = MEDIA.find((m) => m.every((w, d) => toks[k + d]?.lower === w));
  if (medium) return k + medium.length;
  // (Not a school subject's, "giải Nhì môn Ngữ văn": a contest's result, which the guidelines leave out.)
  const marker = /^(chuyên|thể|lĩnh|hạng|loại)$/.test(toks[k]?.lower ?? '') && /^(ngành|loại|vực|mục|hình)$/.test(toks[k + 1]?.lower ?? '') ? 2 : 0;
  if (!marker || !toks[k + marker]?.word) return -1;
  // The field's lower-case words from e, to a stop word, at most `most` tokens past the marker.
  const lower = (e: number, most: number): number => {
    while (e < toks.length && e - k < most && toks[e]!.word && !toks[e]!.cap && !FIELD_STOP.test(toks[e]!.lower)) e++;
    return e;
  };
  let e = lower(k + marker + 1, 9);
  // ("lĩnh vực Kỹ thuật - Công nghệ", "lĩnh vực Nông - lâm - ngư nghiệp": fields joined by dashes.)
  while (/^[-–]$/.test(toks[e]?.text ?? '') && toks[e + 1]?.word && !FIELD_STOP.test(toks[e + 1]!.lower) && e - k < 14) e = lower(e + 2, 16);
  return e;
}

// (… and which of several: "Giải Vàng còn lại", "Giải Vàng đầu tiên", "Giải A thứ nhất".)
const TAIL = /^(\d+|\/|-|năm|nay|tháng|lần|lượt|thứ|đợt|này|mới|còn|lại|đầu|tiên|cuối|nhất|hai)$/;

// "X tháng 9/2025 cho Y", "X (lần thứ hai) cho Y": where "cho" or the verb is, past a date or count.
export function pastTail(toks: readonly Tok[], j: number): number {
  let k = j;
  while (k < toks.length && k - j < 8) {
    if (toks[k]!.text === '(') {
      const close = toks.findIndex((t, i) => i > k && t.text === ')');
      if (close < 0 || close - k > 6) break;
      k = close + 1;
    } else if (TAIL.test(toks[k]!.lower)) k++;
    // "… xuất sắc nhất giải cho A": the tournament the honour is for.
    else if (toks[k]!.lower === 'giải' && toks[k - 1]?.lower === 'nhất' && !toks[k + 1]?.cap) k++;
    else break;
  }
  return k;
}
