import type { Table } from 'dexie';
import type { LedeDb } from './db';
import { articleSearch, clippingSearch, factRows, type SearchEntry } from './derive';
import type { Clipping, SavedArticle } from './types';

/** Writes of derived rows; callers run them inside their own transaction over every table. */

/**
 * Rows whose `index` equals any of `keys`, one indexed lookup per distinct key. Measured faster
 * than Dexie's anyOf() cursor walk when the keys are scattered (hashes, URLs, ids).
 */
export async function rowsWhere<T, I>(table: Table<T, string, I>, index: string, keys: readonly string[]): Promise<T[]> {
  const lists = await Promise.all([...new Set(keys)].map((k) => table.where(index).equals(k).toArray()));
  return lists.flat();
}

/** Primary keys of rows whose `index` equals any of `keys` (see rowsWhere). */
export async function keysWhere<T, I>(table: Table<T, string, I>, index: string, keys: readonly string[]): Promise<string[]> {
  const lists = await Promise.all([...new Set(keys)].map((k) => table.where(index).equals(k).primaryKeys()));
  return lists.flat();
}

export const ALL_TABLES = ['articles', 'clippings', 'tags', 'facts', 'search', 'searchText', 'terms'] as const;

async function putSearch(db: LedeDb, entries: SearchEntry[]): Promise<void> {
  const terms = new Set<string>();
  for (const e of entries) for (const t of e.row.tokens) terms.add(t);
  await db.search.bulkPut(entries.map((e) => e.row));
  await db.searchText.bulkPut(entries.map((e) => e.text));
  // The vocabulary only grows: a word left over from a deleted article just expands to nothing.
  await db.terms.bulkPut([...terms].map((term) => ({ term })));
}

/** (Re)builds the facts and search rows of articles. */
export async function indexArticles(db: LedeDb, articles: SavedArticle[]): Promise<void> {
  if (!articles.length) return;
  await db.facts.bulkDelete(await keysWhere(db.facts, 'itemId', articles.map((a) => a.id)));
  await db.facts.bulkPut(articles.flatMap((a) => factRows(a.id, 'article', a.facts)));
  await putSearch(db, articles.map(articleSearch));
}

/** (Re)builds the facts and search rows of clippings. */
export async function indexClippings(db: LedeDb, clippings: Clipping[]): Promise<void> {
  if (!clippings.length) return;
  await db.facts.bulkDelete(await keysWhere(db.facts, 'itemId', clippings.map((c) => c.id)));
  await db.facts.bulkPut(clippings.flatMap((c) => factRows(c.id, 'clipping', c.facts)));
  await putSearch(db, clippings.map(clippingSearch));
}

/** Drops the derived rows of removed items. */
export async function unindex(db: LedeDb, ids: string[]): Promise<void> {
  await db.facts.bulkDelete(await keysWhere(db.facts, 'itemId', ids));
  await db.search.bulkDelete(ids);
  await db.searchText.bulkDelete(ids);
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
