/**
 * English personal names: two to four capitalised words ("George H.W. Bush", "Bill de Blasio"),
 * recognised by a known given name, a courtesy word ("Sir", "Mr"), a profession before them
 * ("actor Hugh Grant") or by the position written next to them (see officials.ts).
 */
import type { Tok } from '../../words';
import { EN_PLACES } from './gazetteer';
import { EN_GIVEN_NAMES } from './given-names';
import { EN_HEADS, EN_HONORIFICS } from './titles';

// Capitalised words that never belong to a name.
const NOT_NAME = new Set(
  `the a an and or but in on at of for to with by from as this that these those his her their its our my
  your he she it they we i you there here when where why how what who which after before since while if then
  also more most all some many few other another each every both one two three said says told according
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  last next this meanwhile however earlier later now not no yes photo image credit source reuters ap afp
  getty images read more watch related breaking news update updated god christmas easter new year mr mrs ms madam mdm
  dr sir dame lord prof rev hon fr once until unless although though because despite during upon without
  whether whenever wherever co mother father`.split(/\s+/).filter(Boolean),
);

// Words that make a capitalised run a body, not a person ("Brookings Institution").
const FIRM = /^(engineering|consulting|contractors|builders|associates|enterprises|manufacturing)$/;
const ORG_WORDS = new Set(
  `institution institute council department committee university universiti universidad université college school party ministry agency
  company corp corporation inc ltd llc plc group bank association union federation foundation fund trust
  court house senate congress parliament assembly commission office board network studios studio times post
  news press journal magazine airlines airways motors club league museum hospital centre center church
  army navy police force forces government administration authority service services organisation
  organization team festival awards prize award resort hotel hotels holdings capital ventures pharma
  technologies tech systems solutions robotics semiconductor semi energy logistics airport foods food trading
  beverages steel electronics textiles industries industry partners labs laboratories construction
  exports imports shipping farms dairy mining motors brewery brewing media entertainment medal medals jubilee coronation trophy
  unit affairs street road avenue brigade squad corps regiment battalion`.split(/\s+/).filter(Boolean),
);

/**
 * Chinese family names as Singapore, Malaysia and Hong Kong write them, first: "Goh Shu Fen", "Yeo Ah
 * Hock", "Ong Siew Lan". A name that opens with one and has two short given syllables after it is a
 * person, and "Goh" alone is its short form.
 */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  `tan lim lee ng ong wong goh chua chan koh teo ang yeo tay ho low toh sim chong chia seah foo leong cheng lau yap
  liew chew kwok loh soh quek heng phua pang tang wee neo poh lai chin chen chow choo chee gan hui khoo kok kuah lam
  leung liang lin liu lo lok loo mok ngiam oh ooi pua quah sng tham tung woo wu yang yeoh yong yu zhang zhou
  ma mak tsui tse fung kwan yip yuen cheung chu hung siu tsang choi shum kam ip lui fong tsoi wan yau cheuk`.split(/\s+/).filter(Boolean),
);

/** True when a name at [i, e) reads as a Chinese name written surname first ("Goh Shu Fen"). */
export const chineseName = (toks: readonly Tok[], i: number, e: number): boolean =>
  // ("Ma Ka-lok": a Hong Kong given name in one hyphened word.)
  (e - i === 2 && CHINESE_SURNAMES.has(toks[i]!.lower) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(toks[i + 1]!.text)) ||
  e - i === 3 && CHINESE_SURNAMES.has(toks[i]!.lower) && toks.slice(i + 1, e).every((t) => t.cap && t.text.length <= 5) &&
  // ("Chong Mei Lan": one syllable may be an English given name too, not both.)
  !toks.slice(i + 1, e).every((t) => EN_GIVEN_NAMES.has(t.lower));

// Month names open no name ("May 3") but may end one ("Theresa May").
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'ten', 'ter', 'da', 'di', 'del', 'bin', 'binti', 'bint', 'ul', 'ud', 'al', 'ibn', 'la', 'le', 'du', 'dos', 'zu']);
/** Words for what people do, not offices: "actor Hugh Grant", "US professor Kevin King" are people only. */
export const PROFESSIONS: ReadonlySet<string> = new Set(
  `actor actress singer writer author novelist poet director film-maker filmmaker producer critic musician
  composer artist athlete champion player jumper runner sprinter boxer presenter comedian scientist professor
  researcher journalist reporter photographer model supermodel legend star hotelier businessman businesswoman
  billionaire entrepreneur lawyer economist analyst historian colleague brother sister son daughter wife
  husband midfielder striker forward defender goalkeeper keeper winger footballer cricketer batsman bowler
  pitcher quarterback cyclist rower swimmer golfer skier jockey driver sprinter gymnast flanker prop hooker
  scrum-half fly-half full-back centre lock winger batter all-rounder spinner seamer opener wicketkeeper
  linebacker guard sculptor painter dancer choreographer designer architect chef potter weaver playwright
  screenwriter cinematographer conductor pianist violinist cellist guitarist drummer rapper broadcaster
  novelist translator illustrator cartoonist curator
  exponent maestro vocalist percussionist performer artiste flautist saxophonist trumpeter activist campaigner
  farmer fisherman boatman deckhand teacher nurse surgeon engineer mathematician physicist chemist biologist
  ecologist nephew niece cousin uncle aunt grandson granddaughter widow`.split(/\s+/).filter(Boolean),
);

// "Rose Street", "Grace Road": a given name opening a street's name.
const STREET = /^(street|road|avenue|lane|square|bridge|park|terrace|crescent|drive|quay|wharf|boulevard|close|gardens)$/;

const INITIAL = /^\p{Lu}(\.\p{Lu})*$/u;
// Two to four capitalised words, possibly with a particle: a person's name as written.
export const NAME_SHAPE = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:de|van|von|da|di|le|la|\p{Lu}[\p{L}'’-]+)){1,3}$/u;
// "Spain's ", "the Philadelphia Union's ": whose side a named person is on, before the name.
export const SIDE = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+(?=\p{Lu})/u;

/** True for a word that can be part of a name. */
// ("Hull-born Lorna Skelton": where someone is from is no part of the name.)
export const WHENCE = /-(born|based|raised|bred)$/;
/** A name without the "Hull-born" in front of it. */
// ("Lagos-born A"; "Upendo Massawe of Shinyanga": a person's name without where they are from, not a body's "of".)
const BODY_OF = /\b(Club|Society|School|College|University|Council|Association|Company|Bank|Institute|Church|Hospital|Department|Ministry|Order|Academy|Board|Trust|Foundation|Union|Federation|League|Team|Band|Group|Service|Unit|Station|Brigade|Chamber|Friends|House|Duke|Earl|Prince|Princess|Lord|Lady)\b/u;
export const withoutWhence = (s: string): string => {
  const t = s.replace(/^\p{Lu}[\p{L}-]*-(?:born|based|raised|bred)\s+(?=\p{Lu})/u, '');
  const m = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}) of \p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u.exec(t);
  return m && !BODY_OF.test(t) && !/^(The|A|An)\s/.test(t) ? m[1]! : t; // (not a title: "The Understudies of Elsinore")
};
export const nameWord = (t: Tok | undefined): boolean =>
  !!t && t.cap && t.word && !NOT_NAME.has(t.lower) && !(t.text.length > 4 && !lowerAscii(t.text.charCodeAt(1)) && t.text === t.text.toUpperCase()) && !WHENCE.test(t.lower);
// ("Smith": a lower-case second letter already shows the word is not in capitals, without upper-casing it.)
const lowerAscii = (c: number): boolean => c >= 97 && c <= 122;

export const DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
// "The APC state chairman, Sunday Lawal-Ogundipe,": a day's name is a given name between a comma and a surname.
const dayName = (toks: readonly Tok[], i: number): boolean =>
  DAYS.test(toks[i]!.lower) && toks[i]!.cap && toks[i - 1]?.text === ',' && nameWord(toks[i + 1]) && !DAYS.test(toks[i + 1]!.lower) && !MONTHS.has(toks[i + 1]!.lower);

// (Looked up only for a word that could go on the name: most words stop it before the trie is read.)
const headInside = (toks: readonly Tok[], j: number, words: number): boolean => {
  const head = EN_HEADS.match(toks, j);
  // ("Dean Raine, a volunteer": a given name that is also a role, before one name word only, opens a name.)
  if (head && !words && head.end === j + 1 && EN_GIVEN_NAMES.has(toks[j]!.lower) && nameWord(toks[j + 1]) && !nameWord(toks[j + 2]) && toks[j + 2]?.lower !== 'of') return false;
  return !!head && (!words || nameWord(toks[head.end]));
};

/** End of the name starting at i (exclusive), or i when no name starts there. At most four words. */
export function nameEnd(toks: readonly Tok[], i: number): number {
  let j = i;
  let words = 0;
  while (j < toks.length && words < 4) {
    const t = toks[j]!;
    // A head opens no name, and inside one only when a name follows it ("… President Donald Trump").
    const month = MONTHS.has(t.lower) && (!words || /^\d/.test(toks[j + 1]?.text ?? ''));
    // ("Amina Said": the surname after a given name, not the verb.)
    if ((nameWord(t) || (!words && dayName(toks, j)) || (words > 0 && t.text === 'Said')) && !month && !ORG_WORDS.has(t.lower) && !headInside(toks, j, words)) {
      j++;
      words++;
      if (INITIAL.test(t.text) && toks[j]?.text === '.') j++;
      continue;
    }
    // ("Glenda A. Salingay": a middle initial that is also the article.)
    if (words && /^[A-Z]$/.test(t.text) && toks[j + 1]?.text === '.' && nameWord(toks[j + 2])) {
      j += 2;
      continue;
    }
    // ("van der Walt": two particles.)
    const particles = PARTICLES.has(t.text) ? (PARTICLES.has(toks[j + 1]?.text ?? '') ? 2 : 1) : 0;
    if (words && particles && nameWord(toks[j + particles])) {
      j += particles;
      continue;
    }
    // 'Isaac "Bazooka" Quaye', 'Johannes "Oom Jan" van der Walt': a quoted ring, stage or pet name inside the name.
    const nick = /^["“]$/.test(t.text) && nameWord(toks[j + 1]) ? (/^["”]$/.test(toks[j + 2]?.text ?? '') ? 2 : nameWord(toks[j + 2]) && /^["”]$/.test(toks[j + 3]?.text ?? '') ? 3 : 0) : 0;
    if (words === 1 && nick && (nameWord(toks[j + nick + 1]) || PARTICLES.has(toks[j + nick + 1]?.text ?? ''))) {
      j += nick + 1;
      continue;
    }
    break;
  }
  return words ? j : i;
}

/** True when tokens [i, j) read as a place ("New Jersey") rather than a person. */
export const isPlace = (toks: readonly Tok[], i: number, j: number): boolean => EN_PLACES.match(toks, i)?.end === j;

/** The end of a run of capitalised words from k, at most `max` long. */
export function capWordsEnd(toks: readonly Tok[], k: number, max: number): number {
  let e = k;
  while (e < toks.length && e - k < max && toks[e]!.cap && toks[e]!.word) e++;
  return e;
}

/** True when the run [i, j) has a body's word in it ("Brookings Institution"). */
export const hasOrgWord = (toks: readonly Tok[], i: number, j: number): boolean =>
  toks.slice(i, j).some((t) => ORG_WORDS.has(t.lower));

// ", who …" and ", 49," follow only a person: "succeeding Kari Olsen, who will retire".
function personAfter(toks: readonly Tok[], end: number): boolean {
  if (toks[end]?.text !== ',') return false;
  const n = toks[end + 1];
  // "Ximena Duarte, a Colombian lawyer": an apposition naming what the person does.
  const does = /^(a|an)$/.test(n?.lower ?? '') && toks.slice(end + 2, end + 6).some((t) => PROFESSIONS.has(t.lower) || /(ologist|ician|ographer)$/.test(t.lower) || /^(lawyer|official|officer|activist|campaigner|doctor|nurse|teacher|engineer|farmer|volunteer|veteran|coordinator)$/.test(t.lower));
  return n?.lower === 'who' || does || (!!n && /^\d{1,3}$/.test(n.text) && toks[end + 2]?.text === ',');
}

/** True when a courtesy word ("Mr", "Dr.") stands right before token i. */
export const courtesyBefore = (toks: readonly Tok[], i: number): boolean =>
  EN_HONORIFICS.has(toks[i - 1]?.lower ?? '') || (toks[i - 1]?.text === '.' && EN_HONORIFICS.has(toks[i - 2]?.lower ?? ''));

/** Names recognisable without a title: a given name first, a courtesy word or profession before, or "…, who" after. */
export function plainNames(toks: readonly Tok[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // "Striker Thiago Lemos" at a sentence start: the profession cues the name, it is not part of it.
    if (!nameWord(t) || PROFESSIONS.has(t.lower)) continue;
    const prev = toks[i - 1]?.lower ?? '';
    const courtesy = courtesyBefore(toks, i);
    const end = nameEnd(toks, i);
    // "That sister, Lila Haverford, won": a relation or profession, a comma, then the name.
    // ("Beryl Thomas, who ran …": a given name that is also a word, then one the lists hold as a surname too.)
    // (One expression, so the later cues are read only when the earlier ones fail.)
    const cue = EN_GIVEN_NAMES.has(t.lower) || courtesy || PROFESSIONS.has(prev) ||
      (prev === ',' && PROFESSIONS.has(toks[i - 2]?.lower ?? '') && toks[end]?.text === ',') ||
      (end - i >= 2 && personAfter(toks, end) && (end - i === 2 || !toks.slice(i + 1, end).some((x) => EN_GIVEN_NAMES.has(x.lower)))) ||
      chineseName(toks, i, end);
    if (!cue) continue;
    if (end - i >= 2 || (end > i && !EN_GIVEN_NAMES.has(t.lower))) {
      // ("the San Fernando City Corporation": the start of a body's name; "Talbot & Rhys Engineering": a firm by its trade; "a St John Youth division": a saint's.)
      const body = (toks[end]?.cap && ORG_WORDS.has(toks[end]!.lower)) || STREET.test(toks[end - 1]!.lower) || FIRM.test(toks[end - 1]!.lower) || /^St\.?$/.test(prev === '.' ? `${toks[i - 2]?.text}.` : toks[i - 1]?.text ?? '');
      if (!isPlace(toks, i, end) && !hasOrgWord(toks, i, end) && !body) out.push({ from: i, to: end });
      i = end - 1;
    }
  }
  return out;
}

// Verbs a body or a side takes as often as a person: "United beat", "Sachs reported" stay out.
const ORG_VERBISH = /^(beat|beats|won|wins|lost|loses|drew|draws|reported|reports|announced|announces|posted|posts|plans|shares|stocks|fans)$/;
// "Charles still warms up", "Charles will be backed": an auxiliary or adverb before the verb.
const AUXISH = /^(will|would|could|can|should|must|has|had|is|was|also|still|never|later|then|now|once|often|always|first|herself|himself|recalled|known)$/;
const REPORTING = /^(said|says|adds|added|explains|explained|recalls|recalled|insists|insisted|admits|admitted|laughs|laughed|jokes|joked|notes|noted)$/;
const PAST = /^(said|told|wrote|took|made|became|began|kept|left|led|spent|went|came|got|gave|grew|knew|thought|brought)$/;

/**
 * Surnames the article writes alone before a verb ("Barrett-Lawes studied", "Okafor said"), each with
 * the index of the first unit doing so: a run of capitalised words ending in one, written before, is
 * the person's full name whatever their given name. `lower`: words the article also writes in lower
 * case, which open no name ("Once Trump …").
 */
export function surnamesAlone(units: readonly { toks: readonly Tok[]; index?: number }[]): { alone: Map<string, number>; lower: Set<string> } {
  const alone = new Map<string, number>();
  const lower = new Set<string>();
  for (const [ui, { toks, index }] of units.entries()) {
    // (A headline's "Lynette 'Sweet Lyn' Charles is …" comes before the full name the story writes.)
    if ((index ?? 0) < 0) continue;
    toks.forEach((t, i) => {
      if (t.word && !t.cap) lower.add(t.lower);
      // (The cheap test first: the cues below are read only after a name word.)
      if (!nameWord(t) || nameWord(toks[i - 1])) return;
      const next = toks[i + 1];
      const verb = !!next?.word && !next.cap && (/(ed|s)$/.test(next.lower) || PAST.test(next.lower) || AUXISH.test(next.lower)) && !ORG_VERBISH.test(next.lower);
      // … or before an age or what they do: "Sengupta, 58, taught …", "Rao, a former reporter, won …".
      const aside = next?.text === ',' && ((/^\d{1,3}$/.test(toks[i + 2]?.text ?? '') && toks[i + 3]?.text === ',') ||
        (/^(a|an)$/.test(toks[i + 2]?.lower ?? '') && toks.slice(i + 3, i + 7).some((x) => PROFESSIONS.has(x.lower))));
      // … or after a reporting verb: '"…," says Leckie, whose new album …'.
      const reported = REPORTING.test(toks[i - 1]?.lower ?? '') && /^[,.;]$/.test(next?.text ?? '');
      // ("said Singapore would need …": a country or city doing something is no one's surname.)
      if ((verb || aside || reported) && nameEnd(toks, i) === i + 1 && !alone.has(t.lower) && !isPlace(toks, i, i + 1)) alone.set(t.lower, ui);
    });
  }
  return { alone, lower };
}
