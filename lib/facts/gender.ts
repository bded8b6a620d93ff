/**
 * Shared by the languages' gender readers: the first word after a mention, in its sentence and
 * before anyone else is named, that says a person is a man or a woman ("Morag Leckie turned 70, and
 * she …", "nhà thơ Hà Minh Khuê …, tập thơ thứ sáu của ông").
 */
import type { FactContext } from './context';
import type { Person } from './people';

const WORD = /[\p{L}]+/gu;

/** True for a woman, false for a man, null when no word after p's mentions says. */
export function saidAfter(ctx: FactContext, people: readonly Person[], p: Person, said: (word: string) => boolean | null): boolean | null {
  const starts = people.flatMap((o) => (o === p ? [] : o.mentions.filter((m) => !m.source).map((m) => m.span.start)));
  for (const m of p.mentions) {
    if (m.source) continue;
    const sentence = ctx.sentences.find((s) => s.span.start <= m.span.start && m.span.start < s.span.end);
    if (!sentence) continue;
    const rest = ctx.text.slice(m.span.end, sentence.span.end);
    WORD.lastIndex = 0;
    for (let w = WORD.exec(rest); w; w = WORD.exec(rest)) {
      const at = m.span.end + w.index;
      if (starts.some((s) => s > m.span.end && s <= at)) break;
      const g = said(w[0]);
      if (g !== null) return g;
    }
  }
  return null;
}
