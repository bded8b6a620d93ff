/**
 * Counted groups as recipients: "All three were presented with X" after a sentence naming them, and
 * "Two pilots were awarded X." before one that names them.
 */
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { asHonoree, type Honoree, listedFrom } from './honorees';

const GROUP = /^(?:all|both|each|the)(?: (?:the )?(two|three|four|five|six|seven|eight|nine|ten))?(?: (?:of them|men|women|people|friends|passers-by|rescuers|officers|volunteers|crew members|members))?$/i;
/** "All three", "Both", "the two men": a group the sentence before names. */
export const isGroup = (phrase: string): boolean => GROUP.test(phrase) && /^(all|both|each)|(two|three|four|five|six|seven|eight|nine|ten)/i.test(phrase);
const NUMBER = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * "Three passers-by – Ms A, …; Mr B, …; and a third man who asked not to be named – performed CPR. All
 * three were later presented with X": the people the sentence before names, one unnamed place per
 * member the count has beyond them (`unnamed`). Null when the subject is no such group.
 */
export function groupBefore(subject: string, prev: Unit | undefined, people: readonly Person[]): { named: string[]; unnamed: number } | null {
  const g = GROUP.exec(subject);
  if (!g || !prev || prev.index < 0 || (!g[1] && !/^(all|both|each)/i.test(subject))) return null;
  // The list that opens with the first person named there ("… performed CPR on Mr Haziq" is someone else).
  const first = people.map((p) => asHonoree(prev, p)).filter((h): h is Honoree => !!h).sort((a, b) => a.span.start - b.span.start)[0];
  const at = first ? prev.toks.findIndex((t) => t.start >= first.span.start) : -1;
  const from = at > 0 && /^(mr|mrs|ms|dr|miss)$/.test(prev.toks[at - 1]!.lower) ? at - 1 : at;
  const named = from >= 0 ? listedFrom(prev, people, from).map((h) => h.name) : [];
  const n = g[1] ? NUMBER.indexOf(g[1].toLowerCase()) + 2 : /^both/i.test(subject) ? 2 : named.length;
  if (named.length < 2 || named.length > n) return null;
  return { named, unnamed: n - named.length };
}

/**
 * "Two Idaho Army National Guard pilots … were awarded X." then "Chief Warrant Officer Dana Whitlock, 41,
 * and Capt. Luis Arrieta were pinned …": a counted group is the people the next sentence opens with.
 */
export function groupAfter(subject: string, next: Unit | undefined, people: readonly Person[]): string[] {
  const g = /^(two|three|four|five|six|seven|eight|nine|ten)\s/i.exec(subject);
  if (!g || !next || next.index < 0) return [];
  const first = people.map((p) => asHonoree(next, p)).filter((h): h is Honoree => !!h).sort((a, b) => a.span.start - b.span.start)[0];
  const at = first ? next.toks.findIndex((t) => t.start >= first.span.start) : -1;
  // (Only a list the sentence opens with: its first words are titles and names, no verb.)
  // (… or a list of items by semicolons, whatever posts open it: "Penang police chief Deputy Commissioner A; B; C; and D".)
  const items = next.toks.filter((t) => t.text === ';').length >= 2;
  if (at < 0 || (!items && next.toks.slice(0, at).some((t) => t.word && !t.cap && !/^\d+$/.test(t.text)))) return [];
  const named = listedFrom(next, people, items ? 0 : at).map((h) => h.name);
  return named.length === NUMBER.indexOf(g[1]!.toLowerCase()) + 2 ? named : [];
}
