/**
 * English titles of honour named right after a win, without an award noun: "was named Asia's Leading
 * Low-Cost Airline", "was crowned Calypso Monarch", "won the Road March title".
 */
import type { Tok } from '../../words';
import { EN_WIN } from './award-lexicon';
import { YEAR } from './award-extent';
import { ofOwner } from './award-joins';
import { EN_PLACES } from './gazetteer';
import { capWordsEnd } from './names';
import { EN_HEADS } from './titles';

const POSS = /^(’s|'s)$/;
const RANKED = /^(leading|best|top|favourite|favorite|greenest|friendliest)$/;
// Titles of a contest, not honours: "won the Premier League title".
const CONTEST = /^(league|cup|championships?|tournament|open|series|slam|games|tour|division|conference)$/;

/** "Drinks Champion" (a category's) or "Champion of Champions" (the overall winner) at [from, to); else null. */
export function championTitle(toks: readonly Tok[], from: number, to: number): 'category' | 'overall' | null {
  if (toks.slice(from, to).map((x) => x.lower).join(' ') === 'champion of champions') return 'overall';
  return /^Champion$/.test(toks[to - 1]?.text ?? '') ? 'category' : null;
}

/** True when a win verb (of one or two words: "won", "picked up") ends right before token k. */
export const winEndsAt = (toks: readonly Tok[], k: number): boolean => EN_WIN.match(toks, k - 1)?.end === k || EN_WIN.match(toks, k - 2)?.end === k;

/** The end of a title of honour starting at i right after a win, or i when there is none. */
export function titleAfterWin(toks: readonly Tok[], i: number): number {
  const t = toks[i]!;
  const naming = (k: number, verb = /^(named|crowned|declared|proclaimed)$/): boolean => verb.test(toks[k]?.lower ?? '') || (toks[k]?.lower === 'the' && verb.test(toks[k - 1]?.lower ?? ''));
  // ("The couple were named the 2027 Western Australian Local Hero": a year before a title says it is one of honour.)
  const dated = YEAR.test(t.text) && naming(i - 1, /^(named|crowned|declared|proclaimed|voted)$/) ? capWordsEnd(toks, i + 1, 6) : -1;
  const office = dated > i && toks.slice(i + 1, dated).some((_, k) => EN_HEADS.match(toks, i + 1 + k));
  if (dated - i >= 3 && !office && toks[dated]?.lower !== 'of' && !toks.slice(i + 1, dated).some((x) => CONTEST.test(x.lower))) return dated;
  if (!t.cap) return i;
  // "was named Asia's Leading Low-Cost Airline", "collected Europe's Best Airport": a ranked title.
  // (Not "named UK's best primary headteacher": a ranking in plain words.)
  const ranked = POSS.test(toks[i + 1]?.text ?? '') && RANKED.test(toks[i + 2]?.lower ?? '') && winEndsAt(toks, i) ? capWordsEnd(toks, i + 3, 7) : -1;
  if (ranked > i + 3) return ranked;
  // "was named Drinks Champion", "won Bakery Champion", "the Fish and Seafood Champion went to A": a category's champion.
  let champ = capWordsEnd(toks, i, 5);
  while (/^(of|and|&)$/.test(toks[champ]?.lower ?? '') && toks[champ + 1]?.cap && champ - i < 6) champ = capWordsEnd(toks, champ + 1, 3);
  const given = toks[i - 1]?.lower === 'the' && /^(went|goes)$/.test(toks[champ]?.lower ?? '') && toks[champ + 1]?.lower === 'to';
  // ("crowned Champion of Champions", the overall winner; not "crowned Wimbledon Champion", a contest's.)
  const title = championTitle(toks, i, champ);
  if (champ - i >= 2 && title && (title === 'overall' || toks[i - 1]?.lower !== 'crowned') && (naming(i - 1) || winEndsAt(toks, i) || given)) return champ;
  // "was crowned Calypso Monarch in 1976", "crowned Miss Universe": the title the crown is.
  if (toks[i - 1]?.lower === 'crowned') {
    const e = capWordsEnd(toks, i, 5);
    return e - i >= 2 ? e : i;
  }
  // "was named the Tokoh Nelayan Negara (National Fisherman Icon)": a title in its own language, translated.
  const named = naming(i - 1);
  const run = capWordsEnd(toks, i, 5);
  const close = toks[run]?.text === '(' ? toks.findIndex((x, k) => k > run + 1 && k - run <= 7 && x.text === ')') : -1;
  if (named && run - i >= 2 && close > 0 && toks.slice(run + 1, close).every((x) => x.cap || /^(of|the|and)$/.test(x.lower))) return close + 1;
  // "won the Calypso Monarch title": a named title after a win.
  if (toks[i - 1]?.lower === 'the' && winEndsAt(toks, i - 1)) {
    const e = capWordsEnd(toks, i, 5);
    if (e - i >= 2 && toks[e]?.lower === 'title' && !toks.slice(i, e).some((x) => CONTEST.test(x.lower))) return e + 1;
  }
  return i;
}

const PERIOD = /^(year|season|month|week|decade|tournament|match|game|series|night|day|round|championships?|meet|festival)$/;
const NAMING = /^(named|voted|crowned|adjudged|declared)$/;
const COUNT = /^(one|two|three|four|five|some|any|each|all|most|many|none|several|both|either|neither|few)$/;

/** True when a title of the year can end at t (its period or year): yearTitle is null elsewhere. */
export const yearTitleEnd = (t: Tok): boolean => PERIOD.test(t.lower) || YEAR.test(t.text);

/**
 * "X of the Year", "woman athlete of 2004", "Player of the Season", "Goal of the Month" ending at token i:
 * a title of the year, after "named", "voted", "winner of". Null when token i closes no such title; a span
 * with `from` -1 when it does but is no honour here. `out`: the spans found so far in the sentence.
 */
export function yearTitle(toks: readonly Tok[], i: number, out: readonly { to: number }[]): { from: number; to: number; won: boolean } | null {
  const t = toks[i]!;
  const period = PERIOD.test(t.lower);
  if (!((period && toks[i - 1]?.lower === 'the' && toks[i - 2]?.lower === 'of') || (YEAR.test(t.text) && toks[i - 1]?.lower === 'of'))) return null;
  let a = i - (period ? 3 : 2);
  // ("Busua Palms (Beach Resort of the Year)": a title in brackets starts inside them; not so "European Athletics (EAA) woman athlete".)
  // (… nor back into the title before "and": "named Senior Sportswoman of the Year and Athlete of the Year".)
  const opened = (k: number): boolean => (toks[k - 1]?.text === '(' && !toks.slice(k, i).some((x) => x.text === ')')) || (toks[k - 1]?.lower === 'and' && out.some((o) => o.to === k - 1));
  while (a > 0 && i - a < 9 && !/^(the|a|an|its|his|her|their|our|named|voted|crowned|adjudged|declared|as|of|was|is|been|,|\.|;|:|—|–|-)$/.test(toks[a - 1]!.lower) && !opened(a) && !winEndsAt(toks, a)) a--; // (… nor past a dateline's dash)
  // "a retired teacher its Citizen of the Year": a capitalised title starts at its first capital.
  if (toks.slice(a, i - 2).some((x) => x.cap)) while (a < i - 2 && !toks[a]!.cap && !/^\d/.test(toks[a]!.text)) a++;
  // ("a Texas songwriter lost out in Musical Event of the Year": the capitalised run right before "of the Year".)
  // (Not past a class: "named 4A Football Coach of the Year".)
  if (period && toks[i - 3]?.cap && toks.slice(a, i - 3).some((x) => x.word && !x.cap && !/^\d/.test(x.text) && !/^(and|&|of|the|for|in)$/.test(x.lower))) {
    let b = i - 3;
    while (b > a && ((toks[b - 1]!.cap && toks[b - 1]!.word) || (/^(and|&)$/.test(toks[b - 1]!.lower) && toks[b - 2]?.cap))) b--;
    a = b;
  }
  // "From Manager of the Month to the exit": a heading's opening preposition is no part of the title.
  while (a < i - 2 && /^(from|among|at|in|with|after|before|as|for)$/.test(toks[a]!.lower)) a++;
  if (toks[a]?.cap && !opened(a)) a = ofOwner(toks, a);
  const named = NAMING.test(toks[a - 1]?.lower ?? '') || NAMING.test(toks[a - 2]?.lower ?? '');
  // "of 2004" only after "named"/"voted": "Investment Company Act of 1940" is a law.
  // "the Manager of the Season award": the award word after it belongs to the name.
  // ("Sportswoman of the Year with a Disability": the class it is for.)
  // ("holds the New Artist of the Year trophy": the trophy is the thing held, not part of the name.)
  let end = /^(award|prize)$/.test(toks[i + 1]?.lower ?? '') ? i + 2 : toks[i + 1]?.lower === 'with' && /^(a|an)$/.test(toks[i + 2]?.lower ?? '') && toks[i + 3]?.cap ? i + 4 : i + 1;
  // ("Senior Australian of the Year for South Australia": the state or region whose title it is.)
  const region = toks[end]?.lower === 'for' && toks[end + 1]?.cap ? EN_PLACES.match(toks, end + 1) : null;
  if (region && !toks[region.end]?.cap) end = region.end;
  // "Taylor Swift won album of the year": a lower-case title right after a win.
  const wonIt = period && (EN_WIN.match(toks, a - 1)?.end === a || (/^(the|a|an)$/.test(toks[a - 1]?.lower ?? '') && EN_WIN.match(toks, a - 2)?.end === a - 1));
  // ("received the top prize of the night": the evening's main award by a description, not a title.)
  // ("won one of the festival's prizes": how many of them, not a title.)
  const described = toks.slice(a, i - 2).every((x) => !x.cap) && (/^(prize|award|honou?r|trophy|accolade)s?$/.test(toks[i - 3]?.lower ?? '') || COUNT.test(toks[i - 3]?.lower ?? ''));
  // ("were each given a framed photograph of the night": a keepsake of the evening, in lower case, is no title.)
  const keepsake = /^(night|day|evening)$/.test(t.lower) && toks.slice(a, i).every((x) => !x.cap);
  const honour = a < i - 2 && !out.some((o) => o.to > a) && !described && !keepsake && (named || wonIt || (period && t.cap));
  return honour ? { from: a, to: end, won: named || wonIt } : { from: -1, to: -1, won: false };
}
