/**
 * Recipients named in sentences that do not repeat the award: "So did X", "…, as did X",
 * "Among them was X", "The laureates are A, B and C", "X was honored for …", "X was the youngest
 * honoree". They refer to the award named just before, so they only count close to it.
 */
import type { Person } from '../../people';
import type { Span } from '../../types';
import type { Unit } from '../../units';
import { slice } from '../../words';
import { peopleIn } from './award-parties';
import { hasOrgWord, isPlace, nameEnd, nameWord } from './names';
import { headAt } from './title-parse';
import { pairOpens, sharedSurname } from './couples';

/** How far (in sentences) an honoree sentence may stand from the award it refers to. */
export const HONOREE_REACH = 6;

const LIST_HEAD = /^(laureates|winners|recipients|honorees|honourees|awardees|inductees|appointees|medallists|medalists)$/;
const ONE_HEAD = /^(laureate|honou?ree|awardee|inductee|appointee|medall?ist)$/;
const OPEN_QUOTE = /^["“‘']$/;
const HONORED = /^(honou?red|recogni[sz]ed|decorated|knighted|cited|invested|inducted)$/;
const HONOREE = /^(honou?ree|laureate|recipient|awardee)s?$/;

/** A recipient found in the sentence: its name and where it is written. */
export interface Honoree { name: string; span: Span }

export const asHonoree = (u: Unit, p: Person): Honoree | null => {
  const [a, b] = [u.toks[0]!.start, u.toks[u.toks.length - 1]!.end];
  const m = p.mentions.find((x) => !x.source && x.span.start >= a && x.span.end <= b);
  return m ? { name: p.name, span: m.span } : null;
};

/**
 * The people a list starting at k names ("A of Cambridge in Britain, B of Kyoto and C", "the
 * mathematician Dr A, the biologist Prof B and the neuroscientist Dr C"): one item per comma or
 * "and", each opening with its name or with a few describing words before it. It ends at the
 * sentence end, a semicolon, or the first item that names nobody that way ("C, director of the
 * Max Planck Institute", ", who …"). An item no name list knows still counts when it reads as a
 * name ("Lars Eklund of Uppsala").
 */
export function listedFrom(u: Unit, people: readonly Person[], k: number): Honoree[] {
  const { toks } = u;
  const out: Honoree[] = [];
  for (let i = k; i < toks.length; ) {
    let j = i;
    // An aside keeps a name with "for" in it: "a director at the Max Planck Institute for Astronomy".
    const aside = /^(a|an|the)$/.test(toks[i]!.lower);
    // (… and its "and" of two plain nouns: "a rancher and grassland conservationist from Pincher Creek".)
    const post = headed(toks, i) || (toks[i]!.lower === 'to' && headed(toks, i + 1)); // (its bracket is in the item: "A, Director General of Police (Crime Branch), and B")
    while (j < toks.length && (!/^(,|and|;|:|\(|—|–|by|for|posthumously|jointly)$/.test(toks[j]!.lower) || (post && toks[j]!.text === '(' && toks.slice(j, j + 7).some((x) => x.text === ')')) || (aside && /^(for|and)$/.test(toks[j]!.lower) && (toks[j]!.lower === 'for' ? !!toks[j + 1]?.cap : !!toks[j + 1]?.word && !toks[j + 1]!.cap && !/^(a|an|the)$/.test(toks[j + 1]!.lower) && !PREP.test(toks[j + 1]!.lower))))) {
      // "Sen.", "Const." and "Dr." do not end the item, nor an initial closing a name ("Neeraj P. (judo)"); a full stop does.
      if (toks[j]!.text === '.' && !(toks[j - 1]?.cap && ((toks[j - 1]!.text.length <= 5 && toks[j + 1]?.cap) || /^\p{Lu}$/u.test(toks[j - 1]!.text)))) break;
      j++;
    }
    if (j === i) {
      // ("A, for a collection of rhymes, B and C": what the one before was honoured for, between commas.)
      const why = toks[j]!.lower === 'for' && out.length ? toks.findIndex((t, n) => n > j && n - j <= 14 && /^[,;.]$/.test(t.text)) : -1;
      if (why > 0 && toks[why]!.text === ',' && (toks[why + 1]?.cap || (toks[why + 1]?.lower === 'and' && toks[why + 2]?.cap)) && !OPEN_QUOTE.test(toks[j + 1]?.text ?? '')) {
        i = why + 1;
        continue;
      }
      // ("… and her translator, B, for "Work"": what it was for ends the list.)
      if (/^(for|by)$/.test(toks[j]!.lower)) break;
      i = j + 1; // "…; and D": nothing between the semicolon and "and"
      continue;
    }
    // The name opens the item, after at most four describing words and no preposition.
    let a = i;
    while (a < j && a - i < 5 && !toks[a]!.cap && !PREP.test(toks[a]!.lower)) a++;
    if (toks[a + 1]?.text === '.' && /^(Eng|Engr|Dr|Prof|Pat)$/.test(toks[a]?.text ?? '') && a + 2 < j) a += 2; // ("and Eng. Faith Achieng Odhiambo")
    // ("Tan Sri Dr Ooi Beng Kiat", "Datuk Seri A", "Togbe B IV", "Nana C II": Malay and Ghanaian styles before the name.)
    while (a < j - 2 && MALAY_STYLE.test(toks[a]!.text)) a++;
    // The person opening the item, past titles and ranks ("Chief Warrant Officer 4 Dana Whitlock").
    // … or closing it after a title ("Royal Bank of Scotland chief executive Fred Goodwin").
    const inItem = a < j && toks[a]!.cap ? peopleIn(u, people, a, j) : [];
    const plainItem = !toks.slice(a, j).some((t) => /^(to|for|by|with|from|who|which|that)$/.test(t.lower)); // not "Best Editing to B"
    const known = inItem.find((p) => startsAt(u, p, a)) ?? (headed(toks, a) ? inItem[0] : undefined) ?? (plainItem ? inItem.find((p) => endsAt(u, p, j)) : undefined) ?? inItem.find((p) => describedBy(u, p, a));
    // A body of one capitalised word is a recipient too ("jointly to SafeFields, a volunteer network").
    // … but not the country of an address ("in Heidelberg, Germany, and …").
    // (… nor the province or town after "of Cauayan City,", "of the Kenya Medical Training College,", "at the Government House,".)
    const region = toks[i - 1]?.text === ',' && toks.slice(Math.max(k, i - 8), i - 1).some((t) => /^(of|from|at)$/.test(t.lower));
    const single = a === i && j === i + 1 && (i > 0 || pairOpens(toks, i)) && toks[i]!.cap && nameWord(toks[i]) && !isPlace(toks, i, i + 1) && !region;
    // "…, Germany, and Dr. B": a place closing an aside is skipped, not a reason to stop.
    const placeItem = j === i + 1 && out.length > 0 && isPlace(toks, i, j);
    // ("Engr. A, a Nigerian Railway Corporation engineer", "the Hebden Bridge joiner who …": a description after a name names no one new.)
    const c = a + toks.slice(a, j).findIndex((t) => !t.cap);
    const formerly = /^(former|retired)$/.test(toks[i]!.lower) && toks[i - 1]?.text === ','; // (", former ambassador to X,")
    const described = out.length > 0 && (/^(a|an)$/.test(toks[i]!.lower) || (formerly && !known && toks[j]?.text === ',') || (toks[i]!.lower === 'the' && c > a && c < j && toks[c]!.word && !PREP.test(toks[c]!.lower)) || (!known && headed(toks, i)));
    // ("Hay River paddlers Neil and Karin Sandberg": a given name closing the item shares the next one's surname.)
    const pairEnd = !known && j - 1 > a && toks[j]?.lower === 'and' && pairOpens(toks, j - 1) ? j - 1 : -1;
    // ("Shenelle Alleyne of Central Sports, who …": the name before "of" when the one known comes after it.)
    const of = known ? toks.findIndex((t, n) => n > a + 1 && n < j && t.lower === 'of') : -1;
    const before = of > 0 && of - a <= 3 && !known!.mentions.some((m) => m.span.start < toks[of]!.start && m.span.start >= toks[a]!.start) ? bareName(u, a, of) : null;
    // ("retired Bukit Mertajam schoolteacher Gurmit Singh Sandhu": the name closing the item, after a role in lower case.)
    let r = a;
    while (r < j && toks[r]!.cap && toks[r]!.word) r++;
    let n = r;
    while (n < j && n - r < 3 && toks[n]!.word && !toks[n]!.cap && !PREP.test(toks[n]!.lower) && !/^(the|and|a|an|was|were|is|are)$/.test(toks[n]!.lower)) n++;
    let m = n;
    while (m < j && toks[m]!.cap && toks[m]!.word) m++;
    const closing = !known && !described && r > a && n > r && m - n >= 2 && m - n <= 4 ? bareName(u, n, m) : null;
    const h = before ?? closing ?? (known ? asHonoree(u, known) : described ? null : pairEnd > 0 ? { name: toks[pairEnd]!.text, span: { start: toks[pairEnd]!.start, end: toks[pairEnd]!.end } } : single ? { name: toks[i]!.text, span: { start: toks[i]!.start, end: toks[i]!.end } }
      : a < j && toks[a]!.cap ? (bareName(u, a, Math.min(j, a + 4)) ?? (j - a <= 6 && plainItem ? bareName(u, a, j) : null)) : null); // ("Thayambaka artiste Panjal Unnikrishna Marar")
    const age = j === i + 1 && /^\d{1,3}$/.test(toks[i]!.text); // "Joan Pike, 81, Tariq Aziz …"
    // "Kenji Morisaki, 39, of Kyoto University; Tobias …": where the last one is from.
    const from = out.length > 0 && /^(of|from|at)$/.test(toks[i]!.lower);
    // ("went to A, and Whitacre's duet … lost out": a name owning what follows opens a new clause; not "and Ukraine's Maryna Viazovska".)
    if (h && out.length && toks.slice(a + 1, Math.min(j, a + 4)).some((t, n) => /^(’s|'s)$/.test(t.text) && toks.slice(a, a + n + 1).every((x) => x.cap) && !toks[a + n + 2]?.cap)) break;
    if (h && !out.some((o) => o.name === h.name)) out.push(h);
    // "Corrigan and her co-writer, Joel Mbatha": a short description before the name it describes.
    const describes = j - i <= 3 && toks.slice(i, j).every((t) => !t.cap) && toks[j]?.text === ',';
    // "SafeFields, a Ukrainian volunteer network that clears mines, and Ximena Duarte": an apposition.
    // (… or a post: "Mr A, 52, chairman of the X Committee, and Ms B".)
    const apposition = out.length > 0 && (/^(a|an|the)$/.test(toks[i]!.lower) || headed(toks, i) || formerly) && !known && /^[,;]$/.test(toks[j]?.text ?? '');
    // "Mrs. A, who set up a clinic in Ikorodu; Mr. B; and C": a relative clause runs to the semicolon.
    // (… and "A, who gave first aid under fire, and Marine B, who …": to the comma before "and".)
    // ("A, the Department for Education, Children and Young People's Deputy Secretary, who …": the body's name runs to its post.)
    const owned = apposition ? toks.findIndex((t, n) => n > j && n - j <= 12 && /^(’s|'s)$/.test(t.text) && [1, 2].some((d) => !!headAt(toks, n + d))) : -1;
    const past = owned > 0 && !toks.slice(j, owned).some((t) => /^(who|which|;)$/.test(t.lower)) ? toks.findIndex((t, n) => n > owned && /^[,;]$/.test(t.text)) : -1;
    if (past > 0) j = past;
    const semi = out.length > 0 && /^(who|which|whose)$/.test(toks[i]!.lower) ? toks.findIndex((t, n) => n > i && (t.text === ';' || (t.text === ',' && toks[n + 1]?.lower === 'and' && describedNext(toks, n + 2)))) : -1;
    if (semi > 0) {
      i = semi + 1;
      continue;
    }
    if (!h && !age && !describes && !from && !apposition && !placeItem && (out.length || i > k)) break;
    // ("Aswathy R. (swimming, Thiruvananthapuram), Neeraj P. (judo, Thrissur) and …": past a bracket describing the name.)
    const close = h && toks[j]?.text === '(' ? toks.findIndex((t, n) => n > j && n - j <= 12 && t.text === ')') : -1;
    if (close > 0 && /^(,|and|;)$/.test(toks[close + 1]?.lower ?? '')) j = close + 1;
    // ("A for music; actress B for performing arts; and C for fine arts": what each was for, up to the next item.)
    const forEach = h && toks[j]?.lower === 'for' ? toks.findIndex((t, n) => n > j && n - j <= 10 && (/^[,;.]$/.test(t.text) || t.lower === 'and')) : -1;
    const nextName = (n: number): boolean => !!toks[n]?.cap && !!toks[n + 1]?.cap;
    if (forEach > 0 && (toks[forEach]!.text === ';' || (/^(,|and)$/.test(toks[forEach]!.lower) && nextName(forEach + 1))) && toks.slice(j + 1, forEach).every((t) => t.word && !t.cap)) j = forEach;
    // "… to A by the minister, B": the giver ends the list; so does what it was for.
    if (!/^(,|and|;)$/.test(toks[j]?.lower ?? '')) break;
    i = j + 1;
  }
  return sharedSurname(u, out);
}

/** The people listed from token k whose names end by `end` (an offset): the list of a plural subject. */
export const listedUntil = (u: Unit, people: readonly Person[], k: number, end: number): Honoree[] => listedFrom(u, people, k).filter((h) => h.span.end <= end);

const MALAY_STYLE = /^(Tan|Sri|Tun|Toh|Puan|Datuk|Dato|Dato'|Datin|Seri|Dr|Togbe|Nana|Naa|Nii|Osagyefo|Oba|Alhaji|Alhaja|Chief)$/;
const COUNTED = /^(two|three|four|five|six|seven|eight|nine|ten|dozens|several|many|all|both)$/;
const PREP = /^(of|at|for|in|from|with|on|by|to|who|which|whose|that)$/;

// A person mentioned at token a, or at the name after a courtesy word there ("Dr Samuel Okonjo").
const endsAt = (u: Unit, p: Person, j: number): boolean => p.mentions.some((m) => !m.source && m.span.end === u.toks[j - 1]?.end);

function startsAt(u: Unit, p: Person, a: number): boolean {
  const at = [a, a + 1, a + 2].map((k) => u.toks[k]?.start);
  return p.mentions.some((m) => !m.source && at.includes(m.span.start));
}

// "Victoria Sports Club leg-spinner Vishal Ramkissoon …": a person after the body's capitals and a lower-case word or two.
function describedBy(u: Unit, p: Person, a: number): boolean {
  const at = u.toks.findIndex((t) => p.mentions.some((m) => !m.source && m.span.start === t.start));
  let d = at;
  while (d > a && at - d < 2 && u.toks[d - 1]!.word && !u.toks[d - 1]!.cap && !PREP.test(u.toks[d - 1]!.lower)) d--;
  return at > a + 1 && d < at && d > a && u.toks.slice(a, d).every((t) => t.cap && t.word);
}

// An item that opens with a title or rank ("Chief Warrant Officer 4 …", "Capt. …").
const headed = (toks: readonly Unit['toks'][number][], a: number): boolean => !!headAt(toks, a) || !!headAt(toks, a + 1);

// The first run of two or three name words in [i, j) that is no place or body.
function bareName(u: Unit, i: number, j: number): Honoree | null {
  const { toks } = u;
  for (let a = i; a < j; a++) {
    const end = Math.min(nameEnd(toks, a), j);
    if (end - a >= 2 && !COUNTED.test(toks[a]!.lower) && !/^(best|most|outstanding)$/.test(toks[a]!.lower) && end - a <= 3 && !isPlace(toks, a, end) && !hasOrgWord(toks, a, end)) {
      return { name: slice(u.source, toks, a, end), span: { start: toks[a]!.start, end: toks[end - 1]!.end } };
    }
    if (end > a) a = end - 1;
  }
  return null;
}

/** The recipients an award-less sentence names for the award before it; empty when it names none. */
export function honorees(u: Unit, people: readonly Person[]): Honoree[] {
  const { toks } = u;
  const w = (k: number): string => toks[k]?.lower ?? '';
  if (w(0) === 'so' && (w(1) === 'did' || (w(1) === 'too' && w(2) === 'did'))) return listedFrom(u, people, w(1) === 'did' ? 2 : 3); // "So did X", "So too did X"
  // "Also invested was Raymond Manitowabi, …", "Also honoured were A and B", "Also receiving the award were A, B and C".
  const be = w(0) === 'also' && (HONORED.test(w(1)) || /^(receiving|collecting|winning|taking)$/.test(w(1))) ? toks.findIndex((t, k) => k > 1 && k < 7 && /^(was|were)$/.test(t.lower) && toks.slice(2, k).every((x) => x.word)) : -1;
  if (be > 0) return listedFrom(u, people, be + 1);
  const joining = w(0) === 'joining' && /^(him|her|them)$/.test(w(1)) ? toks.findIndex((t, k) => k > 2 && k < 10 && /^(were|was)$/.test(t.lower)) : -1;
  if (joining > 0) return listedFrom(u, people, joining + 1); // "Joining her in the class of 2026 were A; B; and C"
  // "One was given to A, who …; another went to retired nurse B": one each, of a counted award just named.
  const given = (k: number): number => (/^(was|went)$/.test(w(k + 1)) ? toks.findIndex((t, n) => n > k + 1 && n - k <= 4 && t.lower === 'to') : -1);
  const one = w(0) === 'one' ? given(0) : -1;
  if (one > 0) {
    const other = toks.findIndex((t, n) => n > one && t.lower === 'another' && /^[;,]$/.test(toks[n - 1]?.text ?? ''));
    const to = other > 0 ? given(other) : -1;
    return [...listedFrom(u, people, one + 1).slice(0, 1), ...(to > 0 ? listedFrom(u, people, to + 1).slice(0, 1) : [])];
  }
  for (let k = 0; k < toks.length; k++) {
    // "…, as did X" (a comma first, so "just as did" in a quote rarely counts).
    if (w(k) === 'as' && w(k + 1) === 'did' && toks[k - 1]?.text === ',') return listedFrom(u, people, k + 2);
    // "Among them was X", "Among the honorees were A and B".
    if (w(k) === 'among' && (w(k + 1) === 'them' || LIST_HEAD.test(w(k + 2))) && k < 2) {
      const v = toks.findIndex((t, i) => i > k && /^(was|were|is|are)$/.test(t.lower));
      if (v > 0 && v - k < 5) return listedFrom(u, people, v + 1);
    }
    // "Others honoured on Saturday included A, B and C": more holders of the award just named.
    if (k === 0 && /^others?$/.test(w(0)) && /^(honou?red|recogni[sz]ed|awarded|decorated)$/.test(w(1))) {
      const v = toks.findIndex((t, n) => n > 1 && n < 7 && /^(included|include|were|are)$/.test(t.lower));
      if (v > 0) return listedFrom(u, people, v + 1);
    }
    // "The laureates are A, B and C", "This year's winners were …", "The best-known appointee in the room was Dr. A".
    // ("The new members invested on Tuesday included A; B, …": a participle or a time between.)
    // (… "The eighth member is A", "Another new member, B, …": of the order just named.)
    const member = w(k) === 'member' && /^(new|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|youngest|oldest)$/.test(w(k - 1));
    if (member && toks[k + 1]?.text === ',' && k < 4) return listedFrom(u, people, k + 2).slice(0, 1);
    const one = (ONE_HEAD.test(w(k)) || member) && (/^(the|this|that|one|another)$/.test(w(k - 1)) || w(k - 2) === 'the');
    const head = LIST_HEAD.test(w(k)) || (w(k) === 'members' && w(k - 1) === 'new') || one;
    const verb = head && k < 6 ? toks.findIndex((t, n) => n > k && n - k <= 5 && (one ? /^(was|is)$/ : /^(are|were|include|included|includes)$/).test(t.lower)) : -1;
    // (Not "Recipients of the class are styled "Chief"": a passive.)
    if (verb > 0 && toks.slice(k + 1, verb).every((t) => t.word) && !/^(\p{Ll}+ed|chosen|shown|known)$/u.test(w(verb + 1))) return listedFrom(u, people, verb + 1);
    // "X … was honored for …", "X was the youngest honoree": the person opening the sentence (or its clause: "…, where 41 officers … were honoured").
    // ("A, a former chief, was also appointed.": in an order's story, to it.)
    const passive = /^(was|were)$/.test(w(k)) && (HONORED.test(w(k + 1)) || (w(k + 1) === 'also' && (HONORED.test(w(k + 2)) || (w(k + 2) === 'appointed' && /^[.;]$/.test(toks[k + 3]?.text ?? '')))));
    const noun = /^(was|were)$/.test(w(k)) && /^(the|a|an)$/.test(w(k + 1)) && toks.slice(k + 2, k + 5).some((t) => HONOREE.test(t.lower));
    if (passive || noun) {
      // "A, 41, and Capt. B were pinned": everyone of a plural subject; else the person opening the sentence.
      if (w(k) === 'were') {
        const all = listedUntil(u, people, 0, toks[k]!.start);
        if (all.length > 1) return all;
      }
      const rel = toks.findLastIndex((t, n) => n < k && t.text === ',' && /^(where|when|while|after|as)$/.test(w(n + 1)));
      const who = peopleIn(u, people, rel + 1, k).map((p) => asHonoree(u, p));
      return who[0] ? [who[0]] : [];
    }
  }
  return [];
}

// "…, and Marine B", "…, and the veteran B", "…, and former fast bowler B": a name, or a short description before one, after "and".
function describedNext(toks: readonly Unit['toks'][number][], k: number): boolean {
  if (toks[k]?.cap || (/^(the|a|an)$/.test(toks[k]?.lower ?? '') && toks.slice(k + 1, k + 4).some((t) => t.cap))) return true;
  const cap = toks.slice(k, k + 6).findIndex((t) => t.cap);
  return !!toks[k]?.word && cap > 0 && toks.slice(k, k + cap).every((t) => t.word);
}
