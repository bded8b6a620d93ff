import type { LedeDb } from './db';
import { articleSearchRow, clippingSearchRow, factRows } from './derive';
import type { Clipping, SavedArticle, SearchRow } from './types';

/** Writes of derived rows; callers run them inside their own transaction over every table. */

export const ALL_TABLES = ['articles', 'clippings', 'tags', 'facts', 'search', 'terms'] as const;

async function putSearch(db: LedeDb, rows: SearchRow[]): Promise<void> {
  const terms = new Set<string>();
  for (const r of rows) for (const t of r.tokens) terms.add(t);
  await db.search.bulkPut(rows);
  // The vocabulary only grows: a word left over from a deleted article just expands to nothing.
  await db.terms.bulkPut([...terms].map((term) => ({ term })));
}

/** (Re)builds the facts and search rows of articles. */
export async function indexArticles(db: LedeDb, articles: SavedArticle[]): Promise<void> {
  if (!articles.length) return;
  await db.facts.where('itemId').anyOf(articles.map((a) => a.id)).delete();
  await db.facts.bulkPut(articles.flatMap((a) => factRows(a.id, 'article', a.facts)));
  await putSearch(db, articles.map(articleSearchRow));
}

/** (Re)builds the facts and search rows of clippings. */
export async function indexClippings(db: LedeDb, clippings: Clipping[]): Promise<void> {
  if (!clippings.length) return;
  await db.facts.where('itemId').anyOf(clippings.map((c) => c.id)).delete();
  await db.facts.bulkPut(clippings.flatMap((c) => factRows(c.id, 'clipping', c.facts)));
  await putSearch(db, clippings.map(clippingSearchRow));
}

/** Drops the derived rows of removed items. */
export async function unindex(db: LedeDb, ids: string[]): Promise<void> {
  await db.facts.where('itemId').anyOf(ids).delete();
  await db.search.bulkDelete(ids);
}

/** Adds tags to the tag list, reusing an existing spelling that differs only in case; returns the spellings to store. */
export async function registerTags(db: LedeDb, tags: string[], now: number): Promise<string[]> {
  if (!tags.length) return tags;
  const known = new Map((await db.tags.toArray()).map((t) => [t.name.toLowerCase(), t.name]));
  const out = tags.map((t) => known.get(t.toLowerCase()) ?? t);
  const fresh = out.filter((t) => !known.has(t.toLowerCase()));
  if (fresh.length) await db.tags.bulkPut(fresh.map((name) => ({ name, createdAt: now })));
  return out;
}

/** Removes tags no article or clipping uses any more, so filters never offer an empty choice. */
export async function pruneTags(db: LedeDb, candidates: string[]): Promise<void> {
  for (const name of new Set(candidates)) {
    const used =
      (await db.articles.where('tags').equals(name).count()) + (await db.clippings.where('tags').equals(name).count());
    if (!used) await db.tags.delete(name);
  }
}
