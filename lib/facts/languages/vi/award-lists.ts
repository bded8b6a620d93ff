/**
 * Recipients written as lists: the people listed after "cho" in one sentence, and lists the
 * sentence does not hold — every author after "thuộc về", the items below "… được trao cho:", and
 * the first cell of each row of a table under a caption.
 */
import { slice } from '../../words';
import { BODY_WORDS, VI_NUMBER } from './award-clauses';
import type { Sent } from './award-parties';
import { coordinatedParts, np, NP_STOP } from './award-phrases';
import { VI_PLACES } from './gazetteer';
import { GRADE, isVietSyllable, viNames } from './names';
import { titleAt } from './title-parse';
import { VI_HONORIFICS } from './titles';

// Every name from token j to the sentence end, outside brackets (which hold the authors' outlets).
export function namesAfter(s: Sent, j: number): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let k = j; k < s.u.toks.length; k++) {
    const t = s.u.toks[k]!.text;
    // "…, còn giải B được trao cho C", "… trong khi giải B …": the next award's recipients are its own.
    if (s.awards.some((a) => a.from === k) || (/^(còn|trong)$/.test(s.u.toks[k]!.lower) && s.u.toks[k - 1]?.text === ',')) break;
    depth += t === '(' ? 1 : t === ')' ? -1 : 0;
    const n = depth ? undefined : s.starts.get(k);
    if (n) out.push(slice(s.u.source, s.u.toks, n.from, n.to));
  }
  return out;
}

// A sentence read with its personal names and no awards of its own (lists read for another sentence's award).
const sentOf = (u: Sent['u']): Sent => ({ u, starts: new Map(viNames(u.toks).map((n) => [n.from, n])), awards: [] });

// The recipient each list item after a colon names: its first name, else its capitalised body.
export function listItems(units: readonly Sent['u'][], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k < units.length && k - from < 12; k++) {
    const u = units[k]!;
    if (u.toks.length > 40 || u.paragraph === units[from - 1]?.paragraph) break;
    const s = sentOf(u);
    const names = [...s.starts.values()];
    const start = u.toks.findIndex((t) => t.cap);
    // A body as the whole item ("Đội tuyển bóng chuyền nữ quốc gia."), up to a bracket or the end.
    let end = start;
    while (end >= 0 && end < u.toks.length && u.toks[end]!.word && end - start < 12) end++;
    const whole = start >= 0 && end > start + 1 && !/^[(\w]/u.test(u.toks[end]?.text ?? '.') ? slice(u.source, u.toks, start, end) : null;
    const who = names[0] ? slice(u.source, u.toks, names[0].from, names[0].to) : start >= 0 ? (np(s, start, u.toks.length) ?? whole) : null;
    if (!who) break;
    // ("Trường X: cô A và thầy B;": both the people an item names, joined by "và".)
    const pair = names[1] && names[1].from - names[0]!.to <= 2 && u.toks[names[0]!.to]?.lower === 'và' && u.toks.slice(names[0]!.to + 1, names[1].from).every((t) => !t.cap);
    out.push(who, ...(pair ? [slice(u.source, u.toks, names[1]!.from, names[1]!.to)] : []));
    if (!/^[;,]$/.test(u.toks[u.toks.length - 1]?.text ?? '')) break;
  }
  return out;
}

// The recipient in the first cell of each table row ("PGS.TS Hà Thị Minh Khuê | Khoa học"); the
// header row ("Cá nhân / tập thể | Lĩnh vực") names nobody and is skipped.
export function tableRows(units: readonly Sent['u'][], from: number): string[] {
  const out: string[] = [];
  for (let k = from; k < units.length && k - from < 30; k++) {
    const { toks, source } = units[k]!;
    const bar = toks.findIndex((t) => t.text === '|');
    if (bar < 0) break;
    const names = viNames(toks).filter((n) => n.to <= bar);
    const cell = toks.slice(0, bar).filter((t) => t.text !== '(' && t.text !== ')');
    const body = cell[0]?.cap && cell.slice(1).some((t) => t.cap) && !cell.some((t) => t.text === '/');
    if (names[0]) out.push(slice(source, toks, names[0].from, names[0].to));
    else if (body) out.push(slice(source, toks, 0, bar).trim());
  }
  return out;
}

// Between two listed recipients: a comma or "và", then at most a few lower-case words naming
// what they are ("ca sĩ", "đạo diễn", "thầy", "các nghệ sĩ").
const LIST_JOIN = /^(,|;|và|cùng)$/;
// Verbs and links that start another clause: "cho A và tặng Bằng khen cho B" lists no B here.
const LIST_BREAK = /^(cho|tặng|trao|được|đã|là|nhận|có|của|thuộc|vì|do|từ)$/; // ("một bộ phim đến từ Trung Á": where it comes from)

// Two to four capitalised Vietnamese syllables that are not a place.
function bareName(s: Sent, k: number): { from: number; to: number } | undefined {
  const { toks } = s.u;
  let e = GRADE.test(toks[k]!.text) ? k + 1 : k; // (a grade, then the name)
  if (e > k) return s.starts.get(e) ?? bareName(s, e);
  while (e < toks.length && e - k < 4 && toks[e]!.cap && isVietSyllable(toks[e]!)) e++;
  // (Not a body: "giáo viên Trường Tiểu học Vị Tân 3".)
  return e - k >= 2 && !VI_PLACES.match(toks, k) && !BODY_WORDS.match(toks, k) ? { from: k, to: e } : undefined;
}

// ("… và tập thể Khoa Hồi sức tích cực - Chống độc, Bệnh viện X": a body after its describing words, whole.)
function bodyAt(s: Sent, k: number, end: number): { from: number; to: number } | undefined {
  const { toks } = s.u;
  // (Only after "tập thể": "công nhân Công ty X" after a name is where that person works.)
  const r = toks[k]!.cap && BODY_WORDS.match(toks, k) && toks[k - 2]?.lower === 'tập' && toks[k - 1]?.lower === 'thể' ? np(s, k, end) : null;
  const to = r ? toks.findIndex((t, e) => e >= k && t.end - toks[k]!.start === r.length) + 1 : 0;
  return to > k ? { from: k, to } : undefined;
}

/**
 * Every person of a list written from token j: "cho ca sĩ A và đạo diễn B", "cho các nghệ sĩ A, B,
 * C". One award given to several people is one entry per person, so the list is read whole.
 * Stops at anything that is not a name, a joiner or a short lower-case descriptor, so an
 * apposition ("A, Giám đốc Sở X, …") ends it.
 */
export function listedNames(s: Sent, j: number, end: number): string[] {
  const { toks, source } = s.u;
  const names: ReadonlySet<number> = new Set(s.starts.keys());
  const out: string[] = [];
  let k = j;
  let gap = 0;
  while (k < end && k < toks.length) {
    // A stage or pen name without a surname ("ca sĩ Thu Hòa") after its descriptor.
    const n = s.starts.get(k) ?? (gap > 0 ? (bareName(s, k) ?? bodyAt(s, k, end)) : undefined);
    if (n) {
      out.push(slice(source, toks, n.from, n.to));
      [k, gap] = [n.to, 0];
      // "A, Trưởng khoa …; B", "B, nghệ sĩ đàn tính của Nhà hát X và C": an apposition after a listed
      // name, to the next "và" or ";" (a comma may sit inside the apposition's body).
      // ("A (xã X), người nuôi ếch và lươn …, và chị B": a bracket first, and ", và" over a "và" inside.)
      if (toks[k]?.text === '(') {
        const close = toks.findIndex((t, m) => m > k && t.text === ')');
        if (close > 0 && close - k < 16) k = close + 1;
      }
      if (toks[k]?.text === ',') {
        const listed = toks.findIndex((t, m) => m > k && m - k < 32 && m < end && t.lower === 'và' && toks[m - 1]!.text === ',');
        let m = listed > 0 && !toks.slice(k, listed).some((_, d) => s.starts.has(k + d)) ? listed : k + 1;
        while (m < end && m - k < 32 && !/^(;|và)$/.test(toks[m]!.lower) && !s.starts.has(m)) m++;
        if (m < end && m - k < 32 && !s.starts.has(m)) k = m;
        // ("…, và cô Lò Thị Mai, giáo viên điểm trường Phìn Hồ.": an apposition closing the list.)
        else if (m >= end && out.length > 1) break;
      }
      continue;
    }
    // "cho ba nhà giáo: thầy Lìn, cô Hường và cô Lò Thị Mai": a given name alone after a courtesy word.
    // ("bác sĩ Long", "kỹ sư Hùng": any lower-case honorific.)
    const hon = !toks[k]!.cap ? (VI_HONORIFICS.match(toks, k)?.end ?? -1) : -1;
    const at = hon > k ? hon : k + 1;
    const given = toks[at];
    const courtesy = /^(thầy|cô|ông|bà|anh|chị|em|cụ)$/.test(toks[k]!.text) || hon > k;
    if (courtesy && given?.cap && isVietSyllable(given) && !toks[at + 1]?.cap && !s.starts.has(at)) {
      out.push(given.text);
      [k, gap] = [at + 1, 0];
      continue;
    }
    // "cho Đại sứ Phần Lan A và Trưởng đại diện UNICEF B", "NSƯT C": a title or honorific before a listed name.
    const title = toks[k]!.cap ? (titleAt(toks, k, names)?.to ?? VI_HONORIFICS.match(toks, k)?.end) : undefined;
    // ("Trưởng khoa Gây mê hồi sức Phạm Thị Hiền": the name a few words on, when the title stops short.)
    const ahead = title ? [0, 1, 2, 3, 4, 5].map((d) => title + d).find((p) => s.starts.has(p) && toks.slice(title, p).every((x) => x.word)) : undefined;
    if (ahead !== undefined) {
      k = ahead;
      continue;
    }
    const t = toks[k]!;
    const joiner = LIST_JOIN.test(t.lower) && (out.length > 0 || t.lower === 'cùng');
    if (joiner || (t.word && !t.cap && !NP_STOP.has(t.lower) && !LIST_BREAK.test(t.lower) && ++gap <= 6)) {
      if (joiner) gap = 0;
      k++;
      continue;
    }
    break;
  }
  return out;
}

// "Trong số các tập thể được khen có …", "các cá nhân gồm …, trong đó có …": the sentence after an
// award given to a counted group names some of its members.
const PRAISED = /^(khen|khen thưởng|tặng|trao|vinh|nhận|biểu dương)$/;

/** Who the sentence after "trao X cho 12 tập thể và 25 cá nhân" names, one per body or person. */
export function namedBelow(units: readonly Sent['u'][], from: number): string[] {
  const u = units[from];
  if (!u) return [];
  const { toks } = u;
  // ("Hai cá nhân nhận giải năm nay là A và ông B": those who took it, named after "là".)
  const took = toks.findIndex((t, k) => k < 6 && t.lower === 'nhận' && toks[k + 1]?.lower === 'giải') >= 0 ? toks.findIndex((t, k) => k < 10 && t.lower === 'là') : -1;
  // ("Các tập thể gồm: A, B và C": the kinds counted before, listed.)
  const kinds = /^(các|những)$/.test(toks[0]?.lower ?? '') && /^(tập|cá|đơn)$/.test(toks[1]?.lower ?? '') ? toks.findIndex((t, k) => k < 5 && t.lower === 'gồm') : -1;
  const cue = took >= 0 ? took : kinds > 0 ? kinds : toks.findIndex((t, k) => k < 12 && t.lower === 'được' && PRAISED.test(toks[k + 1]?.lower ?? ''));
  const among = /^trong$/.test(toks[0]?.lower ?? '') && /^(số|đó)$/.test(toks[1]?.lower ?? '');
  // ("Người trẻ nhất trong số đó là chị A": one of them, described.)
  const amid = toks.findIndex((t, k) => k > 0 && k < 6 && t.lower === 'trong' && toks[k + 1]?.lower === 'số' && /^(đó|này)$/.test(toks[k + 2]?.lower ?? '') && toks[k + 3]?.lower === 'là');
  // ("Ba cá nhân là A, B và C": the counted kind, then "là".)
  const countedIs = VI_NUMBER.test(toks[0]?.lower ?? '') && /^(cá|tập|đơn)$/.test(toks[1]?.lower ?? '') && toks[3]?.lower === 'là' ? 3 : -1;
  if (cue < 0 && !among && amid < 0 && countedIs < 0) return [];
  // "Trong số 42 người được nhận có:" and one item per person below.
  if (toks[toks.length - 1]?.text === ':' && /^(có|gồm|là)$/.test(toks[toks.length - 2]?.lower ?? '')) return listItems(units, from + 1);
  const s = sentOf(u);
  const out: string[] = [];
  for (let k = 0; k < toks.length; k++) {
    // ("Ba cá nhân được khen là A, B và C": after "là" right past the praise.)
    const praisedIs = toks[k]!.lower === 'là' && k === cue + 2 && toks[cue]?.lower === 'được';
    if (!/^(có|gồm)$/.test(toks[k]!.lower) && !(amid > 0 && k === amid + 3) && k !== took && k !== countedIs && !praisedIs) continue;
    if (toks[k + 1]?.text === ':') k++; // "Các tập thể được khen gồm: A, B …"
    // ("Trong số này có ba người của Trạm X: A, B và C": the people after the colon of a counted group.)
    const colon = toks.findIndex((t, m) => m > k && m - k < 12 && t.text === ':');
    if (colon > 0 && VI_NUMBER.test(toks[k + 1]?.lower ?? '')) k = colon;
    const stop = toks.findIndex((t, m) => m > k && /^[.;:]$/.test(t.text));
    const end = stop > 0 ? stop : toks.length;
    const people = listedNames(s, k + 1, end); // (none in "gồm cán bộ, giáo viên và người dân": kinds of people)
    if (!people.length && !toks[k + 1]?.cap) continue;
    const parts = people.length ? people : coordinatedParts(s, k + 1, end);
    const one = parts.length ? null : np(s, k + 1, end);
    out.push(...parts, ...(one ? [one] : []));
    // ("gồm: A (…), với …; B (…); và C (…)": items closed by semicolons, one body each.)
    for (let m = end; toks[m]?.text === ';'; ) {
      const from = toks[m + 1]?.lower === 'và' ? m + 2 : m + 1;
      m = toks.findIndex((t, n) => n > from && /^[.;]$/.test(t.text));
      // (… "; ông B (…) và ông C, Chủ tịch …", "; Thượng úy C và hai ngư dân D, E": every person an item lists.)
      const listed = listedNames(s, from, m > 0 ? m : toks.length);
      const item = listed.length < 2 && toks[from]?.cap ? np(s, from, m > 0 ? m : toks.length) : null;
      if (!item && !listed.length) break;
      out.push(...(item ? [item] : listed));
      if (m < 0) break;
    }
  }
  return out;
}

/** "Cũng được tôn vinh tối qua là anh A (…), người …, và chị B": the people a sentence names as honoured too. */
export function honoureesIn(u: Sent['u']): string[] {
  const { toks } = u;
  const v = toks.findIndex((t, k) => k < 4 && t.lower === 'được' && /^(tôn|vinh)$/.test(toks[k + 1]?.lower ?? '') && /^(vinh|danh)$/.test(toks[k + 2]?.lower ?? ''));
  const la = v >= 0 ? toks.findIndex((t, k) => k > v + 2 && k - v <= 8 && t.lower === 'là') : -1;
  if (la >= 0) return listedNames(sentOf(u), la + 1, toks.length);
  // "Cùng đợt có chị Lê Thị Hồng Nhung, …", "Cùng được trao có anh A và chị B": others honoured at the same time.
  const co = /^cùng$/.test(toks[0]?.lower ?? '') ? toks.findIndex((t, k) => k > 0 && k <= 4 && t.lower === 'có') : -1;
  return co > 0 && /^(đợt|lúc|dịp|được|nhận|kỳ)$/.test(toks[1]?.lower ?? '') ? listedNames(sentOf(u), co + 1, toks.length) : [];
}

/**
 * "…, người thứ ba của làng nhận danh hiệu này, sau cụ A và bà B": those who held the award before
 * the one the sentence names, when it counts them ("thứ ba") and lists them after "sau".
 */
export function earlierHolders(s: Sent, from: number): string[] {
  const { toks } = s.u;
  const nth = toks.findIndex((t, k) => k > from && t.lower === 'thứ' && /^(hai|ba|bốn|năm|sáu|bảy|\d+)$/.test(toks[k + 1]?.lower ?? ''));
  const sau = nth > 0 ? toks.findIndex((t, k) => k > nth && t.lower === 'sau' && !/^(đó|khi|này|nữa|cùng)$/.test(toks[k + 1]?.lower ?? '')) : -1;
  if (sau < 0 || toks.slice(nth, sau).some((t) => /^[.;:]$/.test(t.text))) return [];
  const end = toks.findIndex((t, k) => k > sau && /^[.;:]$/.test(t.text));
  return listedNames(s, sau + 1, end > 0 ? end : toks.length);
}

/** "A là một trong hai người … được tặng X. Người còn lại là chị B, …": the other one, named in the next sentence. */
export function theOtherOne(s: Sent, next: Sent['u'] | undefined): string[] {
  const { toks } = s.u;
  const one = toks.findIndex((t, k) => t.lower === 'một' && toks[k + 1]?.lower === 'trong' && toks[k + 2]?.lower === 'hai');
  const nt = next?.toks ?? [];
  if (one < 0 || !next || nt[0]?.lower !== 'người' || !/^(còn|kia)$/.test(nt[1]?.lower ?? '')) return [];
  const la = nt.findIndex((t, k) => k < 5 && t.lower === 'là');
  return la > 0 ? listedNames(sentOf(next), la + 1, nt.length).slice(0, 1) : [];
}
