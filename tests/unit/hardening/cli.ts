/** Runs the real CLI (`tsx lib/cli/extract.ts --json`) over files and parses its lines. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const args = (files: string[]) => [`${ROOT}node_modules/tsx/dist/cli.mjs`, `${ROOT}lib/cli/extract.ts`, '--json', ...files];

export interface CliRun {
  status: number | null;
  lines: Record<string, unknown>[];
  stderr: string;
  ms: number;
  /** True when the run was killed at the time limit. */
  timedOut: boolean;
}

const parseLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** One CLI process over `files`, waited for; every stdout line must be JSON (a test fails loudly if not). */
export function runCli(files: string[], timeoutMs = 120_000): CliRun {
  const start = performance.now();
  const r = spawnSync(process.execPath, args(files), { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  const timedOut = r.signal !== null;
  return { status: r.status, lines: timedOut ? [] : parseLines(r.stdout), stderr: r.stderr, ms: performance.now() - start, timedOut };
}

/** Like runCli, without blocking: several runs can share the machine's cores. */
export function runCliAsync(files: string[], timeoutMs: number): Promise<CliRun> {
  const start = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, args(files), { cwd: ROOT, timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status, signal) => {
      const timedOut = signal !== null;
      done({ status, lines: timedOut ? [] : parseLines(stdout), stderr, ms: performance.now() - start, timedOut });
    });
  });
}
