/** The entry point for one Vietnamese award's recipient and giver: the readings of award-held.ts first, else award-around.ts. */
import type { AwardSpan } from './award-find';
import { HONORIFIC_PRONOUN, type Sent } from './award-clauses';
import { alsoAfter, alsoHad, type Around, collectedFor, heldBy, NOBODY } from './award-held';
import { aroundOnly } from './award-around';

// Recipient and giver of one award from the words around it.
export function around(s: Sent, a: AwardSpan): Around {
  // (Not whoever collects it for another: "… lên nhận Bằng khen thay cha".)
  const found = collectedFor(s, a) ? NOBODY : a.kind === 'title' && s.u.toks[a.from - 1]?.lower === 'là' ? heldBy(s, a.from - 1) : (alsoHad(s, a) ?? aroundOnly(s, a));
  const also = alsoAfter(s, a);
  if (also.length) return { ...found, also: [...(found.also ?? []), ...also] };
  // ("Ghi nhận sự hy sinh của anh, Chủ tịch nước đã truy tặng X": whose deed the opening phrase names.)
  const { toks } = s.u;
  const comma = toks.findIndex((t) => t.text === ',');
  const whose = comma > 1 && comma < a.from && toks[comma - 2]?.lower === 'của' && HONORIFIC_PRONOUN.test(toks[comma - 1]!.lower);
  return whose && !found.recipient && !found.pronoun ? { ...found, pronoun: true, recipientScore: 1 } : found;
}
