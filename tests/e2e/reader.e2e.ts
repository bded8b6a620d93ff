import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { E2E_BUILD, RESULTS, ROOT, launchExtension, openTab, serveFixtures, type Extension, type FixtureServer } from './helpers';
import { AR_PAGE, AR_TITLE, EN_PAGE, EN_TITLE } from './reader-pages';

/** What functions evaluated in the extension's service worker see. */
declare const chrome: { storage: { local: { clear: () => Promise<void> } } };

const REFERENCE = 'vi-dangcongsan-anniversary.html';
const TITLE = 'Đảng bộ khối Công nghiệp Hà Nội kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhất';
// READER_BUILD lets the reader's own build (outside .output-e2e) be tested while others rebuild.
const BUILD = process.env.READER_BUILD ?? E2E_BUILD;
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let server: FixtureServer;
let ext: Extension;

beforeAll(async () => {
  server = await serveFixtures();
  ext = await launchExtension(BUILD);
  mkdirSync(RESULTS, { recursive: true });
  // Pages only these tests need, answered by Playwright on the fixture server's origin.
  for (const [name, html] of [['reader-en.html', EN_PAGE], ['reader-ar.html', AR_PAGE]] as const) {
    await ext.context.route(server.url(name), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  }
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

// Settings persist by design; each test starts from the defaults.
beforeEach(async () => {
  await ext.worker.evaluate(() => chrome.storage.local.clear());
});

/** Opens `page` in a tab, then the reader view for that tab, waiting for the article. */
async function readerFor(page: string): Promise<Page> {
  const { tabId } = await openTab(ext, server.url(page));
  const reader = await ext.context.newPage();
  await reader.emulateMedia({ colorScheme: 'light' });
  await reader.goto(`chrome-extension://${ext.id}/reader.html?tab=${tabId}`);
  await reader.getByTestId('reader-title').waitFor();
  return reader;
}

const css = (page: Page, testId: string, property: string) =>
  page.getByTestId(testId).evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const shot = (page: Page, name: string) => page.screenshot({ path: join(RESULTS, `reader-${name}.png`), fullPage: true });

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (evaluated over CDP, which the extension page's CSP does not block). */
async function axe(page: Page, label: string): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const run = (globalThis as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe.run;
    return (await run(document)).violations;
  });
  const summary = violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  writeFileSync(join(RESULTS, `reader-axe-${label}.json`), JSON.stringify(summary, null, 2));
  if (summary.length) console.log(`axe (${label}):`, JSON.stringify(summary, null, 1));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('reader view', () => {
  it('shows the reference article without the site chrome', async () => {
    const page = await readerFor(REFERENCE);
    expect(await page.getByTestId('reader-title').textContent()).toBe(TITLE);
    const text = (await page.getByTestId('reader-content').textContent()) ?? '';
    expect(text).toContain('Trịnh Huy Thành');
    expect(await page.getByTestId('reader-content').locator('figcaption').first().textContent()).toContain('Ngô Thị Thanh Hằng');
    const all = (await page.locator('body').textContent()) ?? '';
    for (const chrome of ['Other news', '12/03/2026', 'Những thước phim điện ảnh', 'x + aa -']) expect(all).not.toContain(chrome);
    expect(await page.getByRole('link', { name: 'Top', exact: true }).count()).toBe(0);
    expect(await page.locator('header, main, aside').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('facts-panel').isVisible()).toBe(true);
    await shot(page, 'vi-light');
    await page.close();
  });

  it('makes the text larger and keeps it after a reload', async () => {
    const page = await readerFor(REFERENCE);
    const before = parseFloat(await css(page, 'reader-content', 'font-size'));
    await page.getByTestId('font-increase').click();
    await expect.poll(async () => parseFloat(await css(page, 'reader-content', 'font-size'))).toBeGreaterThan(before);
    const after = await css(page, 'reader-content', 'font-size');
    await page.reload();
    await page.getByTestId('reader-title').waitFor();
    expect(await css(page, 'reader-content', 'font-size')).toBe(after);
    await page.getByTestId('font-decrease').click();
    await expect.poll(() => css(page, 'reader-content', 'font-size')).toBe(`${before}px`);
    await page.close();
  });

  it('changes the background in the dark theme, and passes axe in every theme', async () => {
    const page = await readerFor(REFERENCE);
    const serious = await axe(page, 'vi-system-light');
    const light = await bodyBackground(page);
    await page.getByTestId('theme').selectOption('dark');
    await expect.poll(() => bodyBackground(page)).not.toBe(light);
    await shot(page, 'vi-dark');
    serious.push(...(await axe(page, 'vi-dark')));
    await page.getByTestId('theme').selectOption('sepia');
    serious.push(...(await axe(page, 'vi-sepia')));
    expect(serious.map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('answers the keyboard: + and - for size, t for theme, Escape to close', async () => {
    const page = await readerFor(REFERENCE);
    const before = parseFloat(await css(page, 'reader-content', 'font-size'));
    await page.keyboard.press('+');
    await expect.poll(async () => parseFloat(await css(page, 'reader-content', 'font-size'))).toBeGreaterThan(before);
    await page.keyboard.press('-');
    await expect.poll(async () => parseFloat(await css(page, 'reader-content', 'font-size'))).toBe(before);
    await page.keyboard.press('t');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    // The text menu: reachable by keyboard, and Escape closes it before it closes the reader.
    await page.locator('.text-menu summary').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Typeface').selectOption('sans');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.family)).toBe('sans');
    await page.keyboard.press('Escape');
    expect(await page.locator('.text-menu').getAttribute('open')).toBeNull();
    // The page may be gone before press() returns: wait for the close, not for the key.
    await Promise.all([page.waitForEvent('close'), page.keyboard.press('Escape').catch(() => undefined)]);
  });

  it('highlights the source sentence of the "Trịnh Huy Thành" fact', async () => {
    const page = await readerFor(REFERENCE);
    const fact = page.getByTestId('fact').filter({ hasText: 'Trịnh Huy Thành' }).first();
    await fact.click({ timeout: 5000 });
    const marks = page.locator('[data-highlighted="true"]');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    const sentence = (await marks.allTextContents()).join('');
    expect(sentence).toContain('Trịnh Huy Thành');
    expect(await marks.first().getAttribute('title')).toContain('Trịnh Huy Thành');
    await page.screenshot({ path: join(RESULTS, 'reader-vi-highlight.png') }); // the viewport: where the click scrolled to
    await page.close();
  });

  it('lays out an English article with contents, figure, list, quote and table', async () => {
    const page = await readerFor('reader-en.html');
    expect(await page.getByTestId('reader-title').textContent()).toBe(EN_TITLE);
    const content = page.getByTestId('reader-content');
    for (const tag of ['figure img', 'figcaption', 'ul li', 'blockquote', 'table td', 'h2']) expect(await content.locator(tag).count()).toBeGreaterThan(0);
    expect(await page.locator('nav a[href^="#lede-h-"]').count()).toBeGreaterThanOrEqual(2);
    const link = content.locator('a[href^="https://"]').first();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect((await page.locator('body').textContent()) ?? '').not.toContain('Related stories');
    // Record what the page writes (the extension origin cannot be granted clipboard-read), then copy for real.
    await page.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text) => ((document.body.dataset.copied = text), write(text));
    });
    await page.getByTestId('cite').click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Citation copied.');
    expect(await page.evaluate(() => document.body.dataset.copied)).toMatch(
      /^Jane Holloway\. “Harbour bridge engineers .*\.” The Daily Ledger, .*2024\. https:\/\/ledger\.example\/news\/harbour-bridge-award\. Accessed .*\.$/,
    );
    await shot(page, 'en-light');
    await page.getByTestId('theme').selectOption('dark');
    await shot(page, 'en-dark');
    expect((await axe(page, 'en-dark')).map((v) => v.id)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await shot(page, 'en-print');
    expect(await page.getByTestId('font-increase').isVisible()).toBe(false);
    await page.close();
  });

  it('lays out a right-to-left article right to left', async () => {
    const page = await readerFor('reader-ar.html');
    expect(await page.getByTestId('reader-title').textContent()).toBe(AR_TITLE);
    expect(await page.locator('main > article').getAttribute('dir')).toBe('rtl');
    expect(await css(page, 'reader-content', 'direction')).toBe('rtl');
    await shot(page, 'ar-light');
    await page.close();
  });

  it('saves from the reader and opens the saved article offline', async () => {
    const page = await readerFor(REFERENCE);
    await page.getByTestId('save').click();
    await expect.poll(() => page.getByTestId('save').getAttribute('data-state')).toBe('saved');
    const id = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('lede');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('articles').objectStore('articles').getAllKeys();
            all.onsuccess = () => resolve(String(all.result[0]));
          };
        }),
    );
    await page.close();

    await ext.context.setOffline(true);
    await ext.context.route('**/*', (route) => (route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort()));
    try {
      const saved = await ext.context.newPage();
      await saved.goto(`chrome-extension://${ext.id}/reader.html?id=${encodeURIComponent(id)}`);
      await saved.getByTestId('reader-title').waitFor({ timeout: 5000 }).catch(async (err: unknown) => {
        throw new Error(`${String(err)}\nPage says: ${await saved.locator('body').textContent()}`);
      });
      expect(await saved.getByTestId('reader-title').textContent()).toBe(TITLE);
      expect(await saved.getByTestId('reader-content').textContent()).toContain('Trịnh Huy Thành');
      expect(await saved.getByTestId('save').getAttribute('data-state')).toBe('saved');
      await shot(saved, 'vi-saved-offline');
      await saved.close();
    } finally {
      await ext.context.unroute('**/*');
      await ext.context.setOffline(false);
    }
  });
});
