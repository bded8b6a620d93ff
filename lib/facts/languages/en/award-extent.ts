/**
 * Where an English award name begins and ends around its head word (capitalised words before it,
 * "for …"/"in …" after it, lower-case categories after "best"), and whether a win is in view.
 */
import type { Tok } from '../../words';
import type { EnAwardSpan } from './award-find';
import { EN_AWARD_NOUNS, EN_VAGUE, EN_WIN, ENROL } from './award-lexicon';
import { MONTHS } from './relative-dates';
import { EN_PLACES } from './gazetteer';
import { DAYS } from './names';

export const YEAR = /^(1[89]|20)\d\d$/;
const JOIN = new Set(['of', 'the', '&', 'for', 'and', 'in', 'ng']);
export const STOP = new Set([
  'for', 'and', 'at', 'in', 'while', 'with', 'of', 'the', 'a', 'an', 'to', 'on', 'by', 'after', 'as', 'but',
  'or', 'was', 'is', 'who', 'which', 'went', 'goes', 'were', 'are', 'has', 'had',
]);
export const POSS = new Set(['’s', "'s", '’', "'"]);
const ENDS = new Set(['oscar', 'prize', 'award', 'category', 'accolade', 'section']);
/** Month names in lower case (the date rules' list). */
export const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.map((m) => m.toLowerCase()));
export const word = (t: Tok | undefined): boolean => !!t && t.word;

// Capitalised words before token i, with "of", "the", "&" and possessives between them.
export function capsBefore(toks: readonly Tok[], i: number, max = 10): number {
  let a = i;
  // (A bracketed acronym counts as one word: "Musicians Union of Ghana (MUSIGA) Legends Award".)
  for (let n = 0; a > 0 && n < max; n++) {
    const p = toks[a - 1]!;
    if ((p.cap && p.word) || (POSS.has(p.text) && toks[a - 2]?.cap) || (p.text === ')' && toks[a - 3]?.text === '(')) {
      a -= p.text === ')' ? 3 : 1;
      if (POSS.has(p.text)) n--; // ("'s" is no word of its own)
      continue;
    }
    // "the Tata Literature Live! Book of the Year award": an exclamation inside a brand; "a GAA/GPA All-Star award": a slash between acronyms; "the Rescue 1122 Gold Medal": a number.
    if ((p.text === '!' || (p.text === '/' && (/^[A-Z]{2,5}$/.test(toks[a - 2]?.text ?? '') || (toks[a - 2]?.end === p.start && p.end === toks[a]?.start))) || (/^\d+$/.test(p.text) && !YEAR.test(p.text) && toks[a - 2]?.word)) && toks[a - 2]?.cap && toks[a]?.cap) {
      a--;
      n--;
      continue;
    }
    // "the National Ground Water Association's M. King Hubbert Award": an initial inside the name ("the G.V. Raja Award": two).
    if (p.text === '.' && /^\p{Lu}(?:\.\p{Lu})*$/u.test(toks[a - 2]?.text ?? '') && toks[a]?.cap) {
      a -= 2;
      n--;
      continue;
    }
    // ("the Blues Foundation's Keeping the Blues Alive Award": "the" after a capitalised verb inside the name.)
    // (Not a gerund opening the sentence: "Receiving the President's Medal, …, was A".)
    if (JOIN.has(p.lower) && (p.lower !== 'the' || (/ing$/.test(toks[a - 2]?.lower ?? '') && a - 2 > 0)) && !p.cap && toks[a - 2]?.cap && a < i) a--;
    else break;
  }
  // "A Royal Medal, …", and a sentence's opening preposition: "Among the Young Artist Award recipients".
  while (a < i && (JOIN.has(toks[a]!.lower) || /^(a|an|among|from|at|in|with|after|before|during|like|as|since|by|his|her|their|its|our|my)$/.test(toks[a]!.lower))) a++;
  return a;
}

// "for <the best …>", "at the Cannes Film Festival" (an event, not a venue: "the trophy at the Ulster Hall"), "in Physics" after an award.
export function complement(toks: readonly Tok[], j: number, generic: boolean): number {
  const w = toks[j]?.lower;
  if (w === 'for' || w === 'in') {
    // "in 2002", "for the third time": when, not what for.
    const ordinal = /^(the|a)$/.test(toks[j + 1]?.lower ?? '') && /^(first|second|third|fourth|fifth|last)$/.test(toks[j + 2]?.lower ?? '');
    const month = MONTH_WORDS.has(toks[j + 1]?.lower ?? '') && w === 'in';
    // "the medal in this list", "the prize in its second year": which one, not what for.
    // ("received the award in a wheelchair": how, for an award named by its noun.)
    const which = w === 'in' && (/^(this|that|these|those|its|his|her|their|our)$/.test(toks[j + 1]?.lower ?? '') || (generic && /^(a|an)$/.test(toks[j + 1]?.lower ?? '')));
    // "the first player to win the award in 17 years": how long, not what for.
    const span = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|recent)$/.test(toks[j + 1]?.lower ?? '') && /^(years?|decades?|months?|seasons?|weeks?)$/.test(toks[j + 2]?.lower ?? '');
    // ("the volunteer medal in Sydney on Monday", "the Wolf Prize in Israel": where it was given.)
    let c = j + 1;
    while (generic && w === 'in' && c - j <= 3 && toks[c]?.cap && toks[c]!.word) c++;
    const where = c > j + 1 && /^(on|at|to|,|\.|last|this|during)$/.test(toks[c]?.lower ?? '.');
    if (YEAR.test(toks[j + 1]?.text ?? '') || ordinal || month || which || span || where || (w === 'in' && placeAhead(toks, j + 1))) return j;
    // "the Booker prize for The Salt Orchard": a work's title, not the category.
    // ("the Sports Reporting award for an investigation into …", "… award for the same series": what it was given for.)
    if (w === 'for' && (/^(The|A|An|a|an)$/.test(toks[j + 1]?.text ?? '') || (toks[j + 1]?.text === 'the' && !!toks[j + 2]?.word && !toks[j + 2]!.cap && !/^(best|most|outstanding)$/.test(toks[j + 2]!.lower)))) return j;
    // "the medal for her work during the floods": what it was for, not its name ("… for running a clinic": a deed and its object; "accepted the award in silence": how).
    const deed = /ing$/.test(toks[j + 1]?.text ?? '') && /^(a|an|the|his|her|their|its|more|over|up)$/.test(toks[j + 2]?.lower ?? '');
    if ((w === 'for' && (deed || /^(his|her|their|its|our|my|your|helping|saving|services|them|him|us|it|me)$/.test(toks[j + 1]?.lower ?? ''))) || (w === 'in' && /^(person|silence|tears|absentia|memory|recognition|honour|honor|public|private|full|front)$/.test(toks[j + 1]?.text ?? ''))) return j;
    let k = j + 1;
    // ("Bergmann Medal for Inuvik guardian" in a subhead: whose it is, a place and a noun ending the line.)
    let p = k;
    while (toks[p]?.cap && toks[p]!.word) p++;
    if (w === 'for' && p > k && toks[p]?.word && !toks[p]!.cap && !JOIN.has(toks[p]!.lower) && !STOP.has(toks[p]!.lower) && (p + 1 === toks.length || (p + 2 === toks.length && /^[.!?]$/.test(toks[p + 1]!.text))) && !toks[k]!.text.includes('-')) return j;
    // ("the President's Award for the Environment at the Istana": a field after "the", its capitals ending the phrase;
    // not "for the Tulsa rescue".)
    let e = k + 1;
    while (toks[e]?.cap && toks[e]!.word) e++;
    const theField = w === 'for' && toks[k]?.lower === 'the' && e > k + 1 && !(toks[e]?.word && !STOP.has(toks[e]!.lower) && !/^(at|in|on|from|by)$/.test(toks[e]!.lower));
    const caps = toks[k]?.cap || theField;
    // "in Life Science and Medicine,": an "and" inside a capitalised field closed by punctuation.
    // ("for Novels in Maltese and English on Thursday night", "for Biographical and Historiographical Research and asked": or by a word after it.)
    const field = (n: number): boolean => {
      if (toks[n]!.lower !== 'and' || !caps || !toks[n + 1]?.cap) return false;
      let e = n + 1;
      while (e - n < 4 && toks[e]?.cap && toks[e]!.word) e++;
      return !toks[e]?.word || /^(on|at|in|for|from|by|during|with|was|were|is|went|goes|and|to)$/.test(toks[e]!.text);
    };
    // ("the Vicky Metcalf Award for Literature for Young People went to …": a second field, before the verb.)
    const audience = (n: number): boolean => {
      let e = n + 1;
      while (e < toks.length && toks[e]!.cap && toks[e]!.word) e++;
      // (… or a field by its noun: "the National Award for Excellence in Journalism for Rural Journalism for a series".)
      return toks[n]!.lower === 'for' && !!caps && e > n + 1 && !/^(The|A|An)$/.test(toks[n + 1]!.text) && (/^(went|goes|was|is|were)$/.test(toks[e]?.lower ?? '') || FIELD.test(toks[e - 1]!.lower));
    };
    // ("for Outstanding Service to the Community", "for Services to Education": whom the service was to is part of the name.)
    const serviceTo = (n: number): boolean => toks[n]!.lower === 'to' && /^Services?$/.test(toks[n - 1]?.text ?? '') && (!!toks[n + 1]?.cap || (toks[n + 1]?.lower === 'the' && !!toks[n + 2]?.cap));
    const stop = (n: number): boolean => !serviceTo(n) && (
      (/^(for|at|while|and|with|after)$/.test(toks[n]!.lower) && !field(n) && !audience(n)) ||
      // "the award for Rural Journalism from Ritu Bhandari": who handed it over (not "from French to English").
      (toks[n]!.lower === 'from' && (toks[n + 1]?.lower === 'the' || (!!toks[n + 1]?.cap && !!toks[n + 2]?.cap))) || (/^(in|on)$/.test(toks[n]!.lower) && (/^\d/.test(toks[n + 1]?.text ?? '') || MONTH_WORDS.has(toks[n + 1]?.lower ?? '') || DAYS.test(toks[n + 1]?.lower ?? '') || (toks[n]!.lower === 'in' && placeAhead(toks, n + 1)))) ||
      // "for clinical research this year honours …": when, and the verb after it, end the name.
      (/^(this|next|last)$/.test(toks[n]!.lower) && /^(year|month|week|season)$/.test(toks[n + 1]?.lower ?? '')) ||
      // ("the award for Excellence in Primary School Teaching ahead of A, the first runner-up": whom it was won over.)
      (/^(ahead|instead)$/.test(toks[n]!.lower) && toks[n + 1]?.lower === 'of') ||
      // A headline in title case goes on with its verb: "Nobel Prize in Chemistry Goes to …".
      /^(goes|go|went|wins|won|awarded|given|to|is|are|was|were|named|honou?rs|shared|splits?)$/.test(toks[n]!.lower));
    // ("for Government/Public Service": a slash between capitals.)
    const part = (n: number): boolean => toks[n]!.word || POSS.has(toks[n]!.text) || (toks[n]!.text === '/' && !!toks[n - 1]?.cap && !!toks[n + 1]?.cap);
    while (k < toks.length && k - j < 12 && part(k) && !(k > j + 1 && stop(k))) {
      // "for English-language fiction": a hyphenated capital qualifies the lower-case field after it.
      // … and a language or nationality before lower-case words: "for Indian language translation".
      const nation = (t: Tok): boolean => t.cap && (t.text.includes('-') || /(ian|ese|ish|ali|an)$/.test(t.lower));
      const field = (nation(toks[k - 1]!) || (k - j >= 3 && nation(toks[k - 2]!) && !toks[k - 1]!.cap)) && toks[k]!.word && k - j <= 4;
      // ("for Canadian Children's Non-Fiction": a possessive between capitals.)
      const owned = POSS.has(toks[k]!.text) && !!toks[k + 1]?.cap && !!toks[k - 1]?.cap;
      if (!generic && !toks[k]!.cap && !JOIN.has(toks[k]!.lower) && !field && !owned && !serviceTo(k) && toks[k]!.text !== '/') break;
      k++;
    }
    // "the poetry award for Red River Psalter": a work's title after a described award, not its field.
    // ("the Le Cajun award for Band of the Year": a title of the year is a category.)
    // ("the prize for Biographical and Historiographical Research": a field by the noun that ends it.)
    const category = /^(best|outstanding|most|excellence|lifetime|achievement|services)$/.test(toks[j + 1]!.lower) || /^(year|season)$/.test(toks[k - 1]!.lower) || (k - j >= 3 && FIELD.test(toks[k - 1]!.lower));
    if (generic && caps && !category && toks.slice(j + 1, k).every((t) => t.cap || JOIN.has(t.lower)) && !toks[j + 1]!.text.includes('-')) return j;
    // ("Prize for Legal Writing in his name": never end on a link word.)
    while (k > j + 1 && JOIN.has(toks[k - 1]!.lower)) k--;
    if (caps) k = fieldTo(toks, k);
    return generic || caps ? k : j;
  }
  if (generic && w === 'at' && toks[j + 1]?.lower === 'the' && toks[j + 2]?.cap) {
    let k = j + 2;
    while (k < toks.length && (toks[k]!.cap || (JOIN.has(toks[k]!.lower) && toks[k + 1]?.cap))) k++;
    return /^(festival|awards|games|olympics|championships?|biennale|expo|show|fair|gala|convention|week|open)$/.test(toks[k - 1]!.lower) ? k : j;
  }
  return j;
}

const FIELD = /^(research|fiction|non-fiction|poetry|novels?|biography|history|journalism|reporting|sciences?|literature|music|design|innovation|architecture|leadership|drama|photography|illustration|translation|writing|essays?|education|sustainability|engineering|medicine|physics|chemistry|economics|arts)$/;

// "the Pulitzer prize for public service": a lower-case category, not "for her debut".
export function lowerCategory(toks: readonly Tok[], j: number): number {
  if (toks[j]?.lower !== 'for' && toks[j]?.lower !== 'in') return j;
  const first = toks[j + 1];
  if (!first || !first.word || first.cap || /^\d/.test(first.text) || OWNER.test(first.lower) || /ing$/.test(first.lower)) return j;
  if (toks[j]!.lower === 'in' && toks.slice(j + 1, j + 4).some((t) => /^(vote|voting|ballot|landslide|ceremony)$/.test(t.lower))) return j; // ("in near-unanimous vote": how)
  let k = j + 1;
  while (k < toks.length && k - j <= 3 && word(toks[k]) && !toks[k]!.cap && !STOP.has(toks[k]!.lower) && !/^\d/.test(toks[k]!.text) && !/^(this|next|last)$/.test(toks[k]!.lower)) k++;
  return k;
}
const OWNER = /^(the|a|an|his|her|their|its|our|my|your|them|him|us|it|me|this|that|these|those|which|what|whom|being|having|services|work|years?|life|lifetime|playing|writing)$/;

// Lower-case category words after "best" ("best make-up"), and the kind of work ("best featured actress in a play").
export function category(toks: readonly Tok[], j: number): number {
  let k = j;
  while (k < toks.length && k - j < 4 && word(toks[k]) && !toks[k]!.cap && !STOP.has(toks[k]!.lower) && !ENDS.has(toks[k]!.lower)) k++;
  if (k > j && /^(of|in)$/.test(toks[k]?.lower ?? '') && /^(a|an)$/.test(toks[k + 1]?.lower ?? '') && /^(musical|play|film|series|drama|comedy|documentary|movie)$/.test(toks[k + 2]?.lower ?? '')) k += 3;
  return k;
}

// "Ortiz awards the medal to …": a giving verb says it was won as much as a winning one.
const GIVING = /^(winners?|recipients?|holders?|laureates?|awards|presents|presented|confers|conferred|bestows|bestowed|receives|gave|gives|give)$/;
// "invested fiddler Gerard Hynes into the Order of …", "inducted the 1986 side into the Hall of Fame": the object between verb and preposition.
const enrolled = (toks: readonly Tok[], k: number): boolean => /^(into|as)$/.test(toks[k]!.lower) && toks.slice(Math.max(0, k - 7), k - 1).some((t) => ENROL.test(t.lower));

export function winBefore(toks: readonly Tok[], i: number): boolean {
  for (let k = Math.max(0, i - 5); k < i; k++) if (EN_WIN.match(toks, k) || GIVING.test(toks[k]!.lower) || enrolled(toks, k)) return true;
  return false;
}

// ("He won three Jacob's Awards": awards counted after a win are that award.)
export function counted(toks: readonly Tok[], i: number): boolean {
  const from = capsBefore(toks, i);
  return /^(two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})$/.test(toks[from - 1]?.lower ?? '') && winBefore(toks, from);
}

/** ", Third Class", ", Second Division" right after an order's name at j: the end of its class, else j. */
export const classAfter = (toks: readonly Tok[], j: number): number =>
  toks[j]?.text === ',' && /^(First|Second|Third|Fourth|Fifth|Grand)$/.test(toks[j + 1]?.text ?? '') && /^(Class|Division|Grade)$/.test(toks[j + 2]?.text ?? '') ? j + 3 : j;

// "… was awarded to Y", "… went to Y".
export function wonAfter(toks: readonly Tok[], j: number): boolean {
  const rel = toks[j]?.text === ',' && (/^(which|that)$/.test(toks[j + 1]?.lower ?? '') || (/^(the|an?)$/.test(toks[j + 1]?.lower ?? '') && !toks[j + 2]?.cap)) ? toks.findIndex((t, k) => k > j + 1 && k - j <= 20 && /^[,;.]$/.test(t.text)) : -1;
  if (rel > 0 && toks[rel]!.text === ',') j = rel + 1; // ("The Order of X, which carries the title Datuk, went to …", "The Vidya Jyothi, the national honour for …, was conferred on": past a relative clause or an apposition.)
  // ("The Most Distinguished Order of Namibia, Third Class, went to …": past its class.)
  else if (classAfter(toks, j) > j && toks[j + 3]?.text === ',') j += 4;
  // ("The Medalya ng Kagalingan (Medal of Merit) was pinned on …": past a gloss in brackets.)
  const gloss = toks[j]?.text === '(' ? toks.findIndex((t, k) => k > j && k - j <= 8 && t.text === ')') : -1;
  if (gloss > 0) j = gloss + 1;
  if (/^(also|then|now)$/.test(toks[j]?.lower ?? '')) j++; // "Knighthoods also go to …"
  // "– OBE, for services to rural medicine": an honours list cites the honour by what it rewards.
  const services = (k: number): boolean => toks[k]?.lower === 'for' && toks[k + 1]?.lower === 'services' && /^(to|in)$/.test(toks[k + 2]?.lower ?? '');
  if (services(j) || (toks[j]?.text === ',' && services(j + 1))) return true;
  const [a, b] = [toks[j]?.lower ?? '', toks[j + 1]?.lower ?? ''];
  // ("went jointly to", "was posthumously awarded": an adverb between.)
  const c = /ly$|^also$/.test(b) ? toks[j + 2]?.lower ?? '' : b;
  return (/^(went|go|goes)$/.test(a) && c === 'to') || (/^(was|were|is|are|has|have)$/.test(a) && /^(awarded|given|presented|conferred|bestowed|won|been|pinned)$/.test(c)) || (/^(was|were)$/.test(a) && /^(shared|split)$/.test(c) && toks[j + 2]?.lower === 'by');
}

// "Victoria Cross medal", "Silver Bear Grand Jury Prize": a longer award name goes on when another award noun follows within four capitalised words; it is read at that noun.
export function longerAhead(toks: readonly Tok[], i: number): boolean {
  for (let d = 1; d <= 4; d++) {
    const n = toks[i + d];
    if (!n) return false;
    if (!n.cap || EN_AWARD_NOUNS.has(n.lower)) return EN_AWARD_NOUNS.has(n.lower);
  }
  return false;
}

// A category given by a verb, or listed right after another award ("won X and Y").
export function given(toks: readonly Tok[], c: { from: number; to: number }, out: readonly EnAwardSpan[]): boolean {
  return winBefore(toks, c.from) || wonAfter(toks, c.to) || (toks[c.to]?.text === ',' && /^(which|that)$/.test(toks[c.to + 1]?.lower ?? '')) ||
    (c.from === 0 && toks[c.to]?.text === ':') || // a list of winners: "Outstanding talk series: …"
    (out.length > 0 && out[out.length - 1]!.to === c.from - 1 && /^(,|and)$/.test(toks[c.from - 1]!.lower));
}

// A lower-case modifier of a described award ("poetry" in "the poetry award").
export const modifier = (x: Tok): boolean => x.word && !x.cap && !/^\d/.test(x.text) && !EN_VAGUE.has(x.lower) && !STOP.has(x.lower);

// A place a few words on: "St Patrick's Hall", "the Town Hall"; or one word, not a nationality ("Canberra", not "Irish").
export function placeAhead(toks: readonly Tok[], k: number): boolean {
  for (let n = k; n < toks.length && n - k < 5 && (toks[n]!.cap || /^(’s|'s)$/.test(toks[n]!.text)); n++) {
    if (/^(hall|castle|house|palace|square|park|street|cathedral|church|theatre|centre|center|stadium|arena)$/.test(toks[n]!.lower)) return true;
  }
  const m = EN_PLACES.match(toks, k);
  return /^(st|saint)$/.test(toks[k]?.lower ?? '') || (m?.end === k + 1 && m.value !== 'adjective');
}

/** "its Medal for Distinguished Contribution to American Letters to the poet A" (or "… to Journalism was presented to"): with a second "to" or the verb ahead, the first names a field; the end past it, else k. */
export function fieldTo(toks: readonly Tok[], k: number): number {
  if (toks[k]?.lower !== 'to' || !toks[k + 1]?.cap) return k;
  let e = k + 1;
  while (e < toks.length && toks[e]!.cap && toks[e]!.word) e++;
  return toks[e]?.lower === 'to' || (e > k + 1 && /^(was|were|went|goes|is)$/.test(toks[e]?.lower ?? '')) ? e : k;
}
