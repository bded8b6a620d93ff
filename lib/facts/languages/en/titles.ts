/**
 * English position lexicon. `office` heads name a position on their own ("President", "Sen.");
 * `role` heads only count with the body they serve ("Facebook CEO", "director of Amnesty"),
 * so "music director Charles Hazlewood" or "British director X" are not officials.
 */
import { PhraseTrie, type Tok } from '../../words';

/** How a head may stand, and whether a one-word name may follow it ("President Obama"). */
export interface EnHead {
  kind: 'office' | 'role';
  single: boolean;
  /** A role that leads whatever body it serves, so it is a position with or without that body ("Chief executive Lisa Dunne"). */
  top?: boolean;
}

const split = (s: string): string[] => s.split(/[|\n]/).map((x) => x.trim()).filter(Boolean);

// Heads that may be followed by a one-word name: "President Obama", "Crown Prince Frederik".
const SINGLE = `president|vice president|prime minister|king|queen|prince|princess|crown prince|crown princess
|pope|emperor|empress|chancellor|senator|sen.|governor|gov.|mayor|lord|baroness|sultan|emir|sheikh|judge
|speaker|premier|ayatollah|archbishop|cardinal|president-elect|bishop`;

const OFFICES = `${SINGLE}|deputy prime minister|secretary of state|secretary-general|secretary general
|attorney general|attorney-general|minister|foreign minister|foreign secretary|home secretary|secretary
|representative|rep.|congressman|congresswoman|lieutenant governor|lt. gov.|lt.-gov.|lieutenant-governor|deputy mayor|ambassador|envoy
|special envoy|special counsel|special prosecutor|general|gen.|lt. gen.|maj. gen.|brig. gen.|admiral|adm.
|colonel|col.|lt. col.|lieutenant colonel|sgt.|sergeant|staff sergeant|cpl.|corporal|lt.|lieutenant|maj.
|major general|lieutenant general|brigadier general|commander
|chief of staff|justice|chief justice|mp|mep|mla|assemblyman|assemblywoman|councilman|councilwoman
|councillor|alderman|commissioner|police commissioner|inspector general|inspector-general|director general
|director-general|district attorney|sheriff|police chief|chief constable|chancellor of the exchequer
|first minister|taoiseach|president of the european commission|high commissioner|consul|consul general
|state senator|state representative|lawmaker|legislator|treasurer|comptroller|ombudsman|marshal|provost
|captain|capt.|major|private|pvt.|staff sgt.|sgt. maj.|sergeant major|lance corporal|lance cpl.|warrant officer
|rear admiral|vice admiral|commodore|brigadier|field marshal|air marshal|air chief marshal|wing commander
|squadron leader|flight lieutenant|detective inspector|detective chief inspector|detective superintendent
|detective sergeant|detective constable|chief inspector|chief superintendent|inspector|constable|garda|detective garda
|pc|sgt|insp|dc|ds|dci|governor-general|governor general|lieutenant-governor|premier|cr|cllr|councilor
|td|mec|returning officer|det.|det supt|det insp|det sgt|det con|det. insp.|det. sgt.|det. supt.|det. con.|det. chief insp.|supt|supt.|ch. supt.|insp.|cmdr.|cmdr|det. lt.
|superintendent|district collector|deputy collector|collector and district magistrate|district magistrate
|magistrate|chief magistrate|coroner|senior coroner|solicitor general|solicitor-general|auditor general
|auditor-general|surgeon general|chief medical officer|director of public prosecutions|county executive
|city manager|town clerk|borough president|lord mayor|mayor-elect|chief minister|deputy chief minister
|cabinet secretary|permanent secretary|principal secretary|chief secretary|leader of the opposition
|deputy governor|deputy speaker|senator-elect|governor-elect|first selectman|county commissioner
|msp|mpp|mha|mhk|mlc|mna|member of parliament|member of the scottish parliament|member of congress
|member of the legislative assembly|sub-divisional magistrate|chief commissioner|deputy commissioner of police|assistant commissioner|chief planner
|councilmember|council member|city councilmember|at-large councilmember|auditor|city auditor|state auditor|county auditor|city clerk|county clerk
|alderperson|alderwoman|selectman|selectwoman|custos|custos rotulorum|lord-lieutenant|lord lieutenant|deputy lieutenant|high sheriff
|medical superintendent|cathaoirleach|leas-chathaoirleach|chief coastguard|penghulu|queen mother|paramount chief|trustee|trooper|state trooper|tpr.|coun.|ald.|commandant|commandant-general|commandant general|deputy commandant-general|assistant commandant-general
|superintendent of police|deputy superintendent of police|additional superintendent of police|director general of police|inspector general of police|sub-inspector|assistant sub-inspector|head constable|havildar|naik`;

/** Offices that are only offices with a capital: "Captain Emma Rice", not "England captain Harry Kane". */
export const EN_CAP_ONLY: ReadonlySet<string> = new Set(['trooper', 'captain', 'major', 'private', 'inspector', 'constable', 'superintendent', 'magistrate', 'collector', 'havildar', 'naik', 'sub-inspector']);

const ROLES = `chairman|chairwoman|chair|chairperson|deputy chairperson|vice-chairperson|convenor|convener|ceo|coo|cfo|cto|chief executive|chief operating officer
|chief financial officer|chief technology officer|president|vice-president|executive vice president
|senior vice president|founder|co-founder|director|executive director|managing director|head|boss|chief
|leader|deputy leader|spokesman|spokeswoman|spokesperson|press secretary|adviser|advisor|counselor|counsellor
|official|member|manager|supervisor|deputy|executive|officer|superintendent|principal|dean|rector
|vice chancellor|vice-chancellor|pro-vice-chancellor|editor|executive editor|editor-in-chief|secretary|deputy commissioner|board member|trustee|governor|chief economist|attorney
|general counsel|prosecutor|warden|chief of police|coordinator|administrator|regulator|whip|chief whip
|team leader|crew manager|station manager|watch manager|watch commander|station commander|crew commander|group commander|station officer|sub officer|head teacher|headteacher|headmaster|headmistress
|senior partner|managing partner|operations manager|general manager|chief administrative officer`;

// Roles at the top of a company, school or institution: no one else holds them there.
const TOP = new Set(split(`chairman|chairwoman|chairperson|ceo|chief executive|chief executive officer|chief operating officer
|chief financial officer|managing director|executive director|vice-chancellor|vice chancellor|head teacher|headteacher
|headmaster|headmistress|rector|general manager|principal|dean|chief administrative officer`));

/** The head trie, built once; offices win over roles for the same words. */
export const EN_HEADS = new PhraseTrie<EnHead>();
for (const h of split(ROLES)) EN_HEADS.add(h, { kind: 'role', single: false, top: TOP.has(h) });
for (const h of TOP) if (!split(ROLES).includes(h)) EN_HEADS.add(h, { kind: 'role', single: false, top: true });
for (const h of split(OFFICES)) EN_HEADS.add(h, { kind: 'office', single: false });
for (const h of split(SINGLE)) EN_HEADS.add(h, { kind: 'office', single: true });

// The last words of heads ("executive", "founder", "mayor").
const HEAD_ENDS: ReadonlySet<string> = new Set([...split(ROLES), ...split(OFFICES)].map((h) => h.split(' ').pop()!.replace(/\.$/, '')));
const namesPost = (title: string): boolean => title.split(/\s+/).some((w) => HEAD_ENDS.has(w.toLowerCase().replace(/\.$/, '')));

/**
 * "Northgate president and chief executive": each post on its own. ("Minister for Health and Ageing": an
 * "and" inside a portfolio after "for" joins it; so does a part naming no post: "Mayor of York and North Yorkshire".)
 */
export function splitPosts(title: string): string[] {
  const parts = title.split(/\s+and\s+(?=(?:former\s+)?\p{Lu}|former|(?:chief|co-founder|founder|managing|executive|president|chair|director|vice)\b)/u);
  const joins = (a: string, p: string): boolean => /\sfor\s/.test(a) || !namesPost(p);
  const posts = parts.reduce<string[]>((acc, p) => (acc.length && joins(acc[acc.length - 1]!, p) ? [...acc.slice(0, -1), `${acc[acc.length - 1]} and ${p}`] : [...acc, p]), []);
  return posts.map((t) => t.trim());
}

/** Lower-case words that may stand before a head inside a title ("former", "Tory work and pensions"). */
export const EN_TITLE_MODS: ReadonlySet<string> = new Set(
  `former then current acting interim outgoing incoming deputy vice senior junior chief executive press
  national security foreign home interior defence defense finance health education trade justice transport
  communications energy environment work pensions and state general country district special local top
  assistant associate managing regional political public shadow federal city county party opposition
  majority minority house senate first permanent economic military intelligence treasury culture sports
  agriculture labor labour employment immigration housing veterans homeland digital technology science
  committee board council cabinet campaign policy research legal medical music film finance communications
  news editorial global international european regional area division unit project programme program
  operations marketing sales product engineering water sewer transportation police prison union
  long-time longtime longstanding top-ranking high-ranking ranking artistic creative technical scientific
  financial athletic presiding principal municipal independent lead non-executive nonexecutive clinical
  academic provincial metropolitan parliamentary ministerial judicial electoral monetary fiscal organizing
  organising studio floor budget planning revenue audit tourism fire library parks nursing veterinary surgical
  dental safety risk information customer compliance investment development conservation emergency quality
  care welfare estates facilities procurement village town parish ward`.split(/\s+/).filter(Boolean),
);

/** Courtesy words and honorifics before a name: not part of it, not a title. */
export const EN_HONORIFICS: ReadonlySet<string> = new Set([
  'sir', 'dame', 'dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'rev', 'prof', 'madam', 'mdm', 'pastor', 'imam',
]);

// Honorifics of several words or of other countries ("Tan Sri", "Datin Paduka", "Dato' Sri", "Alhaji"):
// capitalised courtesy, never part of the name.
const STYLES = new PhraseTrie<true>();
for (const h of split(`tan sri|puan sri|toh puan|tun|datuk|datuk seri|datuk wira|dato|dato'|dato sri|dato' sri|dato seri
|datin|datin paduka|datin seri|datin sri|alhaji|alhaja|hajiya|hajia|yang berhormat|togbe|nana|naa|nii|osagyefo`)) STYLES.add(h, true);

/** The first token after the courtesy words and honorifics at j ("Dr", "Sir", "Tan Sri"); j when none. */
export function honorificEnd(toks: readonly Tok[], j: number): number {
  for (let n = 0; n < 3; n++) {
    const t = toks[j];
    if (!t?.cap) break;
    if (EN_HONORIFICS.has(t.lower)) j += toks[j + 1]?.text === '.' ? 2 : 1;
    else if (STYLES.match(toks, j) && toks[STYLES.match(toks, j)!.end]?.cap) j = STYLES.match(toks, j)!.end;
    else break;
  }
  return j;
}

/** Verbs of a relative clause that state a position: "who chairs X" = chair of X. */
export const EN_ROLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chair of'], ['heads', 'head of'], ['leads', 'leader of'], ['runs', 'head of'],
  ['directs', 'director of'], ['advises', 'adviser to'], ['oversees', 'head of'], ['manages', 'manager of'],
]);
