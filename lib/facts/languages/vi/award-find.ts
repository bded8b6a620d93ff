/**
 * Finds Vietnamese award names in a sentence's tokens: a head ("Huân chương", "danh hiệu",
 * "Giải thưởng") and the name after it, up to where the name ends ("… hạng Nhất", "… năm 2017").
 */
import { foldKey, PhraseTrie, type Tok } from '../../words';
import {
  type AwardHead, VI_AWARD_HEADS, VI_AWARD_STOP, VI_HONOUR_TITLES, VI_NOT_CONFERRED, VI_ORDER_NAMES,
  VI_GIVE, VI_PRIZE_NAMES, VI_RECEIVE, VI_TIERS,
} from './award-lexicon';
import { edition, namedPrizeEnd } from './award-tiers';
import { isVietSyllable } from './names';
import { isAcronym, orgEnd, titleAt } from './title-parse';

/** An award name as token indices [from, to). */
export interface AwardSpan {
  from: number;
  to: number;
  kind: AwardHead;
}

const NONE: ReadonlySet<number> = new Set();
const YEAR = /^(1[89]|20)\d\d$/;
const QUALIFIERS = new Set(['toàn quốc', 'quốc gia', 'quốc tế']);
const ENGLISH_AWARD = new Set(['prize', 'award', 'awards', 'medal', 'trophy']);

const QUOTE_OPEN = /^["“«]$/;
const QUOTE_CLOSE = /^["”»]$/;
const BALL = /^quả$/;
const BARE_AFTER = /^(này|năm|được|đã|cũng|vừa|lần)$/;
// Honours of a tournament named without a superlative.
const SPORT_TITLES = new PhraseTrie<true>();
for (const w of ['vua phá lưới', 'hoa khôi', 'vua kiến tạo', 'găng tay vàng', 'chiếc giày vàng']) SPORT_TITLES.add(w, true);

const word = (t: Tok | undefined): boolean => !!t && t.word;
const stop = (t: Tok | undefined): boolean => !t || !t.word || VI_AWARD_STOP.has(t.lower);

// Fields joined by "và" inside one name ("Giải thưởng Khoa học và Công nghệ Quả cầu vàng").
const JOINED_FIELDS = new Set(['học và công', 'học và nghệ', 'hóa và nghệ', 'dục và đào', 'hóa và du', 'thao và du', 'lịch và văn']);

// A run of lower-case words up to a stop word or punctuation, at most `max` tokens.
function run(toks: readonly Tok[], j: number, max: number): number {
  let k = j;
  while (k - j < max && (!stop(toks[k]) || JOINED_FIELDS.has(`${toks[k - 1]?.lower} và ${toks[k + 1]?.lower}`)) && !VI_AWARD_HEADS.match(toks, k)) k++;
  return k;
}

// "hạng Nhất" after an order; "năm 2017" after a prize (an order's year is when, not which).
function suffix(toks: readonly Tok[], j: number, year = false): number {
  if (toks[j]?.lower === 'hạng' && VI_TIERS.has(toks[j + 1]?.lower ?? '')) j += 2;
  else if (toks[j]?.lower === 'hạng' && toks[j + 1]?.cap) {
    // A foreign order's class: "hạng Chỉ huy", "hạng Đại Thập tự".
    const from = j;
    j += 2;
    while (j - from < 5 && toks[j]?.word && (toks[j]!.cap || (toks[j - 1]!.cap && !VI_AWARD_STOP.has(toks[j]!.lower)))) j++;
  }
  if (year && toks[j]?.lower === 'năm' && YEAR.test(toks[j + 1]?.text ?? '')) j += 2;
  return j;
}

// "về văn học, nghệ thuật": the field a prize is for, commas allowed between lower-case words.
function field(toks: readonly Tok[], j: number): number {
  if (toks[j]?.lower !== 'về') return j;
  let k = run(toks, j + 1, 6);
  // "về văn học, nghệ thuật": a comma only when a field word follows ("…, thuộc …" ends it).
  while (toks[k]?.text === ',' && word(toks[k + 1]) && !toks[k + 1]!.cap && k - j < 8 && run(toks, k + 1, 3) > k + 1) k = run(toks, k + 1, 3);
  return k > j + 1 ? k : j;
}

// "Chuyền hai xuất sắc nhất", "Cầu thủ trẻ hay nhất", "Ca sĩ của năm": a capitalised role up to its
// superlative ("nhất") or "của năm"; the end, or -1.
export function superlativeEnd(toks: readonly Tok[], j: number): number {
  if (!toks[j]?.cap) return -1;
  const named = SPORT_TITLES.match(toks, j);
  if (named) return named.end;
  for (let k = j + 1; k < toks.length && k - j <= 6; k++) {
    const t = toks[k]!;
    if (!t.word) return -1;
    if (t.lower === 'nhất') return k + 1;
    if (t.lower === 'của' && toks[k + 1]?.lower === 'năm') return k + 2;
    if (VI_AWARD_STOP.has(t.lower) && !/^(được|cho)$/.test(t.lower)) return -1;
  }
  return -1;
}

// After a bare prize head: an optional category ("ở thể loại …", a few lower-case words), then "thuộc về"
// or "được trao (cho)".
function givenAfter(toks: readonly Tok[], j: number): boolean {
  let k = j;
  if (toks[k]?.lower === 'ở' || toks[k]?.lower === 'năm') k++;
  for (let n = 0; n < 6 && toks[k]?.word && !toks[k]!.cap && !/^(thuộc|được)$/.test(toks[k]!.lower); n++) k++;
  return (toks[k]?.lower === 'thuộc' && toks[k + 1]?.lower === 'về') || (toks[k]?.lower === 'được' && /^(trao|tặng)$/.test(toks[k + 1]?.lower ?? ''));
}

// A capitalised name: the organisation grammar (capitalised words, one lower-case syllable each).
const capName = (toks: readonly Tok[], j: number): number => (toks[j]?.cap || isAcronym(toks[j]!) ? orgEnd(toks, j, NONE) : j);

function received(toks: readonly Tok[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (VI_RECEIVE.match(toks, k)) return true;
  return false;
}

// A conferring verb shortly before token i ("được trao Giải thưởng …").
function conferredBefore(toks: readonly Tok[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (VI_GIVE.match(toks, k)) return true;
  return false;
}

// A bare year right after a name: "Quả bóng vàng Việt Nam 2024".
const year = (toks: readonly Tok[], j: number): number => (YEAR.test(toks[j]?.text ?? '') ? j + 1 : j);

// A conferring or receiving verb ends right before token i ("được phong", "trao tặng").
function conferredAt(toks: readonly Tok[], i: number): boolean {
  if (QUOTE_OPEN.test(toks[i - 1]?.text ?? '')) i--; // "được vinh danh "Công dân Thủ đô ưu tú""
  for (let k = Math.max(0, i - 3); k < i; k++) {
    if (VI_GIVE.match(toks, k)?.end === i || VI_RECEIVE.match(toks, k)?.end === i) return true;
  }
  return false;
}

// The end of the name after a head at [i, h), or -1 when there is no name.
function nameEnd(toks: readonly Tok[], i: number, h: number, kind: AwardHead): number {
  const next = toks[h];
  // Kỷ niệm chương "Vì sự nghiệp giáo dục", danh hiệu "Tập thể lao động xuất sắc": the quoted name.
  if (next && QUOTE_OPEN.test(next.text)) {
    for (let k = h + 1; k < toks.length && k - h <= 16; k++) {
      if (QUOTE_CLOSE.test(toks[k]!.text)) return k > h + 1 ? k + 1 : -1;
      if (/^[.;!?]$/.test(toks[k]!.text)) break;
    }
  }
  if (!word(next)) return kind === 'cert' || (kind === 'prize' && BALL.test(toks[i]!.lower)) ? h : -1;
  switch (kind) {
    case 'order':
    case 'medal': {
      let end = VI_ORDER_NAMES.match(toks, h)?.end ?? capName(toks, h);
      if (end === h || (kind === 'medal' && VI_TIERS.has(next!.lower))) return -1;
      // "Kỷ niệm chương Vì sự nghiệp giáo dục" without quotes: the field after "sự nghiệp".
      if (toks[end - 1]?.lower === 'nghiệp') end = run(toks, end, 4);
      return suffix(toks, end);
    }
    case 'badge':
      if (/^\d+$/.test(next!.text) && toks[h + 1]?.lower === 'năm') return run(toks, h + 2, 2);
      return capName(toks, h) > h ? capName(toks, h) : -1;
    case 'title': {
      const lex = VI_HONOUR_TITLES.match(toks, h)?.end;
      if (lex) return suffix(toks, lex);
      return next!.cap ? run(toks, h, 8) : run(toks, h, 5);
    }
    case 'cert': {
      if (next!.lower !== 'của') return h;
      let g = titleAt(toks, h + 1, NONE)?.to ?? capName(toks, h + 1);
      // "Bằng khen của Thủ tướng Chính phủ và Bằng khen của …": the giver ends before the next award.
      for (let m = h + 2; m < g; m++) if (toks[m]!.lower === 'và' && VI_AWARD_HEADS.match(toks, m + 1)) g = m;
      // "Cờ thi đua của Quân khu 4": a unit's number is part of its name.
      if (g > h + 1 && /^\d+$/.test(toks[g]?.text ?? '') && toks[g - 1]!.word) g++;
      return g > h + 1 ? g : h;
    }
    case 'prize': {
      // "nhận giải thưởng chính": the main prize of the awards the story is about.
      if (next!.lower === 'chính' && !next!.cap && (received(toks, i) || conferredAt(toks, i) || givenAfter(toks, h + 1))) return h + 1;
      // "Quả bóng vàng Việt Nam 2024": the country and the year.
      if (BALL.test(toks[i]!.lower)) return year(toks, suffix(toks, capName(toks, h), true));
      // A received or conferred prize: the name runs on, lower-case words too, to a stop word.
      if ((received(toks, i) || (conferredBefore(toks, i) && toks[capName(toks, h)]?.lower !== 'về')) && (next!.cap || isAcronym(next!))) return year(toks, suffix(toks, run(toks, h, 16), true));
      let end = capName(toks, h);
      const q = `${next!.lower} ${toks[h + 1]?.lower}`;
      if (end === h && QUALIFIERS.has(q)) end = h + 2;
      if (end === h && toks[i - 1] && /^[-–]$/.test(toks[i - 1]!.text)) end = run(toks, h, 8);
      return end === h ? -1 : year(toks, suffix(toks, field(toks, end), true));
    }
    case 'giai': {
      const lex = VI_PRIZE_NAMES.match(toks, h)?.end;
      if (lex) return edition(toks, lex);
      // "giải Chuyền hai xuất sắc nhất", "Giải Cầu thủ được yêu thích nhất".
      const best = superlativeEnd(toks, h);
      if (best > 0) return best;
      const named = namedPrizeEnd(toks, i, h);
      if (named > 0) return named;
      let k = h;
      while (k - h < 3 && toks[k]?.cap && !isVietSyllable(toks[k]!)) k++;
      // "giải Hoa khôi do khán giả bình chọn thuộc về …": a one-word name given to someone.
      if (k === h && toks[h]?.cap && isVietSyllable(toks[h]!) && word(toks[h + 1]) && !toks[h + 1]!.cap && !VI_AWARD_STOP.has(toks[h + 1]!.lower)) {
        const after = toks.slice(h + 2, h + 10).map((t) => t.lower).join(' ');
        if (/^(do .*)?(thuộc về|được trao|được tặng)/.test(after) || received(toks, i) || conferredAt(toks, i)) return h + 2;
      }
      // "giải Premier League", "giải V-League": a competition, not an award.
      if (toks.slice(h, k).some((t) => /league|cup|open|championship|tour|series|games/.test(t.lower))) return -1;
      return k > h ? k : -1;
    }
  }
}

/** Award name spans of a sentence, left to right. "giải Nhất - Giải thưởng X" is one award. */
export function viAwardSpans(toks: readonly Tok[]): AwardSpan[] {
  const out: AwardSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (ENGLISH_AWARD.has(t.lower) && t.cap && toks[i - 1]?.cap) {
      let s = i - 1;
      while (s > 0 && toks[s - 1]!.cap && i - s < 4) s--;
      if (!out.length || out[out.length - 1]!.to <= s) out.push({ from: s, to: i + 1, kind: 'prize' });
      continue;
    }
    const h = VI_AWARD_HEADS.match(toks, i);
    // "đơn vị vừa được vinh danh “Khu nghỉ dưỡng xanh hàng đầu Việt Nam năm 2026”": a quoted honour.
    if (!h && QUOTE_OPEN.test(t.text) && toks[i + 1]?.cap && /^(danh|là)$/.test(toks[i - 1]?.lower ?? '') && /^(vinh|chọn|nhận)$/.test(toks[i - 2]?.lower ?? '')) {
      const close = toks.findIndex((x, k) => k > i + 1 && k - i <= 16 && QUOTE_CLOSE.test(x.text));
      if (close > i + 2 && !VI_HONOUR_TITLES.match(toks, i + 1)) {
        out.push({ from: i + 1, to: close, kind: 'title' });
        i = close;
        continue;
      }
    }
    // "…: Chủ công xuất sắc nhất - A (CLB), Đối chuyền xuất sắc nhất - B", "Libero xuất sắc nhất: C",
    // "Hoa khôi của giải là D": a tournament's honour opening a list item, then who holds it.
    const item = !h && (i === 0 || /^[,:;]$/.test(toks[i - 1]!.text) || toks[i - 1]!.lower === 'gồm') ? superlativeEnd(toks, i) : -1;
    if (item > 0) {
      const of = toks[item]?.lower === 'của' && toks[item + 1]?.lower === 'giải' ? item + 2 : item;
      // "là" only for a tournament's honour: "Khoảnh khắc xúc động nhất là …" is no award.
      const honour = of > item || !!SPORT_TITLES.match(toks, i);
      if (/^[-–:]$/.test(toks[of]?.text ?? '') || toks[of]?.lower === 'thuộc' || (toks[of]?.lower === 'là' && honour)) {
        out.push({ from: i, to: item, kind: 'title' });
        i = item - 1;
        continue;
      }
    }
    // "được bầu là Vận động viên xuất sắc nhất giải", "được bình chọn là Cầu thủ hay nhất": a title won by vote.
    const voted = !h && t.cap && toks[i - 1]?.lower === 'là' && /^(bầu|chọn|bình chọn|vinh danh)$/.test(`${toks[i - 3]?.lower} ${toks[i - 2]?.lower}`.replace(/^\S+ (bầu|chọn|vinh danh)$/, '$1'))
      ? superlativeEnd(toks, i) : -1;
    if (voted > 0) {
      out.push({ from: i, to: voted, kind: 'title' });
      i = voted - 1;
      continue;
    }
    if (!h) {
      // An honorary title without "danh hiệu": conferred ("được phong Anh hùng Lao động") or listed
      // after another award ("danh hiệu X, dũng sỹ diệt Mỹ").
      const lex = t.cap || out.length ? VI_HONOUR_TITLES.match(toks, i) : null;
      const listed = out[out.length - 1]?.to === i - 1 && /^(,|và)$/.test(toks[i - 1]!.lower);
      // "Trong số 11 Nhà giáo Ưu tú có …", "trong đó có 19 Nghệ sĩ Nhân dân": honourees counted.
      const listing = lex && toks.slice(lex.end, lex.end + 3).some((x) => /^(có|là|gồm)$/.test(x.lower));
      const counted = t.cap && (/^\d+$/.test(toks[i - 1]?.text ?? '') || (/^(các|những)$/.test(toks[i - 1]?.lower ?? '') && !!listing));
      if (lex && (listed || counted || (t.cap && conferredAt(toks, i)))) {
        const end = suffix(toks, lex.end);
        out.push({ from: i, to: end, kind: 'title' });
        i = end - 1;
      }
      continue;
    }
    // "giải Nhất - Giải thưởng …": the tier and the prize are one name.
    if (h.value === 'giai' && VI_TIERS.has(toks[h.end]?.lower ?? '')) {
      const dash = toks[h.end + 1];
      if (dash && /^[-–]$/.test(dash.text) && VI_AWARD_HEADS.match(toks, h.end + 2)?.value === 'prize') {
        const p = VI_AWARD_HEADS.match(toks, h.end + 2)!;
        const end = nameEnd(toks, h.end + 2, p.end, 'prize');
        if (end > 0) out.push({ from: i, to: end, kind: 'prize' });
        i = Math.max(i, end - 1);
      }
      continue;
    }
    let end = nameEnd(toks, i, h.end, h.value);
    // "Giải thưởng năm nay được trao cho …", "Huân chương này": a bare head standing for the award
    // named before (awards.ts gives it that name).
    if (end < 0 && t.cap && h.value !== 'giai' && BARE_AFTER.test(toks[h.end]?.lower ?? '')) end = h.end;
    // "Ở thể loại thơ, giải thưởng thuộc về …", "Giải ở thể loại lý luận phê bình được trao cho …",
    // "Giải văn học dịch thuộc về …": a category of the prize the story is about, given to someone.
    if (end < 0 && (h.value === 'prize' || h.value === 'giai') && givenAfter(toks, h.end)) end = h.end;
    if (end < 0) continue;
    // A badge or certificate in lower case is an award only where it is conferred ("tặng bằng khen");
    // elsewhere it describes someone ("…, huy hiệu 70 năm tuổi Đảng, ở …").
    if (!t.cap && (h.value === 'badge' || h.value === 'cert') && !conferredAt(toks, i)) continue;
    const before = toks.slice(Math.max(0, i - 3), i);
    // "sẽ xét tặng Giải thưởng …", "dự kiến trao …": planned, not given.
    const planned = toks.slice(Math.max(0, i - 6), i).some((b, k, all) => b.lower === 'sẽ' || (b.lower === 'dự' && all[k + 1]?.lower === 'kiến'));
    if (!planned && !before.some((b) => VI_NOT_CONFERRED.has(b.lower)) && toks[i - 1]?.lower !== 'các') {
      out.push({ from: i, to: end, kind: h.value });
      // "nhận hai giải thưởng A và B": B is a second prize of the same kind.
      const nx = toks[end + 1];
      if (h.value === 'prize' && received(toks, i) && toks[end]?.lower === 'và' && nx && (nx.cap || isAcronym(nx))) {
        const second = run(toks, end + 1, 16);
        out.push({ from: end + 1, to: second, kind: 'prize' });
        i = second - 1;
        continue;
      }
    }
    i = end - 1;
  }
  return out;
}

/** Comparison tokens of an award name: without "danh hiệu" and a trailing "năm 2017". */
export function awardKey(name: string): string[] {
  const t = foldKey(name).split(' ').filter(Boolean);
  if (t[0] === 'danh' && t[1] === 'hieu') t.splice(0, 2);
  if (t.length > 2 && t[t.length - 2] === 'nam' && /^\d{4}$/.test(t[t.length - 1]!)) t.splice(-2);
  return t;
}
