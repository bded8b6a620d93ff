/**
 * Whether an English article writes a person as a man or a woman: a courtesy word before a mention
 * ("Mrs Thwaite", "Sir Geoffrey"), a kinship noun naming them ("Her father, Hector Leckie,"), or the
 * pronoun the same sentence uses after the name with nobody else named between ("Morag Leckie turned
 * 70, and she …"). Lets "she" skip a man named nearer.
 */
import type { FactContext } from '../../context';
import { saidAfter } from '../../gender';
import type { Person } from '../../people';
import { nameSex } from './given-names';

const MALE = /^(mr|sir|lord|he|his|him|himself|father|son|brother|husband|uncle|grandfather|king|prince|duke|baron)$/i;
const FEMALE = /^(mrs|ms|miss|dame|lady|she|her|herself|mother|daughter|sister|wife|aunt|grandmother|queen|princess|duchess|baroness)$/i;
const COURTESY = /^(mr|mrs|ms|miss|sir|dame|lord|lady)$/i;
const KIN = /^(father|son|brother|husband|uncle|grandfather|mother|daughter|sister|wife|aunt|grandmother)$/i;

const said = (w: string): boolean | null => (FEMALE.test(w) ? true : MALE.test(w) ? false : null);

/** True for a woman, false for a man, null when the article does not say. */
export function enGender(ctx: FactContext, people: readonly Person[], p: Person): boolean | null {
  for (const m of p.mentions) {
    if (m.source) continue;
    // "Mrs Thwaite", "Her father, Hector Leckie,": the word right before the name.
    const before = /([\p{L}]+)[.,]?\s*$/u.exec(ctx.text.slice(Math.max(0, m.span.start - 12), m.span.start))?.[1] ?? '';
    if (COURTESY.test(before) || KIN.test(before)) return said(before);
  }
  // (Pronouns only: "his father" after a name describes someone else's kin, not the name; an object
  // "her"/"him" is often someone else: "Kenga, who first brought her to Kilifi".)
  const byPronoun = saidAfter(ctx, people, p, (w) => (/^(he|she|his|himself|herself)$/.test(w) ? said(w) : null));
  // Else the given name, where the name lists hold it for one sex only ("Mercy Dama", "Gideon Kenga").
  return byPronoun ?? (p.name.includes(' ') ? nameSex(p.name.split(/\s+/)[0]!) : null);
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
