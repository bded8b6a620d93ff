import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../lib/cli/args';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GOOD = 'tests/fixtures/pages/vi-dangcongsan-anniversary.html';

function cli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'lib/cli/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('extract CLI', () => {
  it('prints one JSON line per file, an error line for a missing file, and exits 1', () => {
    const { status, stdout } = cli('--json', '--timings', GOOD, 'no/such/page.html');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      source: GOOD,
      title: 'Đảng bộ khối Công nghiệp Hà Nội kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhất',
      lang: 'vi',
      dir: 'ltr',
      publishedTime: '2016-11-24T11:20:00+07:00',
    });
    expect(Object.keys(lines[0])).toEqual([
      'source', 'url', 'title', 'byline', 'siteName', 'lang', 'dir', 'publishedTime', 'excerpt', 'text', 'html',
      'wordCount', 'readingMinutes', 'facts', 'timings',
    ]);
    expect(Object.keys(lines[0].timings)).toEqual(['parseMs', 'readabilityMs', 'cleanupMs', 'factsMs', 'totalMs']);
    expect(lines[1]).toEqual({ source: 'no/such/page.html', error: { code: 'read-failed', message: expect.stringContaining('no such file') } });
    expect(status).toBe(1);
  });

  it('runs on the bundled sample without files, in human form, and exits 0', () => {
    const { status, stdout } = cli();
    expect(stdout).toContain('lib/cli/sample.html');
    expect(stdout).toContain('Báo điện tử Đảng Cộng sản Việt Nam');
    expect(stdout).toContain('2016-11-24');
    expect(status).toBe(0);
  });

  it('reports a failing page on stderr in human form and goes on', () => {
    const { status, stdout, stderr } = cli('tests/fixtures/pages/empty.html', GOOD);
    expect(stderr).toMatch(/empty\.html: empty: /);
    expect(stdout).toContain('Đảng bộ khối Công nghiệp Hà Nội');
    expect(status).toBe(1);
  });
});

describe('parseArgs', () => {
  it('reads flags and files', () => {
    expect(parseArgs(['--json', '--url', 'https://x.test/a', 'a.html'])).toEqual({ json: true, timings: false, help: false, url: 'https://x.test/a', files: ['a.html'] });
    expect(parseArgs(['--help']).help).toBe(true);
  });

  it('rejects bad input', () => {
    expect(() => parseArgs(['--nope'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--url', 'https://x.test/', 'a.html', 'b.html'])).toThrow(/one FILE/);
    expect(() => parseArgs(['--url', 'relative/path'])).toThrow(/absolute/);
  });
});
