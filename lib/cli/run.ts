/** Runs the core on one saved page: read, decode, parse, extract, facts; never throws. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticleTimed } from '../extract/extract';
import { ExtractError, type Article, type ExtractErrorCode, type Timings } from '../extract/types';
import { computeFacts, type Facts } from '../facts/index';
import { decodeHtml, parseHtml } from './parse';

export type PageRecord = Omit<Article, 'images' | 'readerable'> & { source: string; facts: Facts; timings?: Timings };

export type PageResult =
  | { ok: true; record: PageRecord }
  | { ok: false; source: string; error: { code: ExtractErrorCode; message: string } };

function failure(source: string, err: unknown): PageResult {
  if (err instanceof ExtractError) return { ok: false, source, error: { code: err.code, message: err.message } };
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, source, error: { code: 'internal', message } };
}

async function readPage(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new ExtractError('read-failed', `Cannot read ${file}: ${reason}`);
  }
}

// Ten megabytes of HTML is already an extreme page; beyond this jsdom alone takes too long.
const MAX_BYTES = 16 * 1024 * 1024;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Refuses, before parsing, what is not a web page or too big to parse in reasonable time. */
function checkBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_BYTES) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    throw new ExtractError('too-large', `page too large: ${mb(bytes.length)} MB (limit ${mb(MAX_BYTES)} MB)`);
  }
  if (PDF_MAGIC.every((b, i) => bytes[i] === b)) throw new ExtractError('not-article', 'a PDF, not a web page');
  // NUL bytes never occur in HTML text; in the first few kilobytes they mark a binary file.
  const head = bytes.subarray(0, 4096);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && head.includes(0)) throw new ExtractError('not-article', 'a binary file, not a web page');
}

function parse(bytes: Uint8Array, url: string): Document {
  checkBytes(bytes);
  try {
    return parseHtml(decodeHtml(bytes), url);
  } catch (err) {
    throw new ExtractError('parse-failed', `Cannot parse the page: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Extracts one page; `source` is the path as shown to the user, `url` overrides the file URL. */
export async function runPage(file: string, opts: { url?: string; timings?: boolean; source?: string } = {}): Promise<PageResult> {
  const source = opts.source ?? file;
  try {
    const bytes = await readPage(file);
    const start = performance.now();
    const doc = parse(bytes, opts.url ?? pathToFileURL(resolve(file)).href);
    const parsed = performance.now();
    const { article, timings } = extractArticleTimed(doc, { url: opts.url });
    const factsStart = performance.now();
    const facts = computeFacts({ text: article.text, lang: article.lang, publishedTime: article.publishedTime, title: article.title });
    const end = performance.now();
    const a = article;
    const record: PageRecord = {
      source, url: a.url, title: a.title, byline: a.byline, siteName: a.siteName, lang: a.lang, dir: a.dir,
      publishedTime: a.publishedTime, excerpt: a.excerpt, text: a.text, html: a.html,
      wordCount: a.wordCount, readingMinutes: a.readingMinutes, facts,
    };
    if (opts.timings) {
      record.timings = {
        parseMs: round(parsed - start),
        readabilityMs: round(timings.readabilityMs),
        cleanupMs: round(timings.cleanupMs),
        factsMs: round(end - factsStart),
        totalMs: round(end - start),
      };
    }
    return { ok: true, record };
  } catch (err) {
    return failure(source, err);
  }
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
