/**
 * Who an award goes to, read from the words right after it: those it is shared with, the agent of a
 * passive "won by", a name after a colon, a pronoun a relative clause gives it to, "this year's winner".
 */
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { slice } from '../../words';
import { capRun, personIn } from './award-phrase';
import { listedFrom } from './honorees';

/**
 * Those who share an award won by the verb at k, named after the award ending at j: "A received the
 * medal alongside B; C; and D", "shared the award in 2019 with her colleague Dr B" (past the year and
 * a description before the name); not "won the prize in 1987 with A Little Lower than Angels" (a work).
 */
export function sharedWith(u: Unit, people: readonly Person[], k: number, j: number): string[] {
  const { toks } = u;
  const w = (n: number): string => toks[n]?.lower ?? '';
  const shared = /^(shared|shares|share)$/.test(w(k));
  const at = shared && /^(in|on)$/.test(w(j)) && /^\d{4}$/.test(w(j + 1)) ? j + 2 : j;
  const along = /^(alongside|with)$/.test(w(at)) ? at + 1 : w(at) === 'along' && w(at + 1) === 'with' ? at + 2 : -1;
  if (along < 0) return [];
  const listed = listedFrom(u, people, along).map((h) => h.name);
  if (listed.length || !shared) return listed;
  const stop = toks.findIndex((t, n) => n > along && (/^[,;]$/.test(t.text) || t.lower === 'for'));
  const p = personIn(u, people, along, Math.min(stop > 0 ? stop : toks.length, along + 8));
  return p ? [p.name] : [];
}

/**
 * "a State Natural Science Award, won in 2020 by the HKUST team she leads": the agent of a passive
 * "won" after the award ending at j (a person, or capitals with the group noun after them), or null.
 */
export function wonBy(u: Unit, people: readonly Person[], j: number): string | null {
  const { toks } = u;
  let k = toks[j]?.text === ',' ? j + 1 : j;
  if (!/^(won|earned|claimed|taken|collected|shared|received)$/.test(toks[k]?.lower ?? '')) return null;
  const by = toks.findIndex((t, n) => n > k && n - k <= 5 && t.lower === 'by');
  if (by < 0 || toks.slice(k + 1, by).some((t) => !t.word && t.text !== ',')) return null;
  k = /^(the|a|an|its|his|her|their)$/.test(toks[by + 1]?.lower ?? '') ? by + 2 : by + 1;
  const p = personIn(u, people, k, Math.min(toks.length, k + 4));
  if (p) return p.name;
  let e = k;
  while (e < toks.length && e - k < 5 && toks[e]!.cap && toks[e]!.word) e++;
  if (e > k && /^(team|group|unit|crew|lab|laboratory|band|club|squad|side|department|company|firm)$/.test(toks[e]?.lower ?? '')) e++;
  return e > k ? slice(u.source, toks, k, e) : null;
}

/** "Softball — Golden Glove Award: Brynn Pohlmann": the person named right after the award and a colon. */
export function afterColon(u: Unit, people: readonly Person[], j: number): string | null {
  const { toks } = u;
  if (toks[j]?.text !== ':' || !toks[j + 1]?.cap) return null;
  const end = toks.findIndex((t, n) => n > j && !t.word && t.text !== '.' && t.text !== "'" && t.text !== '’');
  const stop = end > 0 ? end : toks.length;
  const p = personIn(u, people, j + 1, stop);
  if (p) return p.name;
  return stop - (j + 1) >= 2 && stop - (j + 1) <= 3 && toks.slice(j + 1, stop).every((t) => t.cap && t.word) ? slice(u.source, toks, j + 1, stop) : null;
}

/** "The Young Artist Award, which the National Arts Council gave her in 2024, …": given to a pronoun. */
export function whichGave(u: Unit, j: number): boolean {
  const { toks } = u;
  if (toks[j]?.text !== ',' || toks[j + 1]?.lower !== 'which') return false;
  const v = toks.findIndex((t, k) => k > j + 1 && k - j <= 9 && /^(gave|awarded|presented|handed|conferred|bestowed)$/.test(t.lower));
  return v > 0 && /^(her|him|them)$/.test(toks[v + 1]?.lower ?? '') && toks.slice(j + 2, v).every((t) => t.word);
}

/** "… gives an annual X in his name; this year's winner, the Lagos lawyer Ngozi Eze, received it". */
export function yearsWinner(u: Unit, people: readonly Person[], j: number): string | null {
  const { toks } = u;
  const winner = toks.findIndex((t, k) => k > j && k - j <= 12 && /^(winner|recipient)$/.test(t.lower) && /^(year’s|year's|’s|'s|its|the)$/.test(toks[k - 1]?.lower ?? '') && toks[k + 1]?.lower === ',');
  const close = winner > 0 ? toks.findIndex((t, k) => k > winner + 1 && t.text === ',') : -1;
  return close > 0 ? (personIn(u, people, winner + 2, close)?.name ?? capRun(u, winner + 2, close)) : null;
}
