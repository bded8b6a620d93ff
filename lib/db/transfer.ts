import { getDb, type LedeDb } from './db';
import { normalizeTags, siteOf } from './derive';
import { guard } from './errors';
import { contentHash } from './fold';
import { ALL_TABLES, indexArticles, indexClippings } from './indexing';
import type { Clipping, ImportReport, LibraryData, SavedArticle, Tag } from './types';

/** Every article, clipping and tag, oldest first: the content of a backup. */
export async function readAll(): Promise<LibraryData> {
  const db = getDb();
  return guard(() =>
    db.transaction('r', db.articles, db.clippings, db.tags, async () => ({
      articles: await db.articles.toArray(),
      clippings: await db.clippings.toArray(),
      tags: await db.tags.orderBy('name').toArray(),
    })),
  );
}

const clipKey = (c: Clipping) => `${c.url}\n${c.quote}`;

/**
 * Merges validated library data in one transaction: an item already present (same id, URL or
 * content hash; for clippings same id or same quote from the same URL) is replaced only when the
 * incoming copy is newer (tags are merged), else skipped. All or nothing.
 */
export async function importLibrary(data: LibraryData): Promise<ImportReport> {
  const db = getDb();
  // Derived fields are recomputed, never trusted from the file.
  const articles = data.articles.map((a) => ({
    ...a, contentHash: contentHash(a.text), site: siteOf(a.siteName, a.url), tags: normalizeTags(a.tags),
  }));
  const clippings = data.clippings.map((c) => ({ ...c, site: siteOf(c.siteName, c.url), tags: normalizeTags(c.tags) }));
  return guard(() =>
    db.transaction('rw', [...ALL_TABLES], async () => {
      const report: ImportReport = { added: 0, updated: 0, skipped: 0 };
      const spell = await mergeTags(db.tags, data.tags, [...articles, ...clippings].flatMap((x) => x.tags));

      // Everything that could collide, fetched in bulk, then resolved in memory.
      const known = [
        ...(await db.articles.bulkGet(articles.map((a) => a.id))),
        ...(await db.articles.where('url').anyOf(articles.map((a) => a.url)).toArray()),
        ...(await db.articles.where('contentHash').anyOf(articles.map((a) => a.contentHash).filter(Boolean)).toArray()),
      ];
      const byId = new Map<string, SavedArticle>();
      const byUrl = new Map<string, SavedArticle>();
      const byHash = new Map<string, SavedArticle>();
      const remember = (a: SavedArticle) => {
        byId.set(a.id, a);
        byUrl.set(a.url, a);
        if (a.contentHash) byHash.set(a.contentHash, a);
      };
      known.forEach((a) => a && remember(a));
      const idMap = new Map<string, string>();
      const writes = new Map<string, SavedArticle>();
      for (const a of articles) {
        const old = byId.get(a.id) ?? byUrl.get(a.url) ?? (a.contentHash ? byHash.get(a.contentHash) : undefined);
        const next = !old ? a : a.updatedAt > old.updatedAt
          ? { ...a, id: old.id, url: old.url, savedAt: old.savedAt, tags: normalizeTags([...old.tags, ...a.tags]) }
          : null;
        idMap.set(a.id, old?.id ?? a.id);
        if (!next) { report.skipped++; continue; }
        const record = { ...next, tags: next.tags.map(spell) };
        if (old) report.updated++;
        else report.added++;
        remember(record);
        writes.set(record.id, record);
      }

      const oldClips = [
        ...(await db.clippings.bulkGet(clippings.map((c) => c.id))),
        ...(await db.clippings.where('url').anyOf(clippings.map((c) => c.url)).toArray()),
      ];
      const clipById = new Map<string, Clipping>();
      const clipByKey = new Map<string, Clipping>();
      const rememberClip = (c: Clipping) => (clipById.set(c.id, c), clipByKey.set(clipKey(c), c));
      oldClips.forEach((c) => c && rememberClip(c));
      const storedIds = new Set(
        (await db.articles.bulkGet(clippings.map((c) => c.articleId).filter((x): x is string => !!x)))
          .filter((a): a is SavedArticle => !!a).map((a) => a.id),
      );
      const clipWrites = new Map<string, Clipping>();
      for (const c of clippings) {
        const old = clipById.get(c.id) ?? clipByKey.get(clipKey(c));
        if (old && c.updatedAt <= old.updatedAt) { report.skipped++; continue; }
        const target = c.articleId ? (idMap.get(c.articleId) ?? (storedIds.has(c.articleId) ? c.articleId : null)) : null;
        const articleId = target ?? byUrl.get(c.url)?.id ?? null;
        const tags = (old ? normalizeTags([...old.tags, ...c.tags]) : c.tags).map(spell);
        const record: Clipping = old ? { ...c, id: old.id, savedAt: old.savedAt, articleId, tags } : { ...c, articleId, tags };
        if (old) report.updated++;
        else report.added++;
        rememberClip(record);
        clipWrites.set(record.id, record);
      }

      await db.articles.bulkPut([...writes.values()]);
      await db.clippings.bulkPut([...clipWrites.values()]);
      await indexArticles(db, [...writes.values()]);
      await indexClippings(db, [...clipWrites.values()]);
      return report;
    }),
  );
}

/** Adds the backup's tags (keeping their dates) and every tag items use; returns the stored spelling of a tag. */
async function mergeTags(
  table: LedeDb['tags'],
  incoming: Tag[],
  used: string[],
): Promise<(t: string) => string> {
  const spelling = new Map((await table.toArray()).map((t) => [t.name.toLowerCase(), t.name]));
  const fresh: Tag[] = [];
  const now = Date.now();
  for (const t of [...incoming, ...used.map((name) => ({ name, createdAt: now }))]) {
    const name = normalizeTags([t.name])[0];
    if (!name || spelling.has(name.toLowerCase())) continue;
    spelling.set(name.toLowerCase(), name);
    fresh.push({ name, createdAt: t.createdAt });
  }
  await table.bulkPut(fresh);
  return (t) => spelling.get(t.toLowerCase()) ?? t;
}
