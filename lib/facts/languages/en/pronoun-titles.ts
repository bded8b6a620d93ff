/**
 * Posts written after a pronoun: "In 1972 he became head of the zoology department …", "She was an
 * alderman of the San Fernando City Corporation from 2003 to 2007". The post belongs to the person
 * the pronoun stands for, as the award rules read it (the topic of the sentences before).
 */
import type { FactContext } from '../../context';
import { distinctTitles, type Person, pronounReferent } from '../../people';
import { unitsOf } from '../../units';
import { predicateTitles } from './titles-after';
import { fitsPronoun } from './gender';

// A time phrase before the pronoun: "In 1972", "From 1991 to 1997", "Later,".
const TIME = /^(in|from|to|by|until|between|and|later|then|after|before|during|\d{4}|,)$/;

/** Adds to `people` the posts their pronouns hold in the article. */
export function pronounTitles(ctx: FactContext, people: readonly Person[]): void {
  for (const u of unitsOf(ctx)) {
    if (u.index < 0) continue;
    const { toks } = u;
    let k = 0;
    while (k < toks.length && k < 8 && TIME.test(toks[k]!.lower)) k++;
    if (!/^(he|she)$/.test(toks[k]?.lower ?? '') || (k > 0 && !/^(\d{4}|,)$/.test(toks[k - 1]!.lower))) continue;
    const titles = predicateTitles(u, k + 1);
    if (!titles.length) continue;
    const who = pronounReferent(ctx, people, u.index, fitsPronoun(ctx, people, toks[k]!.lower));
    if (!who) continue;
    who.titles = distinctTitles([...who.titles, ...titles]);
    who.titled = true;
  }
}
