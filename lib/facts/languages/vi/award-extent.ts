/**
 * Where a Vietnamese award's name ends after its head ("Huân chương Lao động hạng Nhất", "Giải thưởng
 * Hồ Chí Minh về văn học, nghệ thuật", "giải Chuyền hai xuất sắc nhất"); the verbs around it are award-lexicon.ts's.
 */
import type { Tok } from '../../words';
import {
  type AwardHead, conferredAt, conferredBefore, givenAfter, JOINED_FIELDS, QUOTE_CLOSE, QUOTE_OPEN, received, SPORT_TITLES, VI_AWARD_HEADS, VI_AWARD_STOP, VI_HONOUR_TITLES, VI_ORDER_NAMES, VI_PRIZE_NAMES, VI_TIERS,
} from './award-lexicon';
import { edition, namedPrizeEnd } from './award-tiers';
import { isVietSyllable } from './names';
import { fieldsEnd, isAcronym, orgEnd, titleAt } from './title-parse';

const NONE: ReadonlySet<number> = new Set();
const YEAR = /^(1[89]|20)\d\d$/;
const QUALIFIERS = new Set(['toàn quốc', 'quốc gia', 'quốc tế']);

/** The token ranges [open, close] of a sentence's quotations, up to 30 tokens each. */
export function quotedRanges(toks: readonly Tok[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!QUOTE_OPEN.test(toks[i]!.text)) continue;
    const close = toks.findIndex((t, k) => k > i && k - i <= 30 && QUOTE_CLOSE.test(t.text));
    if (close < 0) break;
    out.push([i, close]);
    i = close;
  }
  return out;
}
const BALL = /^(quả|bông|cánh)$/;

const word = (t: Tok | undefined): boolean => !!t && t.word;
const stop = (t: Tok | undefined): boolean => !t || !t.word || VI_AWARD_STOP.has(t.lower);

// A run of lower-case words up to a stop word or punctuation, at most `max` tokens.
export function run(toks: readonly Tok[], j: number, max: number): number {
  let k = j;
  // "… tiên tiến làm theo lời Bác": the calling of a youth title keeps its "theo";
  const kept = (n: number): boolean => JOINED_FIELDS.has(`${toks[n - 1]?.lower} và ${toks[n + 1]?.lower}`) || (toks[n]?.lower === 'theo' && toks[n - 1]?.lower === 'làm') ||
    // "Giải thưởng … dành cho giảng viên trẻ": whom the prize is for belongs to its name.
    (toks[n]?.lower === 'cho' && toks[n - 1]?.lower === 'dành' && !toks[n + 1]?.cap);
  while (k - j < max && (!stop(toks[k]) || kept(k)) && !VI_AWARD_HEADS.match(toks, k)) k++;
  // ("… tiêu biểu thành phố Đà Nẵng": never cut inside a capitalised name at the limit.)
  while (k - j >= max && toks[k]?.cap && toks[k]!.word && toks[k - 1]?.cap && !VI_AWARD_HEADS.match(toks, k)) k++;
  return k;
}

// ("truy tặng giải Cống hiến trọn đời cho nhạc sĩ …": a conferred prize's lower-case words up to whom it is given.)
// The first words of a prize's category: "Nam ca sĩ nhạc nhẹ", "Vở diễn được yêu thích", "Phim truyền hình …".
const CATEGORY_OPEN = /^(nam|nữ|nghệ|vở|phim|ca|bài|chương|đạo|biên|album|nhạc|tác|gương)$/;

/** "giải Mai Vàng Nam ca sĩ nhạc nhẹ": the end of the category written after a named prize at j, else j. */
function categoryOf(toks: readonly Tok[], j: number): number {
  if (!toks[j]?.cap || !CATEGORY_OPEN.test(toks[j]!.lower)) return j;
  let e = j + 1;
  // (To a stop word; "được yêu thích" is part of the name.)
  while (e < toks.length && e - j < 8 && toks[e]!.word && !toks[e]!.cap && (!VI_AWARD_STOP.has(toks[e]!.lower) || (toks[e]!.lower === 'được' && toks[e + 1]?.lower === 'yêu'))) e++;
  return e > j + 1 ? e : j;
}

function toWhom(toks: readonly Tok[], i: number, j: number): number {
  const e = toks[j]?.cap ? j : run(toks, j, 2);
  return e > j && toks[e]?.lower === 'cho' && conferredAt(toks, i) ? e : j;
}

// "hạng Nhất" after an order; "năm 2017" after a prize (an order's year is when, not which).
export function suffix(toks: readonly Tok[], j: number, year = false): number {
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
    // "hạng Nhất", "giải Nhất": a division or a tier, not a superlative.
    if (t.lower === 'nhất' && /^(hạng|giải|thứ)$/.test(toks[k - 1]!.lower)) return -1;
    if (t.lower === 'nhất') return scope(toks, k + 1);
    if (t.lower === 'của' && toks[k + 1]?.lower === 'năm') return k + 2;
    // "Nữ diễn viên chính xuất sắc tại Giải Cánh diều": a category of the prize named after it.
    if (t.lower === 'sắc' && toks[k - 1]!.lower === 'xuất' && /^(tại|ở)$/.test(toks[k + 1]?.lower ?? '') && VI_AWARD_HEADS.match(toks, k + 2)) return k + 1;
    if (VI_AWARD_STOP.has(t.lower) && !/^(được|cho)$/.test(t.lower)) return -1;
  }
  return -1;
}

// What a superlative honour is for: "… nhất trận", "… nhất tháng 10", "… nhất Giải hạng Nhất 2022",
// "… nhất mùa giải 2025", "… nhất V-League 2023".
function scope(toks: readonly Tok[], k: number): number {
  const w = toks[k]?.lower ?? '';
  // (A lower-case "giải" after it is the tournament the story is about, left out as the gold writes it.)
  if (w === 'trận') return k + 1;
  if (w === 'tháng' && /^\d{1,2}$/.test(toks[k + 1]?.text ?? '')) return k + 2;
  if (w === 'mùa' && toks[k + 1]?.lower === 'giải') return year(toks, k + 2);
  if (w === 'năm' && YEAR.test(toks[k + 1]?.text ?? '')) return k + 2;
  if (toks[k]?.cap) {
    let e = k;
    while (e < toks.length && e - k < 5 && toks[e]!.word && (toks[e]!.cap || /^(hạng)$/.test(toks[e]!.lower))) e++;
    return year(toks, e);
  }
  return k;
}

// A capitalised name: the organisation grammar (capitalised words, one lower-case syllable each).
const capName = (toks: readonly Tok[], j: number): number => (toks[j]?.cap || isAcronym(toks[j]!) ? orgEnd(toks, j, NONE) : j);

// A bare year right after a name: "Quả bóng vàng Việt Nam 2024".
const year = (toks: readonly Tok[], j: number): number => (YEAR.test(toks[j]?.text ?? '') ? j + 1 : j);

// The end of the name after a head at [i, h), or -1 when there is no name.
export function nameEnd(toks: readonly Tok[], i: number, h: number, kind: AwardHead): number {
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
      if (toks[end - 1]?.lower === 'nghiệp') end = run(toks, end, 7);
      end = fieldsEnd(toks, end); // "Vì sự nghiệp Thể dục, Thể thao"
      // "Huân chương Kháng chiến chống Mỹ cứu nước hạng Nhất": lower-case words up to the class; "Huy chương Gìn giữ hòa bình": a conferred medal's name runs on to a stop word.
      const more = run(toks, end, 6);
      const cls = toks.findIndex((t, k) => k > end && k < more && t.lower === 'hạng' && VI_TIERS.has(toks[k + 1]?.lower ?? ''));
      if (cls > 0) end = cls;
      else if (more > end && kind === 'medal' && !toks[end]!.cap && (received(toks, i) || conferredBefore(toks, i))) end = more;
      // ("Kỷ niệm chương Vì sự phát triển của phụ nữ Việt Nam": whose development, to the capitals closing it.)
      if (next!.lower === 'vì' && toks[end]?.lower === 'của' && !toks[end + 1]?.cap) for (let k = end + 1; k < end + 5 && toks[k]?.word; k++) if (toks[k]!.cap) { while (toks[k]?.cap && toks[k]!.word) k++; end = k; break; }
      const co = toks.findIndex((t, k) => k > h && k < end && t.lower === 'có' && /^(ông|bà|anh|chị|cô|thầy)$/.test(toks[k + 1]?.lower ?? ''));
      return suffix(toks, co > 0 ? co : end); // (not past "có" and whom it names: "… tổ chức Công đoàn có ông A")
    }
    case 'badge':
      if (/^\d+$/.test(next!.text) && toks[h + 1]?.lower === 'năm') return run(toks, h + 2, 2);
      // "Huy hiệu Tuổi trẻ dũng cảm": lower-case words after the capitalised name belong to it.
      return capName(toks, h) > h ? run(toks, capName(toks, h), 3) : -1;
    case 'title': {
      if (/^(cao (quý|qúy)|danh giá|cao nhất|vinh dự)$/.test(`${next!.lower} ${toks[h + 1]?.lower}`)) return -1; // ("truy tặng danh hiệu cao quý": praise)
      const lex = VI_HONOUR_TITLES.match(toks, h)?.end;
      if (lex) return suffix(toks, lex);
      // "danh hiệu Quả bóng vàng Việt Nam 2025": the title is the award named after it.
      const inner = VI_AWARD_HEADS.match(toks, h);
      if (inner && inner.value !== 'title') return nameEnd(toks, h, inner.end, inner.value);
      // "danh hiệu Cầu thủ xuất sắc nhất Giải hạng Nhất 2022": a superlative with what it is for.
      const best = superlativeEnd(toks, h);
      if (best > 0) return best;
      // ("Những danh hiệu cô ít khi nhắc": a lower-case word after it names nothing unless conferred.)
      const end = next!.cap ? run(toks, h, 8) : run(toks, h, 5);
      if (!next!.cap && end > h && !conferredAt(toks, i) && !conferredBefore(toks, i) && !received(toks, i)) return -1;
      // "danh hiệu Doanh nhân Việt Nam tiêu biểu - Cúp Thánh Gióng": the trophy belongs to the name.
      if (/^[-–]$/.test(toks[end]?.text ?? '') && /^(cúp|giải)$/.test(toks[end + 1]?.lower ?? '') && toks[end + 2]?.cap) {
        let k = end + 2;
        while (k < toks.length && toks[k]!.cap && toks[k]!.word) k++;
        return k;
      }
      return end;
    }
    case 'cert': {
      if (next!.lower !== 'của') return h;
      let g = titleAt(toks, h + 1, NONE)?.to ?? capName(toks, h + 1);
      // "Bằng khen của Thủ tướng Chính phủ và Bằng khen của …": the giver ends before the next award.
      for (let m = h + 2; m < g; m++) if (toks[m]!.lower === 'và' && VI_AWARD_HEADS.match(toks, m + 1)) g = m;
      // "Cờ thi đua của Quân khu 4", "của Tư lệnh Vùng Cảnh sát biển 2": a unit's number (after a lower-case syllable), and the "biển" of "Cảnh sát biển", are part of its name.
      if (toks[g]?.lower === 'biển' && !toks[g]!.cap && toks[g - 1]?.lower === 'sát') g++;
      const unit = /^(biển|bộ|khu|đội|đoàn|vùng)$/.test(toks[g]?.lower ?? '') && !toks[g]!.cap ? 1 : 0;
      if (g > h + 1 && /^\d+$/.test(toks[g + unit]?.text ?? '') && toks[g - 1]!.word) g += unit + 1;
      // "Cờ thi đua của UBND tỉnh thuộc về …", "của Chủ tịch UBND thành phố truy tặng …": a committee's level without its place.
      const city = toks[g]?.lower === 'thành' && toks[g + 1]?.lower === 'phố' ? 2 : /^(tỉnh|xã|phường|huyện)$/.test(toks[g]?.lower ?? '') ? 1 : 0;
      if (g > h + 1 && /^(ubnd|hđnd)$/.test(toks[g - 1]!.lower) && city && !toks[g + city]?.cap) g += city;
      return g > h + 1 ? g : h;
    }
    case 'prize': {
      // "nhận giải thưởng chính": the main prize of the awards the story is about.
      if (next!.lower === 'chính' && !next!.cap && (received(toks, i) || conferredAt(toks, i) || givenAfter(toks, h + 1))) return h + 1;
      // "Quả bóng vàng Việt Nam 2024": the country and the year; "Quả bóng vàng nữ", "Quả bóng bạc futsal": the side it is for too.
      if (BALL.test(toks[i]!.lower)) {
        const side = /^(nữ|nam|futsal)$/.test(next!.lower) ? h + 1 : h;
        return year(toks, suffix(toks, capName(toks, side), true));
      }
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
      if (lex) return toWhom(toks, i, categoryOf(toks, edition(toks, lex)));
      // "giải Chuyền hai xuất sắc nhất", "Giải Cầu thủ được yêu thích nhất"; "giải Nhạc sĩ của năm tại
      // Giải thưởng Âm nhạc Cống hiến": the category with the prize it belongs to.
      const best = superlativeEnd(toks, h);
      const at = best > 0 && /^(tại|ở)$/.test(toks[best]?.lower ?? '') ? VI_AWARD_HEADS.match(toks, best + 1) : null;
      const of = at && (at.value === 'prize' || at.value === 'giai') ? nameEnd(toks, best + 1, at.end, at.value) : -1;
      if (of > 0) return of;
      if (best > 0) return best;
      // ("giải Đạo diễn phim tài liệu xuất sắc": a film prize's category, lower-case words to "xuất sắc".)
      const sac = toks.findIndex((t, k) => k > h + 1 && k - h <= 6 && t.lower === 'sắc' && toks[k - 1]!.lower === 'xuất');
      if (toks[h]?.cap && sac > 0 && toks.slice(h + 1, sac).every((t) => t.word && !t.cap && !VI_AWARD_STOP.has(t.lower))) return sac + 1;
      const named = namedPrizeEnd(toks, i, h);
      if (named > 0) return named;
      let k = h;
      while (k - h < 3 && toks[k]?.cap && !isVietSyllable(toks[k]!)) k++;
      // "giải Hoa khôi do khán giả bình chọn thuộc về …": a one-word name given to someone.
      if (k === h && toks[h]?.cap && isVietSyllable(toks[h]!) && word(toks[h + 1]) && !toks[h + 1]!.cap && !VI_AWARD_STOP.has(toks[h + 1]!.lower)) {
        const after = toks.slice(h + 2, h + 10).map((t) => t.lower).join(' ');
        if (/^(do .*)?(thuộc về|được trao|được tặng)/.test(after) || received(toks, i) || conferredAt(toks, i)) return toWhom(toks, i, h + 2);
      }
      // "giải Premier League", "giải V-League": a competition, not an award.
      if (toks.slice(h, k).some((t) => /league|cup|open|championship|tour|series|games/.test(t.lower))) return -1;
      // "giải Fair-play tháng 10": the period it is for.
      if (k > h && toks[k]?.lower === 'tháng' && /^\d{1,2}$/.test(toks[k + 1]?.text ?? '')) return k + 2;
      return k > h ? k : -1;
    }
  }
}
