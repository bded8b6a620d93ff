import type { Facts, FactsInput } from './types';
import { emptyFacts } from './types';

export type { Facts, FactsInput } from './types';

/** Article text -> key facts. Pure and deterministic. (Stub until the facts engine lands.) */
export function computeFacts(input: FactsInput): Facts {
  return emptyFacts(input.lang, false);
}
