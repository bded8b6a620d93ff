// The contract checkers guard every other hardening test, so they get tests of their own:
// each must reject what it exists to reject, and accept clean output.
import { describe, expect, it } from 'vitest';
import {
  cssProblems,
  isIsoDate,
  isSafeUrl,
  validateArticle,
  validateCliLine,
  validateFacts,
  validateSafeHtml,
} from '../../../lib/contract';
import { freshWindow } from './pages';

const doc = freshWindow().document;
const article = {
  url: 'https://example.com/a',
  title: 'T',
  byline: null,
  siteName: 'Example',
  lang: 'en',
  dir: 'ltr',
  publishedTime: '2024-03-05T08:30:00Z',
  excerpt: 'E',
  html: '<p>Body <a href="https://example.com/b" rel="noopener noreferrer">link</a></p>',
  text: 'Body link',
  wordCount: 2,
  readingMinutes: 1,
  images: [{ src: 'https://example.com/i.jpg', alt: '' }],
  readerable: true,
};

describe('validateSafeHtml', () => {
  it('accepts clean article HTML', () => {
    expect(validateSafeHtml(article.html, doc)).toEqual([]);
    expect(validateSafeHtml('<figure><img src="data:image/png;base64,AA==" alt=""><figcaption>c</figcaption></figure><a href="#x">x</a>', doc)).toEqual([]);
  });

  it.each([
    ['<img src=x onerror=alert(1)>', /event handler/],
    ['<a href="java\tscript:alert(1)" rel="noopener noreferrer">x</a>', /unsafe URL/],
    ['<a href=" JAVASCRIPT:alert(1)" rel="noopener noreferrer">x</a>', /unsafe URL/],
    ['<a href="data:text/html,x" rel="noopener noreferrer">x</a>', /unsafe URL/],
    ['<a href="https://e.com">x</a>', /noopener/],
    ['<a href="library.html" rel="noopener noreferrer">x</a>', /relative URL/],
    ['<img srcset="ok.png 1x, javascript:alert(1) 2x">', /srcset/],
    ['<p style="background:u\\72l(http://e.com/x)">x</p>', /url\(/],
    ['<p style="background-image:image-set(\'http://e.com/x\' 1x)">x</p>', /fetching/],
    ['<form name="cloneNode"></form>', /forbidden|clobbers/],
    ['<img name="documentElement" src="https://e.com/i.png">', /clobbers/],
    ['<div id="browser"></div>', /clobbers/],
    ['<iframe src="https://e.com"></iframe>', /forbidden/],
    ['<svg><use href="https://e.com/x.svg#a"></use></svg>', /forbidden/],
    ['<a href="https://e.com" rel="noopener noreferrer" ping="https://e.com/p">x</a>', /ping/],
    ['<img alt="<script>">', /<script/],
    ['<template><img src=x onerror=alert(1)></template>', /event handler/],
  ])('rejects %s', (html, problem) => {
    expect(validateSafeHtml(html, doc).join('\n')).toMatch(problem);
  });
});

describe('small checks', () => {
  it('isSafeUrl allows data: only for images', () => {
    expect(isSafeUrl('data:image/png;base64,AA==', true)).toBe(true);
    expect(isSafeUrl('data:image/png;base64,AA==', false)).toBe(false);
    expect(isSafeUrl('vbscript:x')).toBe(false);
    expect(isSafeUrl('file:///x', false, ['file'])).toBe(true);
  });

  it('cssProblems sees through comments and escapes', () => {
    // Conservative: comments are dropped before matching, so this counts though CSS would not fetch.
    expect(cssProblems('background: ur/**/l(http://e.com)').length).toBeGreaterThan(0);
    expect(cssProblems('@\\69mport "x.css"').length).toBeGreaterThan(0);
    expect(cssProblems('color: red')).toEqual([]);
  });

  it('isIsoDate takes real dates only', () => {
    for (const ok of ['2024', '2024-02', '2024-02-29', '2024-02-29T10:00', '2024-02-29T10:00:00.5+07:00']) expect(isIsoDate(ok)).toBe(true);
    for (const bad of ['2023-02-29', '2024-13', '24-01-01', '2024-01-01T25:00', 'yesterday', '']) expect(isIsoDate(bad)).toBe(false);
  });
});

describe('validateArticle / validateCliLine / validateFacts', () => {
  it('accepts a valid article and rejects a broken one', () => {
    expect(validateArticle(article)).toEqual([]);
    const broken = { ...article, lang: 'English', dir: 'up', publishedTime: 'Tuesday', text: 'Cafe\u0301', wordCount: -1, images: [{ src: 'javascript:x' }] };
    expect(validateArticle(broken)).toHaveLength(7);
  });

  it('checks both kinds of CLI line', () => {
    const { images: _i, readerable: _r, ...record } = article;
    const facts = { lang: 'en', supported: false, dates: [], officials: [], awards: [], organizations: [], places: [], figures: [], summary: [] };
    expect(validateCliLine({ source: 'a.html', ...record, facts })).toEqual([]);
    expect(validateCliLine({ source: 'a.html', error: { code: 'not-article', message: 'No article' } })).toEqual([]);
    expect(validateCliLine({ source: 'a.html', error: { code: 'boom', message: '' } })).toHaveLength(2);
  });

  it('checks facts against their text', () => {
    const text = 'On 5 March 2024 the council met.';
    const date = { text: '5 March 2024', value: '2024-03-05', sentence: text, span: { start: 3, end: 15 } };
    const facts = { lang: 'en', supported: true, dates: [date], officials: [], awards: [], organizations: [], places: [], figures: [], summary: [] };
    expect(validateFacts(facts, text)).toEqual([]);
    expect(validateFacts({ ...facts, dates: [{ ...date, span: { start: 4, end: 15 } }] }, text).join()).toMatch(/text.slice/);
    expect(validateFacts({ ...facts, dates: [{ ...date, span: { start: 30, end: 99 } }] }, text).join()).toMatch(/outside/);
    expect(validateFacts({ ...facts, dates: [{ ...date, value: '2024-02-30' }] }, text).join()).toMatch(/not ISO/);
  });
});
