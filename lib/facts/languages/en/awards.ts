import type { FactContext } from '../../context';
import type { AwardFact, OfficialFact } from '../../types';

/** Awards (stub). */
export function awards(ctx: FactContext, officials: OfficialFact[]): AwardFact[] {
  void ctx;
  void officials;
  return [];
}
