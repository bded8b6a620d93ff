/**
 * Whether the article writes a person as a man or a woman: "Thị"/"Văn" in the name, the courtesy
 * word before a mention ("bà Khuê", "anh Tới"), or the pronoun the same sentence uses after the
 * name with nobody else named between ("nhà thơ Hà Minh Khuê với …, tập thơ thứ sáu của ông").
 */
import type { FactContext } from '../../context';
import { saidAfter } from '../../gender';
import type { Person } from '../../people';
import { viFemale } from './names';

const MALE = /^(ông|anh|chú|bác|thầy|cậu)$/;
const FEMALE = /^(bà|chị|cô|bác gái|mẹ)$/;

function said(word: string | undefined): boolean | null {
  const w = word?.toLowerCase();
  return !w ? null : FEMALE.test(w) ? true : MALE.test(w) ? false : null;
}

/** True for a woman, false for a man, null when the article does not say. */
export function viGender(ctx: FactContext, people: readonly Person[], p: Person): boolean | null {
  const byName = viFemale(p.name);
  if (byName !== null) return byName;
  for (const m of p.mentions) {
    if (m.source) continue;
    const before = said(/([\p{L}]+)\s*$/u.exec(ctx.text.slice(Math.max(0, m.span.start - 8), m.span.start))?.[1]);
    if (before !== null) return before;
  }
  // Lower case only: "Bà Rịa", "Ông Ích Khiêm" are names.
  return saidAfter(ctx, people, p, (w) => (w === w.toLowerCase() ? said(w) : null));
}
