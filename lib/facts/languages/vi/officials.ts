/**
 * Vietnamese officials: named people with the positions the article writes next to them, before
 * the name ("Phó Chủ tịch UBND TP Nguyễn Doãn Toản"), after it ("Nguyễn Quang Dương, Ủy viên
 * Trung ương Đảng, Bí thư …;") or in a role clause ("ông … giữ chức Giám đốc …").
 */
import type { FactContext } from '../../context';
import { type PersonMention, peopleOf, toOfficials } from '../../people';
import type { OfficialFact } from '../../types';
import { type Unit, unitsOf } from '../../units';
import { slice, type Tok } from '../../words';
import { VI_PLACES } from './gazetteer';
import { afterGivenName, type NameSpan, viNames } from './names';
import { orgEnd, runToDelimiter, type Title, titleAt, titlesIn } from './title-parse';
import { VI_HEADS, VI_HONORIFICS, VI_ORG_STOP } from './titles';

// "|" separates a table's cells, which the extractor writes as "Name | Title".
const SEPS = new Set([',', '-', '–', '—', '(', 'kiêm', '|']);
const DASH = new Set(['-', '–', '—']);
// The word right before a title that makes it the subject's role ("là", "giữ chức", "như:").
const ROLE = new Set(['là', 'làm', 'chức', 'vụ', 'nhiệm', ':']);
// ("HLV Bảo", "VĐV Khôi": a coach or athlete named by the given name, as a courtesy word would.)
const COURTESY = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'đồng chí', 'chí', 'thầy', 'em', 'cáo', 'hlv', 'vđv']);
const CREDIT = new Set(['ảnh', 'nguồn', 'video', 'clip', 'đồ', 'họa', 'tin']);

// Steps back over courtesy words and degrees ("đồng chí", "PGS,TS") that sit before a name.
function courtesyStart(toks: readonly Tok[], end: number): number {
  let e = end;
  for (let guard = 0; guard < 4 && e > 0; guard++) {
    if (e >= 2 && VI_HONORIFICS.match(toks, e - 2)?.end === e) e -= 2;
    else if (VI_HONORIFICS.match(toks, e - 1)?.end === e) e -= 1;
    else if (/^[,.]$/.test(toks[e - 1]!.text) && e >= 2 && VI_HONORIFICS.match(toks, e - 2)?.end === e - 1) e -= 1;
    else break;
  }
  return e;
}

// Titles written before the name, following a "A - B - C Name" chain back (commas only from a
// clause start, so "Thừa ủy quyền của Chủ tịch nước, Thiếu tướng X" stays the rank alone).
// A body's name may end in lower-case words ("Cục Di sản văn hóa"); verbs and links never do.
const GAP_STOP = /^(bị|được|đã|đang|sẽ|của|cho|là|và|với|tại|có|không|cùng|gặp|thăm|nói|hỏi|trao|tặng|nhận|từ|về)$/;
const BODY_HEAD = /^(cục|sở|vụ|viện|ban|bộ|trung|trường|bệnh|hội|hợp|công|tổng|phòng|khoa|chi)$/;

function before(toks: readonly Tok[], n: NameSpan, byEnd: ReadonlyMap<number, Title>, used: ReadonlySet<number>): Title[] {
  const e = courtesyStart(toks, n.from);
  // "thừa ủy quyền của Chủ tịch nước, ông X": the authority X acts for is not X's title.
  const free = (t: Title | undefined): Title | undefined =>
    t && !used.has(t.from) && !/^(của|quyền|mặt)$/.test(toks[t.from - 1]?.lower ?? '') ? t : undefined;
  // ("Cục trưởng Cục Di sản văn hóa Đặng Văn Sơn": the lower-case end of a body's name before the name itself.)
  // (… or before its comma: "Giám đốc hợp tác xã cam, bà Bùi Thị Thơm".)
  const end = e === n.from ? e : e < n.from && toks[e - 1]?.text === ',' ? e - 1 : -1;
  const gap = end > 0 ? [1, 2, 3].find((d) => byEnd.has(end - d) && toks.slice(end - d, end).every((x) => x.word && !x.cap && !VI_ORG_STOP.has(x.lower) && !GAP_STOP.test(x.lower)) && BODY_HEAD.test(toks[byEnd.get(end - d)!.head]?.lower ?? '')) : undefined;
  const near = gap !== undefined ? free(byEnd.get(end - gap)) : undefined;
  let t = free(byEnd.get(e)) ?? (e < n.from && toks[e - 1]?.text === ',' ? free(byEnd.get(e - 1)) : undefined) ?? (near && { ...near, to: end });
  const out: Title[] = [];
  while (t && out.length < 6) {
    out.push(t);
    const sep = toks[t.from - 1]?.text ?? '';
    const prev = free(byEnd.get(t.from - 1));
    const opener = prev ? toks[prev.from - 1]?.text : undefined;
    // "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao X": both posts are the person's.
    t = DASH.has(sep) || sep === 'kiêm' || (sep === ',' && (opener === undefined || /^[:;(,]$/.test(opener))) ? prev : undefined;
  }
  return out.reverse();
}

// "ông X, Phó Trưởng ban, cho biết": a capitalised head closed off by commas names the person's post
// in the body the story is about, though the text does not repeat it.
function bareHead(toks: readonly Tok[], k: number, sep: number): Title | null {
  const h = toks[k]?.cap ? VI_HEADS.match(toks, k) : null;
  if (!h || h.value !== 'org' || toks[sep]!.text !== ',' || !/^[,)]$/.test(toks[h.end]?.text ?? '')) return null;
  return { from: k, head: h.end, to: h.end, kind: h.value };
}

// Titles written after the name, as a comma/dash list; short descriptions may sit in between.
function after(toks: readonly Tok[], n: NameSpan, names: ReadonlySet<number>): Title[] {
  const out: Title[] = [];
  let j = n.to;
  let skips = 0;
  // "Lưu Văn Cường (59 tuổi), nguyên Phó Bí thư …", "(SN 1981)", "(1958-2021)": an age or a life in brackets before the titles.
  if (toks[j]?.text === '(') {
    const close = toks.findIndex((t, k) => k > j && k - j <= 5 && t.text === ')');
    if (close > 0 && toks.slice(j + 1, close).some((t) => /^\d{1,4}(-\d{4})?$|^(tuổi|sn|sinh)$/.test(t.lower)) && toks[close + 1]?.text === ',') j = close + 1;
  }
  while (j < toks.length && SEPS.has(toks[j]!.lower)) {
    const d = toks[j]!.text;
    const k = j + 1;
    if (names.has(k) || names.has(VI_HONORIFICS.match(toks, k)?.end ?? -1)) break;
    const t = titleAt(toks, k, names) ?? bareHead(toks, k, j);
    if (t) {
      if (names.has(t.to)) break; // it titles the next person
      runToDelimiter(toks, t, names);
      out.push(t);
      j = t.to;
      if (toks[j]?.text === ')') break;
      continue;
    }
    const last = out[out.length - 1];
    // "Ủy ban Văn hóa, Giáo dục, Thanh niên …": capitalised words continue the organisation.
    const closed = toks[j - 1]?.text === ')';
    if (last && last.to === j && !closed && (d === ',' || DASH.has(d)) && toks[k]?.cap && !VI_HEADS.match(toks, k)) {
      const e = orgEnd(toks, k, names);
      if (e > k && !names.has(e)) {
        last.to = j = e;
        continue;
      }
    }
    if (d !== ',' || skips >= 3 || !toks[k] || toks[k]!.cap) break;
    let m = k;
    while (m < toks.length && m - k < 9 && !/^[,;.]$/.test(toks[m]!.text)) m++;
    if (toks[m]?.text !== ',') break;
    skips++;
    j = m;
  }
  return out;
}

// Sets, not a regex on the two words joined: this is read at every word.
const RANKS = new Set(['tá', 'úy', 'tướng']);
const RANK_GRADES = new Set(['thiếu', 'trung', 'thượng', 'đại']);

// Short mentions: a courtesy word and a given name that is not a full name ("bà Thục Quyên").
function shortMentions(toks: readonly Tok[], names: ReadonlySet<number>, src: string, si: number): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    // ("Thiếu tá Quân", "Đại úy Sơn": a rank before a given name, as a courtesy word would.)
    if ((!COURTESY.has(toks[i]!.lower) && !(RANKS.has(toks[i]!.lower) && RANK_GRADES.has(toks[i - 1]?.lower ?? ''))) || names.has(i + 1) || (toks[i]!.lower === 'cáo' && toks[i - 1]?.lower !== 'bị')) continue;
    let j = i + 1;
    while (j < toks.length && j - i <= 2 && toks[j]!.cap && toks[j]!.word && !VI_HEADS.match(toks, j)) j++;
    if (j > i + 1) {
      const name = slice(src, toks, i + 1, j);
      // "Ông Thuấn, nguyên Giám đốc Bệnh viện K, …": titles after a short name too.
      const titles = after(toks, { from: i + 1, to: j, foreign: false }, names).map((t) => slice(src, toks, t.from, t.to));
      out.push({ name, span: { start: toks[i + 1]!.start, end: toks[j - 1]!.end }, titles, sentence: si, short: true });
    }
  }
  return out;
}

/** Every name mention of the article, with the titles written around it. */
export function findViPeople(ctx: FactContext): PersonMention[] {
  const out: PersonMention[] = [];
  let lastFull: PersonMention | null = null;
  let paragraph = -2;
  const allNames = new Map<Unit, NameSpan[]>(); // every unit's names, credits too, for givenMentions
  for (const u of unitsOf(ctx)) {
    const { toks, index: si, source } = u;
    // "Ảnh: Nhan Sáng/TTXVN": a photo credit names nobody in the story.
    // ("giải Mai Vàng Vở diễn …": a prize's name read like a person's, after "giải", is no one either.)
    const credit = (n: NameSpan): boolean =>
      toks[n.to]?.text === '/' || (toks[n.from - 1]?.text === ':' && CREDIT.has(toks[n.from - 2]?.lower ?? '')) || toks[n.from - 1]?.lower === 'giải';
    const every = viNames(toks);
    allNames.set(u, every);
    const spans = every.filter((n) => !credit(n));
    const names = new Set(spans.map((n) => n.from));
    const titles = titlesIn(toks, names);
    const byEnd = new Map<number, Title>();
    for (const t of titles) if (!byEnd.has(t.to) || byEnd.get(t.to)!.from > t.from) byEnd.set(t.to, t);
    const used = new Set<number>(); // titles (by first token) already given to someone
    const text = (t: Title): string => slice(source, toks, t.from, t.to);
    const afters = spans.map((n) => after(toks, n, names));
    for (const ts of afters) ts.forEach((t) => used.add(t.from));
    const mentions = spans.map((n, k) => {
      const ts = [...before(toks, n, byEnd, used), ...afters[k]!];
      ts.forEach((t) => used.add(t.from));
      const name = slice(source, toks, n.from, n.to);
      const span = { start: toks[n.from]!.start, end: toks[n.to - 1]!.end };
      return { n, m: { name, span, titles: ts.map(text), sentence: si } as PersonMention };
    });
    // "các Phó Chủ tịch UBND tỉnh A và B": a title in the plural is both people's.
    for (let k = 0; k + 1 < mentions.length; k++) {
      const [a, b] = [mentions[k]!, mentions[k + 1]!];
      const t = byEnd.get(courtesyStart(toks, a.n.from));
      const plural = t && /^(các|hai|ba|bốn|những)$/.test(toks[t.from - 1]?.lower ?? '');
      if (plural && toks[a.n.to]?.lower === 'và' && b.n.from === a.n.to + 1 && !b.m.titles.length) b.m.titles.push(text(t!));
    }
    // Role clauses: "(ông X) là / giữ chức / như: <title>, <title>" belong to the subject.
    let prevRole: Title | null = null;
    for (const t of titles) {
      const prev = toks[t.from - 1];
      const role = (prev && ROLE.has(prev.lower)) || (prev?.text === ',' && prevRole?.to === t.from - 1);
      prevRole = null;
      if (!role || used.has(t.from) || names.has(t.to)) continue;
      // "…, bà giữ cương vị …, đồng thời là Ủy viên …": a pronoun's person is not the last one named.
      const pronoun = toks.some((x, k) => k < t.from && /^(ông|bà|anh|chị|cô)$/.test(x.lower) && !toks[k + 1]?.cap);
      // (It is, when that person opens the sentence just before: "Ông X, … . Ông từng là …".)
      const near = lastFull && (!pronoun || (lastFull.sentence === si - 1 && paragraph === u.paragraph)) ? lastFull : null;
      const subject = mentions.findLast((x) => x.n.to <= t.from)?.m ?? (mentions.length ? null : near);
      if (!subject) continue;
      if (subject.sentence === si) subject.titles.push(text(t));
      else out.push({ ...subject, titles: [text(t)] });
      prevRole = t;
    }
    for (const { m } of mentions) out.push(m);
    if (mentions.length) lastFull = mentions[0]!.m;
    else if (u.paragraph !== paragraph) lastFull = null;
    paragraph = u.paragraph;
    out.push(...shortMentions(toks, names, source, si));
  }
  out.push(...givenMentions(ctx, out, allNames));
  return out;
}

// "Tuyền từng cùng …", "cho Hiếu ở nội dung nam": news writes a given name alone after the full name.
// Only a given name one person of the article has, standing alone (no capital word next to it, no
// place it begins).
function givenMentions(ctx: FactContext, found: readonly PersonMention[], allNames: ReadonlyMap<Unit, NameSpan[]>): PersonMention[] {
  const owners = new Map<string, Set<string>>();
  for (const m of found) {
    const words = m.name.split(/\s+/);
    if (m.short || words.length < 2) continue;
    const g = words[words.length - 1]!.toLowerCase();
    owners.set(g, (owners.get(g) ?? new Set()).add(m.name));
    // ("Yến Nhi" for "Nguyễn Hoàng Yến Nhi": a given name of two syllables.)
    if (words.length >= 3) owners.set(`${words[words.length - 2]!.toLowerCase()} ${g}`, (owners.get(`${words[words.length - 2]!.toLowerCase()} ${g}`) ?? new Set()).add(m.name));
  }
  const out: PersonMention[] = [];
  const taken = new Set(found.filter((m) => m.sentence >= 0).map((m) => m.span.start));
  for (const u of unitsOf(ctx)) {
    if (u.index < 0) continue;
    const { toks } = u;
    const spans = allNames.get(u) ?? [];
    toks.forEach((t, i) => {
      const two = toks[i + 1]?.cap && !toks[i - 1]?.cap && owners.get(`${t.lower} ${toks[i + 1]!.lower}`)?.size === 1 && afterGivenName(toks[i + 2]);
      if (two && !taken.has(t.start) && !VI_PLACES.match(toks, i) && !spans.some((n) => n.from <= i && i < n.to) && !COURTESY.has(toks[i - 1]?.lower ?? '')) {
        out.push({ name: `${t.text} ${toks[i + 1]!.text}`, span: { start: t.start, end: toks[i + 1]!.end }, titles: [], sentence: u.index, short: true });
        return;
      }
      if (!t.cap || !t.word || owners.get(t.lower)?.size !== 1 || taken.has(t.start)) return;
      // ("Khoa học", "Đảng bộ": a syllable opening a word or a name is no given name.)
      if (!afterGivenName(toks[i + 1])) return;
      if (toks[i - 1]?.cap || VI_PLACES.match(toks, i) || spans.some((n) => n.from <= i && i < n.to)) return;
      if (COURTESY.has(toks[i - 1]?.lower ?? '')) return; // (a short mention already)
      out.push({ name: t.text, span: { start: t.start, end: t.end }, titles: [], sentence: u.index, short: true });
    });
  }
  return out;
}

/** Named Vietnamese officials, one per person, with every distinct title. */
export function officials(ctx: FactContext): OfficialFact[] {
  return toOfficials(ctx, peopleOf(ctx, findViPeople));
}
