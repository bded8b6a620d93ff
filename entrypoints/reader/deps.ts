import { browser } from 'wxt/browser';
import { rt, uiLocale } from '@/components/reader/strings';
import { getArticle, type SavedArticle } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import { prepareContent } from '@/lib/reader/content';
import { loadSettings, saveSettings } from '@/lib/reader/settings-store';
import type { ReaderDeps, StoredArticle } from '@/lib/state/reader';
import { extractTab } from '@/lib/tabs';

// Saved times cross the message boundary as epoch ms or ISO; the model wants ISO.
const iso = (t: string | number): string => (typeof t === 'number' ? new Date(t).toISOString() : t);

/** A library row back into the Article + Facts the reader renders. */
function fromSaved(saved: SavedArticle): StoredArticle {
  const { facts, savedAt, ...a } = saved;
  const article = {
    url: a.url, title: a.title, byline: a.byline, siteName: a.siteName, lang: a.lang, dir: a.dir,
    publishedTime: a.publishedTime, excerpt: a.excerpt, html: a.html, text: a.text,
    wordCount: a.wordCount, readingMinutes: a.readingMinutes, images: [], readerable: true,
  };
  return { article, facts, savedAt: iso(savedAt) };
}

async function closeReader(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else globalThis.close();
}

/** The real world for the reader model: tabs, the library, the background, storage, clipboard. */
export function readerDeps(): ReaderDeps {
  return {
    extractTab,
    // Straight from IndexedDB, not through the background: a saved article must open offline and fast.
    loadSaved: async (id) => {
      const found = await getArticle(id);
      return found && fromSaved(found.article);
    },
    findSaved: async ({ url, text }) => {
      const ref = await sendMessage('findSaved', { url, text });
      return ref && { savedAt: iso(ref.savedAt) };
    },
    // The same path as the popup: the background writes, so a closed reader tab cannot lose a save.
    save: async (article, facts) => {
      const ref = await sendMessage('saveArticle', { article, facts, tags: [], note: '' });
      return { savedAt: iso(ref.savedAt) };
    },
    loadSettings,
    saveSettings,
    prepare: (html) => prepareContent(html, window),
    copyText: (text) => navigator.clipboard.writeText(text),
    print: () => globalThis.print(),
    close: () => void closeReader(),
    locale: uiLocale(),
    accessedLabel: rt('readerAccessed'),
  };
}
