/**
 * Shared collection of organisations and places: one entry per name (compared folded), every
 * mention kept with its span. Language packs only say where a name starts and ends.
 */
import type { FactContext } from './context';
import type { EntityFact } from './types';
import type { Unit } from './units';
import { foldKey, slice } from './words';

/** A name found as token indices [from, to) of a unit. */
export interface EntitySpan {
  from: number;
  to: number;
}

/**
 * Groups spans into entities in text order. EntityFact has no `source`, so its span must be into
 * the text: a name found only in the title is dropped; title mentions of a name also in the body
 * are kept as mentions with `source: 'title'`.
 */
export function collectEntities(ctx: FactContext, found: readonly { u: Unit; spans: EntitySpan[] }[]): EntityFact[] {
  const byKey = new Map<string, EntityFact>();
  for (const { u, spans } of found) {
    for (const s of spans) {
      const name = slice(u.source, u.toks, s.from, s.to).trim();
      const key = foldKey(name);
      if (!key) continue;
      const span = { start: u.toks[s.from]!.start, end: u.toks[s.to - 1]!.end };
      const mention = u.index < 0 ? { text: name, span, source: 'title' as const } : { text: name, span };
      const e = byKey.get(key);
      if (!e) {
        const sentence = u.index < 0 ? (ctx.title ?? '') : (ctx.sentences[u.index]?.text ?? '');
        byKey.set(key, { name, mentions: [mention], sentence, span });
      } else {
        e.mentions.push(mention);
        // The fact points at the first mention in the body when there is one.
        if (e.mentions[0]!.source && u.index >= 0 && e.mentions.every((m) => m.source || m === mention)) {
          [e.sentence, e.span] = [ctx.sentences[u.index]?.text ?? '', span];
        }
      }
    }
  }
  return [...byKey.values()].filter((e) => e.mentions.some((m) => !m.source));
}
