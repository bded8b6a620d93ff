#!/usr/bin/env node
// `npm test`: type-check, unit tests, the builds, then the browser tests in real Chromium.
// Prints each suite's failures and ends with exactly one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.NO_COLOR = '1';
process.env.FORCE_COLOR = '0';
const ROOT = new URL('..', import.meta.url).pathname;
const TMP = mkdtempSync(join(tmpdir(), 'lede-test-'));
const SYSTEM_PACKAGES = [
  { apt: 'chromium', found: () => chromePath() },
  { apt: 'xvfb', found: () => which('Xvfb') },
  { apt: 'xdotool', found: () => which('xdotool') },
];

let passed = 0;
let failed = 0;
let skipped = 0;

/** Runs a command in the repo; output is kept, and shown only when it matters. */
function run(cmd, args, { env } = {}) {
  const res = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env } });
  return { ok: res.status === 0, status: res.status, output: `${res.stdout ?? ''}${res.stderr ?? ''}${res.error ? String(res.error) : ''}` };
}

function which(bin) {
  return run('sh', ['-c', `command -v ${bin}`]).ok;
}

function chromePath() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
}

/** Long output keeps its first and last lines: the error, and where the tool gave up. */
function clip(text, keep = 15) {
  const lines = text.trimEnd().split('\n');
  return lines.length <= 2 * keep ? lines.join('\n') : [...lines.slice(0, keep), '…', ...lines.slice(-keep)].join('\n');
}
const indent = (text) => text.replace(/^/gm, '    ');

function fail(name, detail) {
  failed += 1;
  const own = detail.split('\n').filter((line) => !/^\s+at .*(node_modules|node:internal)/.test(line)).join('\n');
  console.log(`  ✗ ${name}\n${indent(clip(own))}`);
}

/** A step that counts as one test (tsc) or must succeed for the suites after it (builds). */
function step(name, cmd, args, { counts = false, env } = {}) {
  const res = run(cmd, args, { env });
  if (res.ok) {
    if (counts) passed += 1;
    console.log(`  ✓ ${name}`);
  } else {
    fail(name, res.output);
  }
  return res.ok;
}

/** Runs a Vitest suite with the JSON reporter and folds its results into the totals. */
function vitest(suite, configArgs) {
  const out = join(TMP, `${suite}.json`);
  const res = run('npx', ['vitest', 'run', ...configArgs, '--reporter=json', `--outputFile=${out}`]);
  if (!existsSync(out)) {
    fail(`${suite}: Vitest did not run (exit ${res.status})`, res.output);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  let suiteFailed = 0;
  for (const file of report.testResults) {
    const name = file.name.replace(ROOT, '');
    for (const test of file.assertionResults) {
      if (test.status === 'passed') passed += 1;
      else if (test.status === 'failed') {
        suiteFailed += 1;
        fail(`${suite} › ${name} › ${test.fullName}`, test.failureMessages.join('\n'));
      } else skipped += 1;
    }
    // A file that failed to load has no tests to fail: count the file itself.
    if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')) {
      suiteFailed += 1;
      fail(`${suite} › ${name}`, file.message || 'the file failed to run');
    }
  }
  if (!res.ok && suiteFailed === 0) fail(`${suite}: Vitest exited with ${res.status}`, res.output);
  console.log(`  ${suite}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}

/** Chromium, Xvfb and xdotool: installed when we are root with apt-get, else the exact command. */
function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((p) => !p.found()).map((p) => p.apt);
  if (missing.length === 0) return true;
  const install = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() === 0 && which('apt-get')) {
    console.log(`  installing ${missing.join(', ')} (apt-get)`);
    const res = run('sh', ['-c', install], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
    if (res.ok && SYSTEM_PACKAGES.every((p) => p.found())) return true;
    fail(`installing ${missing.join(', ')}`, res.output);
    return false;
  }
  fail('browser tests need system packages', `Run as root, then npm test again:\n  sudo sh -c '${install}'`);
  return false;
}

console.log('Type check');
step('wxt prepare (types of the entrypoints and messages)', 'npx', ['wxt', 'prepare']);
step('tsc --noEmit', 'npx', ['tsc', '--noEmit'], { counts: true });

console.log('Unit tests');
vitest('unit', []);

console.log('Builds');
const releaseBuilt = step('npm run build (release: chrome-mv3, firefox-mv2)', 'npm', ['run', 'build']);
const e2eBuilt = step('npm run build:e2e (may also script 127.0.0.1)', 'npm', ['run', 'build:e2e']);
const built = releaseBuilt && e2eBuilt;

console.log('Browser tests (Chromium)');
if (ensureSystemPackages() && built) vitest('e2e', ['--config', 'tests/e2e/vitest.config.ts']);
else if (!built) fail('browser tests', 'not run: a build failed (above)');

rmSync(TMP, { recursive: true, force: true });
if (skipped) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
