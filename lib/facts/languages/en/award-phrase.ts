/**
 * The phrases an English award sentence names its recipient with: a person found among the article's
 * people, a capitalised run, a quoted work, a described person ("the veteran") or a counted group.
 */
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { slice, type Tok } from '../../words';
import { personNoun } from './award-lexicon';
import { MONTH_WORDS } from './award-extent';
import { DAYS, hasOrgWord, nameEnd } from './names';
import { BODY_NOUN, describedBody } from './org-referent';
import { isGroup } from './award-groups';
import { listedUntil } from './honorees';

export const AUX = new Set('has have had been was were is are be to also previously formally already now just recently finally later then once only still being will would not each both went go goes gone going on'.split(' '));
export const BETWEEN = new Set('a an the his her their its second first third fourth fifth another honorary'.split(' '));
export const PRONOUN = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'it']);
export const COPULA = /^(is|was|are|were|became|becomes|remains)$/;
export const CONJ = new Set(['while', 'but', 'and', 'whereas', 'when', 'after', 'before', 'as']);
export const ASIDE = /^(who|which|whose|about|aged|now|then|a|an|the|\d+)$/;
export const COURTESY = /^(Mr|Mrs|Ms|Miss|Madam|Mdm|Dr|Sir|Dame|Lord|Prof|Sgt|PC|Const|Cst|Cpl|Supt|Maj|Capt|Lt|Col|Gen|Insp|Det|Rev|Pat|PCpl|PSSg|PMSg|PSMS|PMaj|PCol|PLtCol|PCapt|PLt|PBGen)\.?\s+/;
const COUNT = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|many|hundreds|thousands)$/;
const WORK = /^(novel|book|film|album|memoir|debut|collection|play|documentary|series|show|song|app|company|firm|startup|restaurant|project|research|work|study|paper|design|invention|website|podcast)$/;
export const WIN_WORD = /^(won|win|wins|winner|winners|picked|triumphed|scooped|took)$/;

export interface Rec {
  text: string | null;
  score: number;
  pronoun: boolean;
  /** The whole noun phrase, when it may be a title of a person named elsewhere ("Tate & Lyle's chief executive"). */
  whole?: string;
  /** Every person of a listed recipient ("to A, B and C"), when more than one. */
  more?: string[];
  /** Members of a counted group beyond those named ("All three" when the sentence before names two). */
  unnamed?: number;
  /** Others who received it with a subject named by a pronoun ("she shared X with A"). */
  also?: string[];
  /** Someone introduced with "a"/"an" ("a Nigerian-born novelist"): named later in a lead, else nobody named. */
  indefinite?: boolean;
  /** A body introduced with "a"/"an" ("A volunteer group that saved …"): the organisation named next in a lead. */
  bodyAhead?: boolean;
  /** A pronoun for someone named before the sentence, never in it ("awarded to him" by its subject; "He and his wife, A,"). */
  earlier?: boolean;
}
export const NONE: Rec = { text: null, score: 0, pronoun: false };

// The first (or, with `last`, the last) person named inside tokens [s, e) of a unit.
export function personIn(u: Unit, people: readonly Person[], s: number, e: number, last = false): Person | null {
  if (s >= e) return null;
  const [a, b] = [u.toks[s]!.start, u.toks[e - 1]!.end];
  let best: Person | null = null;
  let at = last ? -1 : Infinity;
  for (const p of people) {
    for (const m of p.mentions) {
      if (!!m.source !== u.index < 0 || m.span.start < a || m.span.end > b) continue;
      if (last ? m.span.start > at : m.span.start < at) [best, at] = [p, m.span.start];
    }
  }
  return best;
}

export const OPEN_QUOTE = /^[“"‘]$/;
export const CLOSE_QUOTE = /^[”"’]$/;

// The quoted title ending right before token e ('… "Back of House" won'), or null.
export function quotedBefore(u: Unit, e: number): string | null {
  const { toks } = u;
  if (!CLOSE_QUOTE.test(toks[e - 1]?.text ?? '')) return null;
  for (let k = e - 2; k >= 0 && e - k < 14; k--) {
    if (OPEN_QUOTE.test(toks[k]!.text)) return k + 1 < e - 1 && toks[k + 1]!.cap ? slice(u.source, toks, k + 1, e - 1).replace(/[,.]$/, '') : null;
  }
  return null;
}

// The subject opening the sentence: a quoted title, else the person named before the first comma.
export function sentenceSubject(u: Unit, people: readonly Person[]): Rec {
  const { toks } = u;
  // After a dateline ("LOS ANGELES (AP) — “The Lantern Keepers,” a drama, swept …").
  const open = toks.findIndex((t, k) => k < 10 && OPEN_QUOTE.test(t.text));
  if (open >= 0 && toks.slice(0, open).every((t) => t.cap || !t.word)) {
    const close = toks.findIndex((t, k) => k > open && CLOSE_QUOTE.test(t.text));
    if (close > open + 1) return { text: slice(u.source, toks, open + 1, close).replace(/[,.]$/, ''), score: 2, pronoun: false };
  }
  const comma = toks.findIndex((t) => t.text === ',');
  const p = personIn(u, people, 0, comma > 0 ? comma : toks.length);
  // (A name no list holds, opening the sentence: "Vasudha Deshmane, right, with …".)
  const named = !p && comma > 1 && comma <= 4 && nameEnd(toks, 0) === comma ? capRun(u, 0, comma) : null;
  return p || named ? { text: p?.name ?? named, score: 2, pronoun: false } : { text: null, score: 1, pronoun: true };
}

const SMALL = /^(of|the|a|an|into|in|on|to|and|&|for|from|with|at|by|’s|'s)$/;

// A work or body named by capitalised words at the end of [s, e) ("cartoon hit The Incredibles",
// "Born into Brothels", "Eternal Sunshine of the Spotless Mind").
export function capRun(u: Unit, s: number, e: number): string | null {
  const { toks } = u;
  let k = e;
  while (k > s) {
    const t = toks[k - 1]!;
    if (t.cap || /^\d+$/.test(t.text)) k--;
    // ("the Rice Producers' Cooperative Society": a plural possessive inside a body's name.)
    else if (/^[’']$/.test(t.text) && /s$/.test(toks[k - 2]?.text ?? '') && toks[k - 2]?.cap && toks[k]?.cap && k - 2 > s) k--;
    // ("the St. Philip Community Disaster Response Team": the dot of an abbreviated saint or mount.)
    else if (t.text === '.' && /^(St|Mt|Ft)$/.test(toks[k - 2]?.text ?? '') && k - 2 > s) k -= 2;
    // ("Hanthana Valley Teas (Pvt) Ltd": a bracketed word inside a company's name.)
    else if (t.text === ')' && toks[k - 3]?.text === '(' && toks[k - 2]?.cap && toks[k - 4]?.cap && k - 3 > s) k -= 3;
    else if (SMALL.test(t.lower) && (toks[k - 2]?.cap || (SMALL.test(toks[k - 2]?.lower ?? '') && toks[k - 3]?.cap)) && k - 1 > s) k--;
    else break;
  }
  while (k < e && !toks[k]!.cap) k++;
  // ("Her Creek Crew, a group of students": whose it is opens the sentence, the name follows.)
  if (k < e - 1 && /^(Her|His|Its|Their|Our|My)$/.test(toks[k]!.text) && toks[k + 1]!.cap) k++;
  // ("At the awards function that followed, …": a sentence's opening preposition names nobody.)
  // ("In March, the X Award …": nor does a month after it.)
  const opener = k === 0 && /^(At|In|On|After|Before|During|From|With|For|By|Since|Under|Over|As|Among|Despite|Until)$/.test(toks[0]!.text);
  if (opener && (!toks[1]?.cap || MONTH_WORDS.has(toks[1]!.lower) || DAYS.test(toks[1]!.lower))) return null;
  // ("A shared Best Actor": an article opening a headline names nobody.)
  if (k === e - 1 && /^(A|An|The)$/.test(toks[k]!.text)) return null;
  return k < e && toks[k]!.word ? slice(u.source, toks, k, e) : null;
}

// "In 2023 the partnership", "Last year the company": past a time phrase opening the clause.
export const TIME_WORD = /^(\d{4}|\d{1,2}|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|month|week|season|spring|summer|autumn|fall|winter|last|this|early|late|,)$/;
function pastTime(toks: readonly Tok[], s: number, e: number): number {
  if (!/^(in|on|during|since|last|this|early|earlier|later)$/.test(toks[s]?.lower ?? '')) return s;
  let k = s + 1;
  while (k < e && TIME_WORD.test(toks[k]!.lower)) k++;
  return k > s + 1 && k < e && /^(the|its|their|a|an)$/.test(toks[k]!.lower) ? k : s;
}

export function nounPhrase(u: Unit, people: readonly Person[], s: number, e: number, score: number): Rec {
  const { toks } = u;
  s = pastTime(toks, s, e);
  // "Frostline itself picked up …": the body or person, not the stress.
  if (e - s > 1 && /^(itself|himself|herself|themselves)$/.test(toks[e - 1]!.lower)) e--;
  if (s >= e) return { text: null, score, pronoun: true };
  const phrase = slice(u.source, toks, s, e);
  if (isGroup(phrase)) return { text: null, score, pronoun: false, whole: phrase };
  // "she", "In 2023 she": the clause's subject is a pronoun.
  if (PRONOUN.has(toks[e - 1]!.lower) && (e - s === 1 || !personIn(u, people, s, e))) return { text: null, score, pronoun: true };
  // "went to him for the second time": an object pronoun, then only what the clause adds.
  if (/^(him|her|them)$/.test(toks[s]!.lower) && /^(for|in|on|at|after|when|as|last|this|,)$/.test(toks[s + 1]?.lower ?? '')) return { text: null, score, pronoun: true };
  // "Its app won …", "Her debut novel won …": what belongs to someone named before stands for them.
  // ("their flight medic", "her daughter" are other people.)
  const belongs = toks.slice(s + 1, e).every((t) => !t.cap && t.word);
  if (belongs && (/^its$/i.test(toks[s]!.text) || (/^(his|her|their)$/i.test(toks[s]!.text) && WORK.test(toks[e - 1]!.lower)))) return { text: null, score, pronoun: true };
  // ("A rice farmer from Talavera, Nueva Ecija, …": a name after where someone described is from is a place.)
  const whence = /^(a|an)$/i.test(toks[s]!.text) ? toks.findIndex((t, k) => k > s + 1 && k < e && /^(from|of)$/.test(t.lower) && !toks[k - 1]!.cap) : -1;
  const p = personIn(u, people, s, whence > 0 ? whence : e);
  // "His crewmates Liam O'Shea and Priya Natarajan each receive …": every person of the subject.
  const all = p && toks.slice(s, e).some((t) => t.lower === 'and') ? listedUntil(u, people, s, toks[e - 1]!.end) : [];
  if (p && all.length > 1) return { text: p.name, score, pronoun: false, more: all.map((x) => x.name) };
  if (p) return { text: p.name, score, pronoun: false };
  // "Three Scientists", "14 people", "two American researchers": a counted group, named elsewhere if at all (not "went to Two Ravens Wines").
  if (COUNT.test(toks[s]!.lower) && !(toks[s]!.cap && s > 1 && u.index >= 0 && toks[s - 1]!.word && !toks[s - 1]!.cap && !toks[s - 2]!.cap)) return { text: null, score, pronoun: false, whole: phrase };
  // "The veteran film-maker", "The Briton": the person the article is about.
  const plain = toks.slice(s + 1, e - 1).every((t) => !t.cap);
  // "A British soldier", a headline's "Soldier": someone described, named elsewhere in the article.
  const described = (/^the$/i.test(toks[s]!.text) && plain) || /^(a|an)$/i.test(toks[s]!.text) || e - s === 1;
  // "The 24-year-old from Jodhpur", "the striker from Lagos": a described person with where they are from.
  const pp = toks.findIndex((t, k) => k > s && k < e && /^(from|of|at|in)$/.test(t.lower));
  const head = pp > 0 ? toks[pp - 1]! : null;
  if (head && /^the$/i.test(toks[s]!.text) && (/^\d+-year-old$/.test(head.lower) || personNoun(head.lower))) return { text: null, score, pronoun: true };
  // "The 27-year-old", "The Mariners right-hander": a person described, named before.
  // ("a Nigerian-born novelist won …": someone new to the story, named later if at all.)
  // ("The 32-year-old centre back": an age anywhere in the description.)
  // ("A Royal Marine from Plymouth who led …": the noun before where they are from.)
  if (described && (personNoun(toks[e - 1]!.lower) || (pp > 0 && personNoun(head!.lower)) || toks.slice(s, e).some((t) => /^\d+-year-old$/.test(t.lower)))) return { text: null, score, pronoun: true, indefinite: /^(a|an)$/i.test(toks[s]!.text) };
  // ("a Clifden historian's book on Alcock and Brown": the work of someone described, named later.)
  const work = toks.findIndex((t, k) => k > s && k < e - 1 && POSS_MARK.test(t.text) && personNoun(toks[k - 1]!.lower) && WORK.test(toks[k + 1]!.lower));
  if (work > 0 && /^(a|an)$/i.test(toks[s]!.text)) return { text: null, score, pronoun: true, indefinite: true };
  // A headline's "Plymouth Royal Marine awarded …": someone described by capitals, named in the story.
  // (… or by what they did: "Garda who died in Suir rescue awarded …".)
  const did = toks[e]?.lower === 'who' && e - s <= 3;
  // (… or by where they are from: "Pharmacy graduate from Kuala Kangsar wins X".)
  if (u.index < 0 && s === 0 && (((personNoun(toks[e - 1]!.lower) || did) && toks.slice(s, e).every((t) => t.cap)) || (pp > 0 && personNoun(head!.lower)))) return { text: null, score, pronoun: true, indefinite: true };
  // ("a fishers' group from Bohol": someone described by where they are from, named elsewhere if at all.)
  // ("a Mongolian veterinarian and a fishers' group from Bohol": several described, a group no one name stands for.)
  const cap1 = toks.findIndex((t, k) => k > s && k < e && t.cap);
  const several = /^(and|,)$/.test(toks[s - 1]?.lower ?? '') || toks.some((t, k) => k > s && k < e && t.lower === 'and' && /^(a|an)$/.test(toks[k + 1]?.lower ?? ''));
  // ("A team from Universiti Teknologi Malaysia took X": a team named by its institution is whom it went to.)
  const ofBody = cap1 === s + 3 && /^(team|group|crew|delegation|squad)$/.test(toks[s + 1]!.lower) && toks[s + 2]!.lower === 'from' && hasOrgWord(toks, cap1, e) && toks.slice(cap1, e).every((t) => t.cap || /^(of|and|the|&)$/.test(t.lower));
  if (/^(a|an)$/i.test(toks[s]!.text) && ofBody && !several) return { text: slice(u.source, toks, s + 1, e), score, pronoun: false };
  // ("A family dairy near Crowcombe has been crowned X", "A group of swimmers who …": a body described, named next.)
  if (/^(a|an)$/i.test(toks[s]!.text) && describedBody(toks, s, cap1) && !several) return { text: null, score, pronoun: false, bodyAhead: true };
  if (/^(a|an)$/i.test(toks[s]!.text) && cap1 > 0 && /^(from|in|at)$/.test(toks[cap1 - 1]!.lower)) return { text: null, score, pronoun: !several, indefinite: true };
  // "A volunteer group that saved the pool …": a body described before its relative clause.
  const rel = toks.findIndex((t, k) => k > s && k < e && /^(that|which|who)$/.test(t.lower));
  if (/^(a|an)$/i.test(toks[s]!.text) && rel > s + 1 && BODY_NOUN.test(toks[rel - 1]!.lower) && toks.slice(s + 1, rel).every((t) => !t.cap)) return { text: null, score, pronoun: false, bodyAhead: true };
  if (/^the$/i.test(toks[s]!.text) && e - s <= 4 && !toks[e - 1]!.cap && personNoun(toks[e - 1]!.lower)) return { text: null, score, pronoun: true };
  // "went to the national women's hockey team": a team described, whole.
  // (… or owned: "went to Broadlawns' behavioral health nursing team".)
  const owner = toks[s]!.cap && toks[s]!.word && POSS_MARK.test(toks[s + 1]?.text ?? '') ? s + 2 : -1;
  if ((/^the$/i.test(toks[s]!.text) || owner > 0) && e - s >= 3 && e - s <= 7 && /^(team|squad|side|crew|choir|band)$/.test(toks[e - 1]!.lower) && toks.slice(owner > 0 ? owner : s + 1, e).every((t) => (t.word && !t.cap) || POSS_MARK.test(t.text))) {
    return { text: slice(u.source, toks, owner > 0 ? s : s + 1, e), score, pronoun: false };
  }
  // "Tate & Lyle's chief executive": a title of a person named elsewhere; awards() maps it to them.
  const whole = slice(u.source, toks, s, e).replace(/^the\s+/i, '');
  // "Its Atlas picker won …": a product named by its brand and what it is.
  const brand = toks.findIndex((t, k) => k > s && k < e && t.cap && t.word);
  // (Not a group: "Idaho Guard pilots".)
  const owned = /^(its|their|his|her|our|the)$/i.test(toks[s]!.text) && !/[^s]s$/.test(toks[e - 1]!.lower);
  // ("The Kenya Ports Authority fire brigade": a unit of a body, named by the body and what it is.)
  const long = e - s <= 8 && /^(brigade|team|unit|crew|squad|station|department|service|branch|chapter|club|choir|band)$/.test(toks[e - 1]!.lower);
  // (Not "The Bisaya-language band": a hyphenated adjective names no brand.)
  const product = owned && brand > 0 && (e - s <= 5 || long) && !toks[e - 1]!.cap && toks.slice(brand, e).every((t) => t.word) && !/-\p{Ll}+$/u.test(toks[brand]!.text) ? slice(u.source, toks, brand, e) : null;
  // "the Kogi chapter of the Red Cross": a branch of a body is named with the body.
  // ("the crew of the NIWA patrol boat": a crew of something named, whole.)
  const branch = toks.findIndex((t, k) => k > s && k < e - 2 && BRANCH.test(t.lower) && (toks[k - 1]!.cap || k === s + 1) && toks[k + 1]!.lower === 'of');
  const first = branch > 0 ? toks.findIndex((t, k) => k >= s && k <= branch && (t.cap || k === branch) && toks.slice(k, branch).every((x) => x.cap)) : -1;
  const rest = toks.slice(branch + 2, e);
  const named = first >= 0 && rest.some((t) => t.cap) && rest.every((t) => t.word) && (toks[e - 1]!.cap || first === branch);
  const run = named ? slice(u.source, toks, first, e) : capRun(u, s, e);
  // "A firefighter and a senior who swam into the Maumee River … have been awarded X": a place is nobody.
  // ("Hanthana Valley was named …": a phrase that is all name is a body named after its place.)
  if (run && PLACE_WORD.test(run) && run !== slice(u.source, toks, s, e)) return { text: null, score, pronoun: /^(a|an|the)$/i.test(toks[s]!.text) };
  return { text: run ?? product, score, pronoun: false, whole };
}

const POSS_MARK = /^(’s|'s|’|')$/;
const BRANCH = /^(chapter|branch|unit|wing|team|office|division|section|detachment|squad|crew)$/;
const PLACE_WORD = /\s(River|Lake|Street|Road|Avenue|Bridge|Mountains?|Sea|Ocean|Bay|Beach|Creek|Highway|Valley|Canal|Harbou?r)$/;

/**
 * Who else got it: "X was awarded the Y in 2019, as was her colleague Dr B" and "…, as was the rest of
 * the Tonypandy on-call crew": a person named after ", as was/were", else the body ("Tonypandy on-call crew").
 */
export function alsoAsWas(u: Unit, people: readonly Person[], j: number): string | null {
  const { toks } = u;
  // ("…, alongside marine scientist Farah Iskandar": a person who received it too.)
  const along = toks.findIndex((t, n) => n >= j && n - j <= 6 && t.lower === 'alongside' && toks[n - 1]?.text === ',');
  const shared = along > 0 ? personIn(u, people, along + 1, Math.min(toks.length, along + 6)) : null;
  if (shared) return shared.name;
  const k = toks.findIndex((t, n) => n >= j && t.lower === 'as' && toks[n - 1]?.text === ',' && /^(was|were|did)$/.test(toks[n + 1]?.lower ?? ''));
  if (k < 0) return null;
  let e = k + 2;
  while (e < toks.length && !/^[,;.:]$/.test(toks[e]!.text) && e - k < 18) e++;
  // ("…, as did his co-star B for Best Supporting Actress": another award.)
  if (toks.slice(k + 2, e).some((t) => t.lower === 'for')) return null;
  const p = personIn(u, people, k + 2, e);
  if (p) return p.name;
  let s = k + 2;
  if (toks[s]?.lower === 'the' && toks[s + 1]?.lower === 'rest' && toks[s + 2]?.lower === 'of') s += 3;
  while (s < e && !toks[s]!.cap) s++;
  // ("the 12-member Special Weapons and Tactics team of the Iloilo City Police Office": a unit of a body, named in full.)
  const unit = toks.slice(s, e).every((t) => t.cap || /^(and|of|the|team|crew|unit|squad|staff|section|division|detachment|company|platoon)$/.test(t.lower));
  return s < e && (e - s <= 5 || (unit && e - s <= 12)) && toks.slice(s, e).every((t) => t.word) ? slice(u.source, toks, s, e) : null;
}
