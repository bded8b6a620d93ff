import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { at, DAY, freshDb, makeArticle, makeFacts, T0 } from '../db/helpers';
import { fixture } from '../export/helpers';
import { saveArticle, saveClipping } from '@/lib/db';
import { createLibraryModel, toListQuery, type LibraryModel } from '@/lib/state/library';

let model: LibraryModel;
const titles = () =>
  model.page.value?.items.map((i) => (i.kind === 'article' ? i.article.title : `clip:${i.clipping.quote}`)) ?? [];

beforeEach(async () => {
  freshDb();
  await at(T0, () => saveArticle({ article: makeArticle({ url: 'https://a/1', title: 'Trịnh Huy Thành nhận thưởng' }), facts: makeFacts({ officials: ['Trịnh Huy Thành'] }), tags: ['x'] }));
  await at(T0 + DAY, () => saveArticle({ article: makeArticle({ url: 'https://a/2', title: 'Hòa bình', siteName: 'Báo B' }), facts: makeFacts() }));
  await at(T0 + 2 * DAY, () => saveClipping({ url: 'https://a/1', title: 'Trịnh Huy Thành nhận thưởng', quote: 'một câu' }));
  model = createLibraryModel();
  await model.refresh(true);
});

describe('library model', () => {
  it('lists newest first, searches without accents and filters', async () => {
    expect(titles()).toEqual(['clip:một câu', 'Hòa bình', 'Trịnh Huy Thành nhận thưởng']);
    model.query.value = 'trinh huy thanh';
    await model.refresh();
    expect(titles()).toEqual(['clip:một câu', 'Trịnh Huy Thành nhận thưởng']);
    model.query.value = '';
    model.setFilters({ site: 'Báo B' });
    await model.refresh();
    expect(titles()).toEqual(['Hòa bình']);
    expect(model.sites.value).toEqual(['a', 'Báo B', 'Báo Ví dụ']); // 'a': the clipping's host
    expect(model.tags.value).toEqual(['x']);
  });

  it('filters by a fact from the detail view', async () => {
    const id = model.page.value!.items[2]!.id;
    await model.open(id);
    expect(model.detail.value?.kind === 'article' && model.detail.value.clippings.length).toBe(1);
    model.filterByFact('official', 'Trịnh Huy Thành');
    await model.refresh();
    expect(model.detail.value).toBeNull();
    expect(titles()).toEqual(['Trịnh Huy Thành nhận thưởng']);
  });

  it('deletes with undo', async () => {
    const id = model.page.value!.items[1]!.id;
    await model.remove('article', id, 'Hòa bình');
    expect(model.notice.value).toEqual({ kind: 'deleted', title: 'Hòa bình' });
    expect(titles()).not.toContain('Hòa bình');
    await model.undoDelete();
    expect(model.notice.value).toBeNull();
    expect(titles()).toContain('Hòa bình');
  });

  it('edits tags and note', async () => {
    const id = model.page.value!.items[2]!.id;
    await model.open(id);
    await model.saveMeta('article', id, { tags: 'mới, x', note: 'đọc lại' });
    const d = model.detail.value;
    expect(d?.kind === 'article' && [d.article.tags, d.article.note]).toEqual([['mới', 'x'], 'đọc lại']);
    expect(model.notice.value).toEqual({ kind: 'saved' });
  });

  it('imports a backup and reports, or refuses it with the reason', async () => {
    await model.importFile(new Blob([fixture('library.json')]));
    expect(model.notice.value).toEqual({ kind: 'imported', report: { added: 5, updated: 0, skipped: 0 } });
    await model.importFile(new Blob(['{"format":"lede-backup","version":7}']));
    expect(model.notice.value).toMatchObject({ kind: 'import-failed', reason: expect.stringMatching(/newer Lede/) });
  });

  it('exports the JSON backup', async () => {
    const file = await model.exportAs('json');
    expect(file?.filename).toMatch(/^lede-library-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file!.data as string)).toMatchObject({ format: 'lede-backup', version: 1 });
  });
});

describe('toListQuery', () => {
  it('turns date inputs into local day bounds', () => {
    const q = toListQuery('', { savedFrom: '2025-01-15', savedTo: '2025-01-15' }, 0);
    expect(q.savedTo! - q.savedFrom!).toBe(DAY - 1);
    expect(new Date(q.savedFrom!).getHours()).toBe(0);
  });
});
