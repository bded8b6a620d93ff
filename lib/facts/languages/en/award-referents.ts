/**
 * What a short or described mention of an English award's recipient or name refers to: "Commissioner
 * Whelan" for the Garda Commissioner Gráinne Whelan; "fiction winners" for the award named for fiction.
 */
import { type Person, resolvePerson } from '../../people';
import type { Tok } from '../../words';

export const YEAR_RE = /^(19|20)\d\d$/;

/** The award named so far whose name holds the word before "winners" ("Previous fiction winners include A"), if any. */
export function kindOf(toks: readonly Tok[], named: readonly string[]): string | undefined {
  const kind = toks.find((t, k) => /^(winners|recipients|laureates)$/.test(toks[k + 1]?.lower ?? '') && t.word && !t.cap && t.lower.length > 4)?.lower;
  return kind ? named.findLast((n) => n.toLowerCase().split(/\s+/).includes(kind)) : undefined;
}

/** "Commissioner Whelan" for Gráinne Whelan, the Garda Commissioner: a short name after a word of the person's own title; else null. */
export function byOwnTitle(people: readonly Person[], text: string): string | null {
  const [first, ...rest] = text.split(/\s+/);
  const p = rest.length ? resolvePerson(people, rest.join(' ')) : null;
  return p && p.titles.some((t) => t.toLowerCase().split(/\s+/).includes(first!.toLowerCase())) ? p.name : null;
}
