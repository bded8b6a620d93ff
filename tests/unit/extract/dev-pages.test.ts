import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract';
import type { Article } from '../../../lib/extract/types';
import { DEV_PAGES, loadPage } from './helpers';

const GOLD = join(DEV_PAGES, '..', 'gold.jsonl');
const present = existsSync(DEV_PAGES) && existsSync(GOLD);
if (!present) console.warn(`Skipping the dev-page checks: ${DEV_PAGES} is not there (it is in CI).`);

interface Gold {
  file: string;
  title?: string;
  published?: string | null;
}

const gold = present
  ? new Map(readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).map((l) => [(JSON.parse(l) as Gold).file, JSON.parse(l) as Gold]))
  : new Map<string, Gold>();
const files = present ? readdirSync(DEV_PAGES).filter((f) => f.endsWith('.html')).sort() : [];
const cache = new Map<string, Article>();
const article = (file: string): Article => {
  if (!cache.has(file)) cache.set(file, extractArticle(loadPage(join(DEV_PAGES, file))));
  return cache.get(file)!;
};

const VI_CHROME = ['Other news', 'Tin liên quan', 'Đọc nhiều', 'Tin cùng chuyên mục', 'Ý kiến bạn đọc', 'Từ khóa', 'Giấy phép', 'Cơ quan chủ quản', '© 2026', 'Chia sẻ Bình luận', '27/11/2026'];
const EN_CHROME = ['Subscribe for', 'SUBSCRIBE', 'Sign In', 'Share this', 'Most read', 'Comments (', 'More on this story', 'View author archive', 'Enlarge Image', 'Order Reprints', 'A version of this article appears in print', '© 2026', 'Reader from'];

describe.skipIf(!present)('Vietnamese dev pages', () => {
  const vietnamese = files.filter((f) => /^(baomoi|dantri|vi)-/.test(f));

  it('are all there', () => expect(vietnamese.length).toBe(13));

  it.each(vietnamese)('%s: article text without chrome', (file) => {
    const a = article(file);
    expect(a.lang).toBe('vi');
    for (const chrome of VI_CHROME) expect(a.text, chrome).not.toContain(chrome);
    expect(a.text.length).toBeGreaterThan(1000);
  });

  it.each(vietnamese)('%s: the publication date the page gives, and no other', (file) => {
    const expected = file === 'vi-dangcongsan-anniversary.html' ? '2016-11-24' : gold.get(file)?.published;
    expect(expected).not.toBeUndefined();
    if (expected === null) expect(article(file).publishedTime).toBeNull();
    else expect(article(file).publishedTime?.slice(0, 10)).toBe(expected);
  });
});

describe.skipIf(!present)('English dev pages', () => {
  const english = files.filter((f) => /^(rdb|zyte|bbc)-/.test(f));

  it.each(english)('%s: the article, not the chrome', (file) => {
    const a = article(file);
    expect(a.lang).toBe('en');
    for (const chrome of EN_CHROME) expect(a.text, chrome).not.toContain(chrome);
    expect(a.text.length).toBeGreaterThan(800);
    const g = gold.get(file);
    if (g?.title) expect(a.title).toBe(g.title);
    if (g && 'published' in g) {
      if (g.published === null) expect(a.publishedTime).toBeNull();
      else expect(a.publishedTime?.slice(0, 10)).toBe(g.published);
    }
  });
});
