/**
 * Recipients named after the award, in an inverted or counted clause ("Also conferred the X, in the
 * individual category, was A"; "Thirty-one staff were presented with X, which marks …, among them A
 * and B") or in the list lines below it.
 */
import type { Person } from '../../people';
import type { Unit } from '../../units';
import { slice } from '../../words';
import type { EnAwardSpan } from './award-find';
import { COUNTED_GROUP } from './award-lexicon';
import { listedFrom } from './honorees';
import { endOfClause } from './award-parties';
import { nounPhrase } from './award-phrase';

/**
 * "were mentioned in despatches: Lance Corporal A, who …, and Marine B, who …": everyone after the colon
 * (… or a later one after a counted subject: "Two staff were admitted to X, which …: A and B"), when several.
 */
export function allAfterColon(u: Unit, people: readonly Person[], a: EnAwardSpan): string[] {
  const { toks } = u;
  const j = a.to;
  const late = COUNTED_GROUP.test(toks[0]?.lower ?? '') && toks[j]?.text === ',' ? toks.findIndex((t, k) => k > j && t.text === ':') : -1;
  const all = (toks[j]?.text === ':' || late > 0) && a.from > 0 ? listedFrom(u, people, late > 0 ? late + 1 : j + 1).map((h) => h.name) : [];
  return all.length > 1 ? all : [];
}

/** "Thirty-one staff were presented with X, which marks …, among them A and B": the ones a counted subject names. */
export function amongThem(u: Unit, people: readonly Person[], j: number): string[] {
  const w = (k: number): string => u.toks[k]?.lower ?? '';
  if (!COUNTED_GROUP.test(w(0)) && !/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-\w+)?$|^(eleven|twelve|\w+teen|dozens|hundreds)$/.test(w(0))) return [];
  const k = u.toks.findIndex((t, n) => n >= j && t.text === ',' && w(n + 1) === 'among' && w(n + 2) === 'them');
  return k > 0 ? listedFrom(u, people, k + 3).map((h) => h.name) : [];
}

/** "Also conferred the X(, in the individual category,) was A": the subject after the verb. */
export function alsoGiven(u: Unit, people: readonly Person[], a: EnAwardSpan): string[] {
  const w = (k: number): string => u.toks[k]?.lower ?? '';
  if (w(0) !== 'also' || !/^(conferred|awarded|given|presented|honou?red|decorated)$/.test(w(1))) return [];
  let k = a.to;
  if (w(k) === ',') k = u.toks.findIndex((t, n) => n > k && n - k <= 8 && t.text === ',') + 1;
  if (k <= 0 || !/^(was|were)$/.test(w(k))) return [];
  const named = listedFrom(u, people, k + 1).map((h) => h.name);
  // ("… was the Iloilo flood team": a body in lower case, whole.)
  const whole = named.length ? null : nounPhrase(u, people, k + 1, endOfClause(u, k + 1), 3).text;
  return whole ? [whole] : named;
}

/**
 * The person opening each short list item below a colon ("Sione Latu, for services to …"), or named
 * after a category and its colon ("Violin: T.S. Jayaprakash"), one per item, up to the paragraph's end.
 */
export function listBelow(units: readonly Unit[], from: number, people: readonly Person[]): string[] {
  const out: string[] = [];
  for (let k = from; k < units.length && k - from < 20; k++) {
    const u = units[k]!;
    if (u.toks.length > 25 || u.paragraph === units[from - 1]?.paragraph) break;
    const colon = u.toks.findIndex((t, n) => n > 0 && n <= 6 && t.text === ':');
    const at = colon > 0 && u.toks[colon + 1]?.cap ? colon + 1 : 0;
    // ("Drama (acting): Nimmy Thomas Paul": a line that is only a name is the name, whatever a list knows.)
    const rest = u.toks.slice(at);
    const whole = at > 0 && rest.length >= 2 && rest.length <= 6 && rest.every((t) => t.cap || t.text === '.') ? slice(u.source, u.toks, at, u.toks.length) : null;
    const first = listedFrom(u, people, at)[0];
    if (!whole && (!first || u.toks[at]!.start !== first.span.start)) break;
    out.push(whole ?? first!.name);
  }
  return out;
}
