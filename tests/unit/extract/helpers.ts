import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeHtml, parseHtml } from '../../../lib/cli/parse';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
// ../shared sits beside the checkout (CI lays it there too).
export const DEV_PAGES = fileURLToPath(new URL('../../../../shared/eval/dev/pages/', import.meta.url));

/** A saved page as a jsdom Document, decoded by its declared charset. */
export function loadPage(path: string, url?: string): Document {
  return parseHtml(decodeHtml(readFileSync(path)), url);
}

/** A document from an HTML string. */
export function docFrom(html: string, url?: string): Document {
  return parseHtml(html, url);
}
