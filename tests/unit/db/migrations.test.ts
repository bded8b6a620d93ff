import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { freshDb, makeFacts, T0 } from './helpers';
import shipped from '../../fixtures/db/shipped-schema.json';
import { articleSearch } from '../../../lib/db/derive';
import {
  articlesWithFact, contentHash, declareVersions, LATEST_VERSION, listItems, openDb, SCHEMA, type Clipping, type SavedArticle,
} from '../../../lib/db';

const text = 'Tổng Bí thư Tô Lâm trao Huân chương Lao động hạng Nhất cho Trịnh Huy Thành. '.repeat(4);
const v1Article: SavedArticle = {
  id: '00m5xq1s0-abcdefgh', url: 'https://a.vn/1', contentHash: contentHash(text), title: 'Trao thưởng', byline: null,
  siteName: 'Báo A', site: 'Báo A', lang: 'vi', dir: 'ltr', publishedTime: '2024-09-02', excerpt: '', html: `<p>${text}</p>`,
  text, wordCount: 60, readingMinutes: 1, tags: [], note: '', savedAt: T0, updatedAt: T0,
  facts: makeFacts({ officials: ['Trịnh Huy Thành', 'Tô Lâm'], awards: ['Huân chương Lao động hạng Nhất'], dates: ['2024-09-02'] }),
};
const v1Clipping: Clipping = {
  id: '00m5xq1s1-abcdefgh', articleId: null, url: 'https://b.vn/2', title: 'B', siteName: null, site: 'b.vn',
  publishedTime: null, quote: 'tại Huế', prefix: '', suffix: '', facts: makeFacts({ places: ['Huế'] }), note: '', tags: [],
  savedAt: T0, updatedAt: T0,
};

describe('schema list', () => {
  it('never edits a shipped version and only appends', () => {
    expect(SCHEMA.slice(0, shipped.length).map(({ version, stores }) => ({ version, stores }))).toEqual(shipped);
    SCHEMA.forEach((v, i) => expect(v.version).toBe(i + 1));
  });
  it('opens a fresh database at the latest version', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
  });
});

describe('upgrade v1 → v2 (and on to the latest)', () => {
  it('builds the facts index from stored facts and keeps the data', async () => {
    const name = `lede-mig-${Date.now()}`;
    const old = new Dexie(name);
    declareVersions(old, 1);
    await old.table('articles').add(v1Article);
    await old.table('clippings').add(v1Clipping);
    old.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.articles.get(v1Article.id)).toEqual(v1Article);
    const rows = await db.facts.toArray();
    expect(rows.map((r) => `${r.kind}:${r.type}:${r.value}`).sort()).toEqual([
      'article:award:Huân chương Lao động hạng Nhất', 'article:date:2024-09-02', 'article:official:Trịnh Huy Thành',
      'article:official:Tô Lâm', 'clipping:place:Huế',
    ]);
    expect((await articlesWithFact('official', 'trịnh huy thành')).map((a) => a.id)).toEqual([v1Article.id]);
    expect((await listItems({ fact: { type: 'place', value: 'Huế' } })).items.map((i) => i.id)).toEqual([v1Clipping.id]);
  });
});

describe('upgrade v2 → v3', () => {
  it('moves the folded text out of the search rows, and phrases still match', async () => {
    const name = `lede-mig3-${Date.now()}`;
    const old = new Dexie(name);
    declareVersions(old, 2);
    const { row, text: folded } = articleSearch(v1Article);
    await old.table('articles').add(v1Article);
    await old.table('search').add({ ...row, text: folded.text }); // the v2 row shape
    old.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.search.get(v1Article.id)).toEqual(row);
    expect(await db.searchText.get(v1Article.id)).toEqual(folded);
    expect((await listItems({ query: '"trinh huy thanh"' })).items.map((i) => i.id)).toEqual([v1Article.id]);
    expect((await listItems({ query: '"thanh huy"' })).total).toBe(0);
  });
});
