/** The entry point for one Vietnamese award's recipient and giver: the readings of award-held.ts first, else award-around.ts. */
import type { AwardSpan } from './award-find';
import type { Sent } from './award-clauses';
import { alsoAfter, alsoHad, type Around, collectedFor, heldBy, NOBODY } from './award-held';
import { aroundOnly } from './award-around';

// Recipient and giver of one award from the words around it.
export function around(s: Sent, a: AwardSpan): Around {
  // (Not whoever collects it for another: "… lên nhận Bằng khen thay cha".)
  const found = collectedFor(s, a) ? NOBODY : a.kind === 'title' && s.u.toks[a.from - 1]?.lower === 'là' ? heldBy(s, a.from - 1) : (alsoHad(s, a) ?? aroundOnly(s, a));
  const also = alsoAfter(s, a);
  return also.length ? { ...found, also: [...(found.also ?? []), ...also] } : found;
}
