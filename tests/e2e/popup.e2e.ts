import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD, RESULTS, launchExtension, openPopup, openTab, serveFixtures, type Extension, type FixtureServer } from './helpers';

const REFERENCE = 'vi-dangcongsan-anniversary.html';
const TITLE = 'Đảng bộ khối Công nghiệp Hà Nội kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhất';

let server: FixtureServer;
let ext: Extension;

beforeAll(async () => {
  server = await serveFixtures();
  ext = await launchExtension(E2E_BUILD);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Opens `url` in a tab, then the popup for that tab. */
async function popupFor(url: string): Promise<Page> {
  const { tabId } = await openTab(ext, url);
  return openPopup(ext, tabId);
}

const texts = (popup: Page, testId: string) => popup.getByTestId(testId).allTextContents();

describe('popup on the reference article', () => {
  let popup: Page;
  beforeAll(async () => {
    popup = await popupFor(server.url(REFERENCE));
    await popup.getByTestId('article-title').waitFor();
  });

  it('shows the title, site, date and reading time', async () => {
    expect(await popup.getByTestId('article-title').textContent()).toBe(TITLE);
    expect(await popup.locator('.site').textContent()).toBe('Báo điện tử Đảng Cộng sản Việt Nam');
    expect(await popup.getByTestId('article-date').getAttribute('datetime')).toMatch(/^2016-11-24/);
    expect(await popup.locator('.meta').textContent()).toMatch(/\d+ min read/);
    expect(await popup.locator('.opening').textContent()).toContain('Sáng 24/11');
  });

  it('lists the key facts by type: dates, officials with titles, awards with recipients', async () => {
    const dates = await texts(popup, 'fact-date');
    expect(dates.join('\n')).toContain('2016-11-24');
    expect(dates.join('\n')).toContain('1996-11-25');
    const officials = await texts(popup, 'fact-official');
    expect(officials.find((o) => o.includes('Nguyễn Quang Dương'))).toContain('Bí thư Đảng ủy Khối các cơ quan Trung ương');
    expect(officials.some((o) => o.includes('Ngô Thị Thanh Hằng'))).toBe(true);
    const awards = await texts(popup, 'fact-award');
    expect(awards.some((a) => a.includes('Huân chương Lao động hạng Nhất'))).toBe(true);
    const groups = await popup.locator('.group h3').allTextContents();
    expect(groups.slice(0, 3)).toEqual(['Dates', 'Officials', 'Awards']);
  });

  it('opens a fact’s source sentence on click, and from the keyboard', async () => {
    const fact = popup.getByTestId('fact-official').first().locator('button');
    await fact.click();
    const source = popup.getByTestId('fact-official').first().locator('.source');
    expect(await source.textContent()).toContain(await popup.getByTestId('fact-official').first().locator('.label').textContent());
    await fact.focus();
    await popup.keyboard.press('Enter');
    expect(await source.count()).toBe(0);
  });

  // The README shows a copy of it (docs/popup.png), refreshed by hand when the popup changes.
  it('saves a screenshot', async () => {
    await popup.getByTestId('fact-date').first().locator('button').click();
    mkdirSync(RESULTS, { recursive: true });
    await popup.screenshot({ path: join(RESULTS, 'popup.png'), fullPage: true });
  });

  it('follows the system’s dark mode', async () => {
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('saves through the background, and says so when opened again', async () => {
    await popup.getByLabel('Tags').fill('party, hanoi');
    await popup.getByTestId('save').click();
    await popup.getByTestId('saved').waitFor();
    expect(await popup.getByTestId('saved').textContent()).toMatch(/^Saved on /);
    await popup.close();
    const again = await popupFor(server.url(REFERENCE));
    await again.getByTestId('saved').waitFor();
    expect(await again.getByTestId('saved').textContent()).toMatch(/^Saved on /);
  });
});

describe('popup links', () => {
  it('opens the reader view for its tab, and the library', async () => {
    const { tabId } = await openTab(ext, server.url(REFERENCE));
    const popup = await openPopup(ext, tabId);
    await popup.getByTestId('article-title').waitFor();
    const [reader] = await Promise.all([ext.context.waitForEvent('page'), popup.getByTestId('open-reader').click()]);
    expect(reader.url()).toBe(`chrome-extension://${ext.id}/reader.html?tab=${tabId}`);
    const again = await openPopup(ext, tabId);
    const [library] = await Promise.all([ext.context.waitForEvent('page'), again.getByTestId('open-library').click()]);
    expect(library.url()).toBe(`chrome-extension://${ext.id}/library.html`);
  });
});

describe('popup on pages that are not articles', () => {
  it('offers to keep the link of a page that is not an article', async () => {
    const popup = await popupFor(server.url('not-article.html'));
    const notice = popup.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-code')).toBe('not-article');
    expect(await notice.textContent()).toContain('does not look like an article');
    await popup.getByRole('button', { name: 'Save page link' }).click();
    await popup.getByTestId('saved').waitFor();
    expect(await popup.getByTestId('article-title').count()).toBe(0);
  });

  it('says a browser page is off limits', async () => {
    const popup = await popupFor('chrome://version/');
    const notice = popup.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-code')).toBe('restricted-page');
    expect(await notice.textContent()).toContain('Lede cannot read this page');
  });

  it('says so when the tab is gone', async () => {
    const { page, tabId } = await openTab(ext, server.url('not-article.html'));
    await page.close();
    const popup = await openPopup(ext, tabId);
    await popup.getByTestId('notice').waitFor();
    expect(await popup.getByTestId('notice').getAttribute('data-code')).toBe('tab-closed');
  });
});
