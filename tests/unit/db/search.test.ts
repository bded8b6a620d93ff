import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { at, DAY, freshDb, makeArticle, makeFacts, T0 } from './helpers';
import { listItems, parseQuery, saveArticle, saveClipping, updateArticle } from '../../../lib/db';

const ids: Record<string, string> = {};
const titles = async (q: Parameters<typeof listItems>[0]) =>
  (await listItems(q)).items.map((i) => (i.kind === 'article' ? i.article.title : `clip:${i.clipping.quote}`));

beforeAll(async () => {
  freshDb();
  const save = (day: number, title: string, text: string, extra: Partial<Parameters<typeof makeArticle>[0]> = {}, facts = makeFacts(), tags: string[] = []) =>
    at(T0 + day * DAY, async () => {
      ids[title] = (await saveArticle({ article: makeArticle({ url: `https://s/${day}`, title, text, ...extra }), facts, tags })).id;
    });
  await save(0, 'Trao huân chương', 'Ông Trịnh Huy Thành nhận Huân chương Lao động. Hội nghị diễn ra ở Hà Nội.', { publishedTime: '2024-09-02T08:00:00+07:00' }, makeFacts({ officials: ['Trịnh Huy Thành'], awards: ['Huân chương Lao động hạng Nhì'] }), ['vinh danh']);
  await save(1, 'Hòa bình', 'Thông điệp hòa bình được nhắc lại tại hội nghị ngày 3/9.', { siteName: 'Báo B', publishedTime: '2024-09-03' });
  await save(2, 'Hoà giải', 'Kiểu bỏ dấu cũ: hoà giải thành công giữa hai bên.', { siteName: 'Báo B', publishedTime: '2024-10-01' }, makeFacts(), ['vinh danh']);
  await save(3, 'Ministers meet', 'The minister of finance met ministers from the region on Monday.', { lang: 'en', siteName: null, url: 'https://www.reuters.com/x', publishedTime: null });
  await save(4, 'Hoàng hôn', 'Một bài về hoàng hôn trên sông Hồng.', { publishedTime: '2023-01-01' });
  await at(T0 + 5 * DAY, () => saveClipping({ url: 'https://s/9', title: 'Nguồn', siteName: 'Báo B', quote: 'Huân chương Độc lập hạng Ba', tags: ['vinh danh'] }));
  await updateArticle(ids['Hoàng hôn']!, { note: 'đọc lại phần về Trịnh Huy Thành' });
});

describe('listItems', () => {
  it('lists articles and clippings newest first, paged', async () => {
    const all = await titles({});
    expect(all).toEqual(['clip:Huân chương Độc lập hạng Ba', 'Hoàng hôn', 'Ministers meet', 'Hoà giải', 'Hòa bình', 'Trao huân chương']);
    const page = await listItems({ offset: 2, limit: 2 });
    expect(page.total).toBe(6);
    expect(page.items.map((i) => i.id)).toEqual([ids['Ministers meet'], ids['Hoà giải']]);
  });

  it('ignores Vietnamese diacritics: "trinh huy thanh" finds Trịnh Huy Thành in text and notes', async () => {
    expect(await titles({ query: 'trinh huy thanh' })).toEqual(['Hoàng hôn', 'Trao huân chương']);
  });

  it('"hoa " finds both Hòa and Hoà as whole words', async () => {
    expect(await titles({ query: 'hoa ' })).toEqual(['Hoà giải', 'Hòa bình']);
  });

  it('matches the last word as a prefix while typing', async () => {
    expect(await titles({ query: 'hoa' })).toEqual(['Hoàng hôn', 'Hoà giải', 'Hòa bình']);
    expect(await titles({ query: 'minist' })).toEqual(['Ministers meet']);
    expect(await titles({ query: 'minist ' })).toEqual([]);
  });

  it('searches titles, facts and clippings, with quoted phrases in order', async () => {
    expect(await titles({ query: 'huan chuong' })).toEqual(['clip:Huân chương Độc lập hạng Ba', 'Trao huân chương']);
    expect(await titles({ query: '"lao dong" huan' })).toEqual(['Trao huân chương']);
    expect(await titles({ query: '"thanh huy"' })).toEqual([]);
    expect(await titles({ query: 'hang nhi' })).toEqual(['Trao huân chương']); // from the award fact only
  });

  it('filters by site, tag, kind, dates and fact, combined with search', async () => {
    expect(await titles({ site: 'Báo B' })).toEqual(['clip:Huân chương Độc lập hạng Ba', 'Hoà giải', 'Hòa bình']);
    expect(await titles({ site: 'reuters.com' })).toEqual(['Ministers meet']);
    expect(await titles({ tag: 'vinh danh', kind: 'article' })).toEqual(['Hoà giải', 'Trao huân chương']);
    expect(await titles({ query: 'huan', kind: 'clipping' })).toEqual(['clip:Huân chương Độc lập hạng Ba']);
    expect(await titles({ savedFrom: T0 + DAY, savedTo: T0 + 2 * DAY })).toEqual(['Hoà giải', 'Hòa bình']);
    expect(await titles({ publishedFrom: '2024-09', publishedTo: '2024-09' })).toEqual(['Hòa bình', 'Trao huân chương']);
    expect(await titles({ fact: { type: 'official', value: 'Trịnh Huy Thành' } })).toEqual(['Trao huân chương']);
    expect(await titles({ fact: { type: 'award', value: 'huân chương lao động' }, query: 'ha noi' })).toEqual(['Trao huân chương']);
    const filtered = await listItems({ site: 'Báo B', limit: 1, offset: 1 });
    expect(filtered.total).toBe(3);
  });
});

describe('parseQuery', () => {
  it('separates phrases, words and the word being typed', () => {
    expect(parseQuery('"Tô Lâm" huân chươ')).toEqual({ words: ['huan'], phrases: [['to', 'lam']], prefix: 'chuo' });
    expect(parseQuery('ab')).toEqual({ words: ['ab'], phrases: [], prefix: null });
  });
});
