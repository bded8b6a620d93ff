/**
 * A small English gazetteer: countries, their adjectives, US states and major cities. Enough to
 * tell "Russian President" (a nationality before an office) from "Facebook CEO" (a body) and to
 * list the places an article names; deliberately modest.
 */
import { PhraseTrie } from '../../words';

const COUNTRIES = `Afghanistan|Albania|Algeria|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh
|Belarus|Belgium|Bolivia|Bosnia|Brazil|Britain|Great Britain|Bulgaria|Cambodia|Cameroon|Canada|Chile|China
|Colombia|Congo|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|Egypt|England|Estonia|Ethiopia|Finland
|France|Georgia|Germany|Ghana|Greece|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan
|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Malaysia|Mali|Mexico
|Moldova|Mongolia|Morocco|Myanmar|Nepal|Netherlands|New Zealand|Nigeria|North Korea|Norway|Oman|Pakistan
|Palestine|Panama|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal
|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|Spain|Sri Lanka|Sudan|Sweden
|Switzerland|Syria|Taiwan|Tanzania|Thailand|Tunisia|Turkey|Uganda|Ukraine|United Arab Emirates|UAE
|United Kingdom|UK|U.K.|United States|US|U.S.|USA|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Viet Nam
|Wales|Yemen|Zambia|Zimbabwe|Europe|Asia|Africa|Latin America|Middle East|North Africa`;

const ADJECTIVES = `Afghan|Albanian|Algerian|American|Argentine|Armenian|Australian|Austrian|Belgian|Brazilian|British
|Bulgarian|Cambodian|Canadian|Chilean|Chinese|Colombian|Croatian|Cuban|Czech|Danish|Dutch|Egyptian|English
|Estonian|Ethiopian|European|Filipino|Finnish|French|Georgian|German|Greek|Hungarian|Indian|Indonesian|Iranian
|Iraqi|Irish|Israeli|Italian|Japanese|Jordanian|Kenyan|Korean|Kurdish|Lebanese|Libyan|Malaysian|Mexican
|Moroccan|Nigerian|Norwegian|Pakistani|Palestinian|Polish|Portuguese|Qatari|Romanian|Russian|Saudi|Scottish
|Serbian|Somali|South African|South Korean|North Korean|Spanish|Swedish|Swiss|Syrian|Taiwanese|Thai|Tunisian
|Turkish|Ukrainian|Venezuelan|Vietnamese|Welsh|Yemeni|Asian|African|Arab|Western|Soviet`;

const CITIES = `Washington|New York|London|Paris|Berlin|Moscow|Beijing|Tokyo|Seoul|Hanoi|Ho Chi Minh City|Bangkok
|Jakarta|Manila|Delhi|New Delhi|Mumbai|Kabul|Baghdad|Tehran|Jerusalem|Tel Aviv|Cairo|Tunis|Tripoli|Damascus
|Beirut|Istanbul|Ankara|Athens|Rome|Madrid|Lisbon|Brussels|Amsterdam|Vienna|Geneva|Zurich|Stockholm|Oslo
|Copenhagen|Helsinki|Warsaw|Prague|Budapest|Kyiv|Kiev|Minsk|Dublin|Edinburgh|Manchester|Birmingham|Liverpool
|Sydney|Melbourne|Canberra|Toronto|Ottawa|Montreal|Vancouver|Chicago|Los Angeles|San Francisco|Boston|Atlanta
|Miami|Dallas|Houston|Seattle|Philadelphia|Detroit|Denver|Brooklyn|Queens|Manhattan|the Bronx|Doha|Dubai
|Riyadh|Islamabad|Karachi|Singapore|Hong Kong|Shanghai|Taipei|Cannes|Berlin|Venice|Odense|Athens|Brisbane
|Perth|Auckland|Nairobi|Lagos|Johannesburg|Cape Town|Mexico City|Sao Paulo|Rio de Janeiro|Buenos Aires|Lima
|Bogota|Caracas|Havana|Hollywood|Calcutta|Kolkata|Warsaw|Brussels|Strasbourg|The Hague|Hague|Davos|Surrey`;

const STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho
|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota
|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina
|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas
|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Prince Edward Island|Nova Scotia|New Brunswick|Newfoundland
|Prince George|Prince Albert|Prince Rupert|Saskatchewan|Manitoba|Alberta|British Columbia|Ontario|Quebec|Yukon
|New South Wales|Queensland|South Australia|Western Australia|Tasmania|Northern Territory|Australian Capital Territory`;

const split = (s: string): string[] => s.split(/[|\n]/).map((x) => x.trim()).filter(Boolean);

/** What a known place name is. */
export type EnPlaceKind = 'country' | 'adjective' | 'city' | 'state';

/** All known places and nationality adjectives. */
export const EN_PLACES = new PhraseTrie<EnPlaceKind>();
for (const [list, kind] of [[COUNTRIES, 'country'], [ADJECTIVES, 'adjective'], [CITIES, 'city'], [STATES, 'state']] as const) {
  for (const p of split(list)) EN_PLACES.add(p, kind);
}
