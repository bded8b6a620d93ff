/**
 * English award vocabulary: award nouns, well-known awards named by one word, British honours,
 * and the verbs that confer, receive or only promise one (nominations are not awards).
 */
import { foldKey, PhraseTrie, type Tok } from '../../words';
import { PROFESSIONS } from './names';

const split = (s: string): string[] => s.split(/[|\n]/).map((x) => x.trim()).filter(Boolean);

/** Nouns that end a named award ("Nobel Peace Prize", "Medal of Honor"). */
export const EN_AWARD_NOUNS: ReadonlySet<string> = new Set([
  'prize', 'award', 'medal', 'medallion', 'trophy', 'cross', 'globe', 'bear', 'citation', 'commendation',
  // A fellowship conferred as an honour ("National Heritage Fellowship"), a Scottish cup ("Memorial Quaich"),
  // Indian honours named in Hindi or Malayalam ("Vyas Samman", "Gurupooja Puraskaram").
  'fellowship', 'quaich', 'puraskar', 'puraskaram', 'samman',
  // … and the last words of Indian and Bangladeshi honours ("Vigyan Shri", "Kala Ratna", "Ekushey Padak").
  'shri', 'ratna', 'bhushan', 'vibhushan', 'padak',
  // A unit's streamer and a plaque given as honours ("the Regional Director's Streamer", "a Plaque of Appreciation").
  'streamer', 'plaque',
]);

/** Nouns that open an award named in Malay or Filipino: "Darjah Dato' Paduka Mahkota Perak", "Pingat Pekerti Terpilih", "Gawad Bayani ng Paaralan". */
export const HEAD_AWARD = /^(darjah|pingat|bintang|gawad|medalya)$/;

/** Lower-case nouns of an award written as a description ("the poetry award", "the accolade for …"). */
export const EN_GENERIC_NOUNS: ReadonlySet<string> = new Set(['prize', 'award', 'accolade', 'medal', 'trophy', 'fellowship']);

/** Adjectives that do not name an award: "the top award", "the overall prize". */
export const EN_VAGUE: ReadonlySet<string> = new Set(
  `top overall major big biggest same prestigious main other latest highest coveted annual new this that
  his her their its our my your first second third fourth fifth two three four five several many
  special early late such only one another each every any national international regional global local provincial federal`.split(/\s+/).filter(Boolean),
);

/** Awards named by a word or two; need a winning context ("won an Oscar", "Booker winner"). */
export const EN_AWARD_NAMES = new PhraseTrie<true>();
for (const w of split(`oscar|bafta|grammy|emmy|tony award|golden globe|golden bear|silver bear|palme d'or
|golden lion|booker|booker prize|pulitzer|nobel|turing award|fields medal|obe|mbe|cbe|kbe|dbe|knighthood
|damehood|peerage|knighthoods|damehoods|peerages|victoria cross|george cross|purple heart|bronze star|silver star|medal of honor
|vc|bem|kpm|qpm|kfsm|qfsm|kam|qam|kgm|qgm|medal of freedom|presidential medal of freedom|legion of honour|légion d'honneur|ballon d'or|olivier award
|ballon d'or feminin|golden ball|golden boot|golden shoe|golden glove|european golden shoe|world cup golden boot
|cy young|cy young award|gold glove|silver slugger|hall of fame|tony|key to the city|freedom of the city|pritzker
|freedom of the borough|freedom of the town|freedom of the county|freedom of the county borough|companion of honour
|padma shri|padma bhushan|padma vibhushan|bharat ratna|khel ratna|param vir chakra|ashoka chakra|kirti chakra|shaurya chakra
|vir chakra|maha vir chakra|nishan-e-haider|sitara-e-imtiaz|hilal-e-imtiaz|pride of performance
|most valuable player|most improved player|finals mvp|sixth man of the year
|seri maharaja mangku negara|panglima mangku negara|panglima setia mahkota|panglima jasa negara|panglima setia diraja
|johan mangku negara|johan setia mahkota|kesatria mangku negara|ahli mangku negara|darjah utama temasek
|darjah utama bakti cemerlang|pingat jasa gemilang|bintang bakti masyarakat|pingat bakti masyarakat|pingat pentadbiran awam
|order of the federal republic|commander of the order of the niger|officer of the order of the niger|order of the niger
|grand commander of the order of the niger|order of the volta|companion of the order of the star of ghana
|order of the star of ghana|order of mapungubwe|order of ikhamanga|order of luthuli|order of the baobab
|order of the companions of o. r. tambo|elder of the order of the burning spear|order of the grand warrior
|deshamanya|deshabandu|vidya jyothi|vidya nidhi|kala keerthi|kala suri|veera prathapa|veera chudamani|sri lanka ranjana|sri lanka thilaka|lankabhimanya
|ekushey padak|swadhinata padak|tamgha-e-imtiaz|sitara-e-jurat|tamgha-e-shujaat|sitara-e-shujaat|quaid-e-azam police medal
|order of lakandula|order of sikatuna|order of national artists|gawad mabini|order of logohu
|chaconia medal|hummingbird medal|order of the republic of trinidad and tobago|cacique's crown of honour|golden arrow of achievement
|moran of the order of the burning spear|head of state commendation|nalubaale medal|order of the companion of freedom|order of distinguished service
|jeevan raksha padak|uttam jeevan raksha padak|sarvottam jeevan raksha padak|tatrakshak medal|president's tatrakshak medal
|chevalier des arts et des lettres|officier des arts et des lettres|commandeur des arts et des lettres|chevalier de la légion d'honneur
|chevalier of the legion of honour|officier de la légion d'honneur|chevalier de l'ordre national du mérite|ordre des arts et des lettres`)) {
  EN_AWARD_NAMES.add(w, true);
}

/** British orders: "Commander of the Order of the Bath", "Knight Grand Cross of the Order of …". */
export const EN_ORDER_RANKS = new PhraseTrie<true>();
for (const w of split(`knight|dame|commander|officer|member|companion|knight grand cross|dame grand cross
|knight commander|dame commander|grand cross`)) EN_ORDER_RANKS.add(`${w} of the order of`, true);

/** Verbs (and verb phrases) whose subject receives what follows. */
export const EN_WIN = new PhraseTrie<'active' | 'passive'>();
for (const w of split(`won|wins|win|winning|received|receives|receive|receiving|collected|collects|picked up|picks up
|took|takes|took out|takes out|scooped|scoops|bagged|bags|landed|lands|earned|earns|got|gets|claimed|claims|triumphed in
|triumphs in|accepted|secured|clinched|became|becomes|becoming|become|win in|won in|wins in|taking|collecting
|earning|claiming|picking up|took home|takes home|take home|taking home|won back|shared|shares|share
|walked away with|walks away with|walked off with|walks off with|went home with|goes home with|holds|held|holding|raises|raising|clutches|clutching|retained|retains|accepted|accepts|accepting|collect|earn|claim|pick up|scoop|bag|land|secure|clinch|accept|retain`)) EN_WIN.add(w, 'active');
for (const w of split(`named|voted|made|elected|awarded|given|handed|granted|sent|admitted to|admitted as|admitted into|presented with|honoured with|honored with
|crowned|adjudged|appointed|appointed as|appointed to|invested as|invested with|invested into|invested in|insignia as|inducted as|inducted into|decorated with
|recognized with|recognised with|conferred|conferred with|bestowed with|awarded with|chosen for|selected for|inducted posthumously into|posthumously inducted into
|was presented|were presented|was each presented|were each presented|were both presented
|honoured posthumously with|honored posthumously with|recognised posthumously with|recognized posthumously with|decorated posthumously with|awarded posthumously`)) EN_WIN.add(w, 'passive');

/** Words before an award that make it not (yet) won: nominations, races, predictions. */
export const EN_NOT_WON: ReadonlySet<string> = new Set(
  `nominated nomination nominations nominee nominees shortlisted shortlist longlisted longlist finalist finalists
  runner-up runners-up compete competing contention
  favourite favorite unsuccessful never bid hopes hoping chance vying race lost`.split(/\s+/).filter(Boolean),
);

/** Nouns for a person, so "the veteran film-maker won …" means the person the article is about. */
export const EN_PERSON_NOUNS: ReadonlySet<string> = new Set(
  `film-maker filmmaker director actor actress star singer writer author novelist poet player athlete
  champion briton veteran winner executive businessman businesswoman chief boss leader politician scientist
  artist musician composer producer presenter comedian man woman professor teacher officer soldier nurse
  doctor surgeon pilot firefighter volunteer campaigner student veteran marine sailor medic right-hander
  left-hander pitcher catcher striker midfielder forward defender goalkeeper quarterback rookie winger
  shortstop outfielder skipper captain cyclist swimmer rower sprinter golfer jockey graduate pupil`.split(/\s+/).filter(Boolean),
);

/** A word for a person: a listed noun, or a sporting description ("the left-armer", "the all-rounder"). */
export const personNoun = (w: string): boolean =>
  EN_PERSON_NOUNS.has(w) || PROFESSIONS.has(w) || /^\p{L}+-(armer|hander|footer|rounder|baller)$/u.test(w) || /^(shooter|scorer|netballer|attacker|playmaker|finisher)$/.test(w) ||
  // ("a potato grower", "a beekeeper", "a boatbuilder": someone by what they grow, keep or make.)
  /^\p{L}*(grower|keeper|maker|worker|breeder|herder|rancher|trader|vendor|owner|builder)$/u.test(w);

// Money, not honours: "a pay award", "a £2m damages award".
export const MONEY = /^(pay|cash|compensation|damages|contract|salary|grant|funding|settlement|arbitration|jury|bonus|wage)$/;
export const COMPETITION = /^(league|cup|championships?|tournament|open|series|grand|slam|games|tour|olympics?)$/;
// What follows a competition's name: "the Quaid-e-Azam Trophy table", "the Ranfurly Shield final".
export const CONTEST_PART = /^(table|standings|final|finals|semi-finals?|quarter-finals?|matches|fixtures?|campaign|clash|opener|draw|holders|champions|points|leaders)$/;
export const OF_AWARD = /^(medal|star|commendation|cross|order|citation|decoration|award|prize|badge|certificate|letter|scroll|plaque)$/;

/** Verbs and nouns of an award still to be created: "would propose a new X Award", "a proposal for a new Y Medal". */
export const PLANNED = /^(propose|proposes|proposed|proposing|proposal|considering|consider|considers|plans|planning|introduce|introduces|introducing|create|creates|creating|establish|establishes|establishing|launch|launches|launching)$/;
export const PROPOSED = /^(nominate|nominates|nominating|nominated|forward|recommend|recommends|recommended|shortlisted|longlisted|reviewing|considering|assessing|applied|applying|apply)$/;
// "Her lab has been funded by … and an NIH Director's New Innovator Award since 2020": a grant, not an honour.
/** Verbs whose object is enrolled into an order or hall: "invested A into …", "inducted B as …". */
export const ENROL = /^(invest|invests|invested|investing|induct|inducts|inducted|inducting)$/;
export const FUNDED = /^(funded|funding|financed|bankrolled|grant|grants)$/;

/** Comparison tokens of an award name: no article, no closing "award", "prize", "category". */
export function enAwardKey(name: string): string[] {
  // ("the award for Rural Journalism" is the named award for it: "… in Journalism for Rural Journalism".)
  const t = foldKey(name.replace(/^(?:the\s+)?(?:award|prize|medal|trophy)\s+for\s+(?=\p{Lu})/u, '')).split(' ').filter(Boolean);
  while (t.length > 1 && /^(the|a|an|his|her|honorary)$/.test(t[0]!)) t.shift();
  // "the VC" after "the Victoria Cross" is the same medal.
  if (t.length === 1 && t[0] === 'vc') return ['victoria', 'cross'];
  while (t.length > 1 && /^(award|awards|prize|category|section|oscar|title)$/.test(t[t.length - 1]!)) t.pop();
  return t;
}

/** Words for those who hold an award ("the winner of X", "one of three laureates of X"). */
export const HOLDERS = /^(winners?|recipients?|holders?|honou?rees?|laureates?|awardees?)$/;
export const POSS_YEAR = /^year(’s|'s)$/;
/** A count opening a group of recipients ("three researchers: …"). */
export const COUNTED_GROUP = /^(two|three|four|five|six|seven|eight|nine|ten|\d+|several)$/;

/** A rank before a described award makes it a description ("the State's highest award", "literature's best-known prize"). */
export const RANKED = /^(highest|top|biggest|greatest|best-known|best|richest|oldest|premier|coveted)$/;
export const HONOUR = /^honou?r$/;
/** "conferred the Kala Keerthi national honour": a named honour with its kind in lower case, at its noun i. */
export const namedHonour = (toks: readonly Tok[], i: number): boolean =>
  HONOUR.test(toks[i]!.lower) && /^(national|civilian|state|presidential|royal|military)$/.test(toks[i - 1]?.lower ?? '') && !!toks[i - 2]?.cap;
// "the Health honour went to …", "collected the Young Achiever honour": a category named in capitals, then its kind in lower case
// (not "in Smith's honour", a dedication).
export const categoryHonour = (toks: readonly Tok[], i: number): boolean => HONOUR.test(toks[i]!.lower) && !!toks[i - 1]?.cap && toks[i - 1]!.word;

/** The letters an award is known by, in brackets at k: "(DGPN)" gives "DGPN"; else null. */
export const lettersAt = (toks: readonly Tok[], k: number): string | null =>
  toks[k]?.text === '(' && /^[A-Z]{2,5}$/.test(toks[k + 1]?.text ?? '') && toks[k + 2]?.text === ')' ? toks[k + 1]!.text : null;
