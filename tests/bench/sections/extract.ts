/** Extraction core: per-page and median stage times, and how facts time grows with text length. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml, parseHtml } from '../../../lib/cli/parse';
import { extractArticleTimed } from '../../../lib/extract/extract';
import { computeFacts } from '../../../lib/facts/index';
import { median, ms, time } from '../stats';
import type { BenchOptions, SectionResult, Table } from '../types';

export const name = 'extract';

const FIXTURES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
// ../shared sits beside the checkout.
const DEV_PAGES = fileURLToPath(new URL('../../../../shared/eval/dev/pages/', import.meta.url));
const REFERENCE = join(FIXTURES, 'vi-dangcongsan-anniversary.html');
const STAGES = ['parse', 'readability', 'cleanup', 'facts', 'total'] as const;
type Stage = (typeof STAGES)[number];
type StageTimes = Record<Stage, number>;

function pages(): string[] {
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f)) : []);
  return [...list(FIXTURES), ...list(DEV_PAGES)];
}

/** One pass over a page: the same steps as the CLI. Throws what the core throws. */
function measure(html: string): StageTimes {
  const parsed = time(() => parseHtml(html));
  const { article, timings } = extractArticleTimed(parsed.value);
  const facts = time(() => computeFacts({ text: article.text, lang: article.lang, publishedTime: article.publishedTime, title: article.title }));
  const total = parsed.ms + timings.readabilityMs + timings.cleanupMs + facts.ms;
  return { parse: parsed.ms, readability: timings.readabilityMs, cleanup: timings.cleanupMs, facts: facts.ms, total };
}

function medians(runs: StageTimes[]): StageTimes {
  return Object.fromEntries(STAGES.map((s) => [s, median(runs.map((r) => r[s]))])) as StageTimes;
}

function lengthSeries(runs: number): { times: number; chars: number; factsMs: number }[] {
  const doc = parseHtml(decodeHtml(readFileSync(REFERENCE)));
  const { article } = extractArticleTimed(doc);
  return [1, 4, 16].map((times) => {
    const text = Array.from({ length: times }, () => article.text).join('\n\n');
    const input = { text, lang: article.lang, publishedTime: article.publishedTime, title: article.title };
    computeFacts(input);
    const factsMs = median(Array.from({ length: runs }, () => time(() => computeFacts(input)).ms));
    return { times, chars: text.length, factsMs };
  });
}

export function run({ runs }: BenchOptions): SectionResult {
  const perPage: { page: string; kb: number; times?: StageTimes; error?: string }[] = [];
  for (const file of pages()) {
    const html = decodeHtml(readFileSync(file));
    const page = basename(file);
    const kb = Math.round(html.length / 1024);
    try {
      measure(html); // warm-up: JIT and lazy module state
      perPage.push({ page, kb, times: medians(Array.from({ length: runs }, () => measure(html))) });
    } catch (err) {
      perPage.push({ page, kb, error: (err as { code?: string }).code ?? String(err) });
    }
  }
  const ok = perPage.filter((p): p is { page: string; kb: number; times: StageTimes } => p.times !== undefined);
  const overall = medians(ok.map((p) => p.times));
  const byTotal = [...ok].sort((a, b) => a.times.total - b.times.total);
  const mid = byTotal[(byTotal.length - 1) >> 1];
  const ratio = mid ? mid.times.facts / mid.times.readability : Number.NaN;
  // The target reads on "the median page"; three honest readings of it, all from this one run.
  const ratios = ok.map((p) => p.times.facts / p.times.readability).sort((a, b) => a - b);
  const ratioMedian = ratios[(ratios.length - 1) >> 1] ?? Number.NaN;
  const over = ratios.filter((r) => r > 0.25).length;
  const series = lengthSeries(runs);

  const pageTable: Table = {
    title: 'Per page, median ms',
    columns: ['page', 'KB', ...STAGES, 'facts/R', 'note'],
    rows: perPage.map((p) => [
      p.page, p.kb, ...STAGES.map((s) => (p.times ? ms(p.times[s]) : '')),
      p.times ? ms(p.times.facts / p.times.readability) : '', p.error ? `error: ${p.error}` : '',
    ]),
  };
  const summary: Table = {
    title: `Median over ${ok.length} pages, ms`,
    columns: STAGES.map((s) => s),
    rows: [STAGES.map((s) => ms(overall[s]))],
    notes: [
      `facts/Readability on the median page by total time (${mid?.page ?? '-'}): ${ms(ratio)}`,
      `facts/Readability, median of the per-page ratios: ${ms(ratioMedian)}; pages over 0.25: ${over} of ${ratios.length}`,
      `median facts / median Readability: ${ms(overall.facts / overall.readability)}`,
    ],
  };
  const growth: Table = {
    title: 'Facts time against text length (reference article repeated)',
    columns: ['×', 'chars', 'facts ms', 'µs per 1k chars', 'vs 1×'],
    rows: series.map((s) => [`${s.times}×`, s.chars, ms(s.factsMs), ms((s.factsMs * 1000 * 1000) / s.chars), `${ms(s.factsMs / series[0]!.factsMs)}×`]),
    notes: ['Linear growth shows as a steady µs per 1k chars and 4×/16× in the last column.'],
  };
  return { tables: [pageTable, summary, growth], data: { perPage, median: overall, medianPage: mid?.page ?? null, factsToReadability: ratio, ratioMedian, pagesOver: over, lengthSeries: series } };
}
