import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];

function manifest(build: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

// The release build asks for nothing beyond these four: pages are read only after a user gesture.
describe.each(['.output/chrome-mv3', '.output/firefox-mv2'])('release manifest %s', (build) => {
  const m = manifest(build);

  it('has exactly activeTab, scripting, storage and contextMenus', () => {
    expect([...(m.permissions as string[])].sort()).toEqual(PERMISSIONS);
  });

  it('asks for no host at all', () => {
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/|https?:\/\//);
  });

  it('has the action shortcut, the save-selection shortcut and real icons', () => {
    const action = m.manifest_version === 3 ? '_execute_action' : '_execute_browser_action';
    expect(Object.keys(m.commands as object).sort()).toEqual([action, 'save-selection'].sort());
    expect(Object.keys(m.icons as object)).toEqual(['16', '32', '48', '128']);
  });
});

describe('e2e manifest', () => {
  it('differs from the release one only by the local fixture hosts', () => {
    const { host_permissions: hosts, ...rest } = manifest('.output-e2e/chrome-mv3');
    expect(hosts).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(rest).toEqual(manifest('.output/chrome-mv3'));
  });
});

describe('Firefox build', () => {
  it('passes web-ext lint without errors', () => {
    const args = ['web-ext', 'lint', '--source-dir', join(ROOT, '.output/firefox-mv2'), '--output', 'json', '--no-input'];
    let out: string;
    try {
      out = execFileSync('npx', args, { cwd: ROOT, encoding: 'utf8' });
    } catch (err) {
      out = (err as { stdout: string }).stdout; // lint exits non-zero on errors; the report says which
    }
    const report = JSON.parse(out) as { errors: { code: string; message: string; file?: string }[] };
    expect(report.errors).toEqual([]);
  });
});
