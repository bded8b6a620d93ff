import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DBCoreTable } from 'dexie';
import { freshDb, makeArticle, makeFacts } from './helpers';
import { listItems, saveArticle, saveClipping, StorageError } from '../../../lib/db';

describe('a write that fails with QuotaExceededError', () => {
  it('becomes StorageError("quota") and leaves nothing half written', async () => {
    const db = freshDb();
    let full = false;
    // The facts index is written after the article row inside saveArticle's transaction, so
    // failing it proves the article row written just before is rolled back too.
    db.use({
      stack: 'dbcore',
      name: 'quota',
      create: (down) => ({
        ...down,
        table(name: string): DBCoreTable {
          const t = down.table(name);
          if (name !== 'facts') return t;
          return {
            ...t,
            mutate: (req) => (full ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) : t.mutate(req)),
          };
        },
      }),
    });
    const first = await saveArticle({ article: makeArticle(), facts: makeFacts({ officials: ['Tô Lâm'] }), tags: ['cũ'] });
    const before = { article: await db.articles.get(first.id), facts: await db.facts.toArray(), search: await db.search.toArray(), terms: await db.terms.count(), tags: await db.tags.toArray() };

    full = true;
    const err = await saveArticle({ article: makeArticle({ url: 'https://b/2', title: 'Mới hoàn toàn', text: 'Nội dung khác hẳn '.repeat(30) }), facts: makeFacts(), tags: ['mới'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ code: 'quota' });
    expect((err as Error).message).toMatch(/no room left/);
    const update = await saveArticle({ article: makeArticle({ title: 'Sửa' }), facts: makeFacts(), tags: ['mới'] }).catch((e: unknown) => e);
    expect(update).toMatchObject({ code: 'quota' });
    await expect(saveClipping({ url: 'https://c', title: 'c', quote: 'q', facts: makeFacts({ places: ['Huế'] }) })).rejects.toMatchObject({ code: 'quota' });

    expect(await db.articles.count()).toBe(1);
    expect(await db.articles.get(first.id)).toEqual(before.article);
    expect(await db.facts.toArray()).toEqual(before.facts);
    expect(await db.search.toArray()).toEqual(before.search);
    expect(await db.terms.count()).toBe(before.terms);
    expect(await db.tags.toArray()).toEqual(before.tags);
    expect(await db.clippings.count()).toBe(0);

    full = false;
    expect((await listItems({ query: 'to lam' })).total).toBe(1); // still usable afterwards
  });
});
