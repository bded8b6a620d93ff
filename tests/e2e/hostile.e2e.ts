// The hostile corpus in real Chromium through the built extension: each page is opened as a
// website, then read by the popup and the reader view (the only view that renders article HTML).
// Nothing from the page may run, load or pop up in the extension's pages, and the article
// text must still be shown. The page's own scripts run in the website tab: that is expected.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSafeHtml } from '../../lib/contract';
import { E2E_BUILD, ROOT, launchExtension, openTab, type Extension } from './helpers';
import { serveHostile, startCanary, type Canary, type HostileServer } from './hostile-servers';
import { openWatched } from './hostile-watch';

const HOSTILE = join(ROOT, 'tests/fixtures/hostile');
const FILES = readdirSync(HOSTILE).filter((f) => /^\d\d-.*\.html$/.test(f)).sort();
const marker = (file: string) => `Hostile page ${file.slice(0, 2)} article text survives.`;
const headline = (file: string) => /^<h1>([^<]+)<\/h1>$/m.exec(readFileSync(join(HOSTILE, file), 'utf8'))?.[1];
// Time for late loads (lazy images, fonts, CSS) to reach the canary after the view is shown.
const SETTLE_MS = 400;

let canary: Canary;
let site: HostileServer;
let ext: Extension;
const doc = new JSDOM('').window.document;

beforeAll(async () => {
  canary = await startCanary();
  site = await serveHostile(canary.port);
  ext = await launchExtension(E2E_BUILD);
});

afterAll(async () => {
  await ext?.close();
  await site?.close();
  await canary?.close();
});

/** Canary hits that did not come from the website itself (its own requests are expected). */
function extensionHits(since: number): string[] {
  return canary.hits.filter((h) => h.at >= since && !h.referer.startsWith('http://127.0.0.1:')).map((h) => `canary hit ${h.path} (site ${h.site}, origin ${h.origin || '-'})`);
}

/** Opens a hostile page as a website and returns its tab, with the site's console watched for hijacks. */
async function openSite(file: string): Promise<{ page: Page; tabId: number; hijacks: string[] }> {
  const hijacks: string[] = [];
  const { page, tabId } = await openTab(ext, site.url(file));
  page.on('console', (m) => {
    if (m.text().includes('LEDE-HIJACK')) hijacks.push(m.text());
  });
  return { page, tabId, hijacks };
}

describe('the watchers', () => {
  // A control: the same checks must fire when an extension page does load and run page content.
  it('see a canary load, a CSP-blocked handler and a dialog in an extension page', async () => {
    const since = Date.now();
    const w = await openWatched(ext.context, `chrome-extension://${ext.id}/popup.html`, canary.port);
    await w.page.evaluate((port) => {
      document.body.insertAdjacentHTML('beforeend', `<img src="http://127.0.0.1:${port}/control.png"><img src="x" onerror="console.log('LEDE-XSS')">`);
    }, canary.port);
    await w.page.evaluate(() => setTimeout(() => alert('control'), 0));
    await w.page.waitForTimeout(SETTLE_MS);
    const seen = [...w.alarms, ...extensionHits(since)].join('\n');
    expect(seen).toMatch(/request to canary: .*control\.png/);
    expect(seen).toMatch(/canary hit \/control\.png/);
    expect(seen).toMatch(/LEDE-CSP-VIOLATION script-src-attr|Content Security Policy/);
    expect(seen).toMatch(/dialog alert: control/);
    await w.page.close();
  });
});

describe('isolated world', () => {
  // The page rewrites Node/Document/Element prototypes, JSON, Array.prototype.push and
  // String.prototype.trim before Lede reads it. The content script runs in an isolated world,
  // so none of it may reach the extraction: no hijacked call is logged, no HIJACKED text shown.
  it('keeps the page’s rewritten built-ins away from the extraction', async () => {
    const tab = await openSite('50-prototype-rewrite.html');
    // Proof that the rewrite happened in the page (one primitive per call: the page broke arrays).
    expect(await tab.page.evaluate(() => (Object.prototype as { polluted?: string }).polluted)).toBe('HIJACKED');
    expect(await tab.page.evaluate(() => String(Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')?.get))).toContain('LEDE-HIJACK');
    const reader = await openWatched(ext.context, `chrome-extension://${ext.id}/reader.html?tab=${tab.tabId}`, canary.port);
    const content = reader.page.getByTestId('reader-content');
    await content.waitFor();
    expect(await content.textContent()).toContain(marker('50-prototype-rewrite.html'));
    expect(await content.textContent()).not.toContain('HIJACKED');
    expect([...reader.alarms, ...tab.hijacks]).toEqual([]);
    await reader.page.close();
    await tab.page.close();
  });
});

describe.each(FILES)('%s', (file) => {
  let tab: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    tab = await openSite(file);
  });
  afterAll(async () => {
    await tab?.page.close();
  });

  it('popup: shows the article, nothing runs or loads', async () => {
    const since = Date.now();
    const popup = await openWatched(ext.context, `chrome-extension://${ext.id}/popup.html?tab=${tab.tabId}`, canary.port, { width: 380, height: 600 });
    await popup.page.locator('[data-testid="article-title"], [data-testid="notice"]').first().waitFor();
    await popup.page.waitForTimeout(SETTLE_MS);
    const notice = await popup.page.getByTestId('notice').count();
    expect(notice ? await popup.page.getByTestId('notice').getAttribute('data-code') : 'article').toBe('article');
    // The popup shows the title and the opening lines only; the reader below shows the whole text.
    expect(await popup.page.getByTestId('article-title').textContent()).toBe(headline(file));
    expect([...popup.alarms, ...extensionHits(since), ...tab.hijacks]).toEqual([]);
    await popup.page.close();
  });

  it('reader: renders the article, nothing runs or loads, its DOM is safe', async () => {
    const since = Date.now();
    const reader = await openWatched(ext.context, `chrome-extension://${ext.id}/reader.html?tab=${tab.tabId}`, canary.port);
    await reader.page.locator('[data-testid="reader-content"], [role="alert"]').first().waitFor();
    // Scroll through so that lazy images and anything else deferred get their chance to load.
    await reader.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await reader.page.waitForTimeout(SETTLE_MS);
    expect(await reader.page.locator('[role="alert"]').allTextContents()).toEqual([]);
    const content = reader.page.getByTestId('reader-content');
    expect(await content.textContent()).toContain(marker(file));
    expect(await content.textContent()).not.toContain('HIJACKED');
    // The DOM Chromium actually built from the article HTML, checked like the core's output.
    expect(validateSafeHtml(await content.innerHTML(), doc)).toEqual([]);
    expect([...reader.alarms, ...extensionHits(since), ...tab.hijacks]).toEqual([]);
    await reader.page.close();
  });
});
