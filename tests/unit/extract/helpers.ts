import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeHtml, parseHtml } from '../../../lib/cli/parse';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
export const DEV_PAGES = '/work/shared/eval/dev/pages/';

/** A saved page as a jsdom Document, decoded by its declared charset. */
export function loadPage(path: string, url?: string): Document {
  return parseHtml(decodeHtml(readFileSync(path)), url);
}

/** A document from an HTML string. */
export function docFrom(html: string, url?: string): Document {
  return parseHtml(html, url);
}
