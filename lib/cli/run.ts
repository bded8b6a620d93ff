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

function parse(bytes: Uint8Array, url: string): Document {
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
