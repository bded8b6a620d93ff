/**
 * What a short or described mention of an English award's recipient or name refers to: "Commissioner
 * Whelan" for the Garda Commissioner Gráinne Whelan; "fiction winners" for the award named for fiction.
 */
import { type Person, resolvePerson } from '../../people';
import type { Tok } from '../../words';
import { enAwardKey } from './award-lexicon';

export const YEAR_RE = /^(19|20)\d\d$/;
export const UNNAMED = /\b(?:asked|declined|wished|preferred) not to be (?:named|identified)|\bwas not named\b|\bwho cannot be named\b/;

/** The award named so far whose name holds the word before "winners" ("Previous fiction winners include A"), if any. */
export function kindOf(toks: readonly Tok[], named: readonly string[]): string | undefined {
  const kind = toks.find((t, k) => /^(winners|recipients|laureates)$/.test(toks[k + 1]?.lower ?? '') && t.word && !t.cap && t.lower.length > 4)?.lower;
  return kind ? named.findLast((n) => n.toLowerCase().split(/\s+/).includes(kind)) : undefined;
}

/** A sentence opening "Past winners …", "Previous recipients …", "Former laureates …". */
export const pastWinners = (toks: readonly Tok[]): boolean =>
  /^(past|previous|former)$/.test(toks[0]?.lower ?? '') && /^(winners|recipients|laureates)$/.test(toks[1]?.lower ?? '');

/**
 * "Other recipients included A and B": the award that already has the most recipients (the story's list), not simply
 * the last one named (a side award told of in between); undefined when no such words or no award with recipients.
 */
export function otherOf(toks: readonly Tok[], given: readonly { name: string; recipient: string | null }[]): string | undefined {
  // (… and "Past winners include A and B": the story's award, not a grant told of in between.)
  const past = pastWinners(toks);
  if (!past && !toks.some((t, k) => t.lower === 'other' && /^(recipients|winners|honourees|honorees|laureates|inductees|appointees)$/.test(toks[k + 1]?.lower ?? ''))) return undefined;
  const counts = new Map<string, Set<string>>();
  for (const g of given) if (g.recipient) counts.set(g.name, (counts.get(g.name) ?? new Set()).add(g.recipient));
  let best: string | undefined;
  for (const [name, who] of counts) if ((who.size >= 2 || past) && (!best || who.size > counts.get(best)!.size)) best = name;
  return best;
}

/** "Commissioner Whelan" for Gráinne Whelan, the Garda Commissioner: a short name after a word of the person's own title; else null. */
export function byOwnTitle(people: readonly Person[], text: string): string | null {
  const [first, ...rest] = text.split(/\s+/);
  const p = rest.length ? resolvePerson(people, rest.join(' ')) : null;
  return p && p.titles.some((t) => t.toLowerCase().split(/\s+/).includes(first!.toLowerCase())) ? p.name : null;
}

const OWNED_GROUP = /^(?:(?:the )?rest of )?(\p{Lu}[\p{L}\d.-]*(?: (?:\p{Lu}[\p{L}\d.-]*|\d+))*['’]s (?:[\p{Ll}-]+['’]s )?(?:[\p{L}\d-]+ ){0,3}(?:crew|company|team|council|group|unit|squad|staff|committee|club|band|choir|brigade|platoon|detachment|department|station|branch|office|chapter|wing|division|section))$/u;
// ("The crew of the Coastguard Whanganui vessel were awarded X": a group of a named body.)
const GROUP_OF = /^(?:the )?((?:crew|team|staff|members|volunteers|officers|firefighters|cast|choir|pupils|students|players) of (?:the )?(?:\p{Lu}[\p{L}\d.'’-]*\s+){1,5}[\p{L}\d'’-]+)$/iu;

// ("the Kovsies women's hockey team", "the Bulls under-19 side": a named club's side.)
const SIDE_OF = /^(?:the )?(\p{Lu}[\p{L}\d.-]*(?: \p{Lu}[\p{L}\d.-]*)* (?:(?:men|women|girls|boys)['’]s|junior|senior|under-\d+|u\d+)(?: [\p{Ll}\d-]+){0,2} (?:team|squad|side|crew|eight|four|relay team))$/u;

/** The group a recipient phrase names with its body: "Bonga's disaster council", "crew of the X vessel"; else undefined. */
export const groupNamed = (whole: string): string | undefined => (OWNED_GROUP.exec(whole) ?? GROUP_OF.exec(whole) ?? SIDE_OF.exec(whole))?.[1];

// (Not the award's own history: "The Arjuna Award, first given in 1961, was presented to 26 athletes".)
const founded = (toks: readonly Tok[], k: number): boolean =>
  /^(instituted|established|founded|created|introduced|launched|inaugurated)$/.test(toks[k]?.lower ?? '') || (toks[k]?.lower === 'given' && toks[k - 1]?.lower === 'first');

/** A sentence telling of an honour given "in" a year before the article's (`year`): "she received X in 2021". */
export const toldOfPast = (toks: readonly Tok[], year: number): boolean =>
  toks.some((t, k) => YEAR_RE.test(t.text) && Number(t.text) < year && (toks[k - 1]?.lower === 'in' || (toks[k - 1]?.lower === 'the' && toks[k - 2]?.lower === 'in')) && !founded(toks, k - 2)) && // (… "in the 2018 New Year Honours")
  toks.some((t) => /^(received|won|awarded|given|earned|conferred|presented|appointed|invested|inducted)$/.test(t.lower));

/**
 * The awards named in full so far, by noun: what a later "the medal" refers to ("a Cross is a medal", so
 * "the medal" never takes the name of a prize). The most named one of that noun, the later on a tie: "the
 * prize" in a Nobel story is the Nobel, not a prize its laureate won years ago and the story named last.
 * One named as won now (`at` given) in this paragraph or the sentence before comes first: on an awards
 * night "The award went to Raman" is the category just named, not the one the story named most.
 */
type Place = { sentence: number; paragraph: number };
export function namedByNoun(): { set(noun: string, name: string, at?: Place): void; get(noun: string, at?: Place): string | undefined } {
  const named = new Map<string, Map<string, { name: string; count: number }>>();
  const recent = new Map<string, { name: string } & Place>();
  return {
    set(noun: string, name: string, at?: Place): void {
      const m = named.get(noun) ?? new Map<string, { name: string; count: number }>();
      const key = enAwardKey(name).join(' ');
      const count = (m.get(key)?.count ?? 0) + 1;
      m.delete(key);
      named.set(noun, m.set(key, { name, count }));
      if (at) recent.set(noun, { name, ...at });
    },
    get(noun: string, at?: Place): string | undefined {
      const near = recent.get(noun);
      if (near && at && (near.sentence >= at.sentence - 1 || near.paragraph === at.paragraph)) return near.name;
      let best: { name: string; count: number } | undefined;
      for (const e of named.get(noun)?.values() ?? []) if (!best || e.count >= best.count) best = e;
      return best?.name;
    },
  };
}
