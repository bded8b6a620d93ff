/**
 * Vietnamese awards with their recipients and givers: "trao X cho Y", "trao tặng Y X",
 * "Y (được Z) trao tặng X", "Y đón nhận X", "thừa ủy quyền của Z". Repeated mentions merge.
 */
import { type AwardMention, mergeAwards } from '../../awards-merge';
import type { FactContext } from '../../context';
import { peopleOf, personBefore, resolvePerson } from '../../people';
import type { AwardFact, OfficialFact } from '../../types';
import { type Unit, unitsOf } from '../../units';
import { slice } from '../../words';
import { awardKey, type AwardSpan, viAwardSpans } from './award-find';
import { VI_GIVE, VI_RECEIVE } from './award-lexicon';
import { VI_PLACES } from './gazetteer';
import { isVietSyllable, type NameSpan, viNames } from './names';
import { findViPeople } from './officials';
import { isAcronym, orgEnd, titleAt } from './title-parse';
import { VI_HONORIFICS, VI_ORG_STOP } from './titles';

const PRONOUNS = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'họ']);
const FILLERS = new Set([
  'đã', 'vinh', 'dự', 'cũng', 'chính', 'thức', 'vừa', 'mới', 'từng', 'quyết', 'định', 'đều', 'sẽ', 'được',
  'và',
]);
const NP_STOP = new Set([
  'vì', 'tại', 'với', 'về', 'trong', 'khi', 'sau', 'trước', 'để', 'nhằm', 'do', 'và', 'ghi', 'lên', 'ở',
]);
const PLURAL = new Set(['các', 'những', 'nhiều', 'hai', 'ba', 'một', 'mọi']);
const LEADS = new Set(['đại diện', 'gia đình', 'tập thể', 'lực lượng']);
const CLAUSE = /^[,;:()“”"]$/;
const NONE: ReadonlySet<number> = new Set();

interface Sent {
  u: Unit;
  starts: Map<number, NameSpan>;
  awards: AwardSpan[];
}

interface Around {
  recipient: string | null;
  recipientScore: number;
  giver: string | null;
  /** The recipient is a pronoun or left out ("Năm 1973, được phong …"): the person last named. */
  pronoun: boolean;
}

// A recipient written from token j: a person named in it, else a capitalised body ("Đảng bộ …").
function np(s: Sent, j: number, end: number): string | null {
  const { toks, source } = s.u;
  for (let g = 0; g < 4 && j < end; g++) {
    const lead = LEADS.has(`${toks[j]!.lower} ${toks[j + 1]?.lower}`) ? 2 : 0;
    const hon = VI_HONORIFICS.match(toks, j)?.end ?? (/^[,.]$/.test(toks[j]!.text) && g ? j + 1 : j);
    const next = Math.max(j + lead, hon);
    if (next === j) break;
    j = next;
  }
  if (j >= end || !toks[j] || PLURAL.has(toks[j]!.lower) || /^\d/.test(toks[j]!.text)) return null;
  let k = j;
  let last = j;
  while (k < end && k - j < 14 && !s.awards.some((a) => a.from === k)) {
    const t = toks[k]!;
    const n = s.starts.get(k);
    if (n) return slice(source, toks, n.from, n.to);
    if (t.text === '(') {
      while (k < end && toks[k]!.text !== ')') k++;
      k++;
      continue;
    }
    if (!t.word || (!t.cap && (NP_STOP.has(t.lower) || VI_ORG_STOP.has(t.lower)))) break;
    k++;
    last = k;
  }
  // "Nhà trường đã …": a capital only because the sentence starts there is no name.
  const common = toks.slice(j + 1, last).every((t) => !t.cap && !isAcronym(t)) && isVietSyllable(toks[j]!);
  return toks[j]!.cap && last > j && !common ? slice(source, toks, j, last) : null;
}

// The start of the clause that ends at e; "X, Hà Nội" keeps its place apposition and a bracketed
// aside "(25/11/1996 - 25/11/2016)" does not end a clause.
function clauseStart(s: Sent, e: number): number {
  const { toks } = s.u;
  let k = e;
  for (; k > 0; k--) {
    if (toks[k - 1]!.text === ')') {
      let d = k - 1;
      while (d > 0 && toks[d]!.text !== '(') d--;
      if (d > 0) k = d + 1;
      continue;
    }
    if (CLAUSE.test(toks[k - 1]!.text)) break;
  }
  if (k > 1 && toks[k - 1]!.text === ',' && VI_PLACES.match(toks, k)?.end === e) return clauseStart(s, k - 1);
  return k;
}

// The subject of the clause ending at e (after dropping "đã", "vinh dự", "được" …).
function subject(s: Sent, e: number): { text: string | null; pronoun: boolean } {
  const { toks } = s.u;
  const coordinated = toks[e]?.lower === 'được' && toks[e - 1]?.lower === 'và';
  while (e > 0 && FILLERS.has(toks[e - 1]!.lower)) e--;
  if (toks[e - 1]?.text === ')') {
    const open = toks.slice(0, e).map((t) => t.text).lastIndexOf('(');
    if (open > 0) e = open;
  }
  // "X …, và được trao Y": the subject is the sentence's.
  const cs = coordinated ? 0 : clauseStart(s, e);
  if (coordinated) {
    const first = [...s.starts.values()].sort((a, b) => a.from - b.from)[0];
    if (first) return { text: slice(s.u.source, toks, first.from, first.to), pronoun: false };
  }
  const named = [...s.starts.values()].filter((n) => n.from < e).sort((a, b) => a.from - b.from);
  // "Ông X, Giám đốc …, được tặng Y": the clause is an apposition; the subject opens the sentence.
  if (cs >= e && toks[cs - 1]?.text === ',' && named[0]) return { text: slice(s.u.source, toks, named[0].from, named[0].to), pronoun: false };
  const inClause = named.find((n) => n.from >= cs);
  if (cs >= e || (PRONOUNS.has(toks[cs]!.lower) && !inClause)) return { text: null, pronoun: true };
  // "Lễ đón nhận", "danh sách 91 DN được trao": a ceremony or a counted group, not one recipient.
  if (toks[cs]!.lower === 'lễ' || toks.slice(Math.max(cs, e - 2), e).some((t) => /^\d/.test(t.text))) {
    return { text: null, pronoun: false };
  }
  return { text: np(s, cs, e), pronoun: false };
}

function giverAt(u: Unit, j: number): { text: string; end: number } | null {
  const end = titleAt(u.toks, j, NONE)?.to ?? orgEnd(u.toks, j, NONE);
  return end > j ? { text: slice(u.source, u.toks, j, end), end } : null;
}

// Recipient and giver of one award from the words around it.
function around(s: Sent, a: AwardSpan): Around {
  const { toks } = s.u;
  const out: Around = { recipient: null, recipientScore: 0, giver: null, pronoun: false };
  let j = a.to;
  if (toks[j]?.lower === 'của' && a.kind !== 'cert') {
    const g = giverAt(s.u, j + 1);
    if (g) [out.giver, j] = [g.text, g.end];
  }
  const give = toks[j]?.lower === 'cho' ? j + 1 : VI_GIVE.match(toks, j)?.end;
  if (give) out.recipient = np(s, give, toks.length);
  if (out.recipient) return { ...out, recipientScore: 3 };
  // Backwards to the verb: receivers are subjects; givers are subjects with the recipient after.
  let from = a.from;
  while (from > 0 && /^(\d+|hai|ba|bốn|năm)$/.test(toks[from - 1]!.lower)) from--;
  for (let k = from - 1; k >= 0 && k >= from - 14 && toks[k]!.word; k--) {
    if (VI_RECEIVE.match(toks, k)?.end === from) {
      while (k > 0 && VI_RECEIVE.match(toks, k - 1)?.end === from) k--;
      if (toks[k - 1]?.lower === 'lễ') return out; // "Lễ đón nhận X": the ceremony, not a receiver
      const sub = subject(s, k);
      return { ...out, recipient: sub.text, recipientScore: 2, pronoun: sub.pronoun };
    }
    let g = VI_GIVE.match(toks, k);
    if (!g) continue;
    while (k > 0 && (VI_GIVE.match(toks, k - 1)?.end ?? 0) >= g.end) g = VI_GIVE.match(toks, --k)!;
    let p = k - 1;
    while (p >= 0 && p >= k - 8 && (toks[p]!.word || toks[p]!.text === ',') && toks[p]!.lower !== 'được') p--;
    if (toks[p]?.lower === 'được') {
      if (p + 1 < k) out.giver = slice(s.u.source, toks, p + 1, k);
      const sub = subject(s, p);
      return { ...out, recipient: sub.text, recipientScore: 2, pronoun: sub.pronoun };
    }
    out.giver = subject(s, k).text;
    if (g.end < a.from) out.recipient = np(s, g.end, a.from);
    return { ...out, recipientScore: out.recipient ? 3 : 0 };
  }
  return out;
}

/** Awards of a Vietnamese article, one per award and recipient. */
export function awards(ctx: FactContext, officials: OfficialFact[]): AwardFact[] {
  void officials; // the people (officials and everyone else) come from the shared cache
  return mergeAwards(ctx, viAwardMentions(ctx), awardKey);
}

/** Every award mention of the article with its recipient and giver, before merging. */
export function viAwardMentions(ctx: FactContext): AwardMention[] {
  const people = peopleOf(ctx, findViPeople);
  const mentions: AwardMention[] = [];
  for (const u of unitsOf(ctx)) {
    const { toks } = u;
    const found0 = viAwardSpans(toks);
    if (!found0.length) continue;
    const s: Sent = { u, starts: new Map(viNames(toks).map((n) => [n.from, n])), awards: found0 };
    const proxy = toks.findIndex((t, i) => t.lower === 'thừa' && toks[i + 1]?.lower === 'ủy' && toks[i + 2]?.lower === 'quyền');
    const delegated = proxy >= 0 ? giverAt(u, proxy + (toks[proxy + 3]?.lower === 'của' ? 4 : 3))?.text : null;
    const found = s.awards.map((a) => ({ a, ...around(s, a) }));
    // Awards listed together ("X năm 1965 và Y năm 1968", "Bằng khen, danh hiệu Z cho W") share a recipient.
    for (let k = 1; k < found.length; k++) {
      const [p, c] = [found[k - 1]!, found[k]!];
      if (c.a.from - p.a.to > 1 || !/^(,|và)$/.test(toks[p.a.to]?.lower ?? '')) continue;
      if (!c.recipient && !c.pronoun) Object.assign(c, { recipient: p.recipient, recipientScore: p.recipientScore, pronoun: p.pronoun });
      if (!p.recipient && !p.pronoun) Object.assign(p, { recipient: c.recipient, recipientScore: c.recipientScore, pronoun: c.pronoun });
    }
    for (const f of found) {
      let recipient = f.recipient;
      // A pronoun or a left-out subject: the person last named before this sentence.
      if (!recipient && f.pronoun && u.index >= 0) {
        [recipient, f.recipientScore] = [personBefore(people, u.toks[0]?.start ?? 0)?.name ?? null, 1];
      }
      const person = recipient ? resolvePerson(people, recipient) : null;
      const mention: AwardMention = {
        name: slice(u.source, toks, f.a.from, f.a.to),
        span: { start: toks[f.a.from]!.start, end: toks[f.a.to - 1]!.end },
        sentence: u.index,
        recipient: person?.name ?? recipient,
        recipientScore: f.recipientScore,
        giver: delegated ?? f.giver,
      };
      mentions.push(mention);
    }
  }
  return mentions;
}
