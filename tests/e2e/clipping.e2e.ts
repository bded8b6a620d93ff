import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS, launchExtension, openTab, serveFixtures, type Extension, type FixtureServer } from './helpers';
import { LIB_BUILD, openLibrary } from './library-extension';
import { REFERENCE, REFERENCE_TITLE, clipFromTab, dumpDb, saveFromPopup, search, selectText, waitForTotal, type Selected } from './library-page';

const REFERENCE_QUOTE = 'ngày 25/11/1996, Ban Thường vụ Thành ủy Hà Nội ban hành Quyết định thành lập Đảng bộ Khối Công nghiệp Hà Nội';
const UNSAVED = 'en-related-readmore.html';
const UNSAVED_TITLE = 'City council approves new bike lanes downtown';
const UNSAVED_QUOTE = 'Mayor Dana Whitfield said construction would begin in the summer and take about eight months';
const SHORTCUT_QUOTE = 'The council agreed to add loading zones on each block as a compromise.';

interface StoredClipping {
  id: string;
  articleId: string | null;
  url: string;
  title: string;
  quote: string;
  prefix: string;
  suffix: string;
}

let server: FixtureServer;
let ext: Extension;

beforeAll(async () => {
  server = await serveFixtures();
  ext = await launchExtension(LIB_BUILD);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function stored(library: Page, quote: string): Promise<StoredClipping | undefined> {
  const { clippings } = await dumpDb(library);
  return (clippings as StoredClipping[]).find((c) => c.quote === quote);
}

const storedArticles = async (library: Page) => ((await dumpDb(library)).articles as Array<{ id: string; title: string }>);

describe('a selection kept through the context menu, on a saved article', () => {
  let library: Page;
  let selected: Selected;

  beforeAll(async () => {
    const { page, tabId, popup } = await saveFromPopup(ext, server.url(REFERENCE));
    await popup.close();
    selected = await selectText(page, REFERENCE_QUOTE);
    expect(await clipFromTab(ext, tabId, { via: 'menu', selectionText: REFERENCE_QUOTE })).toBe('✓');
    library = await openLibrary(ext);
    await waitForTotal(library, 2);
  });

  it('keeps the quote with the text around it, as the page had it', async () => {
    expect(selected.exact).toBe(REFERENCE_QUOTE);
    const clipping = await stored(library, REFERENCE_QUOTE);
    expect(clipping).toMatchObject({ quote: REFERENCE_QUOTE, prefix: selected.prefix, suffix: selected.suffix, title: REFERENCE_TITLE });
    expect(selected.prefix).toMatch(/Trịnh Huy Thành, $/);
    expect(await library.getByTestId('clipping').locator('blockquote').allTextContents()).toEqual([REFERENCE_QUOTE]);
  });

  it('files the clipping under its saved article', async () => {
    const [article] = await storedArticles(library);
    expect((await stored(library, REFERENCE_QUOTE))?.articleId).toBe(article?.id);
    const link = library.getByTestId('clipping').getByTestId('clipping-title');
    expect(await link.getAttribute('href')).toBe(`#article/${article?.id}`);
    await library.getByRole('link', { name: REFERENCE_TITLE }).first().click();
    await library.getByTestId('detail').waitFor();
    expect(await library.getByTestId('detail-clipping').locator('blockquote').allTextContents()).toEqual([REFERENCE_QUOTE]);
  });

  it('finds the clipping by a query typed without diacritics', async () => {
    await library.goto(library.url().replace(/#.*$/, ''));
    await search(library, 'ban thuong vu thanh uy', 2);
    expect(await library.getByTestId('clipping').locator('blockquote').textContent()).toBe(REFERENCE_QUOTE);
    mkdirSync(RESULTS, { recursive: true });
    await library.screenshot({ path: join(RESULTS, 'library-clippings.png'), fullPage: true });
  });
});

describe('a selection kept from a page that is not saved', () => {
  let page: Page;
  let tabId: number;
  let library: Page;

  beforeAll(async () => {
    ({ page, tabId } = await openTab(ext, server.url(UNSAVED)));
    await selectText(page, UNSAVED_QUOTE);
    expect(await clipFromTab(ext, tabId, { via: 'menu', selectionText: UNSAVED_QUOTE })).toBe('✓');
    library = await openLibrary(ext);
  });

  it('is listed on its own, linking to its page', async () => {
    await search(library, 'dana whitfield', 1);
    const row = library.getByTestId('clipping');
    expect(await row.locator('blockquote').textContent()).toBe(UNSAVED_QUOTE);
    expect(await row.getByTestId('clipping-title').textContent()).toContain(UNSAVED_TITLE);
    expect(await row.getByTestId('clipping-title').getAttribute('href')).toBe(server.url(UNSAVED));
    expect((await stored(library, UNSAVED_QUOTE))?.articleId).toBeNull();
  });

  it('moves under the article once that page is saved', async () => {
    const { popup } = await saveFromPopup(ext, server.url(UNSAVED));
    await popup.close();
    const article = (await storedArticles(library)).find((a) => a.title === UNSAVED_TITLE);
    expect(article).toBeDefined();
    await expect.poll(async () => (await stored(library, UNSAVED_QUOTE))?.articleId).toBe(article?.id);
    await library.goto(`chrome-extension://${ext.id}/library.html#article/${article?.id}`);
    await library.getByTestId('detail-clipping').waitFor();
    expect(await library.getByTestId('detail-clipping').locator('blockquote').allTextContents()).toEqual([UNSAVED_QUOTE]);
  });

  it('keeps a selection through the keyboard shortcut too', async () => {
    await selectText(page, SHORTCUT_QUOTE);
    expect(await clipFromTab(ext, tabId, { via: 'command' })).toBe('✓');
    await expect.poll(async () => (await stored(library, SHORTCUT_QUOTE))?.quote).toBe(SHORTCUT_QUOTE);
  });

  it('falls back to the text the menu reports when the page selection is gone', async () => {
    const menuText = 'Cycling groups welcomed the vote';
    await page.evaluate(() => getSelection()?.removeAllRanges());
    expect(await clipFromTab(ext, tabId, { via: 'menu', selectionText: `  ${menuText}  ` })).toBe('✓');
    await expect.poll(async () => (await stored(library, menuText))?.url).toBe(server.url(UNSAVED));
  });
});
