import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixture } from './helpers';
import { freshDb, makeArticle, makeFacts } from '../db/helpers';
import { importBackupText, parseBackup } from '../../../lib/export';
import { readAll, saveArticle, type LedeDb } from '../../../lib/db';

const good = fixture('library.json');
const edit = (f: (b: Record<string, any>) => void) => {
  const b = JSON.parse(good);
  f(b);
  return JSON.stringify(b);
};

const rejected: Array<[string, string, RegExp]> = [
  ['empty', '', /is empty/],
  ['corrupt', '{"format": "lede-backup", nope', /not valid JSON/],
  ['truncated', good.slice(0, Math.floor(good.length / 2)), /incomplete \(truncated\)/],
  ['truncated after a comma', good.slice(0, good.indexOf(',', good.length / 2) + 1), /incomplete \(truncated\)/],
  ['foreign', JSON.stringify({ items: [], version: '5.0' }), /not a Lede backup/],
  ['a list', '[1, 2]', /not a Lede backup/],
  ['future version', edit((b) => (b.version = 2)), /newer Lede \(backup version 2\)/],
  ['top-level __proto__', good.replace('"format"', '"__proto__": {"polluted": true}, "format"'), /forbidden key "__proto__"/],
  ['nested __proto__', good.replace('"lang": "en"', '"lang": "en", "__proto__": {"polluted": true}'), /forbidden key "__proto__"/],
  ['constructor key', edit((b) => (b.articles[0].facts.constructor = { prototype: { x: 1 } })), /forbidden key "(constructor|prototype)"/],
  ['wrong field type', edit((b) => (b.articles[1].wordCount = '11')), /articles\[1\]\.wordCount should be a number/],
  ['missing field', edit((b) => delete b.clippings[0].quote), /clippings\[0\]\.quote should be text/],
  ['bad span', edit((b) => (b.articles[0].facts.dates[0].span.start = 1.5)), /articles\[0\]\.facts\.dates\[0\]\.span\.start should be a whole number/],
  ['javascript: url', edit((b) => (b.articles[0].url = 'javascript:alert(1)')), /articles\[0\]\.url is not a web address/],
  ['foreign id', edit((b) => (b.articles[0].id = 'abc')), /articles\[0\]\.id is not a Lede id/],
  ['id from another time', edit((b) => (b.articles[0].savedAt += 86_400_000)), /articles\[0\]\.id does not match its savedAt/],
  ['bad direction', edit((b) => (b.articles[0].dir = 'up')), /dir should be one of ltr, rtl/],
  ['articles not a list', edit((b) => (b.articles = {})), /articles should be a list/],
];

describe('parseBackup', () => {
  it('keeps facts read from the headline marked as such', () => {
    const text = edit((b) => {
      const facts = b.articles[0].facts;
      facts.officials.push({ name: 'A B', titles: ['Mayor'], mentions: [{ text: 'A B', span: { start: 0, end: 3 }, source: 'title' }], sentence: 'Mayor A B', span: { start: 6, end: 9 }, source: 'title' });
      facts.awards.push({ name: 'Prize', recipient: null, sentence: 'Prize', span: { start: 0, end: 5 }, source: 'title' });
    });
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    const facts = parsed.data.articles[0]!.facts;
    expect(facts.officials.at(-1)).toMatchObject({ source: 'title', mentions: [{ source: 'title' }] });
    expect(facts.awards.at(-1)).toMatchObject({ source: 'title' });
  });

  it('accepts the sample backup', () => {
    const parsed = parseBackup(good);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.data.articles.length).toBe(3);
  });
  it('accepts a UTF-8 BOM', () => {
    expect(parseBackup('\uFEFF' + good).ok).toBe(true);
  });
  it.each(rejected)('rejects %s with a reason', (_, text, reason) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('drops unknown fields instead of copying them', () => {
    const parsed = parseBackup(edit((b) => (b.articles[0].extra = { evil: true })));
    expect(parsed.ok && 'extra' in parsed.data.articles[0]!).toBe(false);
  });
});

describe('importBackupText', () => {
  let db: LedeDb;
  beforeEach(() => {
    db = freshDb();
  });

  it('leaves the library untouched when a file is rejected', async () => {
    await saveArticle({ article: makeArticle(), facts: makeFacts({ officials: ['Tô Lâm'] }), tags: ['x'] });
    const before = { data: await readAll(), facts: await db.facts.toArray(), search: await db.search.toArray() };
    for (const [, text] of rejected) {
      const result = await importBackupText(text);
      expect(result.ok).toBe(false);
    }
    expect(await readAll()).toEqual(before.data);
    expect(await db.facts.toArray()).toEqual(before.facts);
    expect(await db.search.toArray()).toEqual(before.search);
  });

  it('reports added, then skipped on a second import', async () => {
    expect(await importBackupText(good)).toEqual({ ok: true, report: { added: 5, updated: 0, skipped: 0 } });
    expect(await importBackupText(good)).toEqual({ ok: true, report: { added: 0, updated: 0, skipped: 5 } });
    expect(await db.articles.count()).toBe(3);
    expect(await db.clippings.count()).toBe(2);
  });
});
