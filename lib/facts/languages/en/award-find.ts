/**
 * The span of an English award name, and the word tests its finder (award-spans.ts) starts from: named awards
 * ("Nobel Peace Prize", "Medal of Honor", "European Businessman of the Year"), honours ("made an OBE"),
 * categories ("won best director", "the poetry award").
 */
import { memo, type Tok } from '../../words';
import { yearTitleEnd } from './award-titles';
import { categoryHead } from './award-categories';
import { EN_AWARD_NAMES, EN_GENERIC_NOUNS, HONOUR } from './award-lexicon';

/** An award as token indices [from, to). `won`: the words around already say it was won; `winner`: the winner's cell of a list written category first ("Heritage Award, Birr Historical Society;"). */
export interface EnAwardSpan { from: number; to: number; won: boolean; winner?: { from: number; to: number }; /** The award's full name, when the span gives only its letters. */ name?: string }

export const PLACE_AFTER = /^(Inn|Motel|Hotel|Motor|Road|Street|Lane|Drive|Avenue|Way|Park|Bar|Cafe|Café|Restaurant|Pub|Lodge|Tavern|Mall|Plaza)$/; // (after an award noun: a business's name)
// Each reading below needs a capital at its first word but at these, so the loop passes any other lower-case word at once.
const LOWER_OPENERS = new Set(['mentioned', 'knighted', 'dame', 'knight', 'best', 'category', 'section']);
// (Memoised by the lower-case word, which is a lower-case token's text: every word of every sentence asks.)
export const opensLower = memo((lower: string): boolean => LOWER_OPENERS.has(lower) || EN_AWARD_NAMES.opens(lower) || EN_GENERIC_NOUNS.has(lower) || HONOUR.test(lower) || yearTitleEnd({ text: lower, lower } as Tok) || categoryHead({ lower } as Tok));
