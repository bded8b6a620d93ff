/**
 * What one Vietnamese award's recipient is, as read around it (`Around`), and the pieces that read it
 * from the clause's subject: "bà Oanh … là Chiến sĩ thi đua cấp tỉnh", "…, cùng đợt với A và B"; a
 * neighbourhood unit named as one ("tổ dân phố 7").
 */
import { slice, type Tok } from '../../words';
import type { AwardSpan } from './award-find';
import { type Sent, subjectOf } from './award-parties';
import { clauseStart, type Subject } from './award-clauses';
import { listedSubject } from './award-groups';
import { listedBefore } from './award-members';
import { listedNames } from './award-lists';
import { authorsOf, coordinatedParts, np } from './award-phrases';
import { pastTail } from './award-tiers';
import { VI_AWARD_HEADS } from './award-lexicon';

export interface Around {
  recipient: string | null;
  recipientScore: number;
  giver: string | null;
  /** The recipient is a pronoun or left out ("Năm 1973, được phong …"): the person last named. */
  pronoun: boolean;
  /** Every person of a listed recipient ("cho A, B và C"); empty when one or none. */
  more: string[];
  /** The recipient is a short form of a body named before ("bệnh viện", "đơn vị"). */
  body?: string;
  /** That body is the one the story opens on ("trao X cho công ty": the story's company, not one named since). */
  lede?: boolean;
  /** The recipient is a person described ("chân sút"), not a pronoun: the person last named. */
  described?: boolean;
  /** "bị cáo" without a name: the person last named with that word. */
  role?: string;
  /** Others honoured with the recipient: "…, cùng đợt với A và B". */
  also?: string[];
  /** The clause has no subject of its own: the recipient of the award before it in the sentence. */
  elided?: boolean;
  /** Someone unnamed shares it: "cho anh A và một người dân đã gọi cấp cứu …". */
  unnamedToo?: boolean;
}

export const NOBODY: Around = { recipient: null, recipientScore: 0, giver: null, pronoun: false, more: [] };

// "trong đó có" at token k: one named member of the group before it.
export const amongThem = (toks: Sent['u']['toks'], k: number): boolean => // (… or "trong số đó có", read from "số")
  (toks[k]!.lower === 'trong' || (toks[k]!.lower === 'số' && toks[k - 1]?.lower === 'trong')) && /^(đó|này)$/.test(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'có';

// "…, cùng đợt với hai bạn diễn A và B": the people honoured at the same time.
export function alsoAfter(s: Sent, a: AwardSpan): string[] {
  const { toks } = s.u;
  const k = pastTail(toks, a.to);
  // ("Trong số 6 cá nhân nhận X, ngoài Thiếu tá A còn có B, …; C, …; và D": the others listed after "còn có".)
  const has = toks[k]?.text === ',' && toks[k + 1]?.lower === 'ngoài' ? toks.findIndex((t, n) => n > k + 2 && n - k <= 12 && t.lower === 'có' && toks[n - 1]?.lower === 'còn') : -1;
  if (has > 0) return itemsFrom(s, has + 1);
  if (toks[k]?.text !== ',' || toks[k + 1]?.lower !== 'cùng') return [];
  const w = toks[k + 2]?.lower === 'đợt' || toks[k + 2]?.lower === 'lúc' ? k + 3 : k + 2;
  return toks[w]?.lower === 'với' ? listedNames(s, w + 1, toks.length) : [];
}

// One name per item to the sentence's end, items closed by semicolons: "B, Đội trưởng …; C, …; và ông D, …".
function itemsFrom(s: Sent, k: number): string[] {
  const { toks } = s.u;
  const out: string[] = [];
  while (k < toks.length) {
    const stop = toks.findIndex((t, m) => m >= k && /^[;.]$/.test(t.text));
    const end = stop < 0 ? toks.length : stop;
    const from = toks[k]?.lower === 'và' ? k + 1 : k;
    const named = listedNames(s, from, end);
    out.push(...(named.length ? named : [np(s, from, end)].filter((x): x is string => !!x)));
    k = end + 1;
  }
  return out;
}

// "Tuyền từng cùng hai đồng đội A và B được tặng …", "Cùng các cộng sự là A và B, ông nhận …": the
// people named after "cùng" share the award with the subject.
function withOthers(s: Sent, cs: number, e: number, head: Subject): Subject {
  const { toks } = s.u;
  const inside = toks.findIndex((t, k) => k >= cs && k < e && t.lower === 'cùng' && toks[k + 1]?.lower !== 'đợt');
  const opening = toks[0]?.lower === 'cùng' && toks.findIndex((t) => t.text === ',') === cs - 1 ? 0 : -1;
  const at = inside >= 0 ? inside : opening;
  if (at < 0) return head;
  const stop = toks.findIndex((t, k) => k > at && (k >= e || /^[;,]$/.test(t.text)));
  const is = toks.findIndex((t, k) => k > at && k - at <= 6 && /^(là|gồm)$/.test(t.lower));
  const listed = listedNames(s, (is > 0 ? is : at) + 1, stop > 0 ? stop : e);
  if (!listed.length) return head;
  // ("Tuyền từng cùng …": the subject is what stands before "cùng".)
  if (inside > cs) head = subjectOf(s, inside);
  const others = listed.filter((n) => n !== head.text);
  if (!others.length) return head;
  if (head.text) return { ...head, more: [head.text, ...others] };
  return head.pronoun ? { ...head, also: others } : head;
}

/** The subject of the clause ending at e (after dropping "đã", "vinh dự", "được" …), with those who share it. */
export function subject(s: Sent, e: number): Subject {
  const cs = clauseStart(s, e);
  // ("Công trình "X" của vợ chồng nhà nghiên cứu A và bà B được trao …": both authors.)
  // (… the work opening the sentence, its quoted title read as a clause of its own.)
  const authors = authorsOf(s, s.u.toks[cs]?.lower === 'của' ? 0 : cs, e);
  if (authors.length > 1) return { text: authors[0]!, pronoun: false, more: authors };
  const listed = listedSubject(s, e, cs);
  if (listed) return listed;
  const head = subjectOf(s, e);
  const inside = s.u.toks.slice(cs, e).some((t, d) => t.lower === 'cùng' && !/^(nhận|được|đón|đều|từng|đã|vừa)$/.test(s.u.toks[cs + d + 1]?.lower ?? ''));
  return head.more && !inside ? listedBefore(s, head) : withOthers(s, cs, e, head); // ("A cùng B nhận"; not "A và B cùng nhận")
}

// The recipient a clause's subject gives: "bà Oanh … là Chiến sĩ thi đua cấp tỉnh" (the subject of "là" at k).
export function heldBy(s: Sent, k: number, out: Around = { recipient: null, recipientScore: 0, giver: null, pronoun: false, more: [] }): Around {
  const sub = subject(s, k);
  // ("Còn bà Oanh, …, là …": the person, without the word that contrasts her.)
  const text = sub.text?.replace(/^(Còn|Riêng|Chính)\s+(?:(?:bà|ông|anh|chị|cô|thầy)\s+)?(?=\p{Lu})/u, '') ?? null;
  return { ...out, recipient: text, recipientScore: 2, pronoun: sub.pronoun, body: sub.body, described: sub.described, role: sub.role, elided: sub.elided, more: sub.more ?? [], also: sub.also };
}

// "cho tổ dân phố 7", "cho thôn 3", "cho ấp Tân Hòa": a neighbourhood unit, numbered or named; where it ends, else 0.
export function hamletAt(toks: readonly Tok[], k: number): number {
  if (!/^(tổ|thôn|ấp|bản|xóm|khu)$/.test(toks[k]?.lower ?? '') || toks[k]!.cap) return 0;
  let e = k + 1;
  while (e < toks.length && e - k <= 3 && toks[e]!.word && !toks[e]!.cap && !/^\d/.test(toks[e]!.text)) e++;
  if (/^\d+$/.test(toks[e]?.text ?? '')) return e + 1;
  let c = e;
  while (toks[c]?.cap && toks[c]!.word) c++;
  return c > e && c - e <= 3 ? c : 0;
}

/** "…; mẹ anh, bà C, lên nhận thay": the people of a sentence who collect an award on someone's behalf. */
export function onBehalf(s: Sent): Set<string> {
  const { toks, source } = s.u;
  const out = new Set<string>();
  for (const n of s.starts.values()) {
    let k = toks[n.to]?.text === ',' ? n.to + 1 : n.to;
    // ("…, anh C, bế đứa con út lên nhận thay": past what they did on the way up.)
    const e = k;
    while (k - e < 7 && toks[k]?.word && !toks[k]!.cap && !(toks[k]!.lower === 'nhận' && toks[k + 1]?.lower === 'thay')) k++;
    if (toks[k]?.lower === 'nhận' && toks[k + 1]?.lower === 'thay') out.add(slice(source, toks, n.from, n.to));
  }
  return out;
}

/** "Cùng nhận X còn có Y, …": the one named after "(còn) có", who received it too; else null. */
export function alsoHad(s: Sent, a: AwardSpan): Around | null {
  const { toks } = s.u;
  if (toks[0]?.lower !== 'cùng' || !/^(nhận|được)$/.test(toks[1]?.lower ?? '') || a.from > 4) return null;
  const t = pastTail(toks, a.to);
  const co = toks[t]?.lower === 'còn' && toks[t + 1]?.lower === 'có' ? t + 2 : toks[t]?.lower === 'có' ? t + 1 : -1;
  if (co < 0) return null;
  // ("có Công an phường A và hai cá nhân: ông B, …, và bà C": the body, then the people after the colon.)
  const va = toks.findIndex((x, k) => k > co && x.lower === 'và' && /^(hai|ba|bốn|năm|\d+)$/.test(toks[k + 1]?.lower ?? '') && toks.slice(k + 2, k + 6).some((y) => y.text === ':'));
  const colon = va > 0 ? toks.findIndex((x, k) => k > va && x.text === ':') : -1;
  const body = colon > 0 ? np(s, co, va) : null;
  const people = body ? [body, ...listedNames(s, colon + 1, toks.length)] : listedNames(s, co, toks.length);
  const listed = people.length > 1 ? people : coordinatedParts(s, co, toks.length); // (bodies too: "có Công ty A, Công ty B và …")
  const who = listed[0] ?? np(s, co, toks.length);
  return who ? { recipient: who, recipientScore: 2, giver: null, pronoun: false, more: listed.length > 1 ? listed : [] } : null;
}

/**
 * "Ông Hòe … lên nhận Bằng khen thay cha", "Ông Long … thay mặt tập thể nhận Bằng khen": someone collects the
 * award at `a` for another, so its subject is not its recipient.
 */
export function collectedFor(s: Sent, a: AwardSpan): boolean {
  const { toks } = s.u;
  const w = (k: number): string => toks[k]?.lower ?? '';
  const after = pastTail(toks, a.to);
  // (… or "nhận X truy tặng cha mình": the late one it was given to.)
  const kin = (k: number): boolean => /^(cha|bố|mẹ|chồng|vợ|ông|bà|con|anh|chị|em|mặt)$/.test(w(k));
  if (w(a.from - 1) === 'nhận' && ((w(after) === 'thay' && kin(after + 1)) || (w(after) === 'truy' && w(after + 1) === 'tặng' && kin(after + 2)))) return true;
  return [2, 3, 4, 5, 6].some((d) => w(a.from - d) === 'thay' && w(a.from - d + 1) === 'mặt' && w(a.from - 1) === 'nhận');
}

/** "ông Khải, Thầy thuốc Nhân dân từ năm 2024,": the name a title stands after, or null. */
export function nameBeforeTitle(s: Sent, a: AwardSpan): string | null {
  const { toks } = s.u;
  if (a.kind !== 'title' || toks[a.from - 1]?.text !== ',' || !toks[a.from - 2]?.cap) return null;
  let b = a.from - 2;
  while (b > 0 && a.from - 2 - b < 4 && toks[b - 1]!.cap && toks[b - 1]!.word) b--;
  if (/^(ông|bà|anh|chị|cô|thầy|cụ)$/.test(toks[b]!.lower) && b < a.from - 2) b++;
  return VI_AWARD_HEADS.match(toks, b) ? null : slice(s.u.source, toks, b, a.from - 1);
}
