import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleTimed } from '../../../lib/extract/extract';
import { FIXTURES, docFrom, loadPage } from './helpers';

const REFERENCE = join(FIXTURES, 'vi-dangcongsan-anniversary.html');
const CANONICAL = 'https://dangcongsan.vn/thoi-su/dang-bo-khoi-cong-nghiep-ha-noi-ky-niem-20-nam-thanh-lap-413560.html';

describe('the reference page', () => {
  const doc = loadPage(REFERENCE);
  const before = doc.documentElement.outerHTML;
  const { article, timings } = extractArticleTimed(doc);

  it('reads the metadata', () => {
    expect(article.title).toBe(
      'Đảng bộ khối Công nghiệp Hà Nội kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhất',
    );
    expect(article.lang).toBe('vi');
    expect(article.dir).toBe('ltr');
    expect(article.publishedTime).toBe('2016-11-24T11:20:00+07:00');
    expect(article.siteName).toBe('Báo điện tử Đảng Cộng sản Việt Nam');
    expect(article.url).toBe(CANONICAL);
    expect(article.readerable).toBe(true);
    expect(article.excerpt).toContain('Sáng 24/11');
  });

  it('keeps the whole article text, lead to last paragraph, and nothing around it', () => {
    expect(article.text.startsWith('(ĐCSVN) - Sáng 24/11')).toBe(true);
    expect(article.text).toMatch(/Trịnh Huy Thành\. Tại đây,.*DUKCONGNGHIEP\.HANOI\.GOV\.VN\.\/\.$/m);
    for (const chrome of ['12/03/2026', 'Other news', 'Top', 'x + aa -', 'Giấy phép số 15/GP-BTTTT', 'ĐCSVN\n']) {
      expect(article.text).not.toContain(chrome);
    }
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(12);
    expect(article.wordCount).toBeGreaterThan(1000);
    expect(article.readingMinutes).toBe(Math.ceil(article.wordCount / 220));
  });

  it('keeps captions without the photo credit, and the images', () => {
    expect(article.text).toContain('trao Huân chương Lao động cho Đảng ủy Khối Công nghiệp Hà Nội.');
    expect(article.text).not.toContain('(Ảnh: HH)');
    expect(article.images).toHaveLength(2);
    expect(article.images[0]).toMatchObject({
      src: 'https://dangcongsan.vn/images/huan-chuong-khoi-cong-nghiep.jpg',
      alt: 'Trao Huân chương Lao động hạng Nhất',
      width: 640,
      height: 400,
    });
    expect(article.images[0]?.caption).toMatch(/^Đồng chí Ngô Thị Thanh Hằng/);
    expect(article.html).toContain('<figcaption>');
  });

  it('never touches the live document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reports per-stage timings', () => {
    expect(timings.readabilityMs).toBeGreaterThan(0);
    expect(timings.cleanupMs).toBeGreaterThan(0);
  });
});

describe('url', () => {
  const body = `<body><article><h1>A headline for the url test page</h1>${'<p>Some long paragraph of article text that goes on and on for a while to look real enough. </p>'.repeat(6)}</article></body>`;

  it('prefers an absolute canonical, else the given url, else the document URL, never about:blank', () => {
    const withCanonical = docFrom(`<html><head><link rel="canonical" href="/story/1"></head>${body}</html>`, 'https://news.example.org/x?utm=1');
    expect(extractArticle(withCanonical).url).toBe('https://news.example.org/story/1');
    const plain = docFrom(`<html>${body}</html>`, 'https://news.example.org/x');
    expect(extractArticle(plain, { url: 'https://given.example.org/a' }).url).toBe('https://given.example.org/a');
    expect(extractArticle(plain).url).toBe('https://news.example.org/x');
    expect(extractArticle(plain).siteName).toBe('news.example.org');
    expect(extractArticle(docFrom(`<html>${body}</html>`)).url).toBe('');
  });
});
