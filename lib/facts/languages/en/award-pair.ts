/** Pieces of an English award sentence's subject: a pair of people opening it, a time phrase before its verb, names in apposition. */
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { slice, type Tok } from '../../words';
import { nameEnd } from './names';
import { capRun, personIn, TIME_WORD } from './award-phrase';
import { COUNTED_GROUP } from './award-lexicon';
import { listedUntil } from './honorees';

// "A and photographer B shared X", "A and her colleague, photographer B, won X": two people opening the
// sentence, joined by "and" with only a description of the second between them (or a counted group); else null.
export function pairSubject(u: Unit, people: readonly Person[], e: number): string[] | null {
  const { toks } = u;
  const group = countedGroup(u, e);
  if (group) return [group];
  // ("Mr A, former ambassador, and Chieftainess B of Mpika district were each awarded X": the two people before the verb.)
  const verb = [e, e - 2].find((k) => /^(were|are)$/.test(toks[k]?.lower ?? '') && /^(each|both)$/.test(toks[k + 1]?.lower ?? '')) ?? -1;
  const each = verb > 0 && toks[verb - 1]?.text !== ',' ? listedUntil(u, people, 0, toks[verb]!.start).map((h) => h.name) : [];
  if (each.length === 2 && toks.slice(0, verb).some((t) => t.lower === 'and')) return each;
  const and = nameEnd(toks, 0);
  let close = e;
  while (toks[close - 1]?.text === ',') close--;
  let from = close;
  while (from > and + 1 && toks[from - 1]!.cap && toks[from - 1]!.word) from--;
  const described = toks.slice(and + 1, from).every((t) => t.text === ',' || (t.word && !t.cap)) && from - and <= 6;
  if (and < 2 || toks[and]?.lower !== 'and' || close - from < 2 || nameEnd(toks, from) !== close || !described) return null;
  const [a, b] = [personIn(u, people, 0, and)?.name ?? capRun(u, 0, and), personIn(u, people, from, close)?.name ?? capRun(u, from, close)];
  return a && b ? [a, b] : null;
}

/**
 * "The 34 veterans of the 1981-86 bush war, most of them from …, were awarded X": a counted group of
 * people described by where they come from or what they belong to, as written (without the count).
 */
function countedGroup(u: Unit, e: number): string | null {
  const { toks } = u;
  const s = toks[0]?.lower === 'the' ? 1 : 0;
  if (!COUNTED_GROUP.test(toks[s]?.lower ?? '') || !/^[a-z]+s$/.test(toks[s + 1]?.text ?? '') || !/^(of|from)$/.test(toks[s + 2]?.lower ?? '')) return null;
  const end = toks.findIndex((t, k) => k > s + 2 && (k === e || /^[,;:(—–]$/.test(t.text)));
  // (Not when the people are named after it, "Two members of the club, A and B, …", nor past a relative clause.)
  const named = toks[end]?.text === ',' && !!toks[end + 1]?.cap;
  const clause = toks.slice(s, end).some((t) => /^(who|which|that|whose)$/.test(t.lower));
  return end > s + 3 && end <= e && end - s <= 10 && !named && !clause ? slice(u.source, toks, s + 1, end) : null;
}

// Where a time phrase ("on Saturday", "last week", "in 2019") ending at e starts, else e.
export function inlineTime(toks: readonly Tok[], e: number): number {
  // ("had earlier in the evening shared X")
  if (/^(earlier|later)$/.test(toks[e - 4]?.lower ?? '') && toks[e - 3]?.lower === 'in' && toks[e - 2]?.lower === 'the' && /^(evening|day|night|ceremony|year|week|month)$/.test(toks[e - 1]?.lower ?? '')) return e - 4;
  let k = e;
  while (k > 0 && e - k < 4 && TIME_WORD.test(toks[k - 1]!.lower) && toks[k - 1]!.text !== ',') k--;
  if (k === e) return e;
  if (/^(on|in|at|during|earlier|later)$/.test(toks[k - 1]?.lower ?? '')) k--;
  return /^(last|this|on|in|at|during|earlier|later)$/.test(toks[k]!.lower) ? k : e;
}

// The names between the comma before `end` and `end`, split at "and" and commas, each a capitalised
// run or a known person: ", Dearne Valley Coatings and Maltby Precision Castings,".
export function appositionList(u: Unit, people: readonly Person[], end: number): string[] {
  const { toks } = u;
  // ("Two lifeguards, A and B, who swam out …, each received X": past a relative clause to the names.)
  const who = toks.findLastIndex((t, k) => k < end && t.lower === 'who' && toks[k - 1]?.text === ',');
  const close = who > 0 && !toks.slice(who, end).some((t) => t.text === ',') ? who - 1 : end;
  // Back from the closing comma, item by item ("A, B and C"), to the group they name ("three of his crew").
  const out: string[] = [];
  let k = close;
  for (let a = close - 1; a >= 0 && close - a < 30; a--) {
    if (a > 0 && !/^(and|,)$/.test(toks[a - 1]!.lower)) continue;
    const run = personIn(u, people, a, k)?.name ?? (toks.slice(a, k).every((t) => t.cap && t.word) ? capRun(u, a, k) : null);
    if (!run || a === 0) return run && out.length ? [run, ...out] : a === 0 || toks[a - 1]!.text === ',' ? out : [];
    out.unshift(run);
    k = a - 1;
    a = k;
  }
  return out;
}
