import { describe, expect, it } from 'vitest';
import { fixture, sampleLibrary, unzip } from './helpers';
import { articleMarkdown, buildExport, citationSources, factsCsv, markdownZip, parseByline, toBibtex, toCslJson, toRis } from '../../../lib/export';
import { csvField } from '../../../lib/export/csv';
import { bibEscape } from '../../../lib/export/bibtex';
import { mdEscape } from '../../../lib/export/markdown';
import { crc32 } from '../../../lib/export/zip';

const lib = sampleLibrary();
const sources = citationSources(lib.articles, lib.clippings);

describe('citations match the hand-checked files', () => {
  it('CSL-JSON', () => {
    expect(JSON.parse(toCslJson(sources))).toEqual(JSON.parse(fixture('expected.csl.json')));
  });
  it('BibTeX', () => {
    expect(toBibtex(sources)).toBe(fixture('expected.bib'));
  });
  it('RIS', () => {
    expect(toRis(sources)).toBe(fixture('expected.ris'));
  });
});

describe('citation details', () => {
  it('reads bylines into people or desks', () => {
    expect(parseByline('By Jane Doe and John Smith', 'en')).toEqual([{ family: 'Doe', given: 'Jane' }, { family: 'Smith', given: 'John' }]);
    expect(parseByline('Nguyễn Văn An, Lê Thị Bình', 'vi')).toEqual([{ family: 'Nguyễn', given: 'Văn An' }, { family: 'Lê', given: 'Thị Bình' }]);
    expect(parseByline('PV', 'vi')).toEqual([{ literal: 'PV' }]);
    expect(parseByline(null, 'vi')).toEqual([]);
  });
  it('keeps keys stable and only disambiguates collisions', () => {
    const a = { ...lib.articles[0]!, url: 'https://x/1' };
    const b = { ...lib.articles[0]!, url: 'https://x/2' };
    const keys = citationSources([a, b]).map((s) => s.key);
    expect(keys[0]).toMatch(/^trinh2024trao-[0-9a-f]{4}$/);
    expect(keys[0]).not.toBe(keys[1]);
    expect(citationSources([b, a]).map((s) => s.key)).toEqual([keys[1], keys[0]]);
    expect(citationSources([a]).map((s) => s.key)).toEqual(['trinh2024trao']);
  });
  it('escapes every BibTeX special character', () => {
    expect(bibEscape('a\\b{c}$&%#_~^')).toBe('a\\textbackslash{}b\\{c\\}\\$\\&\\%\\#\\_\\textasciitilde{}\\textasciicircum{}');
  });
});

describe('CSV of facts', () => {
  it('matches the hand-checked file (BOM, CRLF, RFC 4180 quoting, formulas defused)', () => {
    expect(factsCsv(lib.articles)).toBe(fixture('expected.csv'));
  });
  it('quotes only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('Markdown', () => {
  it('writes front matter, text, facts, note and clippings as in the hand-checked files', () => {
    const clips = lib.clippings.filter((c) => c.articleId === lib.articles[0]!.id);
    expect(articleMarkdown(lib.articles[0]!, clips)).toBe(fixture('expected-article-1.md'));
    expect(articleMarkdown(lib.articles[1]!)).toBe(fixture('expected-article-2.md'));
  });
  it('escapes Markdown and HTML in text', () => {
    expect(mdEscape('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(mdEscape('1. not a list')).toBe('\\1. not a list');
    expect(mdEscape('[link](javascript:x)')).toBe('\\[link\\](javascript:x)');
  });
  it('zips one file per article plus loose clippings, readable and deterministic', () => {
    const now = new Date('2025-01-20T08:00:00Z');
    const bytes = markdownZip(lib, now);
    const files = unzip(bytes, crc32);
    expect([...files.keys()]).toEqual([
      '2024-09-02-trao-huan-chuong-lao-dong-hang-nhat-cho-bo-tai-chinh.md',
      '2025-01-16-rates-costs-50-of-budgets-spent-now-1.md',
      '2025-01-17-to-lam-trao-huan-chuong.md',
      'clippings.md',
    ]);
    expect(files.get('2024-09-02-trao-huan-chuong-lao-dong-hang-nhat-cho-bo-tai-chinh.md')).toBe(fixture('expected-article-1.md'));
    expect(files.get('clippings.md')).toContain('> Một câu trích dẫn.');
    expect(markdownZip(lib, now)).toEqual(bytes);
  });
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });
});

describe('buildExport', () => {
  it('names files by day and picks the right type', () => {
    const now = new Date('2025-01-20T08:00:00Z');
    expect(buildExport('json', lib, now)).toMatchObject({ filename: 'lede-library-2025-01-20.json', mime: 'application/json' });
    expect(buildExport('bibtex', lib, now).filename).toBe('lede-citations-2025-01-20.bib');
    expect(buildExport('markdown', lib, now).data).toBeInstanceOf(Uint8Array);
  });
});
