import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { at, DAY, freshDb, makeArticle, makeFacts, T0 } from './helpers';
import {
  articlesWithFact, contentHash, deleteArticle, findSavedArticle, getArticle, listTags, restoreArticle, saveArticle,
  saveClipping, updateArticle, type LedeDb,
} from '../../../lib/db';

let db: LedeDb;
beforeEach(() => {
  db = freshDb();
});

describe('saveArticle', () => {
  it('creates, then updates the same URL without a second article', async () => {
    const first = await saveArticle({ article: makeArticle(), facts: makeFacts(), tags: ['Chính trị'] });
    expect(first.status).toBe('created');
    const again = await saveArticle({ article: makeArticle({ title: 'Tiêu đề mới' }), facts: makeFacts(), tags: ['chính trị', 'Giải thưởng'] });
    expect(again).toEqual({ id: first.id, status: 'updated' });
    expect(await db.articles.count()).toBe(1);
    const stored = await db.articles.get(first.id);
    expect(stored?.title).toBe('Tiêu đề mới');
    expect(stored?.tags).toEqual(['Chính trị', 'Giải thưởng']); // merged, case-insensitively
  });

  it('keeps the note when re-saved with an empty one (the popup sends "")', async () => {
    const { id } = await saveArticle({ article: makeArticle(), facts: makeFacts(), note: 'của tôi' });
    await saveArticle({ article: makeArticle(), facts: makeFacts(), tags: [], note: '' });
    expect((await db.articles.get(id))?.note).toBe('của tôi');
    await saveArticle({ article: makeArticle(), facts: makeFacts(), note: 'mới' });
    expect((await db.articles.get(id))?.note).toBe('mới');
  });

  it('recognises the same content under another URL', async () => {
    const a = await saveArticle({ article: makeArticle({ url: 'https://a.vn/1' }), facts: makeFacts() });
    const b = await saveArticle({ article: makeArticle({ url: 'https://amp.a.vn/1?utm=x' }), facts: makeFacts() });
    expect(b).toEqual({ id: a.id, status: 'updated' });
    expect((await db.articles.get(a.id))?.url).toBe('https://a.vn/1');
  });

  it('does not merge different short texts that hash to nothing', async () => {
    await saveArticle({ article: makeArticle({ url: 'https://a.vn/1', text: 'Đăng nhập để đọc' }), facts: makeFacts() });
    await saveArticle({ article: makeArticle({ url: 'https://a.vn/2', text: 'Đăng nhập để đọc' }), facts: makeFacts() });
    expect(await db.articles.count()).toBe(2);
  });

  it('keeps one article when two contexts save at once', async () => {
    const results = await Promise.all([
      saveArticle({ article: makeArticle({ url: 'https://a.vn/x' }), facts: makeFacts() }),
      saveArticle({ article: makeArticle({ url: 'https://a.vn/x' }), facts: makeFacts() }),
      saveArticle({ article: makeArticle({ url: 'https://b.vn/x' }), facts: makeFacts() }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['created', 'updated', 'updated']);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.articles.count()).toBe(1);
  });

  it('links clippings taken before the page was saved', async () => {
    const clip = await saveClipping({ url: 'https://example.vn/bai-1', title: 'Bài', quote: 'trao Huân chương' });
    const { id } = await saveArticle({ article: makeArticle(), facts: makeFacts() });
    expect((await getArticle(id))?.clippings.map((c) => c.id)).toEqual([clip.id]);
  });
});

describe('findSavedArticle', () => {
  it('finds by URL or by content hash', async () => {
    const article = makeArticle();
    const { id } = await saveArticle({ article, facts: makeFacts() });
    expect((await findSavedArticle({ url: article.url }))?.id).toBe(id);
    expect((await findSavedArticle({ url: 'https://other/', contentHash: contentHash(article.text) }))?.id).toBe(id);
    expect(await findSavedArticle({ url: 'https://other/', contentHash: '' })).toBeUndefined();
  });
});

describe('updateArticle', () => {
  it('replaces tags and note, reindexes, and drops unused tags', async () => {
    const { id } = await saveArticle({ article: makeArticle(), facts: makeFacts(), tags: ['a', 'b'] });
    const updated = await updateArticle(id, { tags: ['b', 'c'], note: 'ghi chú quan trọng' });
    expect(updated.tags).toEqual(['b', 'c']);
    expect(updated.note).toBe('ghi chú quan trọng');
    expect(await listTags()).toEqual(['b', 'c']);
    expect((await db.search.get(id))?.tokens).toContain('quan');
  });
  it('throws a typed not-found error', async () => {
    await expect(updateArticle('nope', { note: 'x' })).rejects.toMatchObject({ name: 'StorageError', code: 'not-found' });
  });
});

describe('deleteArticle / restoreArticle', () => {
  it('removes every trace, and undo puts it all back', async () => {
    const { id } = await saveArticle({ article: makeArticle(), facts: makeFacts({ officials: ['Tô Lâm'] }), tags: ['x'] });
    const clip = await saveClipping({ url: 'https://example.vn/bai-1', title: 'Bài', quote: 'trao Huân chương' });
    const before = await db.articles.get(id);
    const snap = await deleteArticle(id);
    expect(snap?.clippingIds).toEqual([clip.id]);
    expect(await db.articles.count()).toBe(0);
    expect(await db.facts.where('itemId').equals(id).count()).toBe(0);
    expect(await db.search.get(id)).toBeUndefined();
    expect((await db.clippings.get(clip.id))?.articleId).toBeNull();
    expect(await listTags()).toEqual([]);

    expect(await restoreArticle(snap!)).toBe(true);
    expect(await db.articles.get(id)).toEqual(before);
    expect((await articlesWithFact('official', 'Tô Lâm')).map((a) => a.id)).toEqual([id]);
    expect((await getArticle(id))?.clippings.map((c) => c.id)).toEqual([clip.id]);
    expect(await listTags()).toEqual(['x']);
    expect(await restoreArticle(snap!)).toBe(false); // twice is a no-op
  });
  it('returns undefined for an unknown id', async () => {
    expect(await deleteArticle('missing')).toBeUndefined();
  });
});

describe('articlesWithFact', () => {
  it('finds every article naming an official or award, newest first, whatever the tone placement', async () => {
    const a = await at(T0, () => saveArticle({ article: makeArticle({ url: 'https://a/1', title: 'Một' }), facts: makeFacts({ officials: ['Trịnh Huy Thành'], awards: ['Huân chương Lao động hạng Nhất'] }) }));
    const b = await at(T0 + DAY, () => saveArticle({ article: makeArticle({ url: 'https://a/2', title: 'Hai' }), facts: makeFacts({ officials: ['Trịnh Huy Thành'], awards: ['Huân chương Lao động hạng Ba'], places: ['Hoà Bình'] }) }));
    await saveArticle({ article: makeArticle({ url: 'https://a/3', title: 'Ba' }), facts: makeFacts({ officials: ['Trịnh Huy Thanh'] }) });
    expect((await articlesWithFact('official', 'Trịnh Huy Thành')).map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await articlesWithFact('award', 'Huân chương Lao động')).map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await articlesWithFact('award', 'Huân chương Lao động hạng Ba')).map((x) => x.id)).toEqual([b.id]);
    expect((await articlesWithFact('place', 'Hòa Bình')).map((x) => x.id)).toEqual([b.id]);
    expect(await articlesWithFact('official', 'Trịnh Huy')).toHaveLength(3);
  });
});
