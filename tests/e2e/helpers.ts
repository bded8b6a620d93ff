import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser } from 'wxt/browser';

/** What functions evaluated in the extension's service worker see. */
declare const chrome: typeof browser;

export const ROOT = resolve(import.meta.dirname, '../..');
/** The e2e build may script the fixture server; the release build may not. */
export const E2E_BUILD = join(ROOT, '.output-e2e/chrome-mv3');
export const RELEASE_BUILD = join(ROOT, '.output/chrome-mv3');
export const RESULTS = join(ROOT, 'test-results');

/** Saved article pages first, then pages only the browser tests need. */
const PAGE_ROOTS = [join(ROOT, 'tests/fixtures/pages'), join(ROOT, 'tests/e2e/pages')];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png' };

/** The Chromium the suite drives: CHROME_PATH, else Debian's. tests/run.mjs installs it when missing. */
export function chromePath(): string {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium: run `apt-get install -y chromium` or set CHROME_PATH.');
  return found;
}

export interface FixtureServer {
  url: (page: string) => string;
  close: () => Promise<void>;
}

/** Serves the fixture pages on 127.0.0.1 at a free port. */
export async function serveFixtures(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = PAGE_ROOTS.map((root) => join(root, path)).find((f) => f.startsWith(ROOT) && existsSync(f) && extname(f));
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (page) => `http://127.0.0.1:${port}/${page}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface Extension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  close: () => Promise<void>;
}

/** Starts Chromium with the built extension in a fresh profile; `env` and `headless` serve the Xvfb test. */
export async function launchExtension(
  extension: string,
  { headless = true, env, args = [] }: { headless?: boolean; env?: Record<string, string>; args?: string[] } = {},
): Promise<Extension> {
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`No build at ${extension}: run the build first.`);
  const profile = mkdtempSync(join(tmpdir(), 'lede-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless,
    executablePath: chromePath(),
    env: env ? { ...process.env, ...env } : undefined,
    viewport: { width: 1000, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...args,
    ],
  });
  // Each flow takes about a second; a missing element should fail fast, not after 30 s.
  context.setDefaultTimeout(10_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function tabIds(ext: Extension): Promise<number[]> {
  const tabs = await ext.worker.evaluate(() => chrome.tabs.query({}));
  return tabs.map((tab) => tab.id ?? -1);
}

/**
 * Opens `url` in a new tab; returns the page and the browser's id for its tab. The id is found as
 * the one tab that is new, since the extension may not see the address (chrome:// pages).
 */
export async function openTab(ext: Extension, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(ext));
  const page = await ext.context.newPage();
  await page.goto(url);
  const fresh = (await tabIds(ext)).filter((id) => !before.has(id));
  if (fresh.length !== 1 || fresh[0] === undefined) throw new Error(`Expected one new tab for ${url}, found ${fresh.length}`);
  return { page, tabId: fresh[0] };
}

/** Opens the popup page for `tabId` in a tab of its own, popup-sized. */
export async function openPopup(ext: Extension, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
  return popup;
}
