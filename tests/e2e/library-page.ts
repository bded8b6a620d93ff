import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { openPopup, openTab, type Extension } from './helpers';

/** What functions evaluated in the extension's service worker see. */
declare const chrome: typeof browser;

export const REFERENCE = 'vi-dangcongsan-anniversary.html';
export const REFERENCE_TITLE =
  'Đảng bộ khối Công nghiệp Hà Nội kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhất';
/** A second article, so that a search or a filter has something to leave out. */
export const OTHER = 'en-jsonld-graph.html';
export const OTHER_TITLE = 'Coastal town opens its first tidal power station';

/** Every store of the library database, rows in key order. */
export type DbDump = Record<string, unknown[]>;

/** Reads IndexedDB 'lede' as it is on disk, without Dexie, from an extension page. */
export function dumpDb(page: Page): Promise<DbDump> {
  return page.evaluate(
    () =>
      new Promise<DbDump>((done, fail) => {
        const open = indexedDB.open('lede');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const dump: DbDump = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (dump[name] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            done(dump);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

export interface SavedFromPopup {
  popup: Page;
  page: Page;
  tabId: number;
}

/** Opens `url` and its popup, fills tags and note, saves, and waits for "Saved on …". */
export async function saveFromPopup(ext: Extension, url: string, meta: { tags?: string; note?: string } = {}): Promise<SavedFromPopup> {
  const { page, tabId } = await openTab(ext, url);
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('article-title').waitFor();
  if (meta.tags) await popup.getByLabel('Tags').fill(meta.tags);
  if (meta.note) await popup.getByLabel('Note').fill(meta.note);
  await popup.getByTestId('save').click();
  await popup.getByTestId('saved').waitFor();
  return { popup, page, tabId };
}

/** What the page had around a selection: the W3C text-quote parts Lede keeps. */
export interface Selected {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Selects `exact` in the page the way a reader drags over it (one text node); returns its context. */
export function selectText(page: Page, exact: string): Promise<Selected> {
  return page.evaluate((exact) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const at = text.indexOf(exact);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + exact.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return { exact: selection.toString(), prefix: text.slice(Math.max(0, at - 32), at), suffix: text.slice(at + exact.length, at + exact.length + 32) };
    }
    throw new Error(`"${exact}" is not in the page`);
  }, exact);
}

type Trigger = { via: 'menu'; selectionText: string } | { via: 'command' };

/**
 * Fires the background's real context-menu (or keyboard-command) listener for `tabId`: headless
 * Chromium cannot open a context menu, but the event object can dispatch to its listeners. Waits
 * for the badge the handler sets when it is done, and returns it ("✓" saved, "!" failed).
 */
export async function clipFromTab(ext: Extension, tabId: number, trigger: Trigger): Promise<string> {
  await ext.worker.evaluate(
    async ({ tabId, trigger }) => {
      // The menu item the handler answers to exists (update rejects for an unknown id).
      await chrome.contextMenus.update('save-selection', {});
      await chrome.action.setBadgeText({ tabId, text: '' });
      const tab = await chrome.tabs.get(tabId);
      type Dispatchable = { dispatch: (...args: unknown[]) => void };
      if (trigger.via === 'menu') {
        const info = { menuItemId: 'save-selection', selectionText: trigger.selectionText, editable: false, pageUrl: tab.url };
        (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(info, tab);
      } else {
        (chrome.commands.onCommand as unknown as Dispatchable).dispatch('save-selection', tab);
      }
    },
    { tabId, trigger },
  );
  return ext.worker.evaluate(async (tabId) => {
    for (const until = Date.now() + 10_000; Date.now() < until; await new Promise((r) => setTimeout(r, 25))) {
      const text = await chrome.action.getBadgeText({ tabId });
      if (text) return text;
    }
    return '(no badge: the handler never finished)';
  }, tabId);
}

/** Types into the library's search box as a person would, and waits for the list to settle on `count` items. */
export async function search(library: Page, query: string, count: number): Promise<void> {
  const box = library.getByTestId('search');
  await box.fill('');
  await box.pressSequentially(query);
  await waitForTotal(library, count);
}

/** Waits until the result count (or the empty message) says `count` items. */
export async function waitForTotal(library: Page, count: number): Promise<void> {
  if (count === 0) {
    await library.locator('main .empty').waitFor();
    return;
  }
  await library.getByTestId('result-count').filter({ hasText: new RegExp(`· ${count} items$`) }).waitFor();
  await library.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
}
