/** `npm run extract -- [--json] [--timings] [--url URL] FILE...`: the core on saved pages. */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { USAGE, parseArgs, type CliOptions } from './args';
import { formatRecord } from './format';
import { runPage } from './run';

const SAMPLE = fileURLToPath(new URL('./sample.html', import.meta.url));

async function main(opts: CliOptions): Promise<number> {
  const files = opts.files.length ? opts.files.map((f) => ({ file: f, source: f })) : [{ file: SAMPLE, source: relative(process.cwd(), SAMPLE) }];
  let failed = 0;
  for (const [i, { file, source }] of files.entries()) {
    const result = await runPage(file, { url: opts.url, timings: opts.timings, source });
    if (!result.ok) failed++;
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(result.ok ? result.record : { source: result.source, error: result.error })}\n`);
    } else if (result.ok) {
      process.stdout.write(`${i ? '\n' : ''}${formatRecord(result.record)}`);
    } else {
      process.stderr.write(`error: ${result.source}: ${result.error.code}: ${result.error.message}\n`);
    }
  }
  return failed ? 1 : 0;
}

// Last resort: a library failing asynchronously must not end the run silently or print to stdout.
const guard = (err: unknown): void => {
  process.stderr.write(`error: internal: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
};
process.on('uncaughtException', guard);
process.on('unhandledRejection', guard);

let opts: CliOptions;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`error: ${(err as Error).message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (opts.help) process.stdout.write(`${USAGE}\n`);
else process.exitCode = await main(opts);
