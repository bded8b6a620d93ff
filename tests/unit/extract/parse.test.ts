import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseHtml, sniffEncoding, stripStyles } from '../../../lib/cli/parse';
import { extractArticle } from '../../../lib/extract/extract';
import { FIXTURES } from './helpers';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decoding saved pages', () => {
  it('follows the BOM, then the declared charset, else UTF-8', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]))).toBe('utf-8');
    expect(sniffEncoding(bytes('<meta charset="windows-1258">'))).toBe('windows-1258');
    expect(sniffEncoding(bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe('windows-1252');
    expect(sniffEncoding(bytes('<meta charset="no-such-thing">'))).toBe('utf-8');
    expect(sniffEncoding(bytes('<html>'))).toBe('utf-8');
  });

  it('reads a windows-1258 Vietnamese page', () => {
    const html = decodeHtml(readFileSync(join(FIXTURES, 'vi-windows-1258.html')));
    expect(html.normalize('NFC')).toContain('Nông dân Đồng Tháp trúng mùa xoài xuất khẩu');
  });
});

describe('parsing', () => {
  // css-tree throws on this (seen on a real news page); jsdom would fail the whole page.
  const badCss = '<style>.a{min-height:calc(($x - 16px) / 16 * 9)}</style><link rel="stylesheet" href="x.css">';
  const page = `<html><head>${badCss}</head><body><article><h1>A page with broken styles in it</h1>${'<p>Paragraph text that is long enough to count as an article body for the test, with a few more words. </p>'.repeat(6)}</article></body></html>`;

  it('drops styles so broken CSS cannot fail the page', () => {
    expect(stripStyles(badCss)).toBe('');
    const doc = parseHtml(page);
    expect(extractArticle(doc).title).toBe('A page with broken styles in it');
  });

  it('runs no scripts', () => {
    const doc = parseHtml('<html><body><script>document.body.setAttribute("data-ran", "1")</script></body></html>');
    expect(doc.body.getAttribute('data-ran')).toBeNull();
  });
});
