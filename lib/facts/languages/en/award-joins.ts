/**
 * Awards read by what joins or opens them: a second name joined by "and" to the award just found
 * ("received the X Award in 2011 and the Padma Shri in 2019"), and orders named by their opening
 * noun in Malay ("the Darjah Dato' Paduka Mahkota Perak") or by a noun and "of" ("the Medal of the Order
 * of Australia").
 */
import type { Tok } from '../../words';
import { capsBefore, fieldTo, MONTH_WORDS, placeAhead, POSS, winBefore, wonAfter } from './award-extent';
import { EN_AWARD_NOUNS, HEAD_AWARD, lettersAt, OF_AWARD } from './award-lexicon';

// "received the X Award in 2011 and the Padma Shri in 2019": a name joined by "and" to the award
// just found shares its win.
export function andAfter(toks: readonly Tok[], out: readonly { to: number }[], i: number): boolean {
  const last = out[out.length - 1];
  return !!last && joined(toks, last.to, i);
}

/** Only "and", commas, articles and a year between two awards: "X in 2011 and the Y". */
export function joined(toks: readonly Tok[], from: number, to: number): boolean {
  const between = toks.slice(from, to).map((t) => t.lower);
  // "voted X by the supporters and Y by his team-mates": who gave the first, then the second.
  const by = /^(by|from)$/.test(between[0] ?? '') && between.length <= 7 && between.at(-1) === 'and' &&
    toks.slice(from, to).every((t) => t.word && !t.cap && !/ed$/.test(t.lower));
  if (by) return true;
  // "taking Album of the Year for Dry Season Radio and Best Solo Artist": the work the first was for.
  const work = between[0] === 'for' && between.at(-1) === 'and' && between.length <= 7 && toks.slice(from + 1, to - 1).every((t) => t.cap && t.word);
  if (work) return true;
  // "received the Medal of Valor, along with the Purple Heart": a second award to the same person.
  if (/^,? ?(along with|alongside|together with|as well as) (the|a|an)$/.test(between.join(' ').replace(/^, /, ', '))) return true;
  // ("the X gold standard in 2021 and the Y in 2024": a grade of the first in lower case, then the second.)
  const graded = between.length <= 8 && /^and (the|a|an)$/.test(between.slice(-2).join(' ')) && toks.slice(from, to - 2).every((t) => (t.word && !t.cap && !/^(was|were|is|are|has|had|have|who|which|that|said|says|but|while|when|for|by|from|with)$/.test(t.lower) && !/ed$/.test(t.lower)) || /^\d{4}$/.test(t.text));
  if (graded) return true;
  return (between.includes('and') || (between.length === 1 && between[0] === ',')) && between.length <= 6 && between.every((x) => /^(and|,|in|on|the|a|an|\d{4}|later|then|also)$/.test(x));
}

/** "receives the Darjah Dato' Paduka Cura Si Manja Kini": an order named by its opening noun, else null. */
export function headAwardSpan(toks: readonly Tok[], i: number): { from: number; to: number } | null {
  // (… or by a link word first: "the Medalya ng Kagalingan".)
  if (!toks[i]!.cap || !HEAD_AWARD.test(toks[i]!.lower) || !(toks[i + 1]?.cap || (NATIVE_LINK.test(toks[i + 1]?.text ?? '') && toks[i + 2]?.cap))) return null;
  let end = i + 1;
  // (… and "the Gawad Bayani ng Paaralan": a link word of that language inside.)
  // ("the Gawad KALASAG Special Recognition for Heroic Act": and what it is for.)
  while (end < toks.length && (toks[end]!.cap || (/^['’]$/.test(toks[end]!.text) && toks[end - 1]!.end === toks[end]!.start) || ((NATIVE_LINK.test(toks[end]!.text) || /^(for|of)$/.test(toks[end]!.text)) && !!toks[end + 1]?.cap))) end++;
  // ('the "Beyond Compliant" Gawad KALASAG Seal': a quoted grade before it is part of the name.)
  const open = /^["”]$/.test(toks[i - 1]?.text ?? '') ? toks.findLastIndex((t, k) => k < i - 1 && k >= i - 6 && /^["“]$/.test(t.text)) : -1;
  const from = open >= 0 && toks.slice(open + 1, i - 1).every((t) => t.cap && t.word) ? open : i;
  return end - i >= 3 ? { from, to: end } : null;
}

/** "the Star of Courage", "a LASWA Certificate of Commendation" with a win around it: its span, else null. */
const MERIT = /^(merit|excellence|honour|honor|valour|valor|courage|distinction|achievement|service|bravery|gallantry)$/;

export function ofAwardSpan(toks: readonly Tok[], i: number): { from: number; to: number } | null {
  const t = toks[i]!;
  // ("the Gold Crown of Merit", "the Cacique's Crown of Honour": any noun with a merit after "of"; a win must be in view.)
  const merit = toks[i + 1]?.lower === 'of' && MERIT.test(toks[i + 2]?.lower ?? '') && !toks[i + 3]?.cap;
  // ("received Certificates of Commendation: A, B and C": a plural name, given straight after its verb, one award each.)
  const many = /s$/.test(t.lower) && (OF_AWARD.test(t.lower.slice(0, -1)) || (/es$/.test(t.lower) && OF_AWARD.test(t.lower.slice(0, -2))));
  if (!t.cap || (!OF_AWARD.test(t.lower) && !merit && !many)) return null;
  // ("the Chief Minister's Certificate of Commendation": a possessive owner belongs to the name.)
  const poss = POSS.has(toks[i - 1]?.text ?? '') && !!toks[i - 2]?.cap;
  const capBefore = (toks[i - 1]?.cap && !/^(the|a|an)$/i.test(toks[i - 1]!.text)) || poss;
  // ("a LASWA Certificate of Commendation": an owner's capitals before the noun belong to the name.)
  // (… and "the Saskatchewan Order of Merit": a place's capitals after "the", where no award noun reads them.)
  const owner = poss ? capsBefore(toks, i, 4) : capBefore && /^[A-Z]{2,6}$/.test(toks[i - 1]!.text) ? i - 1 : capBefore && !EN_AWARD_NOUNS.has(t.lower) ? capsBefore(toks, i, 3) : i;
  const ownerFits = !capBefore || (owner < i && (owner === 0 || /^(the|a|an)$/.test(toks[owner - 1]!.lower)));
  if (!/^(of|for)$/.test(toks[i + 1]?.lower ?? '') || !ownerFits) return null;
  let end = i + 2;
  // "… for Gallantry in October 2025", "… for Bravery in St Patrick's Hall": when or where, not the name.
  const when = (k: number): boolean => toks[k]!.lower === 'in' && (MONTH_WORDS.has(toks[k + 1]!.lower) || placeAhead(toks, k + 1));
  while (end < toks.length && (toks[end]!.cap || (/^(of|the|for|in|and|&)$/.test(toks[end]!.lower) && toks[end + 1]?.cap && !when(end)))) end++;
  end = fieldTo(toks, end);
  if (lettersAt(toks, end)) end += 3;
  // "the Order of Distinction in the rank of Commander": the rank belongs to the name.
  if (toks[end]?.lower === 'in' && toks[end + 1]?.lower === 'the' && /^(rank|grade|class|degree)$/.test(toks[end + 2]?.lower ?? '') && toks[end + 3]?.lower === 'of' && toks[end + 4]?.cap) end += 5;
  // "The Order of Australia was conferred on …": the win may follow the whole name.
  // ("The only posthumous award of the day, the Golden Arrow of Courage, was conferred on …": in apposition to an award.)
  const apposed = toks[owner - 1]?.lower === 'the' && toks[owner - 2]?.text === ',' && toks.slice(Math.max(0, owner - 9), owner - 2).some((x) => /^(award|honour|honor|prize|medal|decoration)$/.test(x.lower));
  const won = many ? givenPlural(toks, owner) || wonAfter(toks, end) : winBefore(toks, owner) || wonAfter(toks, end) || apposed;
  return end > i + 2 && won ? { from: owner, to: end } : null;
}

/**
 * "received Certificates of Commendation", "were presented with Long Service Awards": a plural name right after
 * the verb that gives it (not "were honoured at the CES Innovation Awards", a night or a programme).
 */
export function givenPlural(toks: readonly Tok[], from: number): boolean {
  const k = /^(the|their|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(toks[from - 1]?.lower ?? '') ? from - 2 : from - 1;
  const v = toks[k]?.lower ?? '';
  return /^(received|receive|receives|receiving|collected|earned)$/.test(v) || (v === 'with' && /^(presented|honoured|honored|decorated)$/.test(toks[k - 1]?.lower ?? ''));
}

/** "took out the Excellence in Biological Sciences (Ecology, …) category": a capitalised category won, else null. */
export function namedCategorySpan(toks: readonly Tok[], i: number): { from: number; to: number } | null {
  if (!toks[i]!.cap || !/^(the|a)$/.test(toks[i - 1]?.lower ?? '') || !winBefore(toks, i - 1)) return null;
  let e = i + 1;
  for (; e < toks.length; e++) {
    const t = toks[e]!;
    if (t.cap || (/^(in|of|or|and|&|for)$/.test(t.lower) && toks[e + 1]?.cap)) continue;
    if (t.text !== '(') break;
    const close = toks.findIndex((x, k) => k > e && x.text === ')');
    if (close < 0 || close - e > 14) break;
    e = close;
  }
  return toks[e]?.lower === 'category' && e - i >= 2 ? { from: i, to: e } : null;
}

/**
 * "the Medalya ng Kagalingan (PNP Medal of Merit)", "the Ordre national du Mérite (National Order of Merit)":
 * an award written in its own language with the English name in brackets is one award, begun by its own name,
 * so that the words before it ("He received the …", "recommend her for the …") read as for the English name.
 */
export function nativeStart(toks: readonly Tok[], from: number, to: number): number {
  if (toks[from - 1]?.text !== '(' || toks[to]?.text !== ')') return -1;
  let k = from - 1;
  while (k > 0 && ((toks[k - 1]!.cap && toks[k - 1]!.word) || NATIVE_LINK.test(toks[k - 1]!.text))) k--;
  while (k < from - 1 && !toks[k]!.cap) k++;
  // ("a posthumous Anugerah Khas Menteri (…)": one describing word may stand between.)
  const det = (n: number): boolean => /^(the|a|an|its|their|his|her|:|,)$/i.test(toks[n]?.text ?? '');
  // (Not a list of winners, "Lakdiv Tiles PLC (Manufacturing Sector Award), …": after a colon or comma, only a name in another language.)
  const listed = /^[:,]$/.test(toks[k - 1]?.text ?? '') && !toks.slice(k, from - 1).some((t) => NATIVE_LINK.test(t.text) || HEAD_AWARD.test(t.lower));
  // (… and the English name an award's, not a title of the year: "the Mill Kitchen (Cafe of the Year)" is a winner and its category.)
  const english = toks.slice(from, to).some((t) => EN_AWARD_NOUNS.has(t.lower) || OF_AWARD.test(t.lower));
  return from - 1 - k >= 2 && !listed && english && (det(k - 1) || (det(k - 2) && /^\p{Ll}+$/u.test(toks[k - 1]?.text ?? ''))) ? k : -1;
}

/** "the Hummingbird Medal (Gold)", "the Journalism Award (Feature and News Feature)": the class in brackets belongs to the name (not an acronym "(KJA)"). */
export function bracketed(toks: readonly Tok[], to: number): number {
  // ("Hotel of the Year – Regional, went to …": one word after a dash qualifies a category; a name after it is a winner.)
  if (/^[–—-]$/.test(toks[to]?.text ?? '') && toks[to + 1]?.cap && toks[to + 1]!.word && (toks[to + 2]?.text === ',' || /^(went|goes|was|is|to)$/.test(toks[to + 2]?.lower ?? ''))) return to + 2;
  const close = toks[to]?.text === '(' ? toks.findIndex((t, k) => k > to && k - to <= 8 && t.text === ')') : -1;
  const inside = toks.slice(to + 1, close);
  return close > 0 && inside.every((t) => (t.cap && t.word) || /^(and|&|of|the|-|to|into|in)$/.test(t.lower)) && !(inside.length === 1 && /^[A-Z]{2,}$/.test(inside[0]!.text)) ? close + 1 : to;
}

export function withNativeName<S extends { from: number; to: number }>(toks: readonly Tok[], all: S[]): S[] {
  // ("the Public Service Star, or Bintang Bakti Masyarakat (BBM),": the same honour in another language.)
  const spans = all.filter((s) => !(toks[s.from - 2]?.text === ',' && toks[s.from - 1]?.lower === 'or' && toks[s.from - 3]?.cap && toks[s.from]!.cap));
  for (const s of spans) {
    const k = nativeStart(toks, s.from, s.to);
    if (k >= 0 && !spans.some((o) => o !== s && o.to > k && o.from < s.from)) {
      s.from = k;
      s.to++;
    }
  }
  return spans;
}

// Joining words of other languages' award names: Filipino "ng", Romance "de/du/des/del/la", Dutch/German "van/von".
const NATIVE_LINK = /^(ng|sa|de|du|des|del|della|la|le|di|da|do|dos|van|von|der|al|el)$/;

// "a Royal Academy of Engineering Engineers Trust Young Engineer …": an owner named with "of" before the capitals.
export function ofOwner(toks: readonly Tok[], from: number): number {
  const f = toks[from - 1]?.lower === 'of' && toks[from - 2]?.cap ? capsBefore(toks, from - 1, 3) : from;
  return f < from - 1 && /^(a|an|the)$/.test(toks[f - 1]?.lower ?? '') ? f : from;
}

/**
 * "won the Contribution to Tourism award", "won the Spirit of the Dales award": a title with "to", "by a", "of the" between
 * its capitals, opened by "the" or "a"; where it starts, else capsBefore's answer.
 */
export function titledBefore(toks: readonly Tok[], i: number): number {
  const plain = capsBefore(toks, i);
  let a = i;
  // (… and another language's: "the Natatanging Guro ng Bohol award".)
  const link = (k: number): boolean => (/^(to|by|or|a|of|the|for|and|in|on)$/.test(toks[k]?.lower ?? '') || NATIVE_LINK.test(toks[k]?.lower ?? '')) && !toks[k]!.cap;
  // (Not back into another award: "the Wound Medal and the Long Service Medal".)
  const word = (k: number): boolean => toks[k]!.cap && toks[k]!.word && !EN_AWARD_NOUNS.has(toks[k]!.lower);
  while (a > 0 && i - a < 14 && (word(a - 1) || (link(a - 1) && !/^(and|or)$/.test(toks[a - 2]?.lower ?? '') && (!!toks[a - 2]?.cap || (link(a - 2) && !!toks[a - 3]?.cap))))) a--;
  while (a < plain && !toks[a]!.cap) a++;
  const opened = /^(the|a|an)$/i.test(toks[a - 1]?.text ?? '') && toks.slice(a, plain).some((t) => !t.cap);
  return a < plain && opened ? a : plain;
}

/** Past "for the elementary level" after an award ("The X award for the elementary level was given to …"), else j. */
export function pastLevel(toks: readonly Tok[], j: number): number {
  if (toks[j]?.lower !== 'for' || toks[j + 1]?.lower !== 'the') return j;
  let k = j + 2;
  while (k < toks.length && k - j < 6 && toks[k]!.word && !toks[k]!.cap && !/^(was|were|went|is|are|has|have)$/.test(toks[k]!.lower)) k++;
  return k > j + 2 && /^(was|were|went|is|are|has|have)$/.test(toks[k]?.lower ?? '') ? k : j;
}
