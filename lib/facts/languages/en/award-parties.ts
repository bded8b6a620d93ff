/**
 * The parties of an English award beyond one subject: who is given it when the sentence names a
 * giver ("Ortiz awarded the medal to 14 people, including A and B"), and every person of a listed
 * recipient. One award given to several people is one entry per person, so lists are read whole.
 */
import type { Person } from '../../people';
import type { Tok } from '../../words';
import type { EnAwardSpan } from './award-find';
import type { Unit } from '../../units';
import { capRun, personIn, PRONOUN, type Rec } from './award-phrase';
import { WHENCE } from './names';
import { EN_WIN } from './award-lexicon';

/** Active verbs whose subject gives the award and whose recipient follows "to". */
const GIVE = /^(awards?|awarded|presents?|presented|gave|gives|give|confers?|conferred|bestows?|bestowed|hands?|handed|grant|grants|granted)$/;
/** Before a give verb these make it passive: "was awarded the Victoria Cross" names the recipient as subject. */
const PASSIVE = /^(was|were|is|are|be|been|being|who|newly)$/;
// Where a list of recipients ends: a new phrase of place, time or reason, or a new clause.
const LIST_END = /^(for|in|at|on|while|but|after|during|because|who|which|when|as|by|;|:|\(|—|–)$/;

/**
 * The token after "to" when the award at [from, to) is given actively ("X awards the Y to Z",
 * "X awarded Y, the nation's highest honour, to Z"), else -1. The subject of the give verb is the
 * giver, never the recipient.
 */
export function activeTo(u: Unit, from: number, to: number): number {
  const w = (k: number): string => u.toks[k]?.lower ?? '';
  let b = from;
  // "presented the city's 2026 Citizen of the Year award to …": past an owner and a year.
  while (b > 0 && /^(\d{4}|’s|'s)$/.test(w(b - 1))) b -= /^(’s|'s)$/.test(w(b - 1)) ? 2 : 1;
  while (b > 0 && /^(the|a|an|his|her|their|its|national|annual|prestigious|coveted)$/.test(w(b - 1))) b--; // (… and "the national volunteer medal")
  if (!GIVE.test(w(b - 1)) || PASSIVE.test(w(b - 2)) || PASSIVE.test(w(b - 3))) return -1;
  let k = /^(award|trophy|prize|medal|plaque)$/.test(w(to)) ? to + 1 : to; // ("hands the Nurse Educator of the Year trophy to …")
  // An apposition between the award and "to": ", the nation's highest civilian honor,".
  if (w(k) === ',') {
    const close = u.toks.findIndex((t, i) => i > k && i - k < 14 && t.text === ',');
    if (close < 0) return -1;
    k = close + 1;
  }
  while (/ly$/.test(w(k)) && k - to < 4) k++; // "posthumously", "jointly"
  // ("presented the volunteer medal in Sydney on Monday to …": where and when, then to whom.)
  for (let n = 0; n < 3 && /^(in|at|on)$/.test(w(k)) && (u.toks[k + 1]?.cap || (w(k + 1) === 'the' && u.toks[k + 2]?.cap)); n++) {
    const e = u.toks.findIndex((t, i) => i > k + 1 && !(t.cap && t.word) && !/^(of|the)$/.test(t.lower));
    if (e < 0 || e - to > 14) break;
    k = e;
  }
  // "presented a Certificate of Commendation from the Federal Ministry of Labour to …": past whose it is.
  if (w(k) === 'from' && (u.toks[k + 1]?.cap || (w(k + 1) === 'the' && u.toks[k + 2]?.cap))) for (k++; k - to < 14 && (u.toks[k]?.cap || /^(of|and|the|for)$/.test(w(k))); ) k++;
  // ("conferred the Freedom of the Borough on A": "on" after conferring or bestowing.)
  return w(k) === 'to' || (/^(on|upon)$/.test(w(k)) && /^(confers?|conferred|bestows?|bestowed)$/.test(w(b - 1))) ? k + 1 : -1;
}

/** Where a list of recipients starting at k ends (exclusive). */
export function listEnd(u: Unit, k: number): number {
  const { toks } = u;
  let e = k;
  for (; e < toks.length && e - k < 40; e++) {
    const t = toks[e]!;
    if (LIST_END.test(t.lower) && !t.cap) break;
    // "Sen." and "U.S." do not end the list; a full stop does.
    if (t.text === '.' && !(toks[e - 1]?.cap && toks[e - 1]!.text.length <= 4 && toks[e + 1]?.cap)) break;
    // ", who …", ", a singer from …" end it; ", including …", ", A …" and ", and …" go on.
    if (t.text === ',' && !toks[e + 1]?.cap && !/^(including|and|among|such)$/.test(toks[e + 1]?.lower ?? '')) break;
  }
  return e;
}

/** Every person named in tokens [s, e) of a unit, in text order, once each. */
export function peopleIn(u: Unit, people: readonly Person[], s: number, e: number): Person[] {
  if (s >= e || !u.toks[s] || !u.toks[e - 1]) return [];
  const [a, b] = [u.toks[s]!.start, u.toks[e - 1]!.end];
  const found: [number, Person][] = [];
  for (const p of people) {
    const m = p.mentions.find((x) => !!x.source === u.index < 0 && x.span.start >= a && x.span.end <= b);
    if (m) found.push([m.span.start, p]);
  }
  return found.sort((x, y) => x[0] - y[0]).map(([, p]) => p);
}

/** The end of the clause from token k: a comma, full stop or a new phrase ("while", "for"). */
export function endOfClause(u: Unit, k: number): number {
  const { toks } = u;
  let e = k;
  for (; e < toks.length && !/^(while|but|after|for|in|by)$/.test(toks[e]!.lower); e++) {
    // The dot of "Sgt." or "U.S." does not end the clause.
    const abbrev = toks[e]!.text === '.' && toks[e - 1]?.cap && toks[e - 1]!.text.length <= 4 && toks[e + 1]?.cap;
    if (/^[,;.]$/.test(toks[e]!.text) && !abbrev) break;
  }
  return e;
}

// (Module-level helpers rather than closures: this runs for every sentence without an award.)
// (Not "the Medal of Bravery", a named award the finder set aside: "would nominate them for the Medal of Bravery".)
const namedAt = (toks: readonly Tok[], k: number): boolean => /^(of|for)$/.test(toks[k]?.lower ?? '') && !!toks[k + 1]?.cap;
// ("The same medal was awarded to …": the medal just named.)
// ("the same medal", "The third medal went to A": the award just named, past "same" or an ordinal.)
const nounAt = (toks: readonly Tok[], k: number): number => (/^(same|second|third|fourth|fifth)$/.test(toks[k + 1]?.lower ?? '') ? k + 2 : k + 1);
const referenceAt = (toks: readonly Tok[], nouns: RegExp): number => toks.findIndex((t, k) => {
  const n = nounAt(toks, k);
  return /^(the|that|this)$/.test(t.lower) && nouns.test(toks[n]?.lower ?? '') && !toks[n + 1]?.cap && !namedAt(toks, n + 1);
});

// "the medal", "the prize" standing alone in a sentence without a named award.
export function backReference(toks: readonly Tok[], spans: readonly EnAwardSpan[]): EnAwardSpan | null {
  if (spans.length) return null;
  // ("the trophy" only where no medal, prize or award is named: "handed the trophy by X, who won the award in 2011".)
  // ("one of five people invested into the order": the order just named.)
  // (… and "the commendation", "the citation", "the plaque": the one of that kind just named.)
  let i = referenceAt(toks, /^(medal|medallion|prize|award|honour|honor|order|commendation|citation|plaque)$/);
  if (i < 0) i = referenceAt(toks, /^trophy$/);
  // "This year it went to A and her translator, B": the award just named, as the clause's subject.
  const it = i < 0 ? toks.findIndex((t, k) => k <= 3 && t.lower === 'it' && /^(went|goes|was|is)$/.test(toks[k + 1]?.lower ?? '') && /^(to|awarded|given|presented)$/.test(toks[k + 2]?.lower ?? '')) : -1;
  if (it >= 0) return { from: it, to: it + 1, won: true };
  return i < 0 ? null : { from: i, to: nounAt(toks, i) + 1, won: true };
}

/**
 * "was given two medals: the Heroism Medal and the Wounded Personnel Medal": where the counted noun that
 * a colon list of awards stands for begins, so that the verb before it reads as the award's own; else b.
 */
export function listHead(toks: readonly Tok[], b: number): number {
  const c = toks.findLastIndex((t, k) => k < b && b - k <= 24 && t.text === ':');
  if (c < 1 || toks.slice(c + 1, b).some((t) => /^[.;:]$/.test(t.text))) return b;
  if (!/^(medals|awards|honou?rs|prizes|decorations|distinctions|titles|orders)$/.test(toks[c - 1]!.lower)) return b;
  // (Not when the award has a verb of its own: "came home with category awards: A, who …, took the X award".)
  if ([1, 2, 3].some((d) => EN_WIN.match(toks, b - d)?.end === b && b - d > c)) return b;
  let k = c - 1;
  while (k > 0 && /^(\d+|two|three|four|five|six|several|both|other|further|more|the|its|his|her|their|top|highest|national|state|civilian|military|bravery|gallantry|police)$/.test(toks[k - 1]!.lower)) k--;
  return k;
}

/** "A Member of the Order of Canada since 2015, she travelled …": an opening apposition, then the subject it describes; else null. */
export function openingApposition(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec | null {
  const { toks } = u;
  const w = (k: number): string => toks[k]?.lower ?? '';
  if (a.from !== 1 || !/^(a|an)$/.test(w(0))) return null;
  const c = /^(since|in)$/.test(w(a.to)) && /^\d{4}$/.test(w(a.to + 1)) ? a.to + 2 : a.to;
  if (w(c) !== ',') return null;
  if (PRONOUN.has(w(c + 1))) return { text: null, score: 2, pronoun: true };
  const p = personIn(u, people, c + 1, Math.min(toks.length, c + 5), true);
  return p ? { text: p.name, score: 2, pronoun: false } : null;
}

/** "Best Cinematography, for the Polish-born Tomasz Wierzbicki, who …": a category's winner after ", for"; else null. */
export function categoryFor(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec | null {
  const { toks } = u;
  const j = a.to;
  if (toks[j]?.text !== ',' || toks[j + 1]?.lower !== 'for' || !/^(Best|Outstanding)$/.test(toks[a.from]!.text)) return null;
  const stop = toks.findIndex((t, k) => k > j + 1 && /^[,;.:]$/.test(t.text));
  const p = personIn(u, people, j + 2, Math.min(stop < 0 ? toks.length : stop, j + 9));
  return p ? { text: p.name, score: 3, pronoun: false } : null;
}

/** "Khattak pinned the Gold Medal for Gallantry on Muhammad Ilyas": who it was pinned or conferred on, after the award; else null. */
export function pinnedOn(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec | null {
  const { toks } = u;
  if (!/^(on|upon)$/.test(toks[a.to]?.lower ?? '') || !toks[a.to + 1]?.cap) return null;
  if (!toks.slice(Math.max(0, a.from - 4), a.from).some((t) => /^(pinned|pins|pin|pinning|conferred|confers|bestowed|bestows|hung|hangs)$/.test(t.lower))) return null;
  const p = personIn(u, people, a.to + 1, Math.min(toks.length, a.to + 6));
  return p ? { text: p.name, score: 3, pronoun: false } : null;
}

/** "were named Central Luzon's Outstanding Farm Family": where the award's place owner starts after a naming verb; else b. */
export function pastOwner(toks: readonly Tok[], b: number): number {
  if (!/^(’s|'s)$/.test(toks[b - 1]?.text ?? '')) return b;
  for (const n of [1, 2]) if (toks.slice(b - 1 - n, b - 1).every((t) => t.cap && t.word) && /^(named|voted|crowned)$/.test(toks[b - 2 - n]?.lower ?? '')) return b - 1 - n;
  return b;
}

/** "PC Jo Whitmore | Chief Constable's Commendation | …": the person in the table cell before the award's; else null. */
export function cellBefore(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec | null {
  const { toks } = u;
  if (toks[a.from - 1]?.text !== '|') return null;
  const start = toks.findLastIndex((t, k) => k < a.from - 1 && t.text === '|') + 1;
  const p = personIn(u, people, start, a.from - 1);
  return p ? { text: p.name, score: 3, pronoun: false } : null;
}

/** "…, and the Ibadan-based Lantern Health Diagnostics, named Best Company in Health Care": the listed name right before ", named"; else null. */
export function namedItem(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec | null {
  const { toks } = u;
  const w = (k: number): string => toks[k]?.lower ?? '';
  if (!/^(named|voted)$/.test(w(a.from - 1)) || w(a.from - 2) !== ',' || !toks[a.from - 3]?.cap || a.from <= 3) return null;
  let s = a.from - 3;
  while (s > 0 && toks[s - 1]!.cap && toks[s - 1]!.word && !WHENCE.test(toks[s - 1]!.lower)) s--;
  const lead = WHENCE.test(w(s - 1)) ? s - 2 : s - 1;
  // (A list item, not a name inside a phrase: "a book on Yeats and Gregory, named X".)
  const item = /^(the|,)$/.test(w(lead)) || (w(lead) === 'and' && w(lead - 1) === ',');
  const p = item ? (personIn(u, people, s, a.from - 2, true)?.name ?? capRun(u, s, a.from - 2)) : null;
  return p ? { text: p, score: 3, pronoun: false } : null;
}

