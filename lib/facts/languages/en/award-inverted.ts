/**
 * Recipients named after the award, in an inverted or counted clause ("Also conferred the X, in the
 * individual category, was A"; "Thirty-one staff were presented with X, which marks …, among them A
 * and B") or in the list lines below it.
 */
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { slice } from '../../words';
import type { EnAwardSpan } from './award-find';
import { COUNTED_GROUP } from './award-lexicon';
import { listedFrom } from './honorees';
import { nameEnd } from './names';
import { endOfClause } from './award-parties';
import { nounPhrase, personIn, type Rec } from './award-phrase';

/**
 * "were mentioned in despatches: Lance Corporal A, who …, and Marine B, who …": everyone after the colon
 * (… or a later one after a counted subject: "Two staff were admitted to X, which …: A and B"), when several.
 */
export function allAfterColon(u: Unit, people: readonly Person[], a: EnAwardSpan): string[] {
  const { toks } = u;
  // (Past the award's letters: "were each named Elder of the Order of the Burning Spear (EBS): A, B and C".)
  const j = toks[a.to]?.text === '(' && toks[a.to + 2]?.text === ')' ? a.to + 3 : a.to;
  const late = COUNTED_GROUP.test(toks[0]?.lower ?? '') && toks[j]?.text === ',' ? toks.findIndex((t, k) => k > j && t.text === ':') : -1;
  const from = late > 0 ? late + 1 : j + 1;
  // ("Environmental Award: A; Sports Volunteer of the Year: B": the items up to the one opening the next category.)
  const next = toks.findIndex((t, k) => k > from && t.text === ':');
  const until = next > 0 ? (toks[toks.findLastIndex((t, k) => k < next && k >= from && t.text === ';')]?.start ?? 0) : Infinity;
  const all = (toks[j]?.text === ':' || late > 0) && a.from > 0 ? listedFrom(u, people, from).filter((h) => h.span.end <= until).map((h) => h.name) : [];
  return all.length > 1 ? all : [];
}

// A count past ten written as a word: "eleven", "fifteen", "thirty-one".
const PAST_TEN = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-\w+)?$|^(eleven|twelve|\w+teen)$/;

/** "Thirty-one staff were presented with X, which marks …, among them A and B": the ones a counted subject names. */
export function amongThem(u: Unit, people: readonly Person[], j: number): string[] {
  const w = (k: number): string => u.toks[k]?.lower ?? '';
  if (!COUNTED_GROUP.test(w(0)) && !PAST_TEN.test(w(0)) && !/^(dozens|hundreds)$/.test(w(0))) return [];
  const k = u.toks.findIndex((t, n) => n >= j && t.text === ',' && w(n + 1) === 'among' && w(n + 2) === 'them');
  return k > 0 ? listedFrom(u, people, k + 3).map((h) => h.name) : [];
}

// "Among the other recipients of X was A", "Among this year's winners of X were A and B".
const RECIPIENTS = /^(recipients|winners|laureates|honou?rees|awardees|holders)$/;
function recipientsOf(u: Unit, a: EnAwardSpan): boolean {
  const { toks } = u;
  const of = toks[a.from - 1]?.lower === 'of' ? a.from - 1 : toks[a.from - 2]?.lower === 'of' && /^(the|this)$/.test(toks[a.from - 1]!.lower) ? a.from - 2 : -1;
  return of > 1 && of <= 6 && RECIPIENTS.test(toks[of - 1]!.lower);
}

/** "Also conferred the X(, in the individual category,) was A", "Among those receiving X are A and B": the subject after the verb. */
export function alsoGiven(u: Unit, people: readonly Person[], a: EnAwardSpan): string[] {
  const w = (k: number): string => u.toks[k]?.lower ?? '';
  // (… and "Among those receiving the X are A, whose …, and B, who …".)
  // (… and "Among the eleven people who received X (EBS) were A and B".)
  const who = w(0) === 'among' && u.toks.slice(1, a.from).some((t) => t.lower === 'who') && /^(received|were|was)$/.test(w(a.from - 1) === 'the' ? w(a.from - 2) : w(a.from - 1));
  const among = w(0) === 'among' && ((w(1) === 'those' && /^(receiving|awarded|given|honou?red|named|presented)$/.test(w(2))) || recipientsOf(u, a) || who);
  // (… and "Receiving the X for special education was A", "Winning the Y was B", "Taking home the Z award was C".)
  const gerund = (/^(receiving|winning|collecting)$/.test(w(0)) && a.from <= 2) || (/^(taking|picking)$/.test(w(0)) && /^(home|up)$/.test(w(1)) && a.from <= 3);
  if ((w(0) !== 'also' || !/^(conferred|awarded|given|presented|honou?red|decorated|receiving)$/.test(w(1))) && !among && !gerund) return [];
  let k = a.to;
  if (w(k) === '(' && w(k + 2) === ')') k += 3; // ("(EBS)")
  if (gerund && /^(for|in)$/.test(w(k))) while (k < u.toks.length && k - a.to < 6 && !/^(was|were|,)$/.test(w(k)) && u.toks[k]!.word && !u.toks[k]!.cap) k++;
  if (gerund && /^(award|prize|medal)$/.test(w(k))) k++;
  // (Past an apposition: "Receiving the X, the university's highest honor for a graduating student, was A".)
  if (w(k) === ',') k = u.toks.findIndex((t, n) => n > k && n - k <= (gerund ? 14 : 8) && t.text === ',') + 1;
  if (k <= 0 || !/^(was|were|are|is)$/.test(w(k))) return [];
  const named = listedFrom(u, people, k + 1).map((h) => h.name);
  // ("… was the Iloilo flood team": a body in lower case, whole; "… was the Opol Municipal Police Station": a body by "the", whole too.)
  const whole = named.length && (w(k + 1) !== 'the' || named.length > 1) ? null : nounPhrase(u, people, k + 1, endOfClause(u, k + 1), 3).text;
  return whole ? [whole] : named;
}

export const LIST_HEAD = /^(appointees|recipients|honou?rees|inductees|laureates|awardees)$/;

/**
 * The person opening each short list item below a colon ("Sione Latu, for services to …"), or named
 * after a category and its colon ("Violin: T.S. Jayaprakash"), one per item, up to the paragraph's end.
 */
export function listBelow(units: readonly Unit[], from: number, people: readonly Person[]): string[] {
  const out: string[] = [];
  for (let k = from; k < units.length && k - from < 20; k++) {
    const u = units[k]!;
    // (A long item is still one when the list's items end in semicolons: "A, head of nursing at X, whose team …;".)
    const semis = u.toks.at(-1)?.text === ';' || (k > from && units[k - 1]!.toks.at(-1)?.text === ';');
    if (u.toks.length > (semis ? 45 : 25) || u.paragraph === units[from - 1]?.paragraph) break;
    const colon = u.toks.findIndex((t, n) => n > 0 && n <= 6 && t.text === ':');
    const at = colon > 0 && u.toks[colon + 1]?.cap ? colon + 1 : 0;
    // ("Drama (acting): Nimmy Thomas Paul": a line that is only a name is the name, whatever a list knows.)
    const rest = u.toks.slice(at);
    // ("Harold (Buddy) MacNeil, Sydney Mines": a name line with its nickname, up to where the person is from.)
    const comma = at === 0 && u.toks.length <= 14 ? u.toks.findIndex((t) => t.text === ',') : -1;
    const named = comma >= 2 && comma <= 6 && u.toks.slice(0, comma).every((t) => t.cap || /^[()"“”]$/.test(t.text)) && u.toks.some((t) => t.text === '(') ? slice(u.source, u.toks, 0, comma) : null;
    const whole = named ?? (at > 0 && rest.length >= 2 && rest.length <= 6 && rest.every((t) => t.cap || t.text === '.') ? slice(u.source, u.toks, at, u.toks.length) : null);
    const first = listedFrom(u, people, at)[0];
    // (… past a rank before the name: "Senior Sergeant Rose Akinyi of …".)
    const opens = first ? u.toks.findIndex((t) => t.start === first.span.start) : -1;
    // (… or past a description in an item ending in a semicolon: "Johor police chief Comm Rahmat Ismail;".)
    const described = semis && opens - at <= 8 && u.toks.slice(at, opens).every((t) => t.word || t.text === '.' || t.text === '-');
    if (!whole && (!first || opens < at || ((opens - at > 3 || !u.toks.slice(at, opens).every((t) => (t.cap && t.word) || t.text === '.')) && !described))) break;
    // ("A; B; C; and D" in one paragraph below the colon: every item's name.)
    const items = !whole && u.toks.filter((t) => t.text === ';').length >= 2 ? listedFrom(u, people, at).map((h) => h.name) : [];
    // (The name closes a described item: "Iskandar Puteri property developer Ong Kah Seng;", not the place opening it.)
    const stop = u.toks.findIndex((t) => /^[,;]$/.test(t.text));
    const end = stop > 0 ? stop : u.toks.length;
    const lower = u.toks.findLastIndex((t, n) => n < end && t.word && !t.cap);
    const closing = semis && lower > opens && end - lower >= 3 && nameEnd(u.toks, lower + 1) === end ? slice(u.source, u.toks, lower + 1, end) : undefined;
    out.push(...(items.length > 2 ? items : [whole ?? closing ?? first!.name]));
  }
  return out;
}

/**
 * Whom an award went to, named after its "for": "best supporting actress for Cate Blanchett" (a person, not a
 * work: "for Wasp"), "Best Feature Film for Mombasa's Pwani Reel Productions" (the body after whose it is); else null.
 */
export function afterFor(u: Unit, people: readonly Person[], a: EnAwardSpan, wonBySubject: boolean): string | null {
  const { toks } = u;
  const j = a.to;
  const p = personIn(u, people, j + 1, Math.min(toks.length, j + 4));
  const n = nameEnd(toks, j + 1);
  if (p || (n - j > 2 && !wonBySubject)) return p?.name ?? slice(u.source, toks, j + 1, n);
  const own = [2, 3].map((d) => j + d).find((k) => /^(’s|'s)$/.test(toks[k]?.text ?? '') && toks.slice(j + 1, k).every((t) => t.cap));
  let e = own ? own + 1 : 0;
  while (e && toks[e]?.cap && toks[e]!.word) e++;
  return own && e > own + 1 && /^best$/i.test(toks[a.from]!.text) ? slice(u.source, toks, own + 1, e) : null;
}

/** "The 2027 Senior Australian of the Year is Broome's Kevin Dhu, 78, …": the name after the copula, past a place's possessive. */
export function copulaWinner(u: Unit, people: readonly Person[], a: EnAwardSpan): string | null {
  const { toks } = u;
  // (… also reported: "said Wednesday that the 2027 Kamloops Citizen of the Year is A".)
  const reported = toks[a.from - 1]?.lower === 'the' && toks[a.from - 2]?.lower === 'that';
  if ((a.from > 1 && !reported) || (a.from === 1 && toks[0]!.lower !== 'the') || !/^(is|was)$/.test(toks[a.to]?.lower ?? '')) return null;
  let k = a.to + 1;
  // ("is 17-year-old Jasper Nguyen": past the age.)
  if (/^\d{1,3}-year-old$/.test(toks[k]?.text ?? '')) k++;
  if (toks[k]?.cap && /^(’s|'s)$/.test(toks[k + 1]?.text ?? '')) k += 2;
  const e = nameEnd(toks, k);
  return e - k >= 2 && /^[,.;]$/.test(toks[e]?.text ?? '.') ? (personIn(u, people, k, e)?.name ?? slice(u.source, toks, k, e)) : null;
}

/** "She takes over from the 2026 Kansas Teacher of the Year, Marisol Vance, a kindergarten teacher": the holder named in apposition. */
export function apposedHolder(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec | null {
  const { toks } = u;
  const the = toks[a.from - 1]?.lower === 'the' || (/^\d{4}$/.test(toks[a.from - 1]?.text ?? '') && toks[a.from - 2]?.lower === 'the');
  if (!the || toks[a.to]?.text !== ',') return null;
  const e = nameEnd(toks, a.to + 1);
  const closed = toks[e]?.text === ',' ? /^(a|an|the|who|now|aged)$/.test(toks[e + 1]?.lower ?? '') || /^\d{1,3}$/.test(toks[e + 1]?.text ?? '') : toks[e]?.text === '.';
  if (e - a.to - 1 < 2 || !closed) return null;
  return { text: personIn(u, people, a.to + 1, e)?.name ?? slice(u.source, toks, a.to + 1, e), score: 2, pronoun: false };
}

/**
 * "Fifteen officers and men were each awarded X." then "The list from the state includes A, …, and the following
 * personnel: B (Cuttack), C and D": a counted subject, and everyone the next sentence says the list includes.
 */
export function includedNext(u: Unit, next: Unit | undefined, people: readonly Person[]): string[] {
  const w = u.toks[0]?.lower ?? '';
  const counted = COUNTED_GROUP.test(w) || PAST_TEN.test(w);
  const inc = next && next.index >= 0 ? next.toks.findIndex((t, k) => k < 8 && /^(include|includes|included)$/.test(t.lower)) : -1;
  if (!counted || inc < 0) return [];
  const from = next!.toks[inc]!.end;
  const named = people.flatMap((p) => p.mentions.filter((m) => !m.source && m.span.start >= from && m.span.end <= next!.toks.at(-1)!.end).map((m) => ({ name: p.name, at: m.span.start })));
  const names = [...new Set(named.sort((a, b) => a.at - b.at).map((x) => x.name))];
  return names.length >= 2 ? names : [];
}
