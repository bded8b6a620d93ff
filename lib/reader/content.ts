import { sanitizeHtml } from '../extract/sanitize';
import { collectHeadings, type TocEntry } from './toc';

/** Article HTML ready to render, and its table of contents. */
export interface PreparedContent {
  html: string;
  toc: TocEntry[];
}

// A fragment link points inside the article itself; everything else leaves the reader.
const IN_PAGE = /^#/;
const PRESENTATIONAL = ['style', 'color', 'bgcolor', 'background', 'face', 'align', 'bordercolor'];

/**
 * Sanitizes the stored article HTML again (defence in depth: it may come from an old or tampered
 * database row), then makes it fit the reader: links open in a new tab without an opener (fragment
 * links stay in the page), inline styling goes, images load lazily without leaking a referrer,
 * headings get ids for the table of contents.
 */
export function prepareContent(html: string, win: Window): PreparedContent {
  const clean = sanitizeHtml(html, win);
  // An inert document: nothing in it loads until the reader renders it (then lazily).
  const box = win.document.implementation.createHTMLDocument('').createElement('div');
  box.innerHTML = clean;
  for (const a of Array.from(box.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    if (IN_PAGE.test(a.getAttribute('href') ?? '')) {
      a.removeAttribute('target');
      continue;
    }
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
  // The reader owns typography and colour: a site's inline colours would be unreadable in dark mode.
  for (const el of Array.from(box.querySelectorAll(PRESENTATIONAL.map((a) => `[${a}]`).join(',')))) {
    for (const attr of PRESENTATIONAL) el.removeAttribute(attr);
  }
  for (const img of Array.from(box.querySelectorAll('img'))) {
    img.setAttribute('loading', 'lazy');
    img.setAttribute('referrerpolicy', 'no-referrer');
    img.setAttribute('decoding', 'async');
  }
  const toc = collectHeadings(box); // sets the ids, so before serialising
  return { html: box.innerHTML, toc };
}
