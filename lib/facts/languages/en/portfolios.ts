/**
 * Ministerial portfolios written before a name ("Minister for Emergency Management and Recovery
 * Tāmati Rewiri", "Cabinet Secretary for Net Zero and Energy Morag Lindsay"): the capitalised words of
 * a portfolio are common nouns, so the first capitalised word that is not one starts the name, whatever
 * country the name comes from.
 */
import type { Tok } from '../../words';
import { EN_GIVEN_NAMES } from './given-names';
import { nameWord } from './names';

const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  `affairs foreign home interior internal external defence defense justice health education finance treasury
  trade industry industries commerce employment labour labor work works pensions housing local government
  agriculture fisheries food rural water waters infrastructure transport transportation communications
  communication digital technology technologies science sciences innovation development planning police
  security immigration citizenship children families family women youth social welfare protection mines mining
  resources resource land lands forestry forests climate change economy economic revenue budget enterprise
  enterprises investment public service services veterans disability disabilities ageing aged care mental
  wellbeing indigenous maori pacific peoples northern regional regions cities urban constitutional legal
  cabinet europe european international commonwealth electronics it information broadcasting media creative
  arts art heritage culture cultural tourism sport sports recreation equality integration consumer small
  business skills higher further primary secondary schools research maritime ports shipping aviation roads
  rail railways highways petroleum oil gas power electricity energy natural disaster disasters relief
  rehabilitation civil national cooperation sanitation hygiene population statistics tertiary vocational
  training emergency management recovery net zero environment environmental conservation wildlife parks
  biodiversity sustainability trade consumer competition tax taxation customs excise border borders
  diaspora overseas office state affairs ethics integrity reform reforms accountability gender minority
  minorities religious religion faith gaeltacht islands island coast coastal marine ocean oceans space
  defence veterans procurement utilities telecommunications telecoms postal post cyber artificial
  intelligence trade investment export exports sanitation water resources irrigation livestock dairy
  cooperatives co-operatives microfinance finance planning lands settlement settlements housing urban
  information orientation hospitality leisure events entertainment film music creative economy
  children's young people older persons adult adults nutrition medical pharmaceutical pharmaceuticals
  hiv aids tb maternal child women's community communities voluntary sector charities`.split(/\s+/).filter(Boolean),
);
const GLUE = new Set(['and', '&', ',', 'of', 'the', 'for']);

/** True for a capitalised word that names part of a portfolio ("Health", "Net", "Zero"). */
export const portfolioWord = (t: Tok | undefined): boolean => !!t && t.word && PORTFOLIO_WORDS.has(t.lower);

/**
 * The end of the portfolio that starts at token j (after "for"/"of"), spanning "and", "&" and commas
 * between portfolio words; j when no portfolio word starts there.
 */
export function portfolioEnd(toks: readonly Tok[], j: number): number {
  let k = j;
  let end = j;
  while (k < toks.length && k - j < 14) {
    const t = toks[k]!;
    if (portfolioWord(t) && (t.cap || t.text === t.text.toUpperCase())) end = ++k;
    else if (GLUE.has(t.lower) && portfolioWord(toks[k + 1]) && toks[k + 1]!.cap) k++;
    else if (t.lower === 'and' && toks[k + 1]?.lower === 'the' && portfolioWord(toks[k + 2]) && toks[k + 2]!.cap) k += 2; // ("… Development and the Gaeltacht")
    else break;
  }
  return end;
}

/**
 * "director of engineering Cheryl Dubois", "head of public works Tom Reyes": after the "of"/"for" at j,
 * one to three plain words name a department and a name opening with a known given name follows; the
 * end of the department, or -1.
 */
export function departmentEnd(toks: readonly Tok[], j: number): number {
  if (!/^(of|for)$/.test(toks[j]?.lower ?? '')) return -1;
  let k = j + 1;
  while (k < j + 4 && toks[k]?.word && !toks[k]!.cap && !NOT_DEPARTMENT.has(toks[k]!.lower)) k++;
  return k > j + 1 && EN_GIVEN_NAMES.has(toks[k]?.lower ?? '') && toks[k]!.cap && nameWord(toks[k + 1]) ? k : -1;
}
const NOT_DEPARTMENT = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'with', 'by', 'said', 'says', 'told', 'who', 'when', 'as', 'from']);
