import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Article } from '../extract/types';
import type { Facts } from '../facts/types';
import { sendMessage, type ErrorCode } from '../messaging';
import { activeTabId, extractTab, readPage, type PageInfo } from '../tabs';

/** What the popup shows. */
export type PopupView =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article; facts: Facts }
  | { kind: 'not-article'; page: PageInfo | undefined }
  | { kind: 'error'; code: ErrorCode; message: string };

/** Where saving stands, for the article or for a clipping. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: number }
  | { kind: 'failed'; message: string };

/** What the model needs from the outside world; tests pass their own. */
export interface PopupDeps {
  activeTabId: typeof activeTabId;
  extractTab: typeof extractTab;
  readPage: typeof readPage;
  send: typeof sendMessage;
  /** Opens an extension page ("/library.html") in a new tab. */
  openPage: (path: string) => void;
}

const defaultDeps: PopupDeps = {
  activeTabId,
  extractTab,
  readPage,
  send: sendMessage,
  openPage: (path) => {
    const url = new URL(path, browser.runtime.getURL('/')).href;
    void browser.tabs.create({ url }).finally(() => globalThis.close());
  },
};

/** Splits "a, b,,a" into ["a", "b"]. */
export const parseTags = (raw: string): string[] =>
  [...new Set(raw.split(',').map((tag) => tag.trim()).filter(Boolean))];

/** The popup's state and actions. `tabId` defaults to the active tab of the current window. */
export function createPopupModel(tabId: number | undefined, deps: PopupDeps = defaultDeps) {
  const view = signal<PopupView>({ kind: 'loading' });
  const save = signal<SaveState>({ kind: 'idle' });
  const clip = signal<SaveState>({ kind: 'idle' });
  const selectedFact = signal<string | null>(null);
  const tags = signal('');
  const note = signal('');
  let target = tabId;

  const failed = (err: unknown): SaveState => ({
    kind: 'failed',
    message: err instanceof Error ? err.message : String(err),
  });

  async function load(): Promise<void> {
    view.value = { kind: 'loading' };
    target ??= await deps.activeTabId();
    if (target === undefined) {
      view.value = { kind: 'error', code: 'no-tab', message: 'No active tab.' };
      return;
    }
    const result = await deps.extractTab(target);
    if (result.ok) {
      view.value = { kind: 'article', article: result.article, facts: result.facts };
      const { url, text } = result.article;
      const saved = await deps.send('findSaved', { url, text }).catch(() => null);
      if (saved) save.value = { kind: 'saved', savedAt: saved.savedAt };
    } else if (result.error.code === 'not-article' || result.error.code === 'empty') {
      view.value = { kind: 'not-article', page: await deps.readPage(target) };
    } else {
      view.value = { kind: 'error', ...result.error };
    }
  }

  async function saveArticle(): Promise<void> {
    const current = view.value;
    if (current.kind !== 'article' || save.value.kind === 'saving') return;
    save.value = { kind: 'saving' };
    const request = { article: current.article, facts: current.facts, tags: parseTags(tags.value), note: note.value };
    save.value = await deps.send('saveArticle', request).then(
      (ref): SaveState => ({ kind: 'saved', savedAt: ref.savedAt }),
      failed,
    );
  }

  /**
   * Keeps the selected text, or with `withSelection` false the page link alone. A clipping needs a
   * quote, so a bare link quotes the page's title.
   */
  async function saveClipping(withSelection: boolean): Promise<void> {
    const current = view.value;
    if (current.kind !== 'not-article' || !current.page || clip.value.kind === 'saving') return;
    const { url, title, selection, prefix, suffix } = current.page;
    clip.value = { kind: 'saving' };
    const request = withSelection
      ? { url, title, quote: selection, prefix, suffix, note: note.value }
      : { url, title, quote: title || url, note: note.value };
    clip.value = await deps.send('saveClipping', request).then(
      (ref): SaveState => ({ kind: 'saved', savedAt: ref.savedAt }),
      failed,
    );
  }

  return {
    view,
    save,
    clip,
    selectedFact,
    tags,
    note,
    load,
    saveArticle,
    saveClipping,
    toggleFact: (key: string) => {
      selectedFact.value = selectedFact.value === key ? null : key;
    },
    openReader: () => deps.openPage(`/reader.html?tab=${target ?? ''}`),
    openLibrary: () => deps.openPage('/library.html'),
  };
}

export type PopupModel = ReturnType<typeof createPopupModel>;
