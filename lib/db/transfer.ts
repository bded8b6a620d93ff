import { getDb, type LedeDb } from './db';
import { normalizeTags, siteOf } from './derive';
import { guard } from './errors';
import { contentHash } from './fold';
import { ALL_TABLES, indexArticles, indexClippings, rowsWhere } from './indexing';
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
      const { writes, idMap, byUrl } = await mergeArticles(db, articles, spell, report);
      const clipWrites = await mergeClippings(db, clippings, idMap, byUrl, spell, report);
      await db.articles.bulkPut(writes);
      await db.clippings.bulkPut(clipWrites);
      await indexArticles(db, writes);
      await indexClippings(db, clipWrites);
      return report;
    }),
  );
}

type Speller = (tag: string) => string;

/** Decides each incoming article against the stored ones (fetched in bulk, resolved in memory). */
async function mergeArticles(db: LedeDb, articles: SavedArticle[], spell: Speller, report: ImportReport) {
  const known = [
    ...(await db.articles.bulkGet(articles.map((a) => a.id))),
    ...(await rowsWhere(db.articles, 'url', articles.map((a) => a.url))),
    ...(await rowsWhere(db.articles, 'contentHash', articles.map((a) => a.contentHash).filter(Boolean))),
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
  // Duplicates inside the file meet the copy remembered a moment ago, like any stored one.
  const idMap = new Map<string, string>();
  const writes = new Map<string, SavedArticle>();
  for (const a of articles) {
    const old = byId.get(a.id) ?? byUrl.get(a.url) ?? (a.contentHash ? byHash.get(a.contentHash) : undefined);
    idMap.set(a.id, old?.id ?? a.id);
    if (old && a.updatedAt <= old.updatedAt) {
      report.skipped++;
      continue;
    }
    // An update keeps the stored id, URL and save time (the id encodes it).
    const merged = old ? { ...a, id: old.id, url: old.url, savedAt: old.savedAt, tags: normalizeTags([...old.tags, ...a.tags]) } : a;
    const record = { ...merged, tags: merged.tags.map(spell) };
    report[old ? 'updated' : 'added']++;
    remember(record);
    writes.set(record.id, record);
  }
  return { writes: [...writes.values()], idMap, byUrl };
}

/** Decides each incoming clipping; links it to its article as merged, else to a stored one, else by URL. */
async function mergeClippings(
  db: LedeDb,
  clippings: Clipping[],
  idMap: Map<string, string>,
  byUrl: Map<string, SavedArticle>,
  spell: Speller,
  report: ImportReport,
): Promise<Clipping[]> {
  const key = (c: Clipping) => `${c.url}\n${c.quote}`;
  const byId = new Map<string, Clipping>();
  const byKey = new Map<string, Clipping>();
  const remember = (c: Clipping) => {
    byId.set(c.id, c);
    byKey.set(key(c), c);
  };
  (await db.clippings.bulkGet(clippings.map((c) => c.id))).forEach((c) => c && remember(c));
  (await rowsWhere(db.clippings, 'url', clippings.map((c) => c.url))).forEach(remember);
  const linked = clippings.map((c) => c.articleId).filter((x): x is string => !!x && !idMap.has(x));
  const stored = new Set((await db.articles.bulkGet(linked)).filter((a) => !!a).map((a) => a!.id));
  const writes = new Map<string, Clipping>();
  for (const c of clippings) {
    const old = byId.get(c.id) ?? byKey.get(key(c));
    if (old && c.updatedAt <= old.updatedAt) {
      report.skipped++;
      continue;
    }
    const target = c.articleId ? (idMap.get(c.articleId) ?? (stored.has(c.articleId) ? c.articleId : null)) : null;
    const articleId = target ?? byUrl.get(c.url)?.id ?? null;
    const tags = (old ? normalizeTags([...old.tags, ...c.tags]) : c.tags).map(spell);
    const record: Clipping = old ? { ...c, id: old.id, savedAt: old.savedAt, articleId, tags } : { ...c, articleId, tags };
    report[old ? 'updated' : 'added']++;
    remember(record);
    writes.set(record.id, record);
  }
  return [...writes.values()];
}

/** Adds the backup's tags (keeping their dates) and every tag items use; returns the stored spelling of a tag. */
async function mergeTags(table: LedeDb['tags'], incoming: Tag[], used: string[]): Promise<Speller> {
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
