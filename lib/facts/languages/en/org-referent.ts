/**
 * What "it" or "its" stands for when an award goes to a body: "Oduya founded the trust in 2011 … In
 * 2019 it received the Queen's Award", "Founded in 2018 …, Kosha Pay processes … Its app won X".
 */
import type { FactContext } from '../../context';
import type { Person } from '../../people';
import type { Unit } from '../../units';
import type { EntityFact } from '../../types';
import { foldKey, slice, type Tok } from '../../words';
import { organizations } from './entities';
import { personIn } from './award-subject';

// A sentence opening on a clause before its subject: "Founded in 2018 by A and B, Kosha Pay …".
const OPENER = /^(founded|based|created|launched|set|started|formed|established|headquartered|in|after|since|with|like|for|by|during|under|over)$/;
// The nouns a story uses for the body it is about ("the trust", "the company").
export const BODY_NOUN = /^(trust|company|firm|charity|group|club|team|school|university|hospital|agency|bank|unit|startup|start-up|business|organisation|organization|foundation|society|council|museum|band|partnership|cooperative|co-operative|collective|network|alliance|consortium|association|bottler|brewer|distiller|lender|insurer|airline|retailer|manufacturer|carmaker|automaker|exporter|miller|refiner|distributor|supplier|publisher|broadcaster|telco|conglomerate|grocer|chain|dairy|farm|bakery|brewery|winery|distillery|creamery|restaurant|hotel|pub|shop|store)$/;
export const BODY_NAME = /^(?:\p{Lu}[\p{L}&'’-]*\s+){1,5}(?:Ltd|Limited|Inc|Plc|PLC|LLC|Company|Corporation|Cooperative|Co-operative|Association|Society|Trust|Foundation)\.?$/u;

// The capitalised subject opening the main clause of a sentence, when it is no person.
function bodySubject(u: Unit, people: readonly Person[]): string | null {
  const { toks } = u;
  // ("Thirty-seven years on, Coquet Valley Community Wheels has …": past a time phrase too.)
  const time = /^(\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|last|this|next|years?|months?|decades?)/i.test(toks[0]?.text ?? '');
  if (!OPENER.test(toks[0]?.lower ?? '') && !time) return runAt(u, people, 0);
  // "Founded in 2018 by A and B, two former engineers, Kosha Pay processes …": past every aside.
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.text !== ',') continue;
    const run = runAt(u, people, k + 1);
    if (run) return run;
  }
  return null;
}

// A capitalised run at s followed by a lower-case verb, when it is no person.
function runAt(u: Unit, people: readonly Person[], s: number): string | null {
  const { toks } = u;
  let e = s;
  while (e < toks.length && e - s < 6 && (toks[e]!.cap || (/^(&|of)$/.test(toks[e]!.lower) && toks[e + 1]?.cap))) e++;
  const first = toks[s]?.lower ?? '';
  if (e === s || /^(the|a|an|he|she|they|it|its|this|that|but|and)$/.test(first) || personIn(u, people, s, e)) return null;
  // "Oduya founded …": a surname alone is a person named before.
  const run = slice(u.source, toks, s, e);
  if (people.some((p) => p.name.endsWith(` ${run}`))) return null;
  // "Harrow Steelworks, a Sheffield maker of …": a body described in apposition.
  if (toks[e]?.text === ',' && /^(a|an)$/.test(toks[e + 1]?.lower ?? '') && e - s >= 2) return run;
  // Followed by a verb: a lower-case word, not a name running on.
  if (!toks[e] || toks[e]!.cap || !toks[e]!.word) return null;
  return run;
}

// The article's organisations, found once per article however many "it"s it has.
const found = new WeakMap<FactContext, EntityFact[]>();
function orgsOf(ctx: FactContext): EntityFact[] {
  let orgs = found.get(ctx);
  if (!orgs) found.set(ctx, (orgs = organizations(ctx)));
  return orgs;
}

/** The body "it" means in unit `ui`: the subject of the sentences before, else the body named there by its noun. */
export function orgReferent(ctx: FactContext, units: readonly Unit[], ui: number, people: readonly Person[]): string | null {
  const orgs = orgsOf(ctx);
  for (let k = ui - 1; k >= 0 && ui - k <= 2; k--) {
    const u = units[k]!;
    if (u.index < 0) break;
    // "Oduya founded the trust …": the organisation named in full whose last word is that noun.
    const noun = u.toks.find((t, i) => BODY_NOUN.test(t.lower) && u.toks[i - 1]?.lower === 'the' && !t.cap);
    const full = noun ? orgs.find((o) => foldKey(o.name).endsWith(` ${foldKey(noun.text)}`)) : undefined;
    if (full) return full.name;
    // "The company has been recognised …": the body most often opening a sentence so far.
    if (noun) {
      const topic = mainBody(units, k, people) ?? mostNamed(orgs, units[k]!.toks[0]?.start ?? 0);
      if (topic) return topic;
    }
    const named = bodySubject(u, people);
    // (A one-word subject is more often a person's surname than a body: "Oduya founded …".)
    if (named && (/\s/.test(named) || orgs.some((o) => o.name === named))) return named;
    // "The coin-sized FrostTag logs …. It won …": a thing named after "The" is no surname.
    const k0 = u.toks[0]?.lower === 'the' ? u.toks.findIndex((t, k) => k > 0 && k <= 4 && t.cap) : -1;
    const thing = k0 > 0 && u.toks.slice(1, k0).every((t) => t.word && !t.cap) ? runAt(u, people, k0) : null;
    if (thing) return thing;
  }
  // Further back, the body the story is about: the one its headline opens on, else the one opening
  // most sentences so far.
  // ("Ashgrove Water turns to …": a headline opening on a body names it.)
  const title = units.find((u) => u.index < 0);
  const headline = title ? bodySubject(title, people) : null;
  return (headline && /\s/.test(headline) ? headline : null) ?? mainBody(units, ui, people);
}

// The multi-word body that opens the most sentences before unit `upto` (the last on a tie).
function mainBody(units: readonly Unit[], upto: number, people: readonly Person[]): string | null {
  const seen = new Map<string, number>();
  for (let k = 0; k < upto; k++) {
    const b = units[k]!.index >= 0 ? bodySubject(units[k]!, people) : null;
    if (b && /\s/.test(b)) seen.set(b, (seen.get(b) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const e of seen) if (!best || e[1] >= best[1]) best = e;
  return best?.[0] ?? null;
}

// The organisation named most often before offset `pos`.
function mostNamed(orgs: readonly EntityFact[], pos: number): string | null {
  let best: [string, number] | null = null;
  for (const o of orgs) {
    const n = o.mentions.filter((m) => !m.source && m.span.start < pos).length;
    if (n && (!best || n > best[1])) best = [o.name, n];
  }
  return best?.[0] ?? null;
}

/** "the partnership" for "Loch Ryan Oyster Partnership": the organisation named in full whose last word is the noun. */
export function orgEndingIn(ctx: FactContext, noun: string): string | null {
  const key = ` ${foldKey(noun)}`;
  return orgsOf(ctx).find((o) => foldKey(o.name).endsWith(key))?.name ?? null;
}

/**
 * The body a lead introduces by description and names next ("A volunteer group … has been given X. ¶
 * The Friends of Ystradgynlais Pool were among …"): a sentence opening on it, else the first organisation after.
 */
export function orgAfter(ctx: FactContext, units: readonly Unit[], ui: number, people: readonly Person[]): string | null {
  for (let k = ui + 1; k < units.length && k - ui <= 3; k++) {
    const u = units[k]!;
    const named = u.index >= 0 ? (bodySubject(u, people) ?? (u.toks[0]?.lower === 'the' ? runAt(u, people, 1) : null)) : null;
    // (A body, not the person a sentence between is about: "…, Declan Mulrooney, presented the awards".)
    if (named && /\s/.test(named) && !people.some((p) => p.name === named)) return named;
  }
  const pos = units[ui + 1]?.toks[0]?.start ?? Infinity;
  let best: { name: string; at: number } | null = null;
  for (const o of orgsOf(ctx)) {
    const at = Math.min(...o.mentions.map((m) => m.span.start).filter((x) => x >= pos));
    if (Number.isFinite(at) && at - pos < 600 && (!best || at < best.at)) best = { name: o.name, at };
  }
  return best?.name ?? null;
}

/** "A family dairy near Crowcombe", "A group of open water swimmers" (after "a" at s): a body described, named elsewhere. */
export const describedBody = (toks: readonly Tok[], s: number, cap1: number): boolean =>
  (/^(group|team|club|crew|band|choir)$/.test(toks[s + 1]?.lower ?? '') && toks[s + 2]?.lower === 'of') ||
  (cap1 > 0 && /^(from|in|at|near)$/.test(toks[cap1 - 1]!.lower) && BODY_NOUN.test(toks[cap1 - 2]!.lower));
