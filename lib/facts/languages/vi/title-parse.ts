/**
 * Reads a Vietnamese title at a token: optional "nguyên", a head from the lexicon, then the
 * organisation written after it ("Phó Bí thư" + "Thường trực Thành ủy Hà Nội").
 */
import type { Tok } from '../../words';
import { VI_AWARD_HEADS } from './award-lexicon';
import { VI_PLACES } from './gazetteer';
import { isVietSyllable } from './names';
import { type HeadKind, VI_CAP_ONLY, VI_HEADS, VI_HONORIFICS, VI_ORG_LINKS, VI_ORG_STOP, VI_ORG_STOP_PAIRS, VI_TITLE_PREFIX } from './titles';

/** A title as token indices [from, to); `head` ends the lexicon part. */
export interface Title {
  from: number;
  head: number;
  to: number;
  kind: HeadKind;
}

const ACRONYM = /^(?=.*\p{Lu})[\p{Lu}\d][\p{Lu}\p{N}&.\-]+$/u;
const DASHES = new Set(['-', '–', '—']);
const PARTY_COMMITTEES = new Set(['tỉnh ủy', 'huyện ủy', 'thành ủy', 'quận ủy', 'thị ủy', 'đảng ủy']);
const UNITS = new Set(['tỉnh', 'huyện', 'xã', 'quận', 'phường', 'thành', 'thị']);
// A body named by its common noun completes a title: "Giám đốc bệnh viện", "hiệu trưởng nhà trường".
const BODY_NOUNS = new Set([
  'bệnh viện', 'nhà trường', 'trường', 'công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng', 'viện', 'trung tâm',
  'sở', 'bộ', 'khoa', 'đơn vị', 'hội', 'ban', 'cơ quan', 'nhà máy', 'hợp tác xã', 'câu lạc bộ', 'nhà hát', 'đoàn chủ tịch', 'tổ dân phố', 'khu phố',
]);
const CONNECTORS = new Set(['và', 'của', 'các', 'về']);
const slice2 = (toks: readonly Tok[], a: number, b: number): string => toks.slice(a, b).map((t) => t.lower).join(' ');

/** True for "UBND", "TP.HCM", "GD&ĐT". */
// Cheap first test (most words fail it): an acronym's second character is not a lower-case letter.
export const isAcronym = (t: Tok): boolean => {
  const code = t.text.charCodeAt(1);
  if (code >= 97 && code <= 122) return false; // (a-z, without cutting out and upper-casing the character)
  const c = t.text[1];
  return c !== undefined && c === c.toUpperCase() && ACRONYM.test(t.text);
};

/**
 * End of the organisation name from token k: capitalised words, acronyms, one lower-case syllable
 * after a capitalised one ("Cơ yếu"), and linking words ("tỉnh", "các cơ quan"). Stops at a name
 * start, a new head or punctuation, so "Trưởng Ban Cơ yếu Chính phủ thay mặt" ends at "phủ".
 */
// Words whose second syllable is a stop word elsewhere ("động viên", "vận động").
export const WHOLE_WORDS: ReadonlySet<string> = new Set(['lao động', 'vận động', 'hoạt động', 'tự động', 'chủ động', 'lưu động', 'cơ động', 'di động', 'phát triển', 'đổi mới', 'tiến bộ', 'xây dựng', 'di chỉ']);

// Fields a name lists with a comma: "Bộ Văn hóa, Thể thao và Du lịch", "Kỷ niệm chương Vì sự nghiệp Thể dục, Thể thao".
const FIELDS = new Set(['thể thao', 'du lịch', 'xã hội', 'đào tạo', 'công nghệ', 'nghệ thuật', 'truyền thông', 'thương binh', 'văn hóa', 'giáo dục', 'y tế', 'môi trường', 'khoa học', 'thông tin', 'gia đình', 'văn học', 'thể dục']);

// "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ": the fire service's fields, in lower case.
const FIRE = ['chữa', 'cháy', 'và', 'cứu', 'nạn', ',', 'cứu', 'hộ'];
function fireEnd(toks: readonly Tok[], k: number): number {
  const opens = toks[k]?.text === ',' && toks[k - 2]?.lower === 'phòng' && toks[k - 1]?.lower === 'cháy';
  return opens && FIRE.every((w, d) => toks[k + 1 + d]?.lower === w) ? k + 1 + FIRE.length : k;
}

/** True when the comma at k sits inside a name's list of capitalised fields. */
export function fieldComma(toks: readonly Tok[], k: number, names?: ReadonlySet<number>): boolean {
  if (fireEnd(toks, k) > k) return true;
  if (toks[k]?.text !== ',' || !toks[k + 1]?.cap || names?.has(k + 1)) return false;
  const va = [2, 3, 4].map((d) => k + d).find((n) => toks[n]?.lower === 'và' && toks[n + 1]?.cap);
  if (va !== undefined && toks.slice(k + 1, va).every((x, d) => x.word && !names?.has(k + 1 + d))) return true;
  return !!toks[k - 2]?.cap && FIELDS.has(`${toks[k + 1]!.lower} ${toks[k + 2]!.lower}`) && FIELDS.has(`${toks[k - 2]?.lower} ${toks[k - 1]!.lower}`);
}

/** After a field comma at k: the end of the fields it lists ("…, Thể thao và Du lịch"), else k. */
export function fieldsEnd(toks: readonly Tok[], k: number): number {
  if (fireEnd(toks, k) > k) return fireEnd(toks, k);
  if (!fieldComma(toks, k)) return k;
  let e = k + 1;
  // Capitalised syllables, one lower-case syllable after a capital ("Thể thao"), "và" before a capital.
  const more = (t: Tok, n: number): boolean => (t.word && (t.cap || (toks[n - 1]!.cap && t.lower !== 'và'))) || fieldComma(toks, n) || (t.lower === 'và' && !!toks[n + 1]?.cap);
  while (e < toks.length && more(toks[e]!, e)) e++;
  return e;
}

const PERSON_WORDS = new Set(['ngư dân', 'nông dân', 'công nhân', 'người dân', 'giáo viên', 'học sinh', 'sinh viên', 'liệt sĩ', 'chủ tàu', 'chủ hộ']);

/** Past "số 7" at k ("Tổ dân phố số 7", "Bệnh viện Đa khoa số 2"): a body's number; else k. */
export const pastNumber = (toks: readonly Tok[], k: number): number => (toks[k]?.lower === 'số' && /^\d+$/.test(toks[k + 1]?.text ?? '') ? k + 2 : k);

export function orgEnd(toks: readonly Tok[], k: number, names: ReadonlySet<number>): number {
  let j = k;
  let good = k;
  let prevCap = false;
  while (j < toks.length && !names.has(j)) {
    const t = toks[j]!;
    // "Bộ Văn hóa, Thể thao và Du lịch": a comma inside a ministry's name, closed by "và" and a capital.
    if (t.text === ',' && good === j && fieldComma(toks, j, names)) {
      j++;
      continue;
    }
    // "Bộ Nông nghiệp và Môi trường", "Sở Văn hóa và Thể thao": "và" joins two capitalised fields of one body.
    if (t.lower === 'và' && good === j && j > k && toks[j + 1]?.cap && !names.has(j + 1) && !VI_HEADS.match(toks, j + 1) && /^(bộ|sở|ban|cục|vụ|viện|ủy|hội|trung|trường|khoa)$/.test(toks[k]!.lower)) {
      j++;
      continue;
    }
    if (!t.word) {
      // "Hội Hàng không - Vũ trụ Việt Nam": a dash inside a name when a capitalised word follows.
      const n = toks[j + 1];
      if (DASHES.has(t.text) && good === j && n?.cap && !names.has(j + 1) && !VI_HEADS.match(toks, j + 1)) {
        j++;
        continue;
      }
      if (t.text !== '&') break;
      j++;
      continue;
    }
    const head = j > k ? VI_HEADS.match(toks, j) : null;
    if ((head?.value === 'office' && !crossesName(j, head.end, names)) || (j > k && VI_AWARD_HEADS.match(toks, j))) break;
    // "Tổng công ty", "Nhà máy": a capitalised body noun of several words is taken whole.
    const noun = t.cap ? VI_ORG_LINKS.match(toks, j) : null;
    if (noun && noun.end > j + 1 && BODY_NOUNS.has(slice2(toks, j, noun.end))) {
      const e = pastNumber(toks, noun.end); // ("Tổ dân phố số 7": a numbered one.)
      [j, good, prevCap] = [e, e, false];
      continue;
    }
    if (t.cap || isAcronym(t)) {
      [j, good, prevCap] = [j + 1, j + 1, true];
      continue;
    }
    // One lower-case syllable completes a capitalised one ("Cơ yếu", "Quốc hội"); foreign words and
    // acronyms are whole already ("Vingroup kiêm", "UBND tặng").
    const p = toks[j - 1]!;
    // "… Hà Nội cần", "… Hải Phòng phối hợp": a known place is whole, nothing completes it.
    const place = [j - 2, j - 1].some((a) => a >= k && VI_PLACES.match(toks, a)?.end === j);
    // "Đại sứ Việt Nam tại Peru": "tại" and a capital go on after the place.
    const posted = t.lower === 'tại' && !!toks[j + 1]?.cap;
    // ("Ủy ban MTTQ Việt Nam phường Thuận Hóa": a national body's local branch goes on after "Việt Nam".)
    const branch = p.lower === 'nam' && toks[j - 2]?.lower === 'việt' && /^(tỉnh|thành|phường|xã|huyện|quận|thị)$/.test(t.lower) && (toks[j + 1]?.cap || !!toks[j + 2]?.cap);
    if (branch) {
      [j, good, prevCap] = [j + 1, j + 1, false];
      continue;
    }
    if ((place && !posted) || VI_ORG_STOP_PAIRS.has(`${t.lower} ${toks[j + 1]?.lower}`)) break;
    // "Ban Quản lý dự án …": a project board's name goes on.
    if (t.lower === 'dự' && toks[j + 1]?.lower === 'án' && toks[k]?.cap && good === j) {
      [j, good, prevCap] = [j + 2, j + 2, false];
      continue;
    }
    // ("Tổng Liên đoàn Lao động Việt Nam": "động" stops a name, except as the end of "Lao động".)
    const word = WHOLE_WORDS.has(`${p.lower} ${t.lower}`);
    if (prevCap && (word || !VI_ORG_STOP.has(t.lower)) && !isAcronym(p) && isVietSyllable(p)) {
      [j, good, prevCap] = [j + 1, j + 1, false];
      continue;
    }
    // "Cục Xuất nhập khẩu (Bộ Công Thương)": a second lower-case syllable where the name visibly closes.
    const closes = !toks[j + 1] || toks[j + 1]!.text === '(' || toks[j + 1]!.text === ',' || names.has(j + 1);
    if (good === j && toks[j - 2]?.cap && !VI_ORG_STOP.has(t.lower) && isVietSyllable(t) && closes) {
      [j, good, prevCap] = [j + 1, j + 1, false];
      continue;
    }
    // "Bí thư huyện ủy", "Chủ tịch UBND tỉnh Lò Văn Muôn": a party committee or a unit right before the name.
    const pair = `${t.lower} ${toks[j + 1]?.lower}`;
    if (PARTY_COMMITTEES.has(pair) || (j >= 2 && `${toks[j - 2]!.lower} ${p.lower} ${t.lower}` === 'liên hợp quốc')) {
      const e = PARTY_COMMITTEES.has(pair) ? j + 2 : j + 1;
      [j, good, prevCap] = [e, e, false];
      continue;
    }
    const link = VI_ORG_LINKS.match(toks, j);
    if (!link) {
      // "Khu bảo tồn thiên nhiên Ngọc Linh", "Vườn quốc gia Cúc Phương": lower-case words naming the
      // kind of body, then its capitalised proper name.
      let m = j;
      while (m < toks.length && m - j < 4 && toks[m]!.word && !toks[m]!.cap && !VI_ORG_STOP.has(toks[m]!.lower) && !/^\d/.test(toks[m]!.text)) m++;
      // (Not a person's description: "Nghiệp đoàn … Sông Đốc và ngư dân Lâm Văn Tám", "… và ông A".)
      const person = VI_HONORIFICS.match(toks, j) || PERSON_WORDS.has(`${t.lower} ${toks[j + 1]?.lower}`);
      const proper = m > j && toks[m]?.cap && !names.has(m) && !VI_HEADS.match(toks, m) && toks[k]!.cap && !person;
      if (!proper) break;
      [j, good, prevCap] = [m, m, false];
      continue;
    }
    // "UBND tỉnh Lạng Sơn", "UBND tỉnh, …", "Bằng khen của UBND tỉnh cho …": the level ends the name.
    const after = toks[link.end];
    const ends = !after || /^[,.;)]$/.test(after.text) || (after.word && !after.cap && VI_ORG_STOP.has(after.lower));
    const whole = UNITS.has(t.lower) || BODY_NOUNS.has(slice2(toks, j, link.end));
    // "Chủ tịch Hội đồng quản trị Đinh Công Toại": a link right before the name completes the body.
    if ((whole && ends) || (names.has(link.end) && !CONNECTORS.has(t.lower))) good = link.end;
    [j, prevCap] = [link.end, false];
  }
  return good;
}

// Heads that say nothing of a position without their body ("Thành viên", "Đại diện"; "Đội trưởng" alone is a team captain).
const NOT_ALONE = new Set(['thành viên', 'đội trưởng', 'trưởng', 'đại diện', 'ủy viên', 'người đứng đầu', 'người phụ trách', 'chỉ huy', 'trưởng đại diện', 'đồng chủ tịch', 'thủ trưởng']);

// "Trung Quốc Vương Nghị": "Quốc vương" (king) is no head when a name starts inside it.
const crossesName = (from: number, to: number, names: ReadonlySet<number>): boolean => {
  for (let k = from + 1; k < to; k++) if (names.has(k)) return true;
  return false;
};

/** The title starting at token i, or null. Org heads need their organisation. */
export function titleAt(toks: readonly Tok[], i: number, names: ReadonlySet<number>): Title | null {
  const pre = VI_TITLE_PREFIX.has(toks[i]?.lower ?? '') ? 1 : 0;
  const h = VI_HEADS.match(toks, i + pre);
  if (!h || crossesName(i + pre, h.end, names)) return null;
  const first = toks[i + pre]!;
  // "Đại diện" opening a sentence is the common word capitalised ("Đại diện Ban X, ông Y cho biết").
  const opens = i + pre === 0 || /^[.:;"“]$/.test(toks[i + pre - 1]?.text ?? '');
  if ((!first.cap || opens) && VI_CAP_ONLY.has(`${first.lower} ${toks[i + pre + 1]?.lower}`)) return null;
  // ("anh A, thành viên câu lạc bộ": a member of a body named in lower case holds no post.)
  if (/^(thành viên|hội viên)$/.test(slice2(toks, i + pre, h.end)) && !toks[h.end]?.cap) return null;
  let to = orgEnd(toks, h.end, names);
  // "Trưởng ấp 3", "Trưởng thôn 5": a numbered unit completes the head.
  if (h.value === 'org' && to === h.end && /^\d{1,3}$/.test(toks[to]?.text ?? '') && /^(ấp|thôn|bản|khu|tổ|đội|phố)$/.test(toks[h.end - 1]!.lower)) to++;
  // ("Hiệu trưởng Nguyễn Thị Thu Sương", "Thuyền trưởng Trần Quốc Dũng": a head that leads people, its body understood, right before a full name.)
  const alone = to === h.end && first.cap && names.has(h.end) && !NOT_ALONE.has(slice2(toks, i + pre, h.end));
  if (h.value === 'org' && to === h.end && !alone) return null;
  // A short acronym in brackets belongs to the organisation ("Trung tâm Vũ trụ Việt Nam (VASA)"), and so
  // does its parent body right before a name ("Cục Xuất nhập khẩu (Bộ Công Thương) Ngô Thị Thanh Hà").
  const close = toks[to + 2]?.text === ')' ? to + 2 : toks[to + 3]?.text === ')' ? to + 3 : -1;
  if (to > h.end && toks[to]?.text === '(' && close > 0 && toks[to + 1]!.cap) to = close + 1;
  else if (to > h.end && toks[to]?.text === '(' && toks[to + 1]?.cap) {
    const end = toks.findIndex((t, k) => k > to && k - to <= 7 && t.text === ')');
    if (end > 0 && names.has(end + 1) && toks.slice(to + 1, end).every((t) => t.word)) to = end + 1;
  }
  return { from: i, head: h.end, to, kind: h.value };
}

/** All titles of a sentence, longest first at each start, skipping heads inside a head. */
export function titlesIn(toks: readonly Tok[], names: ReadonlySet<number>): Title[] {
  const out: Title[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (names.has(i)) continue;
    const t = titleAt(toks, i, names);
    if (!t) continue;
    out.push(t);
    i = t.head - 1;
  }
  return out;
}

/**
 * Lets a title run on over lower-case words up to ";" or to ", <next title>", where a list of
 * titles makes the end certain ("… Trưởng ban Chỉ đạo Công tác thông tin đối ngoại;").
 */
export function runToDelimiter(toks: readonly Tok[], t: Title, names: ReadonlySet<number>): void {
  let j = t.to;
  while (j < toks.length && j - t.to < 6 && toks[j]!.word && !toks[j]!.cap && !names.has(j)) j++;
  if (j === t.to || j - t.to >= 6) return;
  const d = toks[j]?.text;
  if (d === ';' || (d === ',' && titleAt(toks, j + 1, names))) t.to = j;
}
