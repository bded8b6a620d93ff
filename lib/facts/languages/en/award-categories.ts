/**
 * Award categories written with capitals ("Best Direction", "Best Lead Actor in a Drama"): an
 * award when something is won, given or listed with them, as in "Corrigan also won Best
 * Direction" or "Best Editing to Claire Novak".
 */
import type { Tok } from '../../words';
import { EN_GIVEN_NAMES } from './given-names';
import { EN_GENERIC_NOUNS, EN_VAGUE } from './award-lexicon';
import { STOP } from './award-extent';

const INSIDE = /^(in|a|an|of|the|for|and|or|by)$/;

/** End of a capitalised category starting with "Best" at i (exclusive), or -1. */
export function capCategoryEnd(toks: readonly Tok[], i: number): number {
  // ("Outstanding Rice Farmer", "Outstanding Young Farmer": a national search's titles.)
  if (!/^(Best|Outstanding)$/.test(toks[i]?.text ?? '') || !toks[i + 1]?.cap) return -1;
  let k = i + 1;
  const inside = (n: number): boolean => INSIDE.test(toks[n]?.text ?? '') && !/^(and|or)$/.test(toks[n]!.text);
  // "Best Lead Actor in a Drama": small words inside, when a capital follows them.
  // ("Best Exporter – Spices and Allied Products", "Best Exporter – ICT/BPM": a dash before the field.)
  // (Not the winner after it: "Best Youth Farmer – Mr Iddrisu Saaka", "Best Agro-processor – the Dambai Women Gari Processors".)
  const dash = (n: number): boolean => /^[–—]$/.test(toks[n]!.text) && !!toks[n + 1]?.cap && n > i + 1 && !/^(mr|mrs|ms|miss|dr|madam|the)$/.test(toks[n + 1]!.lower) && !EN_GIVEN_NAMES.has(toks[n + 1]!.lower);
  const field = (n: number): boolean => toks[n]!.text === '/' && !!toks[n + 1]?.cap && !!toks[n - 1]?.cap;
  // ("Best Company in Agriculture and Food Security, and …": a field after "in" joined by "and", not a second category or a person.)
  const inField = (n: number): boolean => toks.slice(i, n).some((t) => t.text === 'in') && !/^(Best|Outstanding|Most)$/.test(toks[n + 1]!.text) && !EN_GIVEN_NAMES.has(toks[n + 1]!.lower);
  const and = (n: number): boolean => toks[n]!.lower === 'and' && !!toks[n + 1]?.cap && (toks.slice(i, n).some((t) => /^[–—]$/.test(t.text)) || inField(n));
  // ("Best Director for Halima Mwinyi", "Best Feature Film for Mombasa's Pwani Reel": whom it went to, after "for".)
  // (… or after "by": "; and Best Nurse by Mrs Ronke Adelaja-Bisi".)
  const whom = (n: number): boolean => /^(for|by)$/.test(toks[n]!.lower) && (EN_GIVEN_NAMES.has(toks[n + 1]?.lower ?? '') || /^(mr|mrs|ms|miss|dr|prof)$/.test(toks[n + 1]?.lower ?? '') || (toks[n]!.lower === 'for' && [2, 3].some((d) => /^(’s|'s)$/.test(toks[n + d]?.text ?? ''))));
  // ("Best Contribution to Heritage by a Young Person award": "to" inside, when the capitals after it run on to the award's noun;
  // not "Best Editing to Claire Novak".)
  const to = (n: number): boolean => {
    const m = toks.findIndex((t, d) => d > n + 1 && d - n <= 10 && /^(award|prize|medal|trophy)$/.test(t.lower));
    return toks[n]!.lower === 'to' && m > 0 && toks.slice(n + 1, m).every((t) => t.cap || INSIDE.test(t.text));
  };
  while (k < toks.length && k - i <= 16 && !whom(k) && (toks[k]!.cap || dash(k) || field(k) || and(k) || to(k) || (inside(k) && (toks[k + 1]?.cap || (inside(k + 1) && toks[k + 2]?.cap))))) k++;
  // "Best Film at the Sydney Opera House": a place after "at" is not the category.
  return k > i + 1 ? k : -1;
}

/** True when the category at [i, end) stands where an award does: won, given, or in a list of them. */
export function categoryInView(toks: readonly Tok[], i: number, end: number, won: boolean): boolean {
  const prev = toks[i - 1]?.lower ?? '';
  const next = toks[end]?.lower ?? '';
  // ("The film's third prize, Best Sound Effects, went to …": in apposition to a prize.)
  const apposed = prev === ',' && /^(prize|award|honou?r|trophy)$/.test(toks[i - 2]?.lower ?? '') && toks[end]?.text === ',';
  // ("The winners were: Best X, Mr. A of …; Best Y, Ms. B …": a list item, its winner after the comma.)
  // ("… in the craft categories: Best Cinematography, for the Polish-born A, …": the winner after "for".)
  const item = ((prev === ':' || prev === ';') && next === ',' && (!!toks[end + 1]?.cap || toks[end + 1]?.lower === 'for')) ||
    // ("Also honored were A of X, Outstanding Young Farmer; B, …": a title after its holder's name.)
    (prev === ',' && /^[;.]$/.test(next) && toks.slice(0, i).some((t) => /^(honou?red|named|winners|recipients)$/.test(t.lower)));
  // ("Best Actor was shared between A and B", "Best Director was awarded to C": a passive give.)
  // (… past the word "category" and a relative: "the Best Actor category, which was shared by A and B".)
  const c = next === 'category' ? (toks[end + 1]?.text === ',' && toks[end + 2]?.lower === 'which' ? end + 3 : end + 1) : end;
  const given = /^(was|is)$/.test(toks[c]?.lower ?? '') && /^(shared|split|awarded|given|presented|won)$/.test(toks[c + 1]?.lower ?? '');
  // ("the 2026 Search for Outstanding Government Workers": the search is the programme, not a title won.)
  const search = prev === 'for' && /^(search|quest|hunt)$/i.test(toks[i - 2]?.text ?? '');
  if (search) return false;
  // ("X was won by A; Best Teacher (Secondary) by B; …": the verb left out before "by".)
  const gapped = prev === ';' && next === 'by' && toks.slice(0, i).some((t, k) => /^(won|taken|claimed)$/.test(t.lower) && toks[k + 1]?.lower === 'by');
  return won || apposed || item || given || gapped || /^(for|including|and|to|named)$/.test(prev) || next === 'to' || next === 'went' || next === 'goes';
}

// Lower-case category heads and the nouns that close a category ("outstanding drama series",
// "lead actress in a drama series", "directing for a drama series").
const HEADS = /^(outstanding|lead|supporting|directing|writing)$/;
const NOUNS = /^(series|actor|actress|film|director|directing|program|programme|drama|comedy|movie|documentary|album|song|record|play|musical|screenplay|performance|special|writing|animation)$/;
const JOIN = /^(in|a|an|or|for|the|and|limited|anthology|drama|comedy|reality|competition|talk|variety|television|tv|feature|short|original|adapted|music|musical|new|pop|rock|rap|country|solo|duo|group|foreign|language|international|documentary|animated|sketch|scripted|structured|unstructured|supporting|lead|actor|actress|series|movie|program)$/;
const OWNER = /^(award|awards|emmy|emmys|prize|trophy|oscar|grammy|tony|bafta|statuette)$/;

/** True when a lower-case category can start at t: lowerCategorySpan is null elsewhere. */
export const categoryHead = (t: Tok): boolean => HEADS.test(t.lower);

/**
 * Start and end of a lower-case category at i ("outstanding drama series", "the award for lead
 * actress in a drama series"), or null. The award word before "for" belongs to the name.
 */
export function lowerCategorySpan(toks: readonly Tok[], i: number): { from: number; to: number } | null {
  if (!HEADS.test(toks[i]?.lower ?? '') || (toks[i]!.cap && i > 0 && toks[i - 1]!.word)) return null;
  let k = i + 1;
  let end = NOUNS.test(toks[i]!.lower) ? i + 1 : -1;
  while (k < toks.length && k - i < 11 && toks[k]!.word && !toks[k]!.cap && (JOIN.test(toks[k]!.lower) || NOUNS.test(toks[k]!.lower))) {
    if (NOUNS.test(toks[k]!.lower)) end = k + 1;
    k++;
  }
  // "directing a hit film" is no category: "directing"/"writing" head one only with "for".
  if (end < 0 || (/^(directing|writing)$/.test(toks[i]!.lower) && toks[i + 1]?.lower !== 'for')) return null;
  // "the award for lead actress …", "the Emmy for supporting actress …": the whole name.
  const from = toks[i - 1]?.lower === 'for' && OWNER.test(toks[i - 2]?.lower ?? '') ? i - 2 : i;
  return { from, to: end };
}

/** True when a span from `from` is a category ("best …", "outstanding … series", "the award for …"), which may hold "series". */
export const isCategoryStart = (toks: readonly Tok[], from: number): boolean =>
  /^(best|outstanding|lead|supporting|directing|writing)$/.test(toks[from]?.lower ?? '') || (OWNER.test(toks[from]?.lower ?? '') && toks[from + 1]?.lower === 'for');

/** "the Golden Peacock for Best Film": where the named award whose category begins at i starts; i when none. */
export function ownerFor(toks: readonly Tok[], i: number): number {
  if (toks[i - 1]?.lower !== 'for') return i;
  let k = i - 1;
  while (k > 0 && i - 1 - k < 4 && toks[k - 1]!.cap && toks[k - 1]!.word && !/^(the|a|an)$/.test(toks[k - 1]!.lower)) k--;
  return k < i - 1 && /^(the|a|an|his|her|their|its)$/.test(toks[k - 1]?.lower ?? '') ? k : i;
}

/**
 * Where a lower-case category ending at the word "category" or "section" at i starts ("in the visual
 * effects category", "the first novel section"), or -1: not the category of an award just named
 * ("won the National Startup Award in the fintech category"; `last`: where the sentence's last award ends).
 */
export function sectionFrom(toks: readonly Tok[], i: number, last: number): number {
  let a = i;
  while (a > 0 && i - a < 3 && toks[a - 1]!.word && !toks[a - 1]!.cap && !STOP.has(toks[a - 1]!.lower)) a--;
  // (", in the individual category, was A": the category of the award just named, between commas.)
  // ("The X Award … went in the regular category to four coaches": where the award named before went.)
  const ofAward = toks[a - 2]?.lower === 'in' && (last === a - 2 || (last === a - 3 && toks[last]?.text === ',') || EN_GENERIC_NOUNS.has(toks[a - 3]?.lower ?? '') ||
    (last >= 0 && /^(went|goes|given|awarded|presented)$/.test(toks[a - 3]?.lower ?? '')));
  // ("in the only category decided by a public vote": which one, not its name.)
  // ("to ask the percussion section whether …": a section of a band, where nothing is won.)
  // ("where it will be judged in the civic category": a category where nothing is won yet.)
  const prized = toks.some((x) => /^(won|wins|winning|winner|winners|prize|prizes|award|awards|took|takes|claimed|went|received|collected|named|honoured|honored|title|trophy|medal)$/.test(x.lower));
  // ("In the individual category, the Heroic Act award also went to …": where in the awards the sentence's own award stands.)
  const opener = a === 2 && toks[0]?.lower === 'in' && toks[i + 1]?.text === ',' && toks.slice(i + 2).some((x) => /^(award|prize|medal|trophy)$/.test(x.lower));
  return a < i && toks[a - 1]?.lower === 'the' && !ofAward && !opener && prized && !toks.slice(a, i).every((x) => EN_VAGUE.has(x.lower)) ? a : -1;
}
