import { describe, expect, it, vi } from 'vitest';
import type { Article } from '@/lib/extract/types';
import { emptyFacts } from '@/lib/facts/types';
import type { ExtractResult } from '@/lib/messaging';
import { createPopupModel, parseTags, type PopupDeps } from '@/lib/state/popup';

const article = { url: 'https://example.org/a', title: 'A', text: 'Body' } as Article;
const facts = emptyFacts('en', true);
const savedAt = 1_773_302_400_000;
/** For tests that never load. */
const ARTICLE_NEVER: ExtractResult = { ok: false, error: { code: 'internal', message: 'unused' } };

function deps(result: ExtractResult, overrides: Partial<PopupDeps> = {}): PopupDeps {
  return {
    activeTabId: async () => 3,
    extractTab: async () => result,
    readPage: async () => ({ url: 'https://example.org/', articleUrl: 'https://example.org/', title: 'Home', selection: 'quote', prefix: 'a ', suffix: ' b' }),
    send: vi.fn(async (type: string) => (type === 'findSaved' ? null : { id: 'a1', savedAt, status: 'created' })) as unknown as PopupDeps['send'],
    openPage: vi.fn(),
    ...overrides,
  };
}

describe('popup model', () => {
  it('shows the extracted article of the active tab', async () => {
    const model = createPopupModel(undefined, deps({ ok: true, article, facts, timings: {} as never }));
    await model.load();
    expect(model.view.value).toMatchObject({ kind: 'article', article });
    expect(model.save.value).toEqual({ kind: 'idle' });
  });

  it('says "already saved" when the library has the article', async () => {
    const send = vi.fn(async () => ({ id: 'a1', savedAt })) as unknown as PopupDeps['send'];
    const model = createPopupModel(5, deps({ ok: true, article, facts, timings: {} as never }, { send }));
    await model.load();
    expect(model.save.value).toEqual({ kind: 'saved', savedAt });
    expect(send).toHaveBeenCalledWith('findSaved', { url: article.url, text: article.text });
  });

  it('saves through the background with tags and note', async () => {
    const d = deps({ ok: true, article, facts, timings: {} as never });
    const model = createPopupModel(5, d);
    await model.load();
    model.tags.value = ' politics, hanoi ,politics,';
    model.note.value = 'for the report';
    await model.saveArticle();
    expect(d.send).toHaveBeenCalledWith('saveArticle', { article, facts, tags: ['politics', 'hanoi'], note: 'for the report' });
    expect(model.save.value).toEqual({ kind: 'saved', savedAt });
  });

  it('offers the page link and selection when the page is not an article', async () => {
    const d = deps({ ok: false, error: { code: 'not-article', message: 'no' } });
    const model = createPopupModel(5, d);
    await model.load();
    expect(model.view.value).toMatchObject({ kind: 'not-article', page: { selection: 'quote' } });
    await model.saveClipping(true);
    expect(d.send).toHaveBeenCalledWith('saveClipping', {
      url: 'https://example.org/', title: 'Home', quote: 'quote', prefix: 'a ', suffix: ' b', note: '',
    });
    expect(model.clip.value).toEqual({ kind: 'saved', savedAt });
  });

  it('keeps a bare page link as a clipping that quotes the title', async () => {
    const d = deps({ ok: false, error: { code: 'not-article', message: 'no' } });
    const model = createPopupModel(5, d);
    await model.load();
    await model.saveClipping(false);
    expect(d.send).toHaveBeenCalledWith('saveClipping', { url: 'https://example.org/', title: 'Home', quote: 'Home', note: '' });
  });

  it('keeps a failed save as a message, not a throw', async () => {
    const send = vi.fn(async (type: string) => {
      if (type === 'findSaved') return null;
      throw new Error('disk full');
    }) as unknown as PopupDeps['send'];
    const model = createPopupModel(5, deps({ ok: true, article, facts, timings: {} as never }, { send }));
    await model.load();
    await model.saveArticle();
    expect(model.save.value).toEqual({ kind: 'failed', message: 'disk full' });
  });

  it('shows coded errors and a missing tab', async () => {
    const restricted = createPopupModel(5, deps({ ok: false, error: { code: 'restricted-page', message: 'x' } }));
    await restricted.load();
    expect(restricted.view.value).toMatchObject({ kind: 'error', code: 'restricted-page' });
    const none = createPopupModel(undefined, deps(ARTICLE_NEVER, { activeTabId: async () => undefined }));
    await none.load();
    expect(none.view.value).toMatchObject({ kind: 'error', code: 'no-tab' });
  });

  it('opens the reader view for its tab and the library', () => {
    const d = deps(ARTICLE_NEVER);
    const model = createPopupModel(12, d);
    model.openReader();
    model.openLibrary();
    expect(d.openPage).toHaveBeenNthCalledWith(1, '/reader.html?tab=12');
    expect(d.openPage).toHaveBeenNthCalledWith(2, '/library.html');
  });

  it('toggles the open fact', () => {
    const model = createPopupModel(1, deps(ARTICLE_NEVER));
    model.toggleFact('dates:0');
    expect(model.selectedFact.value).toBe('dates:0');
    model.toggleFact('dates:0');
    expect(model.selectedFact.value).toBeNull();
  });
});

describe('parseTags', () => {
  it('trims, drops empties and duplicates', () => {
    expect(parseTags(' a, b,,a , ')).toEqual(['a', 'b']);
    expect(parseTags('')).toEqual([]);
  });
});
