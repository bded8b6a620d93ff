// One small reproduction per finding that the fuzzers turned up, so that each has a name of its
// own and the fuzzers can keep looking past it.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { computeFacts } from '../../../lib/facts';
import { validateArticle, validateFacts } from '../../../lib/contract';
import { pageDocument } from './pages';

const PARAGRAPH = 'The council met on Tuesday to discuss the budget for road repairs and library hours across the city. ';

describe('findings', () => {
  it('article text is well-formed Unicode even when the DOM holds a lone surrogate', () => {
    // A page's script can put a lone surrogate in the DOM (no decoder ever does); the text is
    // then stored and exported, and UTF-8 cannot carry it.
    const doc = pageDocument(`<article><h1>T</h1><p>${PARAGRAPH.repeat(4)}</p><p id="x">${PARAGRAPH.repeat(3)}</p></article>`, 'https://news.example/a');
    doc.getElementById('x')!.append('broken \ud800 here');
    const a = extractArticle(doc, { url: 'https://news.example/a' });
    expect(validateArticle(a)).toEqual([]);
  });

  it.each(['<!DOCTYPE>', '<!doctype html!>', '<!DOCTYPE 1html>'])('a malformed doctype (%s) is no crash', (doctype) => {
    // jsdom refuses to clone a doctype whose name is not a QName; browsers do not care.
    const doc = pageDocument(`${doctype}<article><h1>T</h1><p>${PARAGRAPH.repeat(5)}</p></article>`, 'https://news.example/a');
    expect(() => extractArticle(doc, { url: 'https://news.example/a' })).not.toThrow();
  });

  it('a date read from the title has a span into the title as given', () => {
    // types.ts: "span is then into the title". With a leading space the span is off by one.
    const title = ' Sáng 24/11/2023, lễ kỷ niệm';
    const facts = computeFacts({ text: 'Nội dung bài viết.', lang: 'vi', publishedTime: null, title });
    expect(facts.dates.some((d) => d.source === 'title')).toBe(true);
    expect(validateFacts(facts, 'Nội dung bài viết.', { title })).toEqual([]);
  });

  it.each([
    ['vi', 'Vụ xoài năm nay, nhiều nhà vườn ở tỉnh Đồng Tháp phấn khởi vì được mùa.', 'Nông dân Đồng Tháp trúng mùa xoài xuất khẩu'],
    ['en', 'Residents met.', 'Ministry of Finance opens office in Hanoi'],
    ['en', '', '12 km'],
  ])('%s: places, organisations and figures named in the title point into the text', (lang, text, title) => {
    // EntityFact and FigureFact have no `source: "title"`, so their span must be into the text;
    // today a title-only mention gives them a span into the title.
    const facts = computeFacts({ text, lang, publishedTime: null, title });
    expect(validateFacts(facts, text, { title })).toEqual([]);
  });
});
