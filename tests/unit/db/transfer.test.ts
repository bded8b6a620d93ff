import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { at, DAY, freshDb, makeArticle, makeFacts, T0 } from './helpers';
import {
  articlesWithFact, getArticle, importLibrary, listItems, listTags, readAll, saveArticle, saveClipping, updateArticle,
  type LibraryData,
} from '../../../lib/db';
import { buildExport, importBackupText } from '../../../lib/export';

async function seedLibrary(): Promise<void> {
  const a = await at(T0, () => saveArticle({ article: makeArticle({ url: 'https://a/1', title: 'Trao Huân chương' }), facts: makeFacts({ officials: ['Trịnh Huy Thành'], awards: ['Huân chương Lao động hạng Nhất'] }), tags: ['Chính trị'], note: 'ghi chú' }));
  await at(T0 + DAY, () => saveArticle({ article: makeArticle({ url: 'https://a/2', title: 'Hòa bình', byline: 'Lê Văn B', publishedTime: null }), facts: makeFacts({ places: ['Hoà Bình'] }) }));
  await at(T0 + 2 * DAY, () => saveClipping({ url: 'https://a/1', title: 'Trao Huân chương', quote: 'trao Huân chương', prefix: 'Tô Lâm ', suffix: ' cho', facts: makeFacts({ awards: ['Huân chương'] }), note: 'trích', tags: ['Trích dẫn'] }));
  await at(T0 + 3 * DAY, () => saveClipping({ url: 'https://c/9', title: 'Khác', siteName: 'Báo C', quote: 'một câu' }));
  await at(T0 + 4 * DAY, () => updateArticle(a.id, { note: 'ghi chú mới' }));
}

describe('export then import', () => {
  it('gives back the same library, field for field, with working indexes', async () => {
    freshDb();
    await seedLibrary();
    const original = await readAll();
    const file = buildExport('json', original, new Date(T0 + 5 * DAY));

    const db = freshDb();
    const result = await importBackupText(file.data as string);
    expect(result).toEqual({ ok: true, report: { added: 4, updated: 0, skipped: 0 } });
    expect(await readAll()).toStrictEqual(original);
    expect(await listTags()).toEqual(['Chính trị', 'Trích dẫn']);
    const id = original.articles[0]!.id;
    expect((await articlesWithFact('official', 'Trịnh Huy Thành')).map((a) => a.id)).toEqual([id]);
    expect((await listItems({ query: 'trinh huy thanh' })).items.map((i) => i.id)).toEqual([id]);
    expect((await getArticle(id))?.clippings).toHaveLength(1);
    expect(await db.facts.count()).toBeGreaterThan(0);
  });
});

describe('importLibrary merging', () => {
  const base = async (): Promise<LibraryData> => {
    freshDb();
    await seedLibrary();
    return readAll();
  };

  it('updates an older copy saved under another id (same URL), merging tags and relinking clippings', async () => {
    const data = await base();
    const incoming = structuredClone(data);
    freshDb();
    const mine = await at(T0 - DAY, () => saveArticle({ article: makeArticle({ url: 'https://a/1', title: 'Cũ' }), facts: makeFacts(), tags: ['Của tôi'] }));
    const report = await importLibrary(incoming);
    expect(report).toEqual({ added: 3, updated: 1, skipped: 0 });
    const stored = await getArticle(mine.id);
    expect(stored?.article.title).toBe('Trao Huân chương');
    expect(stored?.article.tags).toEqual(['Của tôi', 'Chính trị']);
    expect(stored?.clippings.map((c) => c.quote)).toEqual(['trao Huân chương']);
    expect((await readAll()).articles).toHaveLength(2);
  });

  it('skips an incoming copy older than the stored one, and recognises the same text under another URL', async () => {
    const data = await base();
    const old = structuredClone(data.articles[1]!);
    old.url = 'https://mirror/2';
    old.updatedAt = 0;
    old.id = old.id.replace(/-.*/, '-zzzzzzzz');
    expect(await importLibrary({ articles: [old], clippings: [], tags: [] })).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect((await readAll()).articles).toHaveLength(2);
  });

  it('keeps one article for duplicates inside the file', async () => {
    const data = await base();
    const twin = { ...structuredClone(data.articles[0]!), id: data.articles[0]!.id.replace(/-.*/, '-twin0000'), updatedAt: T0 + 9 * DAY, title: 'Bản mới' };
    freshDb();
    const report = await importLibrary({ articles: [data.articles[0]!, twin], clippings: [], tags: [] });
    expect(report).toEqual({ added: 1, updated: 1, skipped: 0 });
    const all = await readAll();
    expect(all.articles.map((a) => [a.id, a.title])).toEqual([[data.articles[0]!.id, 'Bản mới']]);
  });
});
