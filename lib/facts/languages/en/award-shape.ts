/**
 * Honours found by the shape of the sentence rather than by their vocabulary: a capitalised name
 * right after a verb that confers or receives one ("was awarded the Sitara-i-Imtiaz", "shared the
 * Prix Italia", "gave its Testimonial on Vellum to …"), or before a passive that confers it ("the
 * Freedom of the City of Cork was conferred on him"). News names many honours no lexicon lists.
 */
import type { Tok } from '../../words';
import type { EnAwardSpan } from './award-find';
import { COMPETITION, EN_AWARD_NOUNS, EN_NOT_WON, lettersAt } from './award-lexicon';
import { MONTH_WORDS, POSS, winBefore, wonAfter } from './award-extent';
import { EN_GIVEN_NAMES } from './given-names';
import { DAYS, hasOrgWord, isPlace } from './names';
import { EN_HEADS } from './titles';

// Verbs after which a capitalised object is the honour itself.
const CONFER = /^(awarded|conferred|bestowed|shared|received|receives|receiving|won|wins|collected|accepted|sent|given)$/;
// "presented with", "honoured with", "decorated with", "invested with".
const WITH = /^(presented|honou?red|decorated|invested|recogni[sz]ed)$/;
const GIVE = /^(gave|gives|give|giving|awarded|awards|presented|presents|conferred|confers|bestowed|bestows)$/;
/** An article or possessive before a name: "the", "a", "its", "her". */
export const DET = /^(the|a|an|its|their|his|her)$/;
const JOIN = /^(of|the|on|for|in|ng|de|du|des|la|le|di|del|d['’])$/;
// Capitalised things won that are no honour: a seat, a vote, a race, a match.
const NOT_HONOUR = /^(election|elections|seat|vote|race|match|game|final|finals|derby|battle|war|case|appeal|lottery|jackpot|contract|tender|bid|toss|series|title|crown|championship|stage|leg|round|heat|pole|majority)$/;
// Words that may follow an honour's name: a preposition, a conjunction, a verb of the clause.
const FOLLOW = /^(in|on|at|for|from|by|with|and|or|but|to|after|before|during|since|as|when|while|which|who|that|was|were|is|are|has|had|have|last|this|earlier|later|posthumously|jointly|together|alongside|along|until|the|a|an|its|their|his|her|of)$/;
const PASSIVE = /^(conferred|bestowed|awarded|presented)$/;

// "on International Customs Day", "on Monday", "on New Year's Eve": when, not part of the name.
function dayAt(toks: readonly Tok[], k: number): boolean {
  let e = k;
  while (toks[e]?.cap || POSS.has(toks[e]?.text ?? '')) e++;
  const last = toks[e - 1]?.lower ?? '';
  return /^(day|eve|week|night|weekend)$/.test(last) || DAYS.test(last) || MONTH_WORDS.has(toks[k]!.lower);
}

// End of a capitalised run from i: capitalised words, with "of the", "on", "de" between them.
export function capRunEnd(toks: readonly Tok[], i: number): number {
  let e = i;
  while (e < toks.length && e - i < 10) {
    const t = toks[e]!;
    if (t.cap && t.word) e++;
    else if (e > i && JOIN.test(t.lower) && !t.cap) {
      let k = e;
      while (k < toks.length && JOIN.test(toks[k]!.lower) && !toks[k]!.cap) k++;
      if (!toks[k]?.cap || !toks[k]!.word || (t.lower === 'on' && dayAt(toks, k))) break;
      e = k;
    } else break;
  }
  return e;
}

// True when [i, e) reads as an honour's name: no person, place, body or contest.
function honourLike(toks: readonly Tok[], i: number, e: number): boolean {
  if (e <= i) return false;
  const words = toks.slice(i, e);
  // ("the Thanks of the Institution Inscribed on Vellum": a body's word inside an honour's name is fine.)
  const body = hasOrgWord(toks, i, i + 1) || hasOrgWord(toks, e - 1, e);
  if (EN_GIVEN_NAMES.has(words[0]!.lower) || EN_HEADS.match(toks, i) || isPlace(toks, i, e) || body) return false;
  if (words.some((t) => COMPETITION.test(t.lower) || NOT_HONOUR.test(t.lower))) return false;
  // ("received a Doctor of Humane Letters": a degree, honorary or not, is no award.)
  if (/^(doctor|master|bachelor|associate)$/.test(words[0]!.lower) && words[1]?.lower === 'of') return false;
  // "won the Limerick City byelection", "the Class One 400 metres": the capitals only qualify what follows.
  const next = toks[e];
  // ("a Framed Letter of Thanks signed by the Chairman": a participle may follow the name.)
  if (next && ((next.word && !next.cap && !FOLLOW.test(next.lower) && !/ed$/.test(next.lower)) || /^\d/.test(next.text))) return false;
  // A lone word must look coined, not be a common noun or a surname: "the Sitara-i-Imtiaz".
  return e - i > 1 || /-/.test(words[0]!.text);
}

/**
 * "a Framed Letter of Thanks signed by the Chairman of the RNLI", "a certificate signed by the
 * President": who signs a letter or certificate is part of its name. End of that name, or e.
 */
export function signedBy(toks: readonly Tok[], e: number): number {
  const paper = toks.slice(Math.max(0, e - 6), e).some((t) => /^(letter|certificate|scroll|citation|testimonial)$/.test(t.lower));
  if (!paper || toks[e]?.lower !== 'signed' || toks[e + 1]?.lower !== 'by' || !DET.test(toks[e + 2]?.lower ?? '') || !toks[e + 3]?.cap) return e;
  return capRunEnd(toks, e + 3);
}

// Season honours of school and college sport: "all-state first team", "Academic All-State", "Defensive MVP".
const ALL_TEAM = /^(all-state|all-conference|all-district|all-region|all-county|all-american|all-star|all-league|all-pro)$/;

/** Sports season honours in a sentence ("the Journal Star's all-state first team", "was the Defensive MVP"). */
function seasonHonours(toks: readonly Tok[]): EnAwardSpan[] {
  const out: EnAwardSpan[] = [];
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.lower;
    if (ALL_TEAM.test(w)) {
      const a = toks[k - 1]?.cap && /^(academic)$/.test(toks[k - 1]!.lower) ? k - 1 : k;
      let e = k + 1;
      if (/^(first|second|third|honorable|honourable)$/.test(toks[e]?.lower ?? '')) e++;
      if (/^(team|selection|squad)$/.test(toks[e]?.lower ?? '')) e++;
      // (A lone "All-Star" names a game or a player, not an honour: a team word or "Academic" makes it one.)
      if (e > k + 1 || a < k) out.push({ from: a, to: e, won: true });
      k = e - 1;
    } else if (toks[k]!.text === 'MVP' && toks[k - 1]?.cap && /^(offensive|defensive|finals|tournament|league|conference|season)$/.test(toks[k - 1]!.lower)) {
      out.push({ from: k - 1, to: k + 1, won: true });
    }
  }
  return out;
}

/** Honours of one sentence found by shape, as token spans. */
export function shapedAwards(toks: readonly Tok[]): EnAwardSpan[] {
  const out: EnAwardSpan[] = seasonHonours(toks);
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.lower;
    let d = -1;
    if (CONFER.test(w)) d = k + 1;
    else if (WITH.test(w) && toks[k + 1]?.lower === 'with') d = k + 2;
    // "gave its Testimonial on Vellum to a crew member".
    else if (GIVE.test(w) && /^(its|their)$/.test(toks[k + 1]?.lower ?? '')) d = k + 1;
    // "was elected a Fellow of the Royal Academy of Engineering": a fellowship of a learned body.
    else if (w === 'elected' && /^(a|an)$/.test(toks[k + 1]?.lower ?? '') && /^(fellow|honorary|foreign)$/i.test(toks[k + 2]?.text ?? '')) d = k + 1;
    // "he was made an Ahli Mahkota Terengganu (AMT)": a state honour known by its letters.
    const made = w === 'made' && /^(a|an)$/.test(toks[k + 1]?.lower ?? '') ? capRunEnd(toks, k + 2) : -1;
    if (made - k >= 4 && lettersAt(toks, made)) out.push({ from: k + 2, to: made + 3, won: true });
    if (d < 0 || !DET.test(toks[d]?.lower ?? '')) continue;
    const e = capRunEnd(toks, d + 1);
    if (honourLike(toks, d + 1, e)) out.push({ from: d + 1, to: signedBy(toks, e), won: true });
  }
  // "the Freedom of the City of Cork was conferred on him".
  for (let k = 2; k < toks.length; k++) {
    if (!PASSIVE.test(toks[k]!.lower) || !/^(was|were|is|has been)$/.test(toks[k - 1]!.lower)) continue;
    if (!/^(on|upon|to)$/.test(toks[k + 1]?.lower ?? '')) continue;
    let a = k - 1;
    while (a > 0 && k - a < 12 && ((toks[a - 1]!.cap && toks[a - 1]!.word) || JOIN.test(toks[a - 1]!.lower))) a--;
    while (a < k - 1 && !toks[a]!.cap) a++;
    if (DET.test(toks[a - 1]?.lower ?? '') && capRunEnd(toks, a) === k - 1 && honourLike(toks, a, k - 1)) out.push({ from: a, to: k - 1, won: true });
  }
  return out;
}

/** "at the ceremony of the 21st Wole Soyinka Award": the award's night, not one won (`the`: where the name's article is). */
export function nightOf(toks: readonly Tok[], the: number): boolean {
  const ed = (toks[the - 1]?.lower === 'the' ? the - 1 : /^\d+(st|nd|rd|th)$/.test(toks[the - 1]?.lower ?? '') && toks[the - 2]?.lower === 'the' ? the - 2 : the) - 1;
  return toks[ed]?.lower === 'of' && /^(ceremony|edition|gala|presentation|launch)$/.test(toks[ed - 1]?.lower ?? '');
}

/** "The Innovation Award was not given at this edition", "… was withheld": no one won it; "a Young Volunteer category would be added": not yet one. */
export function notGiven(toks: readonly Tok[], to: number): boolean {
  const k = /^(category|section)$/.test(toks[to]?.lower ?? '') ? to + 1 : to;
  const added = /^(would|will)$/.test(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'be' && /^(added|introduced|created|launched)$/.test(toks[k + 2]?.lower ?? '');
  return added || (/^(was|were|is|will)$/.test(toks[to]?.lower ?? '') && ((toks[to + 1]?.lower === 'not' && /^(given|awarded|presented|made|be)$/.test(toks[to + 2]?.lower ?? '')) || toks[to + 1]?.lower === 'withheld'));
}

/** Words before an award that say it was not won: nominated, shortlisted, "highly commended" (a placing below the winner). */
export const placed = (before: readonly Tok[]): boolean =>
  before.some((t, k) => EN_NOT_WON.has(t.lower) || (t.lower === 'highly' && before[k + 1]?.lower === 'commended'));

/** "Fourteen members passed their Surf Lifeguard Award": a qualification passed, not an honour. */
const EXAM = /^(passed|sat|failed)$/;
export const passedExam = (toks: readonly Tok[], the: number): boolean =>
  EXAM.test(toks[the - 1]?.lower ?? '') || (DET.test(toks[the - 1]?.lower ?? '') && EXAM.test(toks[the - 2]?.lower ?? ''));

/** "the George Cross Committee", "the Nobel Foundation": a body named after the award ends at `to`. */
export const namedBody = (toks: readonly Tok[], to: number): boolean =>
  !!toks[to]?.cap && /^(committee|foundation|trust|society|board|council|fund|association|commission|secretariat)$/.test(toks[to]!.lower);

/**
 * "awarded the Silver Lion", "a recipient of the Bronze Wolf", "conferred the title of Deshabandu": an honour named
 * by a metal and one noun, or after "the title of", where a win is in view; else null.
 */
export function metalNamed(toks: readonly Tok[], i: number): { from: number; to: number } | null {
  const t = toks[i]!;
  // (A medal, prize or cross is read with its complement elsewhere: "the Gold Medal for Bravery".)
  const metal = /^(Gold|Silver|Bronze|Golden)$/.test(toks[i - 1]?.text ?? '') && t.cap && t.word && !toks[i + 1]?.cap && /^(the|a|an)$/.test(toks[i - 2]?.lower ?? '') &&
    !EN_AWARD_NOUNS.has(t.lower) && !/^(of|for|in)$/.test(toks[i + 1]?.lower ?? '');
  const won = (k: number): boolean => winBefore(toks, k) || /^(recipients?|winners?|holders?)$/.test(toks[k - 2]?.lower ?? '');
  if (metal && (won(i - 1) || wonAfter(toks, i + 1))) return { from: i - 1, to: i + 1 };
  // (Not an academic rank: "the title of Emeritus Professor".)
  const titled = toks[i - 1]?.lower === 'of' && toks[i - 2]?.lower === 'title' && toks[i - 3]?.lower === 'the' && t.cap && /^(conferred|awarded|given|bestowed|granted)$/.test(toks[i - 4]?.lower ?? '') &&
    !/^(emeritus|professor|doctor|fellow|honorary)$/.test(t.lower);
  let e = i;
  while (titled && toks[e]?.cap && toks[e]!.word) e++;
  return titled ? { from: i, to: e } : null;
}
