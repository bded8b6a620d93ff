import { contentHash, findSavedArticle, saveArticle, saveClipping } from '@/lib/db';
import { t } from '@/lib/i18n';
import { onMessages } from '@/lib/messaging';
import { readPage } from '@/lib/tabs';
import type { Browser } from 'wxt/browser';

const MENU_ID = 'save-selection';

// Saving happens here, not in the popup: a popup closed mid-save would lose the write.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menuSaveSelection'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab) void clipSelection(tab, info.selectionText);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-selection' && tab) void clipSelection(tab);
  });

  onMessages({
    async saveArticle(request) {
      const { id, status } = await saveArticle(request);
      const saved = await findSaved(request.article.url, request.article.text);
      return { id, status, savedAt: saved?.savedAt ?? Date.now() };
    },
    findSaved: ({ url, text }) => findSaved(url, text),
    async saveClipping(request) {
      const { id } = await saveClipping(request);
      return { id, savedAt: Date.now() };
    },
  });
});

/** The library's article for this address, or with this text under another one. */
async function findSaved(url: string, text: string) {
  const saved = await findSavedArticle({ url, contentHash: contentHash(text) });
  return saved ? { id: saved.id, savedAt: saved.savedAt } : null;
}

/**
 * Keeps the tab's selected text as a clipping (context menu, or the save-selection shortcut; both
 * grant activeTab). The badge says how it went, since no popup is open.
 */
async function clipSelection(tab: Browser.tabs.Tab, menuSelection = ''): Promise<void> {
  if (tab.id === undefined) return;
  const page = await readPage(tab.id);
  const quote = page?.selection || menuSelection.trim();
  if (!quote) return;
  // Filed under the article's canonical address, so it joins the saved article.
  const where = { url: page?.articleUrl ?? tab.url ?? '', title: page?.title ?? tab.title ?? '' };
  const ok = await saveClipping({ ...where, quote, prefix: page?.prefix, suffix: page?.suffix }).then(
    () => true,
    () => false,
  );
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId: tab.id, text: ok ? '✓' : '!' });
}
