/**
 * Vietnamese personal names in a token run: a surname and one to three capitalised syllables
 * ("Ngô Thị Thanh Hằng"), or a foreign name written in Latin letters ("Joko Widodo").
 */
import { memo, PhraseTrie, type Tok } from '../../words';
import { EN_GIVEN_NAMES } from '../en/given-names';
import { hasOrgWord } from '../en/names';
import { VI_PLACES, VI_PLACE_WORDS } from './gazetteer';
import { VI_HIGHLANDS_SURNAMES, VI_SURNAMES } from './surnames';
import { VI_HEADS } from './titles';

/** A name as token indices [from, to). */
export interface NameSpan {
  from: number;
  to: number;
  foreign: boolean;
}

const SYLLABLE = /^\p{Lu}[\p{Ll}\u00AD]*$/u;
const MINORITY = /^[HYK]['’]?\p{Lu}?\p{Ll}*$/u;
// A plausible Vietnamese syllable once diacritics are gone; foreign words fail it ("Joko", "Trump").
const VIET =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?([aeiouy]{1,3})(ch|ng|nh|[cmnptl])?$/;
// Words that open an organisation or a work, so the capitalised words after them are its name.
const NOT_PERSON_AFTER = new Set([
  'giải', 'thưởng', 'chương', 'viện', 'trường', 'học', 'tàng', 'lăng', 'đền', 'chùa', 'hát', 'tưởng', 'cách',
  'tàu', 'đội', 'ngành', 'quỹ', 'công ty', 'tncs', 'tntp',
  // "Bí thư Huyện ủy Lâm Thao": a two-syllable run after a committee is its district.
  'ủy',
]);

// Words after which a capitalised run names a school, street or bridge after someone.
const NAMED_AFTER = new Set(['thpt', 'thcs', 'ptth', 'ptdtnt', 'chuyên', 'trường', 'đường', 'phố', 'cầu']);

// First words of foreign place names ("Santa Barbara", "Los Angeles", "New York").
const FOREIGN_PLACE = new Set([
  'santa', 'san', 'los', 'las', 'new', 'saint', 'st', 'port', 'fort', 'mount', 'lake', 'north', 'south',
  'east', 'west', 'cape', 'el', 'la', 'le', 'rio', 'sao', 'buenos', 'hong', 'kuala', 'abu', 'tel', 'ho',
]);
// Callings written before a stage or pen name without a surname ("ca sĩ Thu Hòa", "tiền vệ Văn Toàn").
const CALLINGS = new PhraseTrie<true>();
for (const w of `ca sĩ|nữ ca sĩ|nam ca sĩ|nghệ sĩ|diễn viên|diễn viên hài|đạo diễn|nhạc sĩ|họa sĩ|nhà văn|nhà thơ
|biên đạo|nsnd|nsưt|nghệ nhân|người mẫu|hoa hậu|á hậu|mc|rapper|tiền vệ|tiền đạo|hậu vệ|thủ môn|cầu thủ
|danh thủ|võ sĩ|kỳ thủ|vận động viên|vđv|tay vợt|cua-rơ|xạ thủ|nhà báo|tác giả|dịch giả|nhạc công`.split(/[|\n]/)) {
  CALLINGS.add(w.trim(), true);
}
const callingEnds = (toks: readonly Tok[], i: number): boolean =>
  [1, 2, 3].some((n) => i - n >= 0 && CALLINGS.match(toks, i - n)?.end === i);

const EVENT_WORD = /^(olympic|olympiad|festival|expo|cup|awards?|marathon|games|open|grand|prix|world|asian|asean|sea|super|league|championship)$/;
const COURTESY = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'thầy', 'ngài']);
const vietKey = memo((lower): boolean => VIET.test(lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')));
// Up to 14 letters: a foreign name may be longer than a syllable ("Fernandes", "Rabindranath").
// "Xổm-phon Keo-bun-hương": Lao and Khmer names transliterated syllable by syllable, hyphenated.
const HYPHENATED = /^\p{Lu}\p{Ll}+(-\p{Ll}+)+$/u;
// Memoised per word: every extractor reads the same few hundred words many times.
const syllableText = memo(
  (s): boolean => (s.length >= 2 && s.length <= 14 && (SYLLABLE.test(s) || MINORITY.test(s))) || (s.length <= 24 && HYPHENATED.test(s)),
);
// Every form starts with a capital, so most words skip the lookup.
const isSyllable = (t: Tok): boolean => t.cap && syllableText(t.text);
// "Sùng A Hồ", "Giàng A Páo": a one-letter middle name of the Hmong, inside a run only.
const midLetter = (toks: readonly Tok[], j: number): boolean =>
  /^[AY]$/.test(toks[j]?.text ?? '') && !!toks[j + 1] && isSyllable(toks[j + 1]!);
/** True when the token reads as one Vietnamese syllable ("Quang"), false for "Joko", "Trump". */
export const isVietSyllable = (t: Tok): boolean => vietKey(t.lower);

// "Hà Nội", "thành phố Hồ Chí Minh", "đường Lê Lợi": a place, not a person.
function placeBefore(toks: readonly Tok[], i: number): boolean {
  const a = toks[i - 1];
  const b = toks[i - 2];
  if (!a) return false;
  if (VI_PLACE_WORDS.has(a.lower) || NOT_PERSON_AFTER.has(a.lower)) return true;
  return !!b && VI_PLACE_WORDS.has(`${b.lower} ${a.lower}`);
}

// A surname first, and every syllable reads as Vietnamese: "Sao Mai Semi" (a company) is no "Mai Semi".
function surnameLed(toks: readonly Tok[], a: number, to: number): boolean {
  if (!VI_SURNAMES.has(toks[a]!.lower)) return false;
  // (… or after a middle "Thị"/"Văn", a Khmer or other minority given name: "Thạch Thị Sa Rươne".)
  const highlands = VI_HIGHLANDS_SURNAMES.has(toks[a]!.lower) || /^(thị|văn)$/.test(toks[a + 1]?.lower ?? '');
  for (let k = a + 1; k < to; k++) {
    const t = toks[k]!;
    if (highlands && /^\p{Lu}[\p{Ll}'’]{0,6}$/u.test(t.text)) continue;
    if (!isVietSyllable(t) && !MINORITY.test(t.text) && !HYPHENATED.test(t.text)) return false;
  }
  return true;
}

function inCompanyName(toks: readonly Tok[], s: number): boolean {
  const prev = toks[s - 1];
  // (Not after "là": "Công ty Quản lý bay miền Nam là Hà Thị Mỹ Duyên" names a person.)
  if (!prev?.word || prev.cap || /^(là|gồm|có)$/.test(prev.lower)) return false;
  // ("Công ty Cổ phần Tư vấn Thiết kế Sông Hàn Xanh": the trade may take a few words.)
  for (let k = s - 2; k >= 0 && s - k <= 9; k--) {
    if (!toks[k]!.word) return false;
    if ((toks[k]!.lower === 'ty' && toks[k - 1]?.lower === 'công') || (toks[k]!.lower === 'phần' && toks[k - 1]?.lower === 'cổ')) return true;
    if (/^(tnhh|cp|jsc|htx)$/.test(toks[k]!.lower)) return true;
  }
  return false;
}

// Pick the name inside a run of capitalised syllables [from, to).
function pick(toks: readonly Tok[], from: number, to: number): NameSpan | null {
  // A sentence may open with a courtesy word: "Ông Lê Văn Hòa", "Bà Lan".
  const courteous = from < to && COURTESY.has(toks[from]!.lower);
  while (from < to && COURTESY.has(toks[from]!.lower)) from++;
  // "Ông A Thuận", "Ông Y Khuê": a one-letter first name of the Xơ Đăng, Ca Dong or Ê Đê.
  if (courteous && /^[AY]$/.test(toks[from]?.text ?? '') && to - from >= 2 && to - from <= 3) return { from, to, foreign: false };
  let s = from;
  for (let p = VI_PLACES.match(toks, s); p && p.end <= to; p = VI_PLACES.match(toks, s)) s = p.end;
  const len = to - s;

  // After "TP", "đường", "Giải thưởng": a two-syllable run or "Hồ Chí Minh" names the place or work;
  // a longer run is a person ("UBND TP Nguyễn Doãn Toản").
  if (s === from && placeBefore(toks, s) && (len <= 2 || (toks[s]!.lower === 'hồ' && toks[s + 1]?.lower === 'chí'))) return null;
  // "Trường THPT Chu Văn An", "đường Nguyễn Văn Linh", "Đại học Tôn Đức Thắng": named after a person, any length.
  const school = toks[s - 1]?.lower === 'học' && /^(đại|tiểu)$/.test(toks[s - 2]?.lower ?? ''); // not "nhà khoa học A"
  // … but "Bộ Nông nghiệp và Môi trường Đỗ Văn Thịnh": "môi trường", "thị trường" are words, not schools.
  const compound = toks[s - 1]?.lower === 'trường' && /^(môi|thị|chiến|quảng|hiện|lập|công|nông|ngư|phi)$/.test(toks[s - 2]?.lower ?? '');
  // ("Giải thưởng Tạ Quang Bửu", "Giải Lê Văn Tám": a prize named after someone.)
  const prize = toks[s - 1]?.text === 'Giải' || (toks[s - 1]?.lower === 'thưởng' && toks[s - 2]?.text === 'Giải');
  const long = len >= 5; // (goes on to its person: "Trường THCS Bình An Nguyễn Thị Thu Sương", "… Xây dựng Đăk Bla Phạm Quang Minh")
  if (s === from && !compound && !long && (NAMED_AFTER.has(toks[s - 1]?.lower ?? '') || school || prize)) return null;
  // "Công ty CP Cà phê Cao Nguyên Xanh": right after the lower-case trade of a company, it is the company's name.
  if (s === from && !long && inCompanyName(toks, s)) return null;
  if (len >= 2 && len <= 4 && surnameLed(toks, s, to)) return { from: s, to, foreign: false };
  // ("Nhà hát Tuồng Đào Tấn": a short run after a body's first word is its name, even when it ends in a person's.)
  const body = s === from && !long && NOT_PERSON_AFTER.has(toks[s - 1]?.lower ?? '');
  for (const n of body ? [] : [3, 4, 2]) {
    const a = to - n;
    // ("Nhà hát Chèo Ninh Bình": a province closing a body's name is no person.)
    // ("Trưởng Đoàn Nghệ thuật …": a troupe after its head's title, though "Đoàn" is a surname too.)
    const troupe = toks[a]?.lower === 'đoàn' && /^(trưởng|phó)$/.test(toks[a - 1]?.lower ?? '');
    if (a > s && surnameLed(toks, a, to) && VI_PLACES.match(toks, a)?.end !== to && !troupe) return { from: a, to, foreign: false };
  }
  // A foreign name ends the run: from a known given name ("Apple Tim Cook"), else from the last
  // words that are not Vietnamese syllables ("Liên Hợp Quốc António Guterres").
  if (len < 2) return null;
  let f = s;
  const given = toks.slice(s + 1, to).findIndex((t) => EN_GIVEN_NAMES.has(t.lower));
  if (given >= 0 && to - (s + 1 + given) >= 2) f = s + 1 + given;
  else if (len > 4 || isVietSyllable(toks[s]!)) while (f < to - 2 && (to - f > 3 || isVietSyllable(toks[f]!))) f++;
  const foreign = toks.slice(f, to);
  // ("huy chương Vàng Olympic Hóa học": a contest's name, not a person.)
  if (foreign.length < 2 || foreign.length > 4 || FOREIGN_PLACE.has(foreign[0]!.lower) || EVENT_WORD.test(foreign[0]!.lower)) return null;
  // "Công ty TNHH Watanabe Steel Việt Nam": a company, not a person.
  // ("Công ty Midori Trading": Latin words right after "công ty" are its name; a Vietnamese name there
  // is the person a title names, "Chủ tịch HĐQT Tổng công ty Đinh Công Toại".)
  const firm = toks[f - 1]?.lower === 'ty' && toks[f - 2]?.lower === 'công';
  if (firm || /^(TNHH|CP|JSC|Co|Corp|Ltd|Inc)$/.test(toks[f - 1]?.text ?? '') || VI_PLACES.match(toks, to - 2)?.end === to) return null;
  // "Sao Mai Semi", "Hoa Sen Robotics" (companies): a foreign tail after Vietnamese words of the same
  // run is a brand, not a foreigner; "Kim Jong-un" keeps its hyphenated given name.
  const brand = f > s && given < 0 && isVietSyllable(foreign[0]!) && !foreign.some((t) => t.text.includes('-'));
  // "Langbiang Pine Resort", "Sao Mai Robotics": a body's word makes it a business, not a person.
  // ("Đoàn Nghệ thuật Khmer Ánh Bình Minh": a foreign word before Vietnamese ones names a body.)
  const vietTail = foreign.slice(1).filter((t) => isVietSyllable(t) && !EN_GIVEN_NAMES.has(t.lower)).length >= 2 && !isVietSyllable(foreign[0]!);
  const latin = !brand && !vietTail && !hasOrgWord(toks, f, to) && foreign.some((t) => !isVietSyllable(t)) && foreign.every((t) => t.text.length > 1);
  return latin ? { from: f, to, foreign: true } : null;
}

const namesOf = new WeakMap<readonly Tok[], NameSpan[]>();

/**
 * The personal names in a sentence's tokens, left to right. Linear in the token count; memoised
 * per token array, as officials, awards and entities all read the same sentences.
 */
export function viNames(toks: readonly Tok[]): NameSpan[] {
  let found = namesOf.get(toks);
  if (!found) namesOf.set(toks, (found = findNames(toks)));
  return found;
}

// The end of a run of capitalised words that are not Vietnamese syllables from k ("Goodenough"), or k.
function foreignAt(toks: readonly Tok[], k: number): number {
  let e = k;
  while (e < toks.length && isSyllable(toks[e]!) && !isVietSyllable(toks[e]!)) e++;
  return e;
}

function findNames(toks: readonly Tok[]): NameSpan[] {
  const out: NameSpan[] = [];
  let i = 0;
  while (i < toks.length) {
    // "Y Khuê Niê": an Ê Đê man's name opens with a one-letter "Y".
    // Not "Đại học Y Hà Nội" (Y is medicine there): a place may not follow, nor a school word precede.
    const yPrefix = (toks[i]!.text === 'Y' && !!toks[i + 1] && isSyllable(toks[i + 1]!) && !!toks[i + 2] && isSyllable(toks[i + 2]!) &&
      !VI_PLACES.match(toks, i + 1) && !/^(học|dược|khoa|viện|tế|trường|ngành)$/.test(toks[i - 1]?.lower ?? '')) ||
      // "ông A Thuận", "anh A Sáng": the "A" of Xơ Đăng and Ca Dong names, after a courtesy word.
      (toks[i]!.text === 'A' && COURTESY.has(toks[i - 1]?.lower ?? '') && !!toks[i + 1] && isSyllable(toks[i + 1]!));
    if (yPrefix && toks[i]!.text === 'A') {
      const e = toks[i + 2] && isSyllable(toks[i + 2]!) && !VI_HEADS.match(toks, i + 2) ? i + 3 : i + 2;
      out.push({ from: i, to: e, foreign: false });
      i = e;
      continue;
    }
    // "M. Stanley Whittingham": an initial before a foreign name.
    const lead = toks[i + 1]?.text === '.' && /^\p{Lu}$/u.test(toks[i]!.text) && foreignAt(toks, i + 2) > i + 3 ? foreignAt(toks, i + 2) : -1;
    if (lead > 0) {
      out.push({ from: i, to: lead, foreign: true });
      i = lead;
      continue;
    }
    if ((!isSyllable(toks[i]!) && !yPrefix) || GRADE.test(toks[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    // A head inside the run ends the name ("… Trần Đại Quang Phó …" never glues a title on).
    while (j < toks.length && (isSyllable(toks[j]!) || midLetter(toks, j)) && !VI_HEADS.match(toks, j)) j++;
    // An initial ("Nguyễn Thị Thanh T.") is an anonymised person, not a name to keep.
    const initialAfter = toks[j]?.text.length === 1 && /\p{Lu}/u.test(toks[j]!.text);
    // "John B. Goodenough": a middle initial inside a foreign name.
    const middle = initialAfter && toks[j + 1]?.text === '.' && !toks.slice(i, j).some(isVietSyllable) ? foreignAt(toks, j + 2) : -1;
    if (middle > j + 2) {
      out.push({ from: i, to: middle, foreign: true });
      i = middle;
      continue;
    }
    let n = initialAfter ? null : pick(toks, i, j);
    // A stage name after its calling: two or three syllables, not a place ("ca sĩ Thu Hòa").
    if (!n && !initialAfter && j - i >= 2 && j - i <= 3 && callingEnds(toks, i) && !VI_PLACES.match(toks, i)) {
      if (toks.slice(i, j).every(isVietSyllable)) n = { from: i, to: j, foreign: false };
    }
    // "cô Pả Lêm Thị Hoa", "Alăng Thị Ngọt": a surname no list holds, known by the middle "Thị" or "Văn".
    const middleName = toks.slice(i + 1, j - 1).some((t) => /^(thị|văn)$/.test(t.lower));
    // (Only where a person stands: after a courtesy word, a comma or at the start; "Trường THPT Chu Văn An" is a school.)
    const personSlot = i === 0 || COURTESY.has(toks[i - 1]!.lower) || /^[,;:(]$/.test(toks[i - 1]!.text);
    if (!n && !initialAfter && personSlot && j - i >= 3 && j - i <= 5 && middleName && !VI_PLACES.match(toks, i) && toks.slice(i, j).every(isVietSyllable)) n = { from: i, to: j, foreign: false };
    if (n && !workTitle(toks, n) && !(toks[n.to - 1]!.lower === 'trung' && toks[n.to]?.lower === 'ương') && !/^(TNHH|MTV|CP)$/.test(toks[n.from - 1]?.text ?? '')) out.push(n); // (not "Công ty TNHH Bạc Hoa …", a firm)
    i = j;
  }
  return out;
}

export const GRADE = /^(II|III|IV)$/; // a grade's Roman numeral ("bác sĩ chuyên khoa II Vàng A Dính") opens no name
// 'vở "Quan Âm Thị Kính"': a name that fills a quotation is the title of a work, not a person ("Đoàn Chèo Trung ương" is a body).
function workTitle(toks: readonly Tok[], n: NameSpan): boolean {
  return /^["“]$/.test(toks[n.from - 1]?.text ?? '') && /^["”]$/.test(toks[n.to]?.text ?? '');
}

/** True for a woman's name ("… Thị …"), false for a man's ("… Văn …"), null when the name does not say. */
export function viFemale(name: string): boolean | null {
  const words = name.toLowerCase().split(/\s+/).slice(1, -1);
  return words.includes('thị') ? true : words.includes('văn') ? false : null;
}

/** A word that may follow a given name written alone ("Hiếu ở nội dung nam", "Tuyền từng …"), or none. */
export const afterGivenName = (t: Tok | undefined): boolean =>
  !t || !t.word || /^(ở|và|vì|với|tại|trong|cùng|năm|do|khi|sau|nhờ|từng|đã|được|cho|là|nói|chia|đạt|giành|nhận|vẫn|cũng|sẽ|đang|không|chưa|bị|theo|kể|bắt|bước|sinh|vừa|hiện|luôn|thường|rất|còn|lại|muốn|mong|tiếp)$/.test(t.lower);
