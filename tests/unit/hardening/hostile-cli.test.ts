// The hostile corpus through the CLI, in one process: one valid JSON line per file, the article
// text out, the HTML safe. The files keep their __CANARY__ placeholder, so every absolute URL
// they hold is also malformed: one more hostile input.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateCliLine, validateSafeHtml } from '../../../lib/contract';
import { runCli, type CliRun } from './cli';
import { HOSTILE_DIR, freshWindow, hostilePages } from './pages';

const pages = hostilePages();
const doc = freshWindow().document;
let run: CliRun;

beforeAll(() => {
  run = runCli(pages.map((p) => HOSTILE_DIR + p.file));
}, 120_000);

describe('hostile corpus through the CLI', () => {
  it('prints one line per file, in order, and exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.lines.map((l) => String(l.source).split('/').pop())).toEqual(pages.map((p) => p.file));
    expect(run.status).toBe(0);
  });

  it.each(pages.map((p, i) => [p.file, i] as const))('%s', (_file, i) => {
    const line = run.lines[i]!;
    expect(validateCliLine(line)).toEqual([]);
    expect(String(line.text)).toContain(pages[i]!.marker);
    // Pages read from disk get file: URLs for their relative links; the CLI output is never rendered.
    expect(validateSafeHtml(String(line.html), doc, { extraSchemes: ['file'] })).toEqual([]);
  });
});
