import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { cleanArticle } from './cleanup';
import { countWords, readingMinutes } from './count';
import { cloneDocument, elementDepth, windowOf } from './dom';
import { linkDensity } from './cleanup-lines';
import { collectImages } from './images';
import { detectLang } from './lang';
import { clean, cleanByline, findDir } from './metadata';
import { readPageMeta } from './page-meta';
import { findLead, restoreLead } from './lead';
import { pickPublished } from './published';
import { sanitizeHtml } from './sanitize';
import { htmlToText } from './text';
import { ExtractError, type Article, type ExtractOptions } from './types';

/** The core's own stages; parsing and facts are timed by the caller. */
export interface ExtractTimings {
  /** Cloning the page, isProbablyReaderable, reading its metadata and Readability itself. */
  readabilityMs: number;
  /** Clean-up, plain text, language, date, sanitizing and images. */
  cleanupMs: number;
}

// Below this much clean text a "result" is a teaser, a list or an error page, not an article.
const MIN_TEXT_CHARS = 250;
const MIN_PARAGRAPH_CHARS = 80;
// Real news pages run to 1,000-20,000 elements (the dev pages: at most 2,078). Past 50,000 the
// page is a dump, not an article, and Readability alone would take tens of seconds in jsdom.
const MAX_ELEMENTS = 50_000;
// Chromium's parser caps nesting at 512; deeper trees only overflow recursive DOM code.
const MAX_DEPTH = 1_000;
// A page Readability does not find readerable, with this little text mostly in links, is a list.
const LIST_PAGE_CHARS = 1_000;
const LIST_PAGE_LINK_SHARE = 0.25;
const EXCERPT_MAX = 300;

function isEmpty(page: Document): boolean {
  const body = page.body;
  return !body || (!(body.textContent ?? '').trim() && !body.querySelector('img'));
}

function runReadability(page: Document) {
  try {
    return new Readability<Element>(page, {
      serializer: (node) => node as Element,
      maxElemsToParse: MAX_ELEMENTS,
      // The clean-up reads the site's class names (related, promo, share…) and then drops them.
      keepClasses: true,
    }).parse();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/elements found/i.test(message)) throw new ExtractError('too-large', `The page is too large to read (${message}).`);
    throw new ExtractError('parse-failed', `Readability failed on this page: ${message}`);
  }
}

/** Cheap size checks before any expensive work: element count, then nesting depth. */
function checkBudget(doc: Document): void {
  const count = doc.getElementsByTagName('*').length;
  if (count > MAX_ELEMENTS) {
    throw new ExtractError('too-large', `page too large: ${count.toLocaleString('en-US')} elements (limit ${MAX_ELEMENTS.toLocaleString('en-US')})`);
  }
  const depth = elementDepth(doc, MAX_DEPTH);
  if (depth > MAX_DEPTH) {
    throw new ExtractError('too-large', `page too deeply nested: more than ${MAX_DEPTH.toLocaleString('en-US')} levels (limit ${MAX_DEPTH.toLocaleString('en-US')})`);
  }
}

/** True when over a tenth of the text is U+FFFD or control characters: binary bytes read as text. */
function mostlyGarbage(text: string): boolean {
  const bad = text.match(/[\uFFFD\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g)?.length ?? 0;
  return bad > text.length * 0.1;
}

function excerptOf(description: string, text: string): string {
  const value = description || text.split('\n\n')[0] || '';
  return value.length > EXCERPT_MAX ? `${value.slice(0, EXCERPT_MAX - 1).trimEnd()}…` : value;
}

function dayFirst(lang: string, hint: string): boolean {
  // US English writes month first; a bare "en" is taken as US, the larger share of English news.
  return !(lang === 'en' && /^en(-us)?$/i.test(hint || 'en'));
}

/** Document → Article with per-stage timings. Never mutates `document`; throws ExtractError. */
export function extractArticleTimed(document: Document, opts: ExtractOptions = {}): { article: Article; timings: ExtractTimings } {
  const start = performance.now();
  checkBudget(document);
  // Everything below reads the clone: the live page is neither changed nor trusted.
  let page: Document;
  try {
    page = cloneDocument(document);
  } catch (err) {
    if (err instanceof RangeError) throw new ExtractError('too-large', 'page too deeply nested to read');
    throw new ExtractError('parse-failed', `Cannot copy the page: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (isEmpty(page)) throw new ExtractError('empty', 'The page is empty: it has no text or images.');
  if ((page.body?.textContent ?? '').trimStart().startsWith('%PDF-')) throw new ExtractError('not-article', 'a PDF, not a web page');
  const readerable = isProbablyReaderable(page);
  const meta = readPageMeta(page, opts.url);
  const dirAttr = page.body?.getAttribute('dir') || page.documentElement.getAttribute('dir');
  const base = page.baseURI && page.baseURI !== 'about:blank' ? page.baseURI : meta.url;
  const lead = findLead(page);
  const result = runReadability(page);
  const readabilityDone = performance.now();

  const root = result?.content;
  if (!result || !root) throw new ExtractError('not-article', 'No article found on this page (Readability found no main content).');
  const title = meta.title || clean(result.title) || meta.headlineFromJsonLd;
  const byline = cleanByline(result.byline);
  cleanArticle(root, { title, byline });
  restoreLead(root, lead);
  const text = htmlToText(root);
  if (text.length < MIN_TEXT_CHARS || !text.split('\n\n').some((p) => p.length >= MIN_PARAGRAPH_CHARS)) {
    throw new ExtractError('not-article', `No article found on this page: the main content is only ${text.length} characters of text.`);
  }
  if (!readerable && text.length < LIST_PAGE_CHARS && linkDensity(root) >= LIST_PAGE_LINK_SHARE) {
    throw new ExtractError('not-article', 'No article found on this page: it is a short list of links (search results, an index).');
  }
  if (mostlyGarbage(text)) throw new ExtractError('not-article', 'No article found on this page: its text is mostly unreadable characters.');

  const win = windowOf(document) ?? (globalThis as { window?: Window }).window;
  if (!win) throw new ExtractError('internal', 'No window to sanitize with: pass a document that has a defaultView.');
  const hint = meta.langHint || clean(result.lang);
  const lang = detectLang(`${title}\n${text}`, hint);
  const wordCount = countWords(text, lang);
  const article: Article = {
    url: meta.url,
    title,
    byline,
    siteName: meta.siteName ?? (clean(result.siteName) || null),
    lang,
    dir: findDir(result.dir || dirAttr, lang),
    publishedTime: pickPublished(meta.dates, { dayFirst: dayFirst(lang, hint) }),
    excerpt: excerptOf(meta.description, text),
    html: sanitizeHtml(root.innerHTML, win),
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount, lang),
    images: collectImages(root, base),
    readerable,
  };
  return { article, timings: { readabilityMs: readabilityDone - start, cleanupMs: performance.now() - readabilityDone } };
}

/** Document → clean Article (Readability on a clone, generic clean-up, metadata, sanitized HTML). */
export function extractArticle(document: Document, opts: ExtractOptions = {}): Article {
  return extractArticleTimed(document, opts).article;
}
