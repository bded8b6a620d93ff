/**
 * Who an award went to when the sentence names them after it: "won by A", "the Best Actor category,
 * which was shared by A and B", "shared between A and B", "accepted on behalf of A".
 */
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { slice, type Tok } from '../../words';
import { CLOSE_QUOTE, NONE, OPEN_QUOTE, personIn, type Rec } from './award-phrase';
import { type Honoree, listedFrom, listedUntil } from './honorees';
import type { EnAwardSpan } from './award-find';
import { POSS } from './award-extent';
import { peopleIn } from './award-parties';

/**
 * "a State Natural Science Award, won in 2020 by the HKUST team she leads": the agent of a passive
 * "won" after the award ending at j (a person, or capitals with the group noun after them), or null.
 */
export function wonBy(u: Unit, people: readonly Person[], j: number): Rec | null {
  const { toks } = u;
  let k = toks[j]?.lower === 'category' ? j + 1 : j;
  if (toks[k]?.text === ',') k++;
  // ("the Best Actor category, which was shared by A and B": a relative clause in the passive.)
  if (k > j && toks[k]?.lower === 'which' && /^(was|is)$/.test(toks[k + 1]?.lower ?? '')) k += 2;
  if (!/^(won|earned|claimed|taken|collected|shared|received)$/.test(toks[k]?.lower ?? '')) return null;
  const shared = toks[k]!.lower === 'shared';
  const by = toks.findIndex((t, n) => n > k && n - k <= 5 && t.lower === 'by');
  if (by < 0 || toks.slice(k + 1, by).some((t) => !t.word && t.text !== ',')) return null;
  k = /^(the|a|an|its|his|her|their)$/.test(toks[by + 1]?.lower ?? '') ? by + 2 : by + 1;
  const both = shared ? listedFrom(u, people, k).map((h) => h.name) : [];
  if (both.length > 1) return { text: both[0]!, score: 3, pronoun: false, more: both };
  // ("won by Queen's Park's Aaron Mohammed": past whose side the person is on.)
  let r = k;
  while (r < toks.length && r - k < 8 && ((toks[r]!.cap && toks[r]!.word) || /^(’s|'s)$/.test(toks[r]!.text))) r++;
  const p = personIn(u, people, k, Math.min(toks.length, Math.max(k + 4, r)));
  if (p) return { text: p.name, score: 3, pronoun: false };
  let e = k;
  while (e < toks.length && e - k < 5 && toks[e]!.cap && toks[e]!.word) e++;
  if (e > k && /^(team|group|unit|crew|lab|laboratory|band|club|squad|side|department|company|firm)$/.test(toks[e]?.lower ?? '')) e++;
  return e > k ? { text: slice(u.source, toks, k, e), score: 3, pronoun: false } : null;
}

/** "Denise Greer accepts the medal on behalf of her late husband, Capt. Marcus Greer": his, not hers (null: no "on behalf of"). */
export function onBehalf(u: Unit, people: readonly Person[], j: number): Rec | null {
  const { toks } = u;
  const behalf = toks.findIndex((t, k) => k >= j && k - j <= 4 && t.lower === 'behalf' && toks[k - 1]?.lower === 'on' && toks[k + 1]?.lower === 'of');
  // ("His mother accepted X on his behalf": the one the pronoun stands for.)
  const his = toks.findIndex((t, k) => k >= j && k - j <= 4 && t.lower === 'behalf' && /^(his|her|their)$/.test(toks[k - 1]!.lower) && toks[k - 2]?.lower === 'on');
  if (his > 0) return { text: null, score: 3, pronoun: true, earlier: true };
  if (behalf < 0) return null;
  const p = personIn(u, people, behalf + 2, Math.min(toks.length, behalf + 12));
  return p ? { text: p.name, score: 3, pronoun: false } : NONE;
}

const KIN = /^(widow|widower|wife|husband|son|daughter|mother|father|family|parents|brother|sister|grandson|granddaughter|children|relatives)$/;

/** "His widow, Denise Greer, accepted the medal", "A, who accepted X for her late husband": a relative accepting it (verb at k) for someone else. */
export const kinAccepts = (u: Unit, k: number): boolean =>
  (/^accept/.test(u.toks[k]?.lower ?? '') && u.toks.slice(Math.max(0, k - 8), k).some((t) => KIN.test(t.lower))) ||
  // ("His wife, Sumitra Hembram, will receive the medal from the Chief Minister": the one named before, through a relative.)
  (/^(receiv|collect)/.test(u.toks[k]?.lower ?? '') && /^(his|her|their)$/.test(u.toks[0]?.lower ?? '') && KIN.test(u.toks[1]?.lower ?? '') &&
    /^(medal|award|honour|honor|prize|trophy|plaque|decoration)$/.test(u.toks[u.toks[k + 1]?.lower === 'the' ? k + 2 : -1]?.lower ?? '')) ||
  // ("Carol Brunner holds the X plaque awarded to her late husband, Dale": held for someone else.)
  (/^(accept|hold|held)/.test(u.toks[k]?.lower ?? '') && u.toks.some((t, n) => n > k && n - k <= 12 && /^(for|to)$/.test(t.lower) && /^(his|her|their)$/.test(u.toks[n + 1]?.lower ?? '') && [2, 3].some((d) => KIN.test(u.toks[n + d]?.lower ?? ''))));

/** "split the Silver Peacock for Best Actor between A, for …, and B": one each to the people after "between"; else null. */
export function splitBetween(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec | null {
  const { toks } = u;
  const verb = /^(the|a|an)$/.test(toks[a.from - 1]?.lower ?? '') ? a.from - 2 : a.from - 1;
  // ("Best Actor was shared between A, who …, and B": the passive.)
  const passive = /^(was|were|is|are)$/.test(toks[a.to]?.lower ?? '') && /^(split|divided|shared)$/.test(toks[a.to + 1]?.lower ?? '') ? a.to + 2 : -1;
  if (passive > 0 ? toks[passive]?.lower !== 'between' : !/^(split|splits|divided|divides|shared|shares)$/.test(toks[verb]?.lower ?? '') || toks[a.to]?.lower !== 'between') return null;
  const named = listedFrom(u, people, (passive > 0 ? passive : a.to) + 1).map((h) => h.name);
  return named.length ? { text: named[0]!, score: 3, pronoun: false, more: named } : null;
}

/**
 * A list of winners opening with the award and a colon: 'Outstanding talk series: "The Late Hour"',
 * "Best Director: Anika Sorensen, …". (A headline's "Quaid-e-Azam Trophy: Karachi Whites go top" names
 * the competition it reports on, so the title is left out.)
 */
export function winnersAfterColon(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec | null {
  const { toks } = u;
  const j = a.to;
  if (a.from !== 0 || toks[j]?.text !== ':' || u.index < 0) return null;
  const quoted = OPEN_QUOTE.test(toks[j + 1]?.text ?? '') ? toks.findIndex((t, k) => k > j + 1 && CLOSE_QUOTE.test(t.text)) : -1;
  if (quoted > j + 2) return { text: slice(u.source, toks, j + 2, quoted), score: 3, pronoun: false };
  const first = listedFrom(u, people, j + 1)[0];
  return first ? { text: first.name, score: 3, pronoun: false } : null;
}

/**
 * "A and B were among the Gold Glove Award winners", "Among the other Vigyan Shri awardees was C": the award's
 * holders around "among" (the award at [b, j)); else null.
 */
export function amongHolders(u: Unit, people: readonly Person[], b: number, j: number): Rec | null {
  const { toks } = u;
  const w = (k: number): string => toks[k]?.lower ?? '';
  if (!/^(winners|recipients|honou?rees|awardees|laureates)$/.test(w(j))) return null;
  const among = /^(other|among)$/.test(w(b - 1)) ? toks.findLastIndex((t, k) => k < b && b - k <= 3 && t.lower === 'among') : -1;
  if (among < 0) return null;
  const clause = toks.findLastIndex((t, k) => k < among && (/^[;:]$/.test(t.text) || (t.lower === 'and' && toks[k - 1]?.text === ','))) + 1;
  const named = /^(were|are)$/.test(w(among - 1)) ? listedUntil(u, people, clause, toks[among - 1]!.start) : /^(were|are)$/.test(w(j + 1)) ? listedFrom(u, people, j + 2) : /^(was|is)$/.test(w(j + 1)) ? listedFrom(u, people, j + 2).slice(0, 1) : [];
  const all = named.map((h) => h.name);
  return all.length ? { text: all[0]!, score: 2, pronoun: false, more: all.length > 1 ? all : undefined } : null;
}

/** "was also presented to him posthumously": a pronoun as the object at k, whom it stands for (not "to her son"). */
export const objectPronoun = (toks: readonly Tok[], k: number): boolean =>
  /^(him|them)$/.test(toks[k]?.lower ?? '') || (toks[k]?.lower === 'her' && (!toks[k + 1]?.word || /ly$|^(on|in|at|for|by|during|after)$/.test(toks[k + 1]!.lower)));

/**
 * "Volleyball Coach of the Year went to A of Riverton, and Girls Basketball Coach of the Year to B": where a
 * second award with its verb left out begins after k (the index of its "and"), else the sentence's length.
 */
export function gapAfter(toks: readonly Tok[], k: number): number {
  // (… or ", and the Y Award for Film and Television to B": an award noun inside, its field after it.)
  const named = (from: number, to: number): boolean => toks.slice(from, to).every((x) => x.cap || POSS.has(x.text) || /^(of|the|for|and)$/.test(x.lower)) &&
    (/^(year|season|month|award|prize|medal|trophy)$/i.test(toks[to - 1]!.text) || toks.slice(from, to).some((x, d) => /^(award|prize|medal|trophy)$/i.test(x.text) && toks[from + d + 1]?.lower === 'for'));
  const at = toks.findIndex((t, n) => n > k && t.lower === 'and' && toks[n - 1]?.text === ',' && (!!toks[n + 1]?.cap || (toks[n + 1]?.lower === 'the' && !!toks[n + 2]?.cap)) &&
    [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].some((d) => toks[n + d]?.lower === 'to' && named(n + 1, n + d)));
  return at > 0 ? at : toks.length;
}

/** "include A, Vice-Chancellor of X, Nsukka; B, a paediatrician …; and C": the first name of each item between semicolons from k. */
export function semicolonItems(u: Unit, people: readonly Person[], k: number): string[] {
  const { toks } = u;
  const cuts = [k - 1, ...toks.flatMap((t, n) => (n > k && t.text === ';' ? [n] : [])), toks.length];
  if (cuts.length < 3) return [];
  return cuts.slice(1).flatMap((c, i) => {
    const from = cuts[i]! + (toks[cuts[i]! + 1]?.lower === 'and' ? 2 : 1);
    // (The first person the item names, past a post before it: "Secretary for Transport A", "the chairman of X, Professor B".)
    const known = personIn(u, people, from, c);
    return known ? [known.name] : listedUntil(u, people, from, toks[c - 1]?.end ?? Infinity).slice(0, 1).map((h) => h.name);
  });
}

/** "Wickramaratne, on whom the President conferred X", "A, to whom the society gave X": the one before the relative. */
export function givenToWhom(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec | null {
  const { toks } = u;
  const whom = toks.findLastIndex((t, k) => k < a.from && a.from - k <= 10 && t.lower === 'whom' && /^(on|to|upon)$/.test(toks[k - 1]?.lower ?? '') && toks[k - 2]?.text === ',');
  if (whom < 0 || toks.slice(whom, a.from).some((t) => /^[,;]$/.test(t.text)) || !/^(conferred|bestowed|gave|awarded|presented|granted)$/.test(toks[a.from - 1]?.lower === 'the' ? toks[a.from - 2]?.lower ?? '' : toks[a.from - 1]?.lower ?? '')) return null;
  const start = toks.findLastIndex((t, k) => k < whom - 2 && /^[,;:]$/.test(t.text)) + 1;
  const p = personIn(u, people, start, whom - 2);
  return p ? { text: p.name, score: 3, pronoun: false } : null;
}

/** "Forty-one officers were decorated with X, including the two longest-serving, Inspector A and Inspector B": those named. */
export function includingNamed(u: Unit, people: readonly Person[], j: number): string[] {
  const { toks } = u;
  if (toks[j]?.text !== ',' || toks[j + 1]?.lower !== 'including') return [];
  const end = toks.findIndex((t, k) => k > j + 1 && /^[;.]$/.test(t.text));
  return peopleIn(u, people, j + 2, end > 0 ? end : toks.length).map((p) => p.name);
}

/** "named its three associate judges, A, B and C, as joint recipients of X": the people named before "as" (k). */
export function namedAsHolders(u: Unit, people: readonly Person[], k: number): Rec | null {
  const { toks } = u;
  if (toks[k - 1]?.lower !== 'as') return null;
  const v = toks.findLastIndex((t, n) => n < k - 1 && k - n < 30 && /^(named|chose|selected|picked|declared)$/.test(t.lower));
  const named = v >= 0 ? peopleIn(u, people, v + 1, k - 1).map((p) => p.name) : [];
  return named.length ? { text: named[0]!, score: 3, pronoun: false, more: named } : null;
}

/** Names listed after where something happened ("to A at Raj Bhavan, Dona Paula", "…, at the Eko Hotel and Suites"): places. */
export const afterAt = (u: Unit, hs: readonly Honoree[]): Set<string> =>
  new Set(hs.filter((h, n) => n > 0 && /^[\s,]*at\s/.test(u.source.slice(hs[n - 1]!.span.end, h.span.start))).map((h) => h.name));
