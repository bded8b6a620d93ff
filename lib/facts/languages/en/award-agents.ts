/**
 * Who an award goes to, read from the words right after it: those it is shared with, the agent of a
 * passive "won by", a name after a colon, a pronoun a relative clause gives it to, "this year's winner".
 */
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { slice, type Tok } from '../../words';
import { capRun, nounPhrase, personIn, type Rec } from './award-phrase';
import { listedFrom } from './honorees';
import type { EnAwardSpan } from './award-find';
import { EN_AWARD_NAMES, ENROL } from './award-lexicon';
import { subject } from './award-subject';

/**
 * Those who share an award won by the verb at k, named after the award ending at j: "A received the
 * medal alongside B; C; and D", "shared the award in 2019 with her colleague Dr B" (past the year and
 * a description before the name); not "won the prize in 1987 with A Little Lower than Angels" (a work).
 */
export function sharedWith(u: Unit, people: readonly Person[], k: number, j: number): string[] {
  const { toks } = u;
  const w = (n: number): string => toks[n]?.lower ?? '';
  const shared = /^(shared|shares|share)$/.test(w(k));
  const at = shared && /^(in|on)$/.test(w(j)) && /^\d{4}$/.test(w(j + 1)) ? j + 2 : j;
  const along = /^(alongside|with)$/.test(w(at)) ? at + 1 : w(at) === 'along' && w(at + 1) === 'with' ? at + 2 : -1;
  // ("received the Medal of Valor along with the Purple Heart": a second award, not someone who shared it.)
  if (along < 0 || (w(along) === 'the' && EN_AWARD_NAMES.match(toks, along + 1))) return [];
  const listed = listedFrom(u, people, along).map((h) => h.name);
  if (listed.length || !shared) return listed;
  const stop = toks.findIndex((t, n) => n > along && (/^[,;]$/.test(t.text) || t.lower === 'for'));
  const p = personIn(u, people, along, Math.min(stop > 0 ? stop : toks.length, along + 8));
  return p ? [p.name] : [];
}

/**
 * "Softball — Golden Glove Award: Brynn Pohlmann": the person named right after the award and a colon; in a list of
 * lines (`line`: the award opens one), after a dash too: "Environment Award – Friends of Seaton Cliffs".
 */
export function afterColon(u: Unit, people: readonly Person[], j: number, line = false): string | null {
  const { toks } = u;
  if (!(toks[j]?.text === ':' || (line && /^[–—]$/.test(toks[j]?.text ?? '')))) return null;
  // ("Environmental Champion – the Friends of Par Beach, who …": past "the" before a body on a line.)
  if (line && toks[j + 1]?.lower === 'the' && toks[j + 2]?.cap) j++;
  if (!toks[j + 1]?.cap) return null;
  // (A possessive stays in the name: "Liskeard Men's Shed".)
  const end = toks.findIndex((t, n) => n > j && !t.word && t.text !== '.' && t.text !== "'" && t.text !== '’' && !/^(’s|'s)$/.test(t.text));
  const stop = end > 0 ? end : toks.length;
  // ("Environmental Award: Friends of Lochore Meadows; …": a body's name with a link word, whole, up to its item's end.)
  const item = toks.findIndex((t, n) => n > j && /^[;.,]$/.test(t.text));
  const close = item > 0 ? item : toks.length;
  const body = close - (j + 1) >= 3 && close - (j + 1) <= 6 && toks.slice(j + 1, close).every((t) => (t.cap && t.word) || /^(of|and|the|&)$/.test(t.lower)) && toks.slice(j + 2, close - 1).some((t) => /^(of|and|&)$/.test(t.lower));
  if (body) return slice(u.source, toks, j + 1, close);
  const p = personIn(u, people, j + 1, stop);
  if (p) return p.name;
  // ("Outstanding Student Organization Award: NMSU chapter of Engineers Without Borders": a line's short rest, whole.)
  const rest = item < 0 || item === toks.length - 1 ? close : -1; // (the line ends there, with no comma)
  if (line && toks[j]!.text === ':' && rest > 0 && rest - (j + 1) <= 8 && toks.slice(j + 1, rest).every((t) => t.word)) return slice(u.source, toks, j + 1, rest);
  const most = line ? 6 : 3; // (a body's name on a line of its own: "Forfar Amateur Operatic Society")
  return stop - (j + 1) >= 2 && stop - (j + 1) <= most && toks.slice(j + 1, stop).every((t) => (t.cap && t.word) || /^(’s|'s)$/.test(t.text) || (line && /^(of|and|the|&)$/.test(t.lower))) ? slice(u.source, toks, j + 1, stop) : null;
}

/** "The Young Artist Award, which the National Arts Council gave her in 2024, …": given to a pronoun. */
export function whichGave(u: Unit, j: number): boolean {
  const { toks } = u;
  if (toks[j]?.text !== ',' || toks[j + 1]?.lower !== 'which') return false;
  const v = toks.findIndex((t, k) => k > j + 1 && k - j <= 9 && /^(gave|awarded|presented|handed|conferred|bestowed)$/.test(t.lower));
  return v > 0 && /^(her|him|them)$/.test(toks[v + 1]?.lower ?? '') && toks.slice(j + 2, v).every((t) => t.word);
}

/** "… gives an annual X in his name; this year's winner, the Lagos lawyer Ngozi Eze, received it". */
export function yearsWinner(u: Unit, people: readonly Person[], j: number): string | null {
  const { toks } = u;
  const winner = toks.findIndex((t, k) => k > j && k - j <= 12 && /^(winner|recipient)$/.test(t.lower) && /^(year’s|year's|’s|'s|its|the)$/.test(toks[k - 1]?.lower ?? '') && toks[k + 1]?.lower === ',');
  const close = winner > 0 ? toks.findIndex((t, k) => k > winner + 1 && t.text === ',') : -1;
  return close > 0 ? (personIn(u, people, winner + 2, close)?.name ?? capRun(u, winner + 2, close)) : null;
}

/**
 * The people listed item by item after a colon that follows the award (and its letters): "through
 * the Darjah … (DPMP): A, president of X; director B; C; and D". One name per semicolon item (a
 * comma list is afterColon's). Fewer than two names: none.
 */
export function colonList(u: Unit, people: readonly Person[], j: number): string[] {
  const { toks } = u;
  const letters = toks[j]?.text === '(' && /^[A-Z]{2,6}$/.test(toks[j + 1]?.text ?? '') && toks[j + 2]?.text === ')';
  const colon = letters ? j + 3 : j;
  if (toks[colon]?.text !== ':') return [];
  const semi = toks.findIndex((t, k) => k > colon && t.text === ';');
  if (semi < 0) return [];
  const out: string[] = [];
  for (let s = colon + 1; s < toks.length; ) {
    let e = toks.findIndex((t, k) => k >= s && t.text === ';');
    if (e < 0) e = toks.length;
    const from = toks[s]?.lower === 'and' ? s + 1 : s;
    // ("X: A; Y Award: B": an item with a colon of its own is the next category, not another winner.)
    if (toks.slice(from, e).some((t) => t.text === ':')) break;
    const first = listedFrom(u, people, from).find((h) => h.span.end <= (toks[e - 1]?.end ?? 0));
    if (!first) break;
    out.push(first.name);
    s = e + 1;
  }
  return out.length > 1 ? out : [];
}

/** "Best Cinematography went to A and Best Editing to B": the verb left out before "to" (award [from, j)). */
export function gappedTo(u: Unit, people: readonly Person[], from: number, j: number): string | null {
  const { toks } = u;
  // (… or "…, and the Y Award to B".)
  const and = toks[from - 1]?.lower === 'and' || (toks[from - 1]?.lower === 'the' && toks[from - 2]?.lower === 'and') || toks[from - 1]?.text === ';';
  // (… and "X was won by A; Y by B; and Z by C".)
  const by = toks[j]?.lower === 'by' && toks.slice(0, from).some((t, k) => /^(won|taken|claimed)$/.test(t.lower) && toks[k + 1]?.lower === 'by');
  if ((toks[j]?.lower !== 'to' && !by) || !and) return null;
  if (!by && !toks.slice(0, from).some((t, k) => /^(went|goes|go)$/.test(t.lower) && toks[k + 1]?.lower === 'to')) return null;
  return listedFrom(u, people, j + 1)[0]?.name ?? null;
}

/** A plural verb just before k, past a time between ("were on Saturday presented with"). */
export function pluralBefore(toks: readonly Tok[], k: number): boolean {
  const w = (n: number): string => toks[n]?.lower ?? '';
  return /^(were|are|have)$/.test(w(k)) || /^(were|are|have)$/.test(w(k - 1)) || /^(were|are|have)$/.test(w(k - 2)) || (/^(were|are|have)$/.test(w(k - 3)) && /^(on|last|this|in)$/.test(w(k - 2)));
}

/**
 * An honours list item: "the Hector Medal, to Auckland physicist Professor Gareth Illingworth, for …;"
 * and "the Callaghan Medal, for science communication, to the Rakiura Science Outreach Trust": who
 * follows ", to" right after the award (past a ", for …," aside). Null when no such ", to".
 */
export function commaTo(u: Unit, people: readonly Person[], j: number, from = -1): Rec | null {
  const { toks } = u;
  if (toks[j]?.text !== ',') return null;
  // A winners list: "…: Best Junior High School Teacher, Mr. A of Sumbrungu JHS; Best Y, Ms. B".
  const item = /^[:;]$/.test(toks[from - 1]?.text ?? '') || (toks[from - 1]?.lower === 'and' && toks[from - 2]?.text === ';');
  // (… or a described winner: "Newcomer of the Year, 17-year-old hurdler Kayla Pillay;".)
  const winner = item ? listedFrom(u, people, j + 1)[0] : undefined;
  if (winner) return { text: winner.name, score: 3, pronoun: false };
  let k = j + 1;
  if (toks[k]?.lower === 'for') {
    const close = toks.findIndex((t, n) => n > k && n - k < 10 && t.text === ',');
    if (close < 0) return null;
    k = close + 1;
  }
  // ("handed the X, awarded to him posthumously, to his father": whom it was awarded to, not who took it.)
  // (… and "closed with the X, made posthumously to A".)
  if (/^(awarded|given|presented|conferred|made)$/.test(toks[k]?.lower ?? '')) k += toks[k + 1]?.lower === 'posthumously' ? 2 : 1;
  if (toks[k]?.lower !== 'to') return null;
  if (/^(him|her|them)$/.test(toks[k + 1]?.lower ?? '') && k > j + 1) return { text: null, score: 3, pronoun: true, earlier: true };
  const end = toks.findIndex((t, n) => n > k && /^[,;.]$/.test(t.text));
  const stop = end > 0 ? end : toks.length;
  const p = personIn(u, people, k + 1, stop);
  if (p) return { text: p.name, score: 3, pronoun: false };
  // ("to the Rakiura Science Outreach Trust": a body, whole.)
  const first = toks[k + 1]?.lower === 'the' ? undefined : listedFrom(u, people, k + 1)[0];
  if (first) return { text: first.name, score: 3, pronoun: false };
  // ("The X, given to the graduate with the best record, was presented to A": the one it went to is named after the aside.)
  const np = nounPhrase(u, people, k + 1, stop, 3);
  return np.text || np.pronoun || toks[stop]?.text !== ',' || !/^(was|were)$/.test(toks[stop + 1]?.lower ?? '') ? np : null;
}

/**
 * The holder a title names around it: "Sanders, a two-time Emmy winner, said …", "six-time Tony winner
 * Audra McDonald", "Junior Sportswoman of the Year Shania Baptiste"; null when the award is no such title.
 */
export function holderNamed(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec | null {
  const { toks } = u;
  const j = a.to;
  const w = (k: number): string => toks[k]?.lower ?? '';
  // ("The Long Service Medal is her second national award": whose award it is.)
  if (/^(is|was)$/.test(w(j)) && /^(his|her|their)$/.test(w(j + 1)) && [2, 3, 4].some((d) => /^(award|honou?r|medal|decoration|accolade)$/.test(w(j + d)))) return { text: null, score: 2, pronoun: true };
  // "Sanders, a two-time Emmy winner, said …": the person the apposition describes.
  // (… and "Mbugua, the league's Golden Boot winner last season with 19 goals, now has …".)
  const aside = w(j) === 'winner' ? toks.findIndex((t, k) => k > j && k - j <= 7 && /^[,;.]$/.test(t.text)) : -1;
  if (w(j) === 'winner' && aside > 0 && toks[aside]!.text === ',' && toks.slice(j + 1, aside).every((t) => !t.cap)) {
    let k = a.from;
    while (k > 0 && ((toks[k - 1]!.word && !toks[k - 1]!.cap) || /^(’s|'s)$/.test(toks[k - 1]!.text)) && a.from - k < 5) k--;
    if (toks[k - 1]?.text === ',') return subject(u, people, k - 1);
  }
  // "Junior Sportswoman of the Year Shania Baptiste with her trophy": a title of the year before its holder's name.
  const holder = /^(year|season)$/.test(w(j - 1)) && toks[j]?.cap ? listedFrom(u, people, j)[0] : undefined;
  if (holder && holder.span.start === toks[j]!.start) return { text: holder.name, score: 3, pronoun: false };
  // ("… with G.V. Raja Award winners Anjali Krishnan and Mohammed Shafeek": the names after the plural.)
  const all = /^(winners|recipients)$/.test(w(j)) && toks[j + 1]?.cap ? listedFrom(u, people, j + 1).map((h) => h.name) : [];
  if (all.length) return { text: all[0]!, score: 3, pronoun: false, more: all };
  if (w(j) === 'winner') {
    // "six-time Tony winner Audra McDonald.": the name after it, up to punctuation.
    let e = j + 1;
    while (e < toks.length && e - j < 5 && toks[e]!.word) e++;
    return nounPhrase(u, people, j + 1, e, 3);
  }
  return null;
}

const WITH_VERB = /^(honou?red|honou?rs|recogni[sz]ed|rewarded|presented|decorated|invested)$/;

/**
 * Who has an award written after "with" (the award starting at b): "Orla Keaveney with her Novel of the
 * Year award" (a caption), "The Academy honored composer Lee Han with an honorary Oscar"; else null.
 */
export function withRecipient(u: Unit, people: readonly Person[], b: number): Rec | null {
  const { toks } = u;
  const w = (k: number): string => toks[k]?.lower ?? '';
  // "Orla Keaveney with her Novel of the Year award": a caption's person holding their own.
  if (/^(his|her|their)$/.test(w(b - 1)) && w(b - 2) === 'with') {
    const p = personIn(u, people, Math.max(0, b - 8), b - 2, true);
    if (p) return { text: p.name, score: 2, pronoun: false };
  }
  // ("Lowenna Rowe, 15, with the Young Person of the Year trophy at the Hall": a caption opening on the name and its age.)
  const aged = w(b) === 'the' && w(b - 1) === 'with' && w(b - 2) === ',' && /^\d{1,3}$/.test(w(b - 3)) && w(b - 4) === ',' && b - 4 <= 4;
  const opener = aged ? (personIn(u, people, 0, b - 4, true)?.name ?? capRun(u, 0, b - 4)) : null;
  if (opener) return { text: opener, score: 2, pronoun: false };
  // "The Academy honored composer Lee Han with an honorary Oscar": the person between the verb and "with".
  // ("The Lieutenant Governor invested fiddler Gerard Hynes into the Order of …": the same with "into" or "as".)
  const enrol = /^(into|as)$/.test(w(b - 1));
  if (w(b - 1) === 'with' || enrol) {
    const v = toks.findLastIndex((t, k) => k < b - 1 && b - k < 14 && (enrol ? ENROL : WITH_VERB).test(t.lower));
    // "X was presented in September with Y": a time, not a person, between the verb and "with".
    const when = v >= 0 && /^(in|on|at|last|this|earlier)$/.test(w(v + 1));
    const p = v >= 0 && !when ? (personIn(u, people, v + 1, b - 1)?.name ?? capRun(u, v + 1, b - 1)) : null;
    if (p) return { text: p, score: 3, pronoun: false };
    if (when && /^(was|were|been)$/.test(w(v - 1))) return subject(u, people, v);
  }
  return null;
}

/**
 * The recipient named right after the award: "a posthumous X to Zulkifli Che Mat" (the award's own "to"),
 * "Named Outstanding Fisherfolk was Danilo Abrenica" (an inverted clause); else null.
 */
export function namedAfter(u: Unit, people: readonly Person[], a: EnAwardSpan): Rec | null {
  const { toks } = u;
  const j = a.to;
  const w = (k: number): string => toks[k]?.lower ?? '';
  // "Named Outstanding Fisherfolk was Danilo Abrenica, a seaweed farmer": the subject after the verb.
  const inverted = a.from === 1 && w(0) === 'named' && /^(was|were|is)$/.test(w(j)) ? listedFrom(u, people, j + 1)[0] : undefined;
  if (inverted) return { text: inverted.name, score: 3, pronoun: false };
  // "a posthumous Minister's Special Award to Zulkifli Che Mat, a Setiu fisherman": the award's own "to".
  const toWhom = w(j) === 'to' && toks[j + 1]?.cap ? listedFrom(u, people, j + 1)[0] : undefined;
  return toWhom ? { text: toWhom.name, score: 2, pronoun: false } : null;
}

