// Pages that are not articles, not HTML, too big or oddly encoded. Each must end in a good
// article or a coded ExtractError, never a crash; the CLI must report each and go on.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtml, parseHtml } from '../../../lib/cli/parse';
import type { ExtractErrorCode } from '../../../lib/extract';
import { validateArticle, validateCliLine, validateSafeHtml } from '../../../lib/contract';
import { VI_MARKER, generateBadPages } from '../../fixtures/bad/generate';
import { describeOutcome, extractOutcome, type Outcome } from './attempt';
import { runCli } from './cli';
import { BAD_DIR, HOSTILE_DIR, freshWindow } from './pages';

type Expect = { article: true; check?: (text: string, title: string, lang: string) => void } | { errors: ExtractErrorCode[] | 'any' };

const ANY_ERROR = { errors: 'any' } as const;
const EXPECT: Record<string, Expect> = {
  'empty.html': { errors: ['empty'] },
  'blank-body.html': { errors: ['empty'] },
  'only-script.html': { errors: ['empty', 'not-article'] },
  'frameset.html': { errors: ['empty', 'not-article'] },
  'iframe-text.html': { errors: ['empty', 'not-article'] },
  'login.html': { errors: ['not-article'] },
  'search-results.html': { errors: ['not-article'] },
  // Not HTML at all: reading bytes of a binary or a PDF as an article is wrong, whatever the code.
  'binary-garbage.bin': ANY_ERROR,
  'document.pdf': ANY_ERROR,
  'vi-windows-1258.html': {
    article: true,
    check: (text, title, lang) => {
      expect(text).toContain(VI_MARKER);
      expect(title).toBe('Hà Nội khánh thành cầu mới bắc qua sông Hồng');
      expect(lang).toBe('vi');
    },
  },
  // Mojibake is what these pages say; the core keeps it rather than guessing.
  'mojibake.html': { article: true },
  'wrong-charset.html': { article: true },
  'huge-article.html': { article: true },
  'huge-nodes.html': { errors: ['too-large'] },
  'deep-nesting.html': { errors: ['too-large', 'parse-failed'] },
  'huge-attribute.html': { article: true },
};
// The budget one page may take in the core: a reader that hangs for a minute has failed its user.
const PAGE_BUDGET_MS = 20_000;

const dir = mkdtempSync(join(tmpdir(), 'lede-bad-'));
for (const [name, bytes] of Object.entries(generateBadPages())) writeFileSync(join(dir, name), bytes);
for (const name of readdirSync(BAD_DIR).filter((f) => f.endsWith('.html'))) writeFileSync(join(dir, name), readFileSync(BAD_DIR + name));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = freshWindow().document;
const timings: string[] = [];
afterAll(() => console.info(`bad pages, core time per page:\n${timings.join('\n')}`));

function checkOutcome(name: string, o: Outcome): void {
  const want = EXPECT[name]!;
  expect(o.kind, describeOutcome(o)).not.toBe('crash');
  if ('article' in want) {
    expect(o.kind, describeOutcome(o)).toBe('article');
    if (o.kind !== 'article') return;
    expect(validateArticle(o.article)).toEqual([]);
    expect(validateSafeHtml(o.article.html, doc, { extraSchemes: ['file'] })).toEqual([]);
    want.check?.(o.article.text, o.article.title, o.article.lang);
  } else {
    expect(o.kind, describeOutcome(o)).toBe('error');
    if (o.kind === 'error' && want.errors !== 'any') expect(want.errors).toContain(o.error.code);
  }
}

describe('bad pages through the core (parsed as the CLI parses them)', () => {
  it('covers every bad page', () => expect(readdirSync(dir).sort()).toEqual(Object.keys(EXPECT).sort()));

  it.each(Object.keys(EXPECT))('%s', (name) => {
    const bytes = readFileSync(join(dir, name));
    const start = performance.now();
    const o = extractOutcome(parseHtml(decodeHtml(bytes), `file://${join(dir, name)}`));
    const ms = performance.now() - start;
    timings.push(`  ${name} (${(bytes.length / 1e6).toFixed(2)} MB): ${Math.round(ms)} ms, ${describeOutcome(o).slice(0, 90)}`);
    checkOutcome(name, o);
    expect(ms, `${name} took ${Math.round(ms)} ms`).toBeLessThan(PAGE_BUDGET_MS);
  }, 180_000);
});

describe('bad pages through the CLI', () => {
  // Small bad files between two good ones: each gets its own line, and the run goes on.
  const small = Object.keys(EXPECT).filter((n) => !/^huge|^deep/.test(n));
  const files = [HOSTILE_DIR + '01-script-inline.html', ...small.map((n) => join(dir, n)), HOSTILE_DIR + '03-img-onerror.html'];

  it('reports each file on its own line, goes on, and exits 1', () => {
    const run = runCli(files);
    expect(run.stderr).toBe('');
    expect(run.lines).toHaveLength(files.length);
    run.lines.forEach((line, i) => {
      expect(line.source).toBe(files[i]);
      expect(validateCliLine(line)).toEqual([]);
      const name = files[i]!.split('/').pop()!;
      const want = EXPECT[name];
      if (!want) expect(line.error).toBeUndefined();
      else if ('article' in want) expect(line.error, name).toBeUndefined();
      else expect(line.error, `${name}: ${JSON.stringify(line).slice(0, 200)}`).toBeDefined();
    });
    expect(run.status).toBe(1);
  }, 120_000);
});
