/**
 * What "the series", "the santoku" or "the band" stands for: the name the story gave a thing when it
 * introduced it with that noun ("his programme Between the Tides", "its Hallamshire santoku, a knife
 * …", "the Belmont Harmonites steel orchestra"), or with a noun of the same kind (a programme is a
 * series, a band an orchestra).
 */
import type { Unit } from '../../units';
import { slice } from '../../words';
import { MONTH_WORDS } from './award-extent';
import { capRunEnd } from './award-shape';
import { DAYS } from './names';

const KINDS: readonly RegExp[] = [
  /^(programmes?|programs?|series|shows?|documentar(y|ies)|films?|movies?|novels?|books?|albums?|songs?|podcasts?|musicals?|operas?)$/,
  /^(bands?|orchestras?|groups?|choirs?|ensembles?|troupes?|quartets?|trios?)$/,
];

const sameKind = (a: string, b: string): boolean => a === b || KINDS.some((k) => k.test(a) && k.test(b));
const QUOTE = /^[“"‘]$/;

// The thing named at token i of a unit together with noun n, or null.
function introduced(u: Unit, i: number, noun: string): string | null {
  const { toks } = u;
  const t = toks[i]!;
  if (!t.word || !sameKind(t.lower, noun)) return null;
  // "Lochaber Mountain Rescue Team": the noun closing a capitalised name.
  if (t.cap) {
    let c = i;
    while (c > 0 && i - c < 5 && toks[c - 1]!.cap && toks[c - 1]!.word) c--;
    return c < i && !/^(the|a|an)$/i.test(toks[c]!.text) ? slice(u.source, toks, c, i + 1) : null;
  }
  // ("Habagat Kolektib, a five-piece band from Toril": the name the noun describes in apposition.)
  const art = [1, 2, 3, 4].map((d) => i - d).find((k) => /^(a|an)$/.test(toks[k]?.lower ?? '') && toks.slice(k + 1, i).every((x) => x.word && !x.cap));
  if (art !== undefined && toks[art - 1]?.text === ',') {
    let c = art - 1;
    while (c > 0 && art - 1 - c < 5 && toks[c - 1]!.cap && toks[c - 1]!.word) c--;
    if (c < art - 1) return slice(u.source, toks, c, art - 1);
  }
  // "his programme Between the Tides", "The documentary, Kaiso Woman,", 'the series "Tides"'.
  let s = toks[i + 1]?.text === ',' ? i + 2 : i + 1;
  if (QUOTE.test(toks[s]?.text ?? '')) s++;
  const e = toks[s]?.cap ? capRunEnd(toks, s) : s;
  if (e > s && e - s <= 6 && !DAYS.test(toks[s]!.lower) && !MONTH_WORDS.has(toks[s]!.lower)) return slice(u.source, toks, s, e);
  // "its Hallamshire santoku", "the Belmont Harmonites steel orchestra": capitals, a modifier or two, the noun.
  let a = i;
  while (a > 0 && i - a < 3 && toks[a - 1]!.word && !toks[a - 1]!.cap && !/^(the|a|an|its|his|her|their|our|of|and|with|by)$/.test(toks[a - 1]!.lower)) a--;
  let c = a;
  // ("the Leeds-based company": where it is, not its name.)
  while (c > 0 && a - c < 4 && toks[c - 1]!.cap && toks[c - 1]!.word && !/-\p{Ll}+$/u.test(toks[c - 1]!.text)) c--;
  // (Not a sentence's first word alone: "Sheffield knife maker" opens on a place.)
  return c < a && (c > 0 || a - c > 1) ? slice(u.source, toks, c, i + 1) : null;
}

/** The thing "the <noun>" in unit `ui` refers to, named before token `before` there, or null. */
export function nounReferent(units: readonly Unit[], ui: number, noun: string, before: number): string | null {
  for (let k = ui; k >= 0 && ui - k <= 12; k--) {
    const u = units[k]!;
    const end = k === ui ? before : u.toks.length;
    for (let i = end - 1; i >= 0; i--) {
      // (The mention itself, "the series", names nothing.)
      if (k === ui && /^(the|this|that)$/.test(u.toks[i - 1]?.lower ?? '') && !u.toks[i + 1]?.cap) continue;
      const r = introduced(u, i, noun);
      if (r) return r;
    }
  }
  return null;
}
