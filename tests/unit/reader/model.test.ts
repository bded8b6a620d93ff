import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractResult } from '@/lib/messaging';
import { DEFAULT_SETTINGS, type ReaderSettings } from '@/lib/reader/settings';
import { createReaderModel, type ReaderDeps } from '@/lib/state/reader';
import { article, facts, TEXT } from './fixtures';

const timings = { parseMs: 0, readabilityMs: 0, cleanupMs: 0, factsMs: 0, totalMs: 0 };

function deps(over: Partial<ReaderDeps> = {}) {
  const stored: ReaderSettings[] = [];
  const d: ReaderDeps & { stored: ReaderSettings[]; copied: string[]; closed: number } = {
    stored,
    copied: [],
    closed: 0,
    extractTab: async (): Promise<ExtractResult> => ({ ok: true, article, facts, timings }),
    loadSaved: async (id) => (id === 'known' ? { article, facts, savedAt: '2026-03-01T10:00:00Z' } : undefined),
    findSaved: async () => null,
    save: async () => ({ savedAt: '2026-03-12T10:00:00Z' }),
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, fontSize: 20 }),
    saveSettings: async (s) => void stored.push(s),
    prepare: (html) => ({ html, toc: [] }),
    copyText: async (text) => void d.copied.push(text),
    print: () => undefined,
    close: () => void d.closed++,
    locale: 'en-GB',
    accessedLabel: 'Accessed',
    ...over,
  };
  return d;
}

afterEach(() => vi.useRealTimers());

describe('reader model', () => {
  it('reads a tab and shows the article with its facts', async () => {
    const model = createReaderModel(deps());
    await model.load({ kind: 'tab', tabId: 3 });
    expect(model.view.value.kind).toBe('ready');
    expect(model.groups.value.length).toBeGreaterThan(0);
    expect(model.saveState.value.kind).toBe('idle');
  });

  it('shows a tab article already in the library as saved', async () => {
    const model = createReaderModel(deps({ findSaved: async () => ({ savedAt: '2026-01-01T00:00:00Z' }) }));
    await model.load({ kind: 'tab', tabId: 3 });
    expect(model.saveState.value).toEqual({ kind: 'saved', savedAt: '2026-01-01T00:00:00Z' });
  });

  it('opens a saved article, and says so when it is gone', async () => {
    const model = createReaderModel(deps());
    await model.load({ kind: 'saved', id: 'known' });
    expect(model.saveState.value.kind).toBe('saved');
    await model.load({ kind: 'saved', id: 'gone' });
    expect(model.view.value).toMatchObject({ kind: 'error', code: 'not-found' });
  });

  it('passes extraction failures through with their code', async () => {
    const failing = deps({ extractTab: async () => ({ ok: false, error: { code: 'restricted-page', message: 'no' } }) });
    const model = createReaderModel(failing);
    await model.load({ kind: 'tab', tabId: 1 });
    expect(model.view.value).toMatchObject({ kind: 'error', code: 'restricted-page' });
    await model.load(null);
    expect(model.view.value).toMatchObject({ kind: 'error', code: 'bad-address' });
  });

  it('changes and persists settings, keyboard commands included', async () => {
    const d = deps();
    const model = createReaderModel(d);
    await model.initSettings();
    expect(model.settings.value.fontSize).toBe(20);
    model.fontStep(1);
    model.run('theme');
    model.updateSettings({ family: 'sans' });
    expect(model.settings.value).toMatchObject({ fontSize: 22, theme: 'light', family: 'sans' });
    expect(d.stored.at(-1)).toEqual(model.settings.value);
    model.receiveSettings({ ...DEFAULT_SETTINGS });
    expect(d.stored).toHaveLength(3);
    model.run('close');
    expect(d.closed).toBe(1);
  });

  it('selects a fact: its sentence, a hint and every fact from that sentence', async () => {
    const model = createReaderModel(deps());
    await model.load({ kind: 'tab', tabId: 3 });
    model.selectFact('official:1');
    const target = model.highlight.value!;
    expect(target.quote).toBe(facts.officials[1]!.sentence);
    expect(target.facts).toEqual(['Nguyễn Doãn Toản', 'danh hiệu Chiến sĩ thi đua Thành phố']);
    expect(target.hint).toBeGreaterThan(0);
    expect(TEXT.includes(target.quote)).toBe(true);
    model.selectFact('nope:0');
    expect(model.highlight.value).toBe(target);
  });

  it('saves once, and reports a failure', async () => {
    vi.useFakeTimers();
    const model = createReaderModel(deps());
    await model.load({ kind: 'tab', tabId: 3 });
    await model.save();
    expect(model.saveState.value.kind).toBe('saved');
    expect(model.notice.value).toBe('saved');
    vi.advanceTimersByTime(5000);
    expect(model.notice.value).toBeNull();

    const failing = createReaderModel(deps({ save: async () => Promise.reject(new Error('quota')) }));
    await failing.load({ kind: 'tab', tabId: 3 });
    await failing.save();
    expect(failing.saveState.value).toEqual({ kind: 'failed', message: 'quota' });
    expect(failing.notice.value).toBe('save-failed');
  });

  it('copies a plain-text citation', async () => {
    const d = deps();
    const model = createReaderModel(d);
    await model.load({ kind: 'tab', tabId: 3 });
    await model.copyCitation();
    expect(d.copied[0]).toMatch(/^Hiền Hòa\. “Đảng bộ .*” Báo điện tử Đảng Cộng sản Việt Nam, 24 November 2016\. https:\/\/dangcongsan\.vn\/.* Accessed /);
    expect(model.notice.value).toBe('copied');
  });
});
