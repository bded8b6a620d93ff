/**
 * English awards with their recipients: "<Award> winner Y", "the prize went to Y", "Y won X",
 * "Y was named X", "Y has been made an OBE", "X … for Cate Blanchett". Repeated mentions merge.
 */
import { mergeAwards } from '../../awards-merge';
import type { FactContext } from '../../context';
import type { AwardFact, OfficialFact } from '../../types';
import { enAwardKey } from './award-lexicon';
import { enAwardMentions } from './award-mentions';

/** Awards of an English article, one per award and recipient. */
export function awards(ctx: FactContext, officials: OfficialFact[]): AwardFact[] {
  return mergeAwards(ctx, enAwardMentions(ctx, officials), enAwardKey);
}
