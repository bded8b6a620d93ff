/** Runs the real CLI (`tsx lib/cli/extract.ts --json`) once over many files and parses its lines. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  status: number | null;
  lines: Record<string, unknown>[];
  stderr: string;
  ms: number;
}

/** One CLI process over `files`; every stdout line must be JSON (the test fails loudly if not). */
export function runCli(files: string[], timeoutMs = 120_000): CliRun {
  const start = performance.now();
  const r = spawnSync(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}lib/cli/extract.ts`, '--json', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, lines, stderr: r.stderr, ms: performance.now() - start };
}
