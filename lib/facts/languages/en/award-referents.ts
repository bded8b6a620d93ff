/**
 * What a short or described mention of an English award's recipient or name refers to: "Commissioner
 * Whelan" for the Garda Commissioner Gráinne Whelan; "fiction winners" for the award named for fiction.
 */
import { type Person, resolvePerson } from '../../people';
import type { Tok } from '../../words';
import type { Unit } from '../../units';
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

/** "Commissioner Whelan" for Gráinne Whelan, the Garda Commissioner: a short name after words of the person's own title; else null. */
export function byOwnTitle(people: readonly Person[], text: string): string | null {
  const words = text.split(/\s+/);
  // ("Chief Secretary Qazi", "Ch Insp Caddick": up to three words of a title the person holds, abbreviated or not.)
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const p = resolvePerson(people, words.slice(n).join(' '));
    const held = p?.titles.flatMap((t) => t.toLowerCase().split(/\s+/)) ?? [];
    if (p && words.slice(0, n).every((w) => { const x = w.toLowerCase().replace(/\.$/, ''); return held.includes(x) || (x.length >= 2 && held.some((h) => shortFor(x, h))); })) return p.name;
  }
  return null;
}

// "Sgt" for "sergeant", "Insp" for "inspector": the first letter, then the rest in order.
function shortFor(x: string, h: string): boolean {
  if (h[0] !== x[0]) return false;
  let k = 0;
  for (const c of x.slice(1)) if ((k = h.indexOf(c, k + 1)) < 0) return false;
  return true;
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

/**
 * "Sister A has been matron of X since 2006. Assistant Superintendent B led the search. Both received Y": the last
 * two people named in the two sentences before a sentence opening on "Both", in the order written; else [].
 */
export function bothBefore(units: readonly Unit[], ui: number, people: readonly Person[]): string[] {
  const u = units[ui]!;
  if (u.toks[0]?.text !== 'Both' || /^(of|the|sides|teams)$/.test(u.toks[1]?.lower ?? '') || ui < 1) return [];
  const from = units[Math.max(0, ui - 2)]!.toks[0]?.start ?? 0;
  const to = u.toks[0].start;
  const named = people.map((p) => ({ p, at: Math.max(-1, ...p.mentions.filter((m) => !m.source && m.span.start >= from && m.span.end <= to).map((m) => m.span.start)) })).filter((x) => x.at >= 0);
  const last = named.sort((x, y) => y.at - x.at).slice(0, 2);
  return last.length === 2 ? last.reverse().map((x) => x.p.name) : [];
}
