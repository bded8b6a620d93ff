import { browser } from 'wxt/browser';
import { failure, type ExtractResult } from '../messaging/types';
import { classifyScriptingError, classifyUrl } from './restrictions';

export { classifyScriptingError, classifyUrl } from './restrictions';

/** The runtime-registered content script, as WXT builds it. */
const EXTRACT_SCRIPT = '/content-scripts/extract.js';

/**
 * Reads the article in tab `tabId` by injecting the extraction content script (needs activeTab or a
 * host permission for the page). Never throws: every failure comes back as a coded result.
 */
export async function extractTab(tabId: number): Promise<ExtractResult> {
  const url = await tabUrl(tabId);
  if (url === false) return failure('tab-closed', 'The tab was closed.');
  const blocked = classifyUrl(url);
  if (blocked) return failure(blocked, `Lede cannot read ${url}.`);
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
    return isExtractResult(frame?.result)
      ? frame.result
      : failure('navigated', 'The page went away while Lede was reading it.');
  } catch (err) {
    return scriptingFailure(err, url);
  }
}

/** A page as Lede keeps it without an article: address, title, and the selection with its context. */
export interface PageInfo {
  url: string;
  /** The address the extractor files the article under: the canonical one when the page declares it. */
  articleUrl: string;
  title: string;
  selection: string;
  /** Up to 32 characters before and after the selection, to find it again (W3C text-quote). */
  prefix: string;
  suffix: string;
}

/** Reads the tab's address, title and selection (top frame); undefined when it cannot. */
export async function readPage(tabId: number): Promise<PageInfo | undefined> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: pageInfo });
    return frame?.result;
  } catch {
    return undefined;
  }
}

/** Runs in the page: it must stay self-contained. */
function pageInfo(): PageInfo {
  const selection = globalThis.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const around = (node: Node | undefined, from: number, to?: number) =>
    node?.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').slice(from, to) : '';
  // The rule of findUrl in lib/extract, inlined: an injected function cannot import.
  let articleUrl = location.href;
  const canonical = document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href')?.trim();
  try {
    const abs = canonical ? new URL(canonical, document.baseURI) : null;
    if (abs && (abs.protocol === 'http:' || abs.protocol === 'https:')) articleUrl = abs.href;
  } catch {
    // A malformed canonical is ignored, as the extractor does.
  }
  return {
    url: location.href,
    articleUrl,
    title: document.title,
    selection: selection?.toString().trim() ?? '',
    prefix: range ? around(range.startContainer, Math.max(0, range.startOffset - 32), range.startOffset) : '',
    suffix: range ? around(range.endContainer, range.endOffset, range.endOffset + 32) : '',
  };
}

/** The id of the active tab in the current window, or undefined. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab's address (undefined while Lede has no grant to see it), or false once it is closed. */
async function tabUrl(tabId: number): Promise<string | undefined | false> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab ? (tab.url ?? tab.pendingUrl) : false;
  } catch {
    return false;
  }
}

function scriptingFailure(err: unknown, url: string | undefined): ExtractResult {
  const message = err instanceof Error ? err.message : String(err);
  return failure(classifyScriptingError(message, url), message);
}

function isExtractResult(value: unknown): value is ExtractResult {
  return typeof value === 'object' && value !== null && typeof (value as ExtractResult).ok === 'boolean';
}
