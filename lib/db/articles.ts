import { getDb, type LedeDb } from './db';
import { newId, normalizeTags, siteOf } from './derive';
import { guard, StorageError } from './errors';
import { contentHash, factKey, keyExtends } from './fold';
import { ALL_TABLES, indexArticles, pruneTags, registerTags, rowsWhere, unindex } from './indexing';
import type {
  ArticleSnapshot, ArticleSummary, Clipping, FactRow, FactType, SaveArticleInput, SavedArticle, SaveStatus,
} from './types';

/** The list view of an article: everything but the body, facts and hash. */
export function summarize(a: SavedArticle): ArticleSummary {
  const { html: _h, text: _t, facts: _f, contentHash: _c, ...rest } = a;
  return rest;
}

/** The article already saved under this URL, else under this content hash (ignored when ''). */
async function findExisting(db: LedeDb, url: string, hash: string): Promise<SavedArticle | undefined> {
  return (await db.articles.get({ url })) ?? (hash ? await db.articles.where('contentHash').equals(hash).first() : undefined);
}

/** Saves an article with its facts; saving the same URL or the same text again updates the one article (tags merge; a non-empty note replaces the old one, an empty one keeps it). */
export async function saveArticle(input: SaveArticleInput): Promise<{ id: string; status: SaveStatus }> {
  const db = getDb();
  const a = input.article;
  const text = a.text.normalize('NFC');
  const hash = contentHash(text); // computed outside the transaction: only IndexedDB work may run inside
  const body = {
    contentHash: hash, title: a.title, byline: a.byline, siteName: a.siteName, site: siteOf(a.siteName, a.url),
    lang: a.lang, dir: a.dir, publishedTime: a.publishedTime, excerpt: a.excerpt, html: a.html, text,
    wordCount: a.wordCount, readingMinutes: a.readingMinutes, facts: input.facts,
  };
  return guard(() =>
    db.transaction('rw', [...ALL_TABLES], async () => {
      const now = Date.now();
      const old = await findExisting(db, a.url, hash);
      const tags = await registerTags(db, normalizeTags([...(old?.tags ?? []), ...(input.tags ?? [])]), now);
      const record: SavedArticle = old
        ? { ...old, ...body, tags, note: input.note?.trim() || old.note, updatedAt: now } // keeps the first URL and id
        : { id: newId(now), url: a.url, ...body, tags, note: input.note?.trim() ?? '', savedAt: now, updatedAt: now };
      await db.articles.put(record);
      await indexArticles(db, [record]);
      // Quotes clipped from this page before it was saved now belong to it.
      const orphans = (await rowsWhere(db.clippings, 'url', [record.url, a.url])).filter((c) => c.articleId === null);
      if (orphans.length) await db.clippings.bulkPut(orphans.map((c) => ({ ...c, articleId: record.id })));
      return { id: record.id, status: old ? ('updated' as const) : ('created' as const) };
    }),
  );
}

/** The saved article for this URL or content hash (from contentHash(article.text)), if any. */
export async function findSavedArticle(q: { url: string; contentHash?: string }): Promise<ArticleSummary | undefined> {
  const db = getDb();
  const found = await guard(() => findExisting(db, q.url, q.contentHash ?? ''));
  return found && summarize(found);
}

/** Replaces an article's tags and/or note; throws StorageError('not-found') for an unknown id. */
export async function updateArticle(id: string, patch: { tags?: string[]; note?: string }): Promise<ArticleSummary> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', [...ALL_TABLES], async () => {
      const old = await db.articles.get(id);
      if (!old) throw new StorageError('not-found', 'This article is no longer in the library.');
      const now = Date.now();
      const tags = patch.tags ? await registerTags(db, normalizeTags(patch.tags), now) : old.tags;
      const record: SavedArticle = { ...old, tags, note: patch.note ?? old.note, updatedAt: now };
      await db.articles.put(record);
      await indexArticles(db, [record]);
      await pruneTags(db, old.tags.filter((t) => !tags.includes(t)));
      return summarize(record);
    }),
  );
}

/** Deletes an article (its clippings stay, unlinked); returns what restoreArticle needs to undo it. */
export async function deleteArticle(id: string): Promise<ArticleSnapshot | undefined> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', [...ALL_TABLES], async () => {
      const article = await db.articles.get(id);
      if (!article) return undefined;
      const clippingIds = (await db.clippings.where('articleId').equals(id).primaryKeys()) as string[];
      await db.clippings.where('articleId').equals(id).modify({ articleId: null });
      await db.articles.delete(id);
      await unindex(db, [id]);
      await pruneTags(db, article.tags);
      return { article, clippingIds };
    }),
  );
}

/** Puts a deleted article back with its id and clippings; false when its URL or text was saved again meanwhile. */
export async function restoreArticle(snapshot: ArticleSnapshot): Promise<boolean> {
  const db = getDb();
  const { article } = snapshot;
  return guard(() =>
    db.transaction('rw', [...ALL_TABLES], async () => {
      if ((await db.articles.get(article.id)) || (await findExisting(db, article.url, article.contentHash))) return false;
      const tags = await registerTags(db, article.tags, Date.now());
      await db.articles.add({ ...article, tags });
      await indexArticles(db, [article]);
      const clippings = (await db.clippings.bulkGet(snapshot.clippingIds)).filter(
        (c): c is Clipping => !!c && c.articleId === null,
      );
      await db.clippings.bulkPut(clippings.map((c) => ({ ...c, articleId: article.id })));
      return true;
    }),
  );
}

/** An article with its clippings, oldest clipping first. */
export async function getArticle(id: string): Promise<{ article: SavedArticle; clippings: Clipping[] } | undefined> {
  const db = getDb();
  return guard(() =>
    db.transaction('r', db.articles, db.clippings, async () => {
      const article = await db.articles.get(id);
      if (!article) return undefined;
      const clippings = await db.clippings.where('articleId').equals(id).sortBy('id');
      return { article, clippings };
    }),
  );
}

/** Facts index rows for a value; a value also matches longer ones that continue it word-wise ("Huân chương Lao động" → "… hạng Nhất"). */
export async function factMatches(db: LedeDb, type: FactType, value: string): Promise<FactRow[]> {
  const key = factKey(value);
  if (!key) return [];
  const rows = await db.facts.where('[type+key]').between([type, key], [type, key + '\uffff'], true, true).toArray();
  return rows.filter((r) => keyExtends(r.key, key));
}

/** Every saved article with this fact, newest first (see factMatches for how values match). */
export async function articlesWithFact(type: FactType, value: string): Promise<ArticleSummary[]> {
  const db = getDb();
  return guard(() =>
    db.transaction('r', db.articles, db.facts, async () => {
      const ids = new Set((await factMatches(db, type, value)).filter((r) => r.kind === 'article').map((r) => r.itemId));
      const found = await db.articles.bulkGet([...ids].sort().reverse());
      return found.filter((a): a is SavedArticle => !!a).map(summarize);
    }),
  );
}
