import { describe, expect, it } from 'vitest';
import { cloneDocument, windowOf } from '../../../lib/extract/dom';
import { extractArticle } from '../../../lib/extract/extract';
import { docFrom } from './helpers';

const ARTICLE = `<article><h1>Council approves the riverside budget</h1>${'<p>The council voted on Tuesday night to approve a budget for the coming fiscal year, ending weeks of debate over road repairs.</p>'.repeat(4)}
  <form name="cloneNode"><input name="tagName"><input name="getAttribute"></form><img name="body" src="a.jpg" alt=""><img id="title" name="x" src="b.jpg" alt=""></article>`;

describe('DOM clobbering', () => {
  it('reads the live page through prototypes, not its own (clobberable) properties', () => {
    const doc = docFrom(`<html><body>${ARTICLE}</body></html>`);
    // jsdom does not clobber; browsers do. Own properties stand in for the named elements.
    for (const name of ['cloneNode', 'querySelectorAll', 'defaultView', 'body']) {
      Object.defineProperty(doc, name, { value: 'clobbered', configurable: true });
    }
    const article = extractArticle(doc);
    expect(article.title).toBe('Council approves the riverside budget');
    expect(windowOf(doc)).not.toBe('clobbered');
  });

  it('drops names and ids that shadow document or form members from the clone only', () => {
    const doc = docFrom(`<html><body>${ARTICLE}</body></html>`);
    const clone = cloneDocument(doc);
    expect(clone.querySelector('form')?.hasAttribute('name')).toBe(false);
    expect(clone.querySelectorAll('input[name]')).toHaveLength(0);
    expect(clone.querySelector('img[src="a.jpg"]')?.hasAttribute('name')).toBe(false);
    expect(clone.querySelector('img[src="b.jpg"]')?.getAttribute('id')).toBeNull();
    expect(clone.querySelector('img[src="b.jpg"]')?.getAttribute('name')).toBe('x');
    expect(doc.querySelector('form')?.getAttribute('name')).toBe('cloneNode');
  });
});
