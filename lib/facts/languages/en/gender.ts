/**
 * Whether an English article writes a person as a man or a woman: a courtesy word before a mention
 * ("Mrs Thwaite", "Sir Geoffrey"), a kinship noun naming them ("Her father, Hector Leckie,"), or the
 * pronoun the same sentence uses after the name with nobody else named between ("Morag Leckie turned
 * 70, and she …"). Lets "she" skip a man named nearer.
 */
import type { FactContext } from '../../context';
import type { Person } from '../../people';

const MALE = /^(mr|sir|lord|he|his|him|himself|father|son|brother|husband|uncle|grandfather|king|prince|duke|baron)$/i;
const FEMALE = /^(mrs|ms|miss|dame|lady|she|her|herself|mother|daughter|sister|wife|aunt|grandmother|queen|princess|duchess|baroness)$/i;
const COURTESY = /^(mr|mrs|ms|miss|sir|dame|lord|lady)$/i;
const KIN = /^(father|son|brother|husband|uncle|grandfather|mother|daughter|sister|wife|aunt|grandmother)$/i;
const WORD = /[\p{L}]+/gu;

const said = (w: string): boolean | null => (FEMALE.test(w) ? true : MALE.test(w) ? false : null);

/** True for a woman, false for a man, null when the article does not say. */
export function enGender(ctx: FactContext, people: readonly Person[], p: Person): boolean | null {
  const starts = people.flatMap((o) => (o === p ? [] : o.mentions.filter((m) => !m.source).map((m) => m.span.start)));
  for (const m of p.mentions) {
    if (m.source) continue;
    // "Mrs Thwaite", "Her father, Hector Leckie,": the word right before the name.
    const before = /([\p{L}]+)[.,]?\s*$/u.exec(ctx.text.slice(Math.max(0, m.span.start - 12), m.span.start))?.[1] ?? '';
    if (COURTESY.test(before) || KIN.test(before)) return said(before);
  }
  for (const m of p.mentions) {
    if (m.source) continue;
    const sentence = ctx.sentences.find((s) => s.span.start <= m.span.start && m.span.start < s.span.end);
    if (!sentence) continue;
    const rest = ctx.text.slice(m.span.end, sentence.span.end);
    WORD.lastIndex = 0;
    for (let w = WORD.exec(rest); w; w = WORD.exec(rest)) {
      const at = m.span.end + w.index;
      if (starts.some((s) => s > m.span.end && s <= at)) break;
      // (Pronouns only: "his father" after a name describes someone else's kin, not the name.)
      const g = /^(he|she|his|her|him|himself|herself)$/.test(w[0]) ? said(w[0]) : null;
      if (g !== null) return g;
    }
  }
  return null;
}

const known = new WeakMap<Person, boolean | null>();

/** Who a pronoun may stand for: anyone the article does not write as the other sex. */
export function fitsPronoun(ctx: FactContext, people: readonly Person[], pronoun: string | undefined): (p: Person) => boolean {
  const female = pronoun ? said(pronoun) : null;
  if (female === null) return () => true;
  return (p) => {
    if (!known.has(p)) known.set(p, enGender(ctx, people, p));
    return known.get(p) !== !female;
  };
}
