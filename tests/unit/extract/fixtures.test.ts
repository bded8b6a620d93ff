import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract';
import { ExtractError } from '../../../lib/extract/types';
import { FIXTURES, loadPage } from './helpers';

/** What a fixture page must give; only the fields present are checked. */
interface Expected {
  error?: string;
  title?: string;
  lang?: string;
  dir?: string;
  siteName?: string | null;
  byline?: string | null;
  url?: string;
  publishedTime?: string | null;
  publishedTimePrefix?: string;
  nfc?: boolean;
  mustContain?: string[];
  mustNotContain?: string[];
  images?: { src: string; caption?: string }[];
}

const pages = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html') && existsSync(join(FIXTURES, f.replace(/\.html$/, '.expected.json'))))
  .sort();

describe('fixture pages', () => {
  it('has fixtures', () => expect(pages.length).toBeGreaterThanOrEqual(8));

  for (const page of pages) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, page.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;

    it(page, () => {
      const doc = loadPage(join(FIXTURES, page));
      if (expected.error) {
        let error: unknown;
        try {
          extractArticle(doc);
        } catch (err) {
          error = err;
        }
        expect(error).toBeInstanceOf(ExtractError);
        expect((error as ExtractError).code).toBe(expected.error);
        expect((error as ExtractError).message.length).toBeGreaterThan(10);
        return;
      }
      const article = extractArticle(doc);
      for (const key of ['title', 'lang', 'dir', 'siteName', 'byline', 'url', 'publishedTime'] as const) {
        if (key in expected) expect(article[key], key).toBe(expected[key]);
      }
      if (expected.publishedTimePrefix) expect(article.publishedTime?.startsWith(expected.publishedTimePrefix)).toBe(true);
      for (const s of expected.mustContain ?? []) expect(article.text).toContain(s);
      for (const s of expected.mustNotContain ?? []) expect(article.text).not.toContain(s);
      if (expected.nfc) {
        expect(article.text).toBe(article.text.normalize('NFC'));
        expect(article.title).toBe(article.title.normalize('NFC'));
        expect(article.html).toBe(article.html.normalize('NFC'));
      }
      for (const image of expected.images ?? []) expect(article.images).toContainEqual(expect.objectContaining(image));
      expect(article.text).not.toMatch(/\n{3,}/);
      expect(article.wordCount).toBeGreaterThan(0);
      expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
    });
  }
});
