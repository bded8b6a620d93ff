import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractTab, readPage } from '@/lib/tabs';
import type { ExtractResult } from '@/lib/messaging';

const ARTICLE_RESULT = { ok: true, article: { title: 'T' }, facts: { dates: [] }, timings: {} } as unknown as ExtractResult;

/** executeScript is generic and overloaded; the spy only needs its promise form. */
const spyExecute = () =>
  vi.spyOn(fakeBrowser.scripting, 'executeScript') as unknown as MockInstance<(injection: unknown) => Promise<unknown[]>>;

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('extractTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('injects the extraction script into the tab and returns its result', async () => {
    const tabId = await openTab('https://example.org/news/1.html');
    const execute = spyExecute().mockResolvedValue([{ frameId: 0, result: ARTICLE_RESULT, documentId: 'd' }]);
    await expect(extractTab(tabId)).resolves.toEqual(ARTICLE_RESULT);
    expect(execute).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/extract.js'] });
  });

  it('passes the content script’s own failure through', async () => {
    const tabId = await openTab('https://example.org/');
    const notArticle: ExtractResult = { ok: false, error: { code: 'not-article', message: 'no article' } };
    spyExecute().mockResolvedValue([{ frameId: 0, result: notArticle, documentId: 'd' }]);
    await expect(extractTab(tabId)).resolves.toEqual(notArticle);
  });

  it('refuses browser pages without trying to inject', async () => {
    const tabId = await openTab('chrome://settings/');
    const execute = spyExecute();
    const result = await extractTab(tabId);
    expect(result).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
    expect(execute).not.toHaveBeenCalled();
  });

  it('reports a PDF as such', async () => {
    const tabId = await openTab('https://example.org/annual-report.pdf');
    await expect(extractTab(tabId)).resolves.toMatchObject({ ok: false, error: { code: 'pdf' } });
  });

  it('reports a closed tab', async () => {
    await expect(extractTab(9999)).resolves.toMatchObject({ ok: false, error: { code: 'tab-closed' } });
  });

  it('maps the browser’s refusal of a file:// page to no-access', async () => {
    const tabId = await openTab('file:///home/me/page.html');
    spyExecute().mockRejectedValue(
      new Error('Cannot access contents of url "file:///home/me/page.html". Extension manifest must request permission to access this host.'),
    );
    await expect(extractTab(tabId)).resolves.toMatchObject({ ok: false, error: { code: 'no-access' } });
  });

  it('maps a navigation during extraction to navigated', async () => {
    const tabId = await openTab('https://example.org/a.html');
    spyExecute().mockRejectedValue(new Error('Frame with ID 0 was removed.'));
    await expect(extractTab(tabId)).resolves.toMatchObject({ ok: false, error: { code: 'navigated' } });
  });

  it('treats a frame that returned nothing as a page that went away', async () => {
    const tabId = await openTab('https://example.org/a.html');
    spyExecute().mockResolvedValue([{ frameId: 0, result: undefined, documentId: 'd' }]);
    await expect(extractTab(tabId)).resolves.toMatchObject({ ok: false, error: { code: 'navigated' } });
  });
});

describe('readPage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('returns the address, title and selection the tab reports', async () => {
    const page = { url: 'https://example.org/', title: 'Home', selection: 'a quote' };
    spyExecute().mockResolvedValue([{ frameId: 0, result: page, documentId: 'd' }]);
    await expect(readPage(1)).resolves.toEqual(page);
  });

  it('returns undefined when the page cannot be scripted', async () => {
    spyExecute().mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    await expect(readPage(1)).resolves.toBeUndefined();
  });
});
