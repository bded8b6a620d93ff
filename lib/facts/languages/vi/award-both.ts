/**
 * Subjects that count their people: "cả A lẫn B (cùng) được tặng X", "Cả Công ty Y và ông Z đều nhận X"
 * (a subject of two parts, each its own recipient: a name, a body's short form ("HTX", "nhà trường") or
 * a pronoun ("cá nhân ông"), which the caller resolves), and "Cả hai cùng được …", "Hai vợ chồng …" (the
 * people the sentence before names).
 */
import { slice } from '../../words';
import { np } from './award-phrases';
import { listedNames } from './award-lists';
import { type NameSpan, viNames } from './names';
import { BODY_WORDS, HONORIFIC_PRONOUN, type Sent } from './award-clauses';

export type BothPart = { text: string } | { body: string } | { pronoun: string };

// Where the subject ends: the verb group after it.
const VERB = /^(cùng|đều|được|đã|vừa|từng|nhận|đón|giành|đoạt|đạt|cũng)$/;

/** The two parts of a "cả … lẫn/và …" subject before the award at `from`, or [] when there is none. */
export function bothParts(s: Sent, from: number): BothPart[] {
  const { toks } = s.u;
  const ca0 = toks.findLastIndex((t, k) => k < from && t.lower === 'cả' && !/^(hai|ba|bốn|năm|nước|tuần|tháng|ngày|đời|đội)$/.test(toks[k + 1]?.lower ?? ''));
  // ("Lần này, cô Lệ cùng Tổ Vật lý của trường được nhận X": two named parts joined by "cùng".)
  const cung = ca0 < 0 ? toks.findIndex((t, k) => k < from && t.lower === 'cùng' && !!toks[k - 1]?.cap && (!!toks[k + 1]?.cap || HONORIFIC_PRONOUN.test(toks[k + 1]?.lower ?? ''))) : -1;
  const ca = cung > 0 ? toks.findLastIndex((t, k) => k < cung && t.text === ',') : ca0;
  if (ca < 0 && cung < 0) return [];
  const conj = cung > 0 ? cung : toks.findIndex((t, k) => k > ca + 1 && k < from && /^(lẫn|và)$/.test(t.lower));
  const end = toks.findIndex((t, k) => k > conj + 1 && k < from && VERB.test(t.lower));
  if (conj < 0 || end < 0 || toks.slice(ca + 1, end).some((t) => /^[,;:.]$/.test(t.text))) return [];
  const part = (a: number, b: number): BothPart | null => {
    // "cá nhân ông", "bản thân bà": the person a pronoun stands for.
    const p = toks.slice(a, b).findIndex((t) => HONORIFIC_PRONOUN.test(t.lower));
    if (p >= 0 && a + p === b - 1) return { pronoun: toks[b - 1]!.lower };
    const body = BODY_WORDS.match(toks, a);
    if (body && body.end === b) return { body: toks.slice(a, b).map((t) => t.text).join(' ') };
    if (b === a + 1 && /^[A-ZĐ]{2,5}$/.test(toks[a]!.text)) return { body: toks[a]!.text }; // "HTX", "UBND"
    const text = np(s, a, b);
    return text ? { text } : null;
  };
  const parts = [part(ca + 1, conj), part(conj + 1, end)];
  return parts.every((x) => x) ? (parts as BothPart[]) : [];
}

const COUNT = /^(hai|ba|bốn)$/;
const countOf = (w: string): number => ['hai', 'ba', 'bốn'].indexOf(w) + 2; // (1 when w is no count)
const PEOPLE_NOUN = /^(em|người|anh|chị|ông|bà|cô|cháu|bạn)$/;

/** "Cả hai cùng được … bầu chọn X": the last two (three …) people the sentence before names. */
export function bothBefore(units: readonly Sent['u'][], ui: number): string[] {
  const { toks: all0 } = units[ui]!;
  // ("Ba nghệ nhân còn lại là ông A, bà B và bà C. Họ cùng được phong tặng X": the people the sentence before lists.)
  const they = all0[0]?.lower === 'họ' && /^(cùng|đều)$/.test(all0[1]?.lower ?? '') && units[ui - 1]?.paragraph === units[ui]!.paragraph ? namesIn(units[ui - 1]!) : [];
  if (they.length >= 2 && they.length <= 6) return they.map((x) => slice(units[ui - 1]!.source, units[ui - 1]!.toks, x.from, x.to));
  // ("Năm 2022, cả ba cùng được tặng …": past a time phrase and its comma.)
  // ("Tại hội nghị, hai người cùng được … trao X": a count of people as the subject, as "cả hai" is.)
  const counted = (k: number): boolean => COUNT.test(all0[k]?.lower ?? '') && PEOPLE_NOUN.test(all0[k + 1]?.lower ?? '') && VERB.test(all0[k + 2]?.lower ?? '');
  const c = all0[0]?.lower === 'cả' || counted(0) ? 0 : all0.findIndex((t, k) => k < 12 && (t.lower === 'cả' || counted(k)) && all0[k - 1]?.text === ',');
  const toks = c > 0 ? all0.slice(c) : all0;
  // ("Hai vợ chồng cùng được tặng …", "hai mẹ con", "hai anh em": the pair named before.)
  // ("Đôi vợ chồng kiến trúc sư từng được tặng …": a couple by its other word.)
  // ("… tặng Giấy khen cho hai ông bà": the pair as whom it was given to.)
  const couple = (k: number): boolean => /^(hai|đôi|cặp)$/.test(toks[k]?.lower ?? '') && /^(vợ|mẹ|bố|cha|anh|chị|ông|cô|thầy|bà)$/.test(toks[k + 1]?.lower ?? '') && /^(chồng|con|em|bà|trò|cháu)$/.test(toks[k + 2]?.lower ?? '');
  // (… and "cả hai vợ chồng cùng được …".)
  const pair = (c <= 0 && (couple(0) || toks.some((t, k) => t.lower === 'cho' && couple(k + 1)))) || (toks[0]?.lower === 'cả' && couple(1));
  // ("Hai cha con ông Sửu được …" sentences after "hai cha con ngư dân Nguyễn Văn Sửu và Nguyễn Văn Tài": that pair.)
  const named = pair && couple(0) && HONORIFIC_PRONOUN.test(toks[3]?.lower ?? '') && toks[4]?.cap ? namedPair(units, ui, toks[4]!.lower) : [];
  if (named.length) return named;
  // ("… trao Bằng khen … cho cả hai.", "… cho cả hai vì …": whom it was given to, closing the sentence or before its reason.)
  // ("… cho cả hai em.": with the people's noun.)
  const closes = (k: number): boolean => !toks[k]?.word || /^(vì|về|do|nhờ|tại|trong)$/.test(toks[k]!.lower);
  const given = c <= 0 ? toks.findIndex((t, k) => t.lower === 'cho' && toks[k + 1]?.lower === 'cả' && COUNT.test(toks[k + 2]?.lower ?? '') && (closes(k + 3) || (PEOPLE_NOUN.test(toks[k + 3]!.lower) && closes(k + 4)))) : -1;
  const headCount = c >= 0 && COUNT.test(toks[0]?.lower ?? ''); // ("hai người cùng được …")
  const n = pair ? 2 : given >= 0 ? countOf(toks[given + 2]!.lower) : toks[0]?.lower === 'cả' ? countOf(toks[1]?.lower ?? '') : headCount ? countOf(toks[0]!.lower) : 0;
  // ("Anh A, …. Chị B, …. Tại hội nghị, hai người cùng được …": the people opening the sentences before.)
  const opening = headCount && n >= 2 ? openingNames(units, ui, n) : [];
  if (opening.length === n) return opening;
  if (given >= 0 && n >= 2) {
    // ("Anh Long và vợ là chị B cùng làm …; năm 2024, X tặng Giấy khen cho cả hai": the people the sentence named first.)
    const here = namesIn(units[ui]!, given).filter((x) => x.from < given);
    if (here.length === n) return here.map((x) => slice(units[ui]!.source, units[ui]!.toks, x.from, x.to));
    const openers = openingNames(units, ui, n);
    if (openers.length === n) return openers;
    // ("… trao X cho hai em A và B" further up, then "… trao Y cho cả hai em": the people named together last.)
    const joined = namedPair(units, ui, null, n);
    if (joined.length === n) return joined;
  }
  // (Past sentences of the same paragraph that name nobody: "A và vợ là chị B …. Trong trận lũ, hai vợ chồng …. Cả hai …".)
  let back = ui - 1;
  while (back > 0 && ui - back < 3 && units[back]!.paragraph === units[ui]!.paragraph && units[back - 1]!.paragraph === units[ui]!.paragraph && !viNames(units[back]!.toks).length && !shortPair(units[back]!)) back--;
  const prev = units[back];
  // (A subhead, "Cả hai nhận Bằng khen …" with no full stop, speaks of the section below it.)
  const subhead = !/[.!?…"”]$/.test(units[ui]!.source.slice(0, all0.at(-1)?.end).trimEnd());
  if (n < 2 || !prev || prev.index < 0 || subhead) return [];
  // The subjects first ("A thắng B, còn C đánh bại D": A and C), a name followed by its verb.
  // ("Anh Thắng và vợ là chị Mùa Thị Dở …": a short name after its courtesy word counts too.)
  const all = namesIn(prev);
  const subjects = all.filter((x) => prev.toks[x.to]?.word && !prev.toks[x.to]!.cap);
  const pick = (xs: typeof all): string[] => [...new Set(xs.map((x) => slice(prev.source, prev.toks, x.from, x.to)))];
  if (pick(subjects).length === n) return pick(subjects);
  if (pick(all).length === n) return pick(all);
  // ("Vợ chồng nghệ nhân A và B, …, được nhắc tên ngay sau ông Khải": the pair joined by "và".)
  const joined = all.findIndex((x, k) => all[k + 1] && prev.toks[x.to]?.lower === 'và' && all[k + 1]!.from === x.to + 1);
  if (n === 2 && joined >= 0) return pick([all[joined]!, all[joined + 1]!]);
  const two = shortPair(prev);
  if (n === 2 && two) return two;
  // ("Chồng bà, dược sĩ A, …", "… là A, người sau này trở thành chồng chị. Cả hai vợ chồng …": the one named and the story's person.)
  const kin = prev.toks.findIndex((t, k) => /^(vợ|chồng)$/.test(t.lower) && /^(ông|bà|anh|chị|cô|thầy)$/.test(prev.toks[k + 1]?.lower ?? '') && !prev.toks[k + 2]?.cap);
  if (n === 2 && kin >= 0 && all.length === 1) return [`@${prev.toks[kin + 1]!.lower}`, slice(prev.source, prev.toks, all[0]!.from, all[0]!.to)];
  // ("Thầy A và cô B, …. Thầy Hòa …. Cô Trâm …. Cả hai thầy cô cũng được tặng X": the pair named together further up.)
  const together = toks[0]?.lower === 'cả' ? namedPair(units, ui, null, n) : [];
  if (together.length === n) return together;
  // ("Năm 2015, ông cùng vợ là bà Lê Thị Sâm mở lớp …. Cả hai …": the story's person ("@ông") and the spouse.)
  const wed = prev.toks.findIndex((t, k) => t.lower === 'cùng' && /^(ông|bà|anh|chị|cô|thầy)$/.test(prev.toks[k - 1]?.lower ?? '') && /^(vợ|chồng)$/.test(prev.toks[k + 1]?.lower ?? '') && prev.toks[k + 2]?.lower === 'là');
  const spouse = wed >= 0 ? all.find((x) => x.from > wed + 2 && x.from <= wed + 4) : undefined;
  if (n === 2 && spouse) return [`@${prev.toks[wed - 1]!.lower}`, slice(prev.source, prev.toks, spouse.from, spouse.to)];
  // "Nhóm nghiên cứu gồm chị, ThS A và kỹ sư B. Năm 2022, cả ba …": the story's person ("@chị", the
  // caller resolves it) and those listed.
  const gom = prev.toks.findIndex((t) => t.lower === 'gồm');
  const pronoun = gom >= 0 && /^(chị|anh|ông|bà|cô|thầy)$/.test(prev.toks[gom + 1]?.lower ?? '') && prev.toks[gom + 2]?.text === ',' ? prev.toks[gom + 1]!.lower : '';
  const listed = pronoun ? listedNames({ u: prev, starts: new Map(all.map((x) => [x.from, x])), awards: [] }, gom + 3, prev.toks.length) : [];
  if (pronoun && listed.length === n - 1) return [`@${pronoun}`, ...listed];
  // "Cả ba thành viên của nhóm …" after "Nhóm HandVoice gồm A, B và C" further up: the members listed.
  if (toks[2]?.lower !== 'thành' || toks[3]?.lower !== 'viên') return [];
  // (… or after "Anh cùng hai cộng sự là ThS A và sinh viên B": the story's person and the two.)
  for (let k = ui - 1; k >= 0 && ui - k <= 40; k--) {
    const u = units[k]!;
    const gom = u.toks.findIndex((t) => t.lower === 'gồm');
    const cung = u.toks.findIndex((t, m) => t.lower === 'cùng' && COUNT.test(u.toks[m + 1]?.lower ?? '') && [3, 4].some((d) => u.toks[m + d]?.lower === 'là'));
    const la = cung >= 0 ? u.toks.findIndex((t, m) => m > cung && t.lower === 'là') : -1;
    if ((gom < 0 && cung < 0) || u.index < 0) continue;
    const s: Sent = { u, starts: new Map(viNames(u.toks).map((x) => [x.from, x])), awards: [] };
    const members = listedNames(s, gom >= 0 ? gom + 1 : la + 1, u.toks.length);
    const head = cung === 1 && /^(anh|chị|ông|bà|cô|thầy)$/.test(u.toks[0]!.lower) ? [`@${u.toks[0]!.lower}`] : [];
    if (members.length === n || (gom < 0 && head.length && members.length === n - 1)) return gom >= 0 ? members : [...head, ...members];
  }
  return [];
}

// The full names of a sentence (up to token `to`), and short ones after a courtesy word ("Bà Bé Ba và ông Tám"), in order.
function namesIn(u: Sent['u'], to = u.toks.length): NameSpan[] {
  const full = viNames(u.toks).filter((x) => (!x.foreign || x.to - x.from > 1) && x.to <= to);
  const shortEnd = (k: number): number => (u.toks[k + 1]?.cap ? (u.toks[k + 2]?.cap ? (u.toks[k + 3]?.cap ? -1 : k + 3) : k + 2) : -1);
  const short = u.toks.flatMap((t, k) => (k < to && HONORIFIC_PRONOUN.test(t.lower) && shortEnd(k) > 0 && !full.some((x) => x.from <= k + 1 && k + 1 < x.to) ? [{ from: k + 1, to: shortEnd(k), foreign: false }] : []));
  return [...full, ...short].sort((x, y) => x.from - y.from);
}

// "Anh A, 27 tuổi, …. Chị B, sinh viên …, là người …. … cho cả hai.": the people opening the n sentences before.
function openingNames(units: readonly Sent['u'][], ui: number, n: number): string[] {
  const out: string[] = [];
  for (let k = ui - n; k < ui; k++) {
    const u = units[k];
    const first = u && u.index >= 0 ? viNames(u.toks).sort((a, b) => a.from - b.from)[0] : undefined;
    if (!u || !first || first.from > 2 || !u.toks.slice(0, first.from).every((t) => HONORIFIC_PRONOUN.test(t.lower) || /^(ông|bà|anh|chị|cô|thầy|em|cụ)$/i.test(t.text))) return [];
    out.push(slice(u.source, u.toks, first.from, first.to));
  }
  return out;
}

// "Trang và Quý là vợ chồng", "Anh Toàn và Khôi đều là đoàn viên": two short names opening a sentence (after a courtesy word too).
function shortPair(u: Sent['u']): string[] | null {
  const o = HONORIFIC_PRONOUN.test(u.toks[0]?.lower ?? '') ? 1 : 0;
  const [a, va, b] = u.toks.slice(o);
  return a?.cap && va?.lower === 'và' && b?.cap && !u.toks[o + 3]?.cap ? [a.text, b.text] : null;
}

/** The n names listed together ("A và B", "A, B và C") in a sentence before `ui`, one of them ending in `short` when given; else []. */
function namedPair(units: readonly Sent['u'][], ui: number, short: string | null, n = 2): string[] {
  for (let k = ui - 1; k >= 0 && ui - k <= 40; k--) {
    const u = units[k]!;
    const ns = viNames(u.toks).filter((x) => x.to - x.from > 1);
    // ("Thầy A và cô B": a courtesy word may stand before the next name.)
    const next = (x: NameSpan): number => (HONORIFIC_PRONOUN.test(u.toks[x.to + 1]?.lower ?? '') || /^(thầy|cô)$/.test(u.toks[x.to + 1]?.lower ?? '') ? x.to + 2 : x.to + 1);
    const joins = (m: number, d: number): boolean => !!ns[m + d + 1] && ns[m + d + 1]!.from === next(ns[m + d]!) && u.toks[ns[m + d]!.to]!.text === (d === n - 2 ? 'và' : ',');
    const j = ns.findIndex((_, m) => [...Array(n - 1).keys()].every((d) => joins(m, d)) && (short === null || ns.slice(m, m + n).some((y) => u.toks[y.to - 1]!.lower === short)));
    if (j >= 0) return ns.slice(j, j + n).map((y) => slice(u.source, u.toks, y.from, y.to));
  }
  return [];
}
