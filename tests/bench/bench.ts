/**
 * `npm run bench -- [--runs N] [--json] [--only NAME]`: runs every section in tests/bench/sections/
 * in file-name order. Add a section by adding a file that exports `name` and `run` (see types.ts).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderTable } from './table';
import type { BenchSection } from './types';

const SECTIONS = fileURLToPath(new URL('./sections/', import.meta.url));

function parse(argv: string[]): { runs: number; json: boolean; only?: string } {
  const opts: { runs: number; json: boolean; only?: string } = { runs: 5, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') opts.json = true;
    else if (arg === '--runs') opts.runs = Math.max(1, Number(argv[++i]) || 5);
    else if (arg === '--only') opts.only = argv[++i];
    else if (arg !== '--') throw new Error(`unknown argument ${arg}; usage: bench [--runs N] [--json] [--only NAME]`);
  }
  return opts;
}

const opts = parse(process.argv.slice(2));
const files = readdirSync(SECTIONS).filter((f) => /\.ts$/.test(f)).sort();
const results: { name: string; data: unknown }[] = [];
for (const file of files) {
  const section = (await import(pathToFileURL(`${SECTIONS}${file}`).href)) as BenchSection;
  if (opts.only && section.name !== opts.only) continue;
  if (!opts.json) process.stdout.write(`\n== ${section.name} (${opts.runs} runs) ==\n\n`);
  try {
    const result = await section.run({ runs: opts.runs });
    results.push({ name: section.name, data: result.data });
    if (!opts.json) for (const table of result.tables) process.stdout.write(`${renderTable(table)}\n`);
  } catch (err) {
    // One broken section must not hide the others' figures.
    process.stderr.write(`bench section ${section.name} failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    results.push({ name: section.name, data: { error: String(err) } });
    process.exitCode = 1;
  }
}
if (opts.json) process.stdout.write(`${JSON.stringify({ runs: opts.runs, sections: results })}\n`);
