import { getDb } from './db';
import { guard } from './errors';

/** Every site that has a saved article or clipping, sorted. */
export async function listSites(): Promise<string[]> {
  const db = getDb();
  return guard(async () => {
    const sites = new Set([
      ...((await db.articles.orderBy('site').uniqueKeys()) as string[]),
      ...((await db.clippings.orderBy('site').uniqueKeys()) as string[]),
    ]);
    return [...sites].filter(Boolean).sort((a, b) => a.localeCompare(b));
  });
}

/** Every tag in use, sorted. */
export async function listTags(): Promise<string[]> {
  const db = getDb();
  return guard(async () => (await db.tags.toArray()).map((t) => t.name).sort((a, b) => a.localeCompare(b)));
}
