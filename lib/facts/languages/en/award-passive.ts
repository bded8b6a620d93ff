/**
 * The passive give after an English award: "the medal was awarded (posthumously) to Z", "The X, which went
 * to A", "was presented by the Mayor of Kendal, Councillor B, to the collective".
 */
import { numberComma } from '../../words';
import type { Unit } from '../../units';
import { MONTH_WORDS } from './award-extent';
import { DAYS } from './names';

const GIVEN_BY_WHICH = /^(was|were|is) (awarded|given|presented|conferred|bestowed|handed)$/;

// "in the English section", "in the regular category": where such a phrase at k ends, else k.
const pastSection = (w: (k: number) => string, k: number): number => (w(k) === 'in' && w(k + 1) === 'the' ? ([3, 4, 5].map((d) => k + d).find((n) => /^(section|category|division|class)$/.test(w(n - 1))) ?? k) : k);

/** The token after "to" in a passive give: "the medal was awarded (posthumously) to Z", else -1. */
export function passiveTo(u: Unit, j: number): number {
  const w = (k: number): string => u.toks[k]?.lower ?? '';
  let k = j;
  // (Past the award's letters or gloss in brackets: "the Darjah Utama Pangkuan Negeri (DUPN), which …, went to A".)
  if (w(k) === '(') k = Math.max(k, u.toks.findIndex((t, n) => n > j && n - j <= 8 && t.text === ')') + 1);
  // ("The News Reporting Award in the English section was won by A": the section it was given in.)
  if (/^(was|were|went)$/.test(w(pastSection(w, k)))) k = pastSection(w, k);
  // An aside between the award and its verb: "The Hughes Medal, for work on energy, went jointly to".
  // "The Leelavati Prize for public outreach went to …": past a lower-case complement.
  if (/^(for|in|of)$/.test(w(k)) || (u.toks[k]?.word && !u.toks[k]!.cap && !/^(was|were|is|went|goes|has|had|,)$/.test(w(k)))) {
    let c = k + 1;
    // Not across a new clause: "best adapted screenplay while the original screenplay prize went to …".
    const clause = /^(while|but|and|as|when|whereas|although|though|because|where|which|who|that|the|a|an|his|her|its|their)$/;
    if (clause.test(w(k))) return -1;
    // "… award for October went to": a month or year in the complement too (… and "for the sciences": an article after "for").
    const when = (i: number): boolean => MONTH_WORDS.has(w(i)) || /^\d{4}$/.test(w(i));
    // ("for the best final-year project in her faculty was …": a hyphened word, and an article or owner after a preposition.)
    const word = (i: number): boolean => !!u.toks[i]?.word || (u.toks[i]?.text === '-' && !!u.toks[i + 1]?.word && u.toks[i - 1]!.word);
    const opens = (i: number): boolean => (i === k + 1 && /^(the|a|an)$/.test(w(i))) || (/^(in|of|for|at|from|on)$/.test(w(i - 1)) && /^(the|a|an|his|her|its|their)$/.test(w(i)));
    while (c - k < 11 && word(c) && (!u.toks[c]!.cap || when(c)) && !/^(was|were|is|went|goes|has|had)$/.test(w(c)) && (!clause.test(w(c)) || opens(c))) c++;
    if (/^(was|were|is|went|goes|has|had)$/.test(w(c))) k = c;
  }
  // "X, which recognises lifetime achievement, was given to"; "X, which went to Sebastian Kroll".
  // ("The night's top prize, Best Feature Film, went to …": the apposition closes right before the verb.)
  if (w(k) === ',' && /^(went|goes|go|was|were|is)$/.test(w(k + 1))) k++;
  // ("the Y award, which went to Bernie Walsh, a swimming instructor": the relative clause itself gives it.)
  else if (w(k) === ',' && /^(which|that)$/.test(w(k + 1)) && (/^(went|goes)$/.test(w(k + 2)) || GIVEN_BY_WHICH.test(`${w(k + 2)} ${w(k + 3)}`))) k += 2;
  else if (w(k) === ',') {
    // Not the comma inside "$750,000". (A long aside with commas of its own closes right before the verb:
    // "The X Medal, created in 2003 to recognize service in policing, fire and corrections, was presented to …".)
    const comma = (i: number): boolean => i > k + 1 && u.toks[i]!.text === ',' && !numberComma(u.toks, i);
    // ("…, who drowned on Sept. 16, 2027, …": an abbreviation's dot ends no aside.)
    const shortened = (i: number): boolean => !!u.toks[i - 1]?.cap && u.toks[i - 1]!.text.length <= 4;
    const close = [...Array(32).keys()].map((d) => k + 2 + d).find((i) => i < u.toks.length && comma(i) && /^(was|were|is|went|goes)$/.test(w(i + 1)) && !u.toks.slice(k + 1, i).some((t, n) => /^[;:]$/.test(t.text) || (t.text === '.' && !shortened(k + 1 + n)))) ??
      u.toks.findIndex((_, i) => i - k <= 24 && comma(i));
    if (close > 0) k = close + 1;
    else if (/^(which|that)$/.test(w(k + 1))) k += 2;
    else return -1;
  }
  while (/^(was|were|is|are|has|have|had|been|be|will|would|also)$/.test(w(k)) || (/ly$/.test(w(k)) && k - j < 8)) k++;
  // "The prize, worth $750,000, was shared by A and B", "… was won by A".
  // (Not "X, which was collected by captain A": who went up for it, in a clause on the award.)
  if (/^(shared|won|claimed|taken|collected)$/.test(w(k)) && w(k + 1) === 'by' && w(k - 1) !== 'has' && !(w(k) === 'collected' && /^(which|that)$/.test(w(k - 2)))) return k + 2;
  const moved = /^(went|goes|go|gone)$/.test(w(k));
  if (!moved && !/^(awarded|given|presented|conferred|bestowed|handed|pinned|made)$/.test(w(k))) return -1;
  const verb = k++;
  // "… was also conferred posthumously on Engr. A", "was awarded, as a group, to the crew" (… "conferred this year on", "went in the regular category to").
  const when = (n: number): boolean => (/^(this|last)$/.test(w(n)) && /^(year|week|month)$/.test(w(n + 1))) || (/^(on|in)$/.test(w(n)) && (DAYS.test(w(n + 1)) || MONTH_WORDS.has(w(n + 1))));
  const past = (n: number): number => (when(n) ? 2 : /ly$|^(instead|also)$/.test(w(n)) ? 1 : pastSection(w, n) - n);
  while (past(k) && k - verb < 8) k += past(k);
  const aside = w(k) === ',' ? u.toks.findIndex((t, n) => n > k && n - k <= 6 && t.text === ',') : -1;
  if (aside > 0 && w(aside + 1) === 'to') k = aside + 1;
  // "was presented by the Mayor of Kendal, Councillor Sheila Dobson, to the collective": a named giver first.
  else if (w(k) === 'by') k = givenBy(u, k);
  return w(k) === 'to' || (/^(on|upon)$/.test(w(k)) && /^(conferred|bestowed|pinned)$/.test(w(verb))) ? k + 1 : -1;
}

// The "to" after a giver named with "by" (capitalised words, "the", "of", commas), else the "by" itself.
function givenBy(u: Unit, by: number): number {
  for (let n = by + 1; n < u.toks.length && n - by <= 16; n++) {
    const t = u.toks[n]!;
    if (t.lower === 'to') return n - 1 > by ? n : by;
    if (!(t.cap || /^(the|of|and|,|’s|'s|\.)$/.test(t.lower))) return by;
  }
  return by;
}
