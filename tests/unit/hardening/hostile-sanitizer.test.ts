// The sanitizer on its own, fed each hostile page's raw markup. In the core, Readability has
// already removed styles and made URLs absolute before sanitizeHtml runs; the reader also calls
// sanitizeHtml on stored HTML (lib/reader/content.ts). So the sanitizer must hold by itself.
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../lib/extract';
import { parseInert, validateSafeHtml } from '../../../lib/contract';
import { canonical, freshWindow, hostilePages, squash } from './pages';

const win = freshWindow();
// Raw page markup still has the site's relative links; the core absolutises them before sanitizing.
const notRelative = (problems: string[]) => problems.filter((p) => !p.includes('relative URL'));

describe('sanitizeHtml on raw hostile markup', () => {
  it.each(hostilePages().map((p) => [p.file, p] as const))('%s', (_file, p) => {
    const once = sanitizeHtml(p.html, win);
    expect(notRelative(validateSafeHtml(once, win.document))).toEqual([]);
    expect(canonical(sanitizeHtml(once, freshWindow()))).toBe(canonical(once));
    expect(squash(parseInert(once, freshWindow().document).innerHTML)).toBe(squash(once));
  });

  it.each([
    // CSS escapes and image-set() fetch in Chromium exactly like url() (checked in real Chromium).
    ['<p style="background:u\\72l(http://127.0.0.1:9/a)">x</p>'],
    ['<p style="background:\\75\\72\\6c(http://127.0.0.1:9/b)">x</p>'],
    ['<p style="background-image:image-set(\'http://127.0.0.1:9/c\' 1x)">x</p>'],
    ['<p style="background-image:-webkit-image-set(\'http://127.0.0.1:9/d\' 1x)">x</p>'],
    ['<p style="cursor:url(http://127.0.0.1:9/e),auto">x</p>'],
  ])('drops fetching style %s', (html) => {
    expect(validateSafeHtml(sanitizeHtml(html, win), win.document)).toEqual([]);
  });
});
