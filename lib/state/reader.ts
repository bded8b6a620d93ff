import { computed, signal } from '@preact/signals';
import type { Article } from '../extract/types';
import type { Facts } from '../facts/types';
import type { ErrorCode, ExtractResult } from '../messaging';
import { formatCitation } from '../reader/citation';
import type { PreparedContent } from '../reader/content';
import { factGroups, factsFromSentence, findFact } from '../facts/view';
import { formatIsoDate } from '../reader/format';
import { sentenceHint } from '../reader/highlight';
import type { ReaderCommand } from '../reader/keys';
import { DEFAULT_SETTINGS, nextTheme, stepFontSize, type ReaderSettings } from '../reader/settings';
import type { ReaderSource } from '../reader/source';

/** What the reader shows. `bad-address` and `not-found` are the reader's own failures. */
export type ReaderView =
  | { kind: 'loading' }
  | { kind: 'ready'; article: Article; facts: Facts; content: PreparedContent }
  | { kind: 'error'; code: ErrorCode | 'bad-address' | 'not-found'; message: string };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  | { kind: 'failed'; message: string };

/** Short-lived status lines, announced politely; the component words them. */
export type Notice = 'saved' | 'save-failed' | 'copied' | 'copy-failed' | 'sentence-missing';

/** The sentence to mark: recomputed (new object) on every click, so a second click scrolls again. */
export interface HighlightTarget {
  key: string;
  quote: string;
  hint: number | undefined;
  /** Labels of every fact read from this sentence, for the tooltip. */
  facts: string[];
}

/** An article as the library keeps it. */
export interface StoredArticle {
  article: Article;
  facts: Facts;
  savedAt?: string;
}

/** What the model needs from the outside world; the entrypoint passes the real ones, tests their own. */
export interface ReaderDeps {
  extractTab: (tabId: number) => Promise<ExtractResult>;
  loadSaved: (id: string) => Promise<StoredArticle | undefined>;
  /** When the article is already in the library: when it was saved (ISO). */
  findSaved: (article: Article) => Promise<{ savedAt: string } | null>;
  save: (article: Article, facts: Facts) => Promise<{ savedAt: string }>;
  loadSettings: () => Promise<ReaderSettings>;
  saveSettings: (settings: ReaderSettings) => Promise<void>;
  /** Sanitizes and prepares article HTML (needs a DOM). */
  prepare: (html: string) => PreparedContent;
  copyText: (text: string) => Promise<void>;
  print: () => void;
  close: () => void;
  /** The UI locale for dates (facts panel, citation). */
  locale: string;
  accessedLabel: string;
}

const NOTICE_MS = 4000;
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** The reader view's state and actions. */
export function createReaderModel(deps: ReaderDeps) {
  const view = signal<ReaderView>({ kind: 'loading' });
  const settings = signal<ReaderSettings>({ ...DEFAULT_SETTINGS });
  const saveState = signal<SaveState>({ kind: 'idle' });
  const notice = signal<Notice | null>(null);
  const highlight = signal<HighlightTarget | null>(null);
  const formatDate = (iso: string) => formatIsoDate(iso, deps.locale) ?? iso;
  const groups = computed(() => (view.value.kind === 'ready' ? factGroups(view.value.facts, formatDate) : []));
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  function announce(next: Notice): void {
    notice.value = next;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => (notice.value = null), NOTICE_MS);
  }

  function show({ article, facts }: StoredArticle): void {
    view.value = { kind: 'ready', article, facts, content: deps.prepare(article.html) };
  }

  async function load(source: ReaderSource | null): Promise<void> {
    view.value = { kind: 'loading' };
    highlight.value = null;
    try {
      if (!source) {
        view.value = { kind: 'error', code: 'bad-address', message: 'No ?tab= or ?id= in the address.' };
      } else if (source.kind === 'saved') {
        const stored = await deps.loadSaved(source.id);
        if (!stored) view.value = { kind: 'error', code: 'not-found', message: source.id };
        else {
          show(stored);
          saveState.value = { kind: 'saved', savedAt: stored.savedAt ?? '' };
        }
      } else {
        const result = await deps.extractTab(source.tabId);
        if (!result.ok) view.value = { kind: 'error', ...result.error };
        else {
          show(result);
          const ref = await deps.findSaved(result.article).catch(() => null);
          if (ref) saveState.value = { kind: 'saved', savedAt: ref.savedAt };
        }
      }
    } catch (err) {
      view.value = { kind: 'error', code: 'internal', message: messageOf(err) };
    }
  }

  /** Changes settings and persists them; other reader tabs follow through storage. */
  function updateSettings(patch: Partial<ReaderSettings>): void {
    settings.value = { ...settings.value, ...patch };
    deps.saveSettings(settings.value).catch(() => undefined);
  }

  function selectFact(key: string): void {
    const current = view.value;
    const fact = findFact(groups.value, key);
    if (current.kind !== 'ready' || !fact) return;
    const from = factsFromSentence(groups.value, fact.sentence).map((f) => f.label);
    const hint = sentenceHint(current.article.text, fact.sentence, fact.span);
    highlight.value = { key, quote: fact.sentence, hint, facts: from.length ? from : [fact.label] };
  }

  async function save(): Promise<void> {
    const current = view.value;
    if (current.kind !== 'ready' || saveState.value.kind === 'saving' || saveState.value.kind === 'saved') return;
    saveState.value = { kind: 'saving' };
    try {
      const ref = await deps.save(current.article, current.facts);
      saveState.value = { kind: 'saved', savedAt: ref.savedAt };
      announce('saved');
    } catch (err) {
      saveState.value = { kind: 'failed', message: messageOf(err) };
      announce('save-failed');
    }
  }

  async function copyCitation(): Promise<void> {
    const current = view.value;
    if (current.kind !== 'ready') return;
    const text = formatCitation(current.article, { locale: deps.locale, accessedLabel: deps.accessedLabel });
    await deps.copyText(text).then(
      () => announce('copied'),
      () => announce('copy-failed'),
    );
  }

  const fontStep = (direction: 1 | -1) => updateSettings(stepFontSize(settings.value, direction));

  /** Runs a keyboard command. */
  function run(command: ReaderCommand): void {
    if (command === 'font-up') fontStep(1);
    else if (command === 'font-down') fontStep(-1);
    else if (command === 'theme') updateSettings({ theme: nextTheme(settings.value.theme) });
    else deps.close();
  }

  return {
    view,
    settings,
    saveState,
    notice,
    highlight,
    groups,
    load,
    /** Loads the stored settings once at start. */
    initSettings: async () => void (settings.value = await deps.loadSettings()),
    /** Takes settings changed in another reader tab (no write back). */
    receiveSettings: (next: ReaderSettings) => void (settings.value = next),
    updateSettings,
    fontStep,
    selectFact,
    /** Reports that the highlighted sentence could not be found in the rendered text. */
    sentenceMissing: () => announce('sentence-missing'),
    save,
    copyCitation,
    print: () => deps.print(),
    close: () => deps.close(),
    run,
  };
}

export type ReaderModel = ReturnType<typeof createReaderModel>;
