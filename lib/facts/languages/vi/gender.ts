/**
 * Whether the article writes a person as a man or a woman: "Thị"/"Văn" in the name, the courtesy
 * word before a mention ("bà Khuê", "anh Tới"), or the pronoun the same sentence uses after the
 * name with nobody else named between ("nhà thơ Hà Minh Khuê với …, tập thơ thứ sáu của ông").
 */
import type { FactContext } from '../../context';
import type { Person } from '../../people';
import { viFemale } from './names';

const MALE = /^(ông|anh|chú|bác|thầy|cậu)$/;
const FEMALE = /^(bà|chị|cô|bác gái|mẹ)$/;
const WORD = /[\p{L}]+/gu;

function said(word: string | undefined): boolean | null {
  const w = word?.toLowerCase();
  return !w ? null : FEMALE.test(w) ? true : MALE.test(w) ? false : null;
}

/** True for a woman, false for a man, null when the article does not say. */
export function viGender(ctx: FactContext, people: readonly Person[], p: Person): boolean | null {
  const byName = viFemale(p.name);
  if (byName !== null) return byName;
  const starts = people.flatMap((o) => (o === p ? [] : o.mentions.filter((m) => !m.source).map((m) => m.span.start)));
  for (const m of p.mentions) {
    if (m.source) continue;
    const before = said(/([\p{L}]+)\s*$/u.exec(ctx.text.slice(Math.max(0, m.span.start - 8), m.span.start))?.[1]);
    if (before !== null) return before;
    const sentence = ctx.sentences.find((s) => s.span.start <= m.span.start && m.span.start < s.span.end);
    if (!sentence) continue;
    const rest = ctx.text.slice(m.span.end, sentence.span.end);
    WORD.lastIndex = 0;
    for (let w = WORD.exec(rest); w; w = WORD.exec(rest)) {
      const at = m.span.end + w.index;
      if (starts.some((s) => s > m.span.end && s <= at)) break;
      // Lower case only: "Bà Rịa", "Ông Ích Khiêm" are names.
      const g = w[0] === w[0].toLowerCase() ? said(w[0]) : null;
      if (g !== null) return g;
    }
  }
  return null;
}
