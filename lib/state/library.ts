import { signal } from '@preact/signals';
import * as db from '../db';
import type { ArticleSnapshot, Clipping, FactType, ImportReport, ItemKind, ListPage, ListQuery, SavedArticle } from '../db';
import { buildExport, importBackupText, type ExportFile, type ExportFormat } from '../export';

/** The filters the page offers; dates as the date inputs give them ("2025-01-15"). */
export interface LibraryFilters {
  site?: string;
  tag?: string;
  kind?: ItemKind;
  savedFrom?: string;
  savedTo?: string;
  publishedFrom?: string;
  publishedTo?: string;
  fact?: { type: FactType; value: string };
}

export type Detail = { kind: 'article'; article: SavedArticle; clippings: Clipping[] } | { kind: 'missing' };

/** One message at a time under the toolbar; `deleted` offers undo. */
export type Notice =
  | { kind: 'deleted'; title: string }
  | { kind: 'undo-failed' }
  | { kind: 'saved' }
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'import-failed'; reason: string }
  | { kind: 'error'; message: string };

/** What the model needs from the outside world; tests pass their own. */
export interface LibraryDeps {
  db: Pick<typeof db, 'listItems' | 'getArticle' | 'updateArticle' | 'updateClipping' | 'deleteArticle' | 'restoreArticle' |
    'deleteClipping' | 'restoreClipping' | 'readAll' | 'listSites' | 'listTags' | 'onLibraryChanged'>;
  importBackupText: typeof importBackupText;
  now: () => Date;
}

export const PAGE_SIZE = 50;
/** Larger files are refused before reading: a backup of 10,000 articles is far smaller. */
export const MAX_IMPORT_BYTES = 1024 ** 3;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const localDay = (day: string, end: boolean) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return end ? new Date(y, m - 1, d, 23, 59, 59, 999).getTime() : new Date(y, m - 1, d).getTime();
};

/** The repository query for the page's state. */
export function toListQuery(query: string, f: LibraryFilters, offset: number): ListQuery {
  return {
    query, offset, limit: PAGE_SIZE, site: f.site, tag: f.tag, kind: f.kind, fact: f.fact,
    savedFrom: f.savedFrom ? localDay(f.savedFrom, false) : undefined,
    savedTo: f.savedTo ? localDay(f.savedTo, true) : undefined,
    publishedFrom: f.publishedFrom || undefined,
    publishedTo: f.publishedTo || undefined,
  };
}

/** "a, b,,A" → ["a", "b", "A"] (the repository folds case duplicates). */
export const splitTags = (raw: string): string[] => raw.split(',').map((t) => t.trim()).filter(Boolean);

/** The library page's state and actions. */
export function createLibraryModel(deps: LibraryDeps = { db, importBackupText, now: () => new Date() }) {
  const query = signal('');
  const filters = signal<LibraryFilters>({});
  const offset = signal(0);
  const page = signal<ListPage | null>(null);
  const loading = signal(false);
  const [sites, tags] = [signal<string[]>([]), signal<string[]>([])];
  const detail = signal<Detail | null>(null);
  const notice = signal<Notice | null>(null);
  let undo: (() => Promise<boolean>) | null = null;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Reloads the page of items; `facets` also reloads the site and tag choices (after changes, not per keystroke). */
  async function refresh(facets = false): Promise<void> {
    const mine = ++seq; // a slower, older search must not overwrite a newer one
    loading.value = true;
    try {
      const [result, s, t] = await Promise.all([
        deps.db.listItems(toListQuery(query.value, filters.value, offset.value)),
        facets ? deps.db.listSites() : sites.value,
        facets ? deps.db.listTags() : tags.value,
      ]);
      if (mine !== seq) return;
      [page.value, sites.value, tags.value] = [result, s, t];
    } catch (e) {
      if (mine === seq) notice.value = { kind: 'error', message: message(e) };
    } finally {
      if (mine === seq) loading.value = false;
    }
  }

  /** Refreshes after `delay` ms unless asked again meanwhile (typing, bursts of changes). */
  function schedule(delay: number, facets = false): void {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(facets), delay);
  }

  /** A new query shows its first page once typing pauses. */
  function search(text: string): void {
    query.value = text;
    offset.value = 0;
    schedule(120);
  }

  function goTo(nextOffset: number): void {
    offset.value = Math.max(0, nextOffset);
    void refresh();
  }

  /** Merges `patch` into the filters (empty values remove a filter) and shows the first page. */
  function setFilters(patch: Partial<LibraryFilters>): void {
    const next: LibraryFilters = { ...filters.value, ...patch };
    for (const k of Object.keys(next) as Array<keyof LibraryFilters>) if (!next[k]) delete next[k];
    filters.value = next;
    goTo(0);
  }

  function clearFilters(): void {
    filters.value = {};
    goTo(0);
  }

  /** Every item that mentions this fact; leaves the detail view. */
  function filterByFact(type: FactType, value: string): void {
    detail.value = null;
    setFilters({ fact: { type, value } });
  }

  /** Runs an action; a failure becomes the notice instead of an unhandled rejection. */
  const attempt = (action: () => Promise<void>) =>
    action().catch((e: unknown) => void (notice.value = { kind: 'error', message: message(e) }));

  const open = (id: string) =>
    attempt(async () => {
      const found = await deps.db.getArticle(id);
      detail.value = found ? { kind: 'article', ...found } : { kind: 'missing' };
    });

  const close = () => void (detail.value = null);

  /** Reloads the open article if the change touched it or one of its clippings. */
  async function reopenIfShown(id: string): Promise<void> {
    const d = detail.value;
    if (d?.kind !== 'article') return;
    if (d.article.id === id && (await deps.db.getArticle(id)) === undefined) detail.value = null;
    else if (d.article.id === id || d.clippings.some((c) => c.id === id)) await open(d.article.id);
  }

  const saveMeta = (kind: ItemKind, id: string, patch: { tags?: string; note?: string }) =>
    attempt(async () => {
      const change = { note: patch.note, tags: patch.tags === undefined ? undefined : splitTags(patch.tags) };
      if (kind === 'article') await deps.db.updateArticle(id, change);
      else await deps.db.updateClipping(id, change);
      await reopenIfShown(id);
      notice.value = { kind: 'saved' };
      await refresh(true);
    });

  const remove = (kind: ItemKind, id: string, title: string) =>
    attempt(async () => {
      if (kind === 'article') {
        const snap: ArticleSnapshot | undefined = await deps.db.deleteArticle(id);
        undo = snap ? () => deps.db.restoreArticle(snap) : null;
      } else {
        const clip = await deps.db.deleteClipping(id);
        undo = clip ? () => deps.db.restoreClipping(clip) : null;
      }
      await reopenIfShown(id);
      notice.value = { kind: 'deleted', title };
      await refresh(true);
    });

  const undoDelete = () =>
    attempt(async () => {
      const restore = undo;
      undo = null;
      if (!restore) return;
      notice.value = (await restore()) ? null : { kind: 'undo-failed' };
      await refresh(true);
    });

  /** The whole library as a file to download; null (and a notice) when it cannot be read. */
  async function exportAs(format: ExportFormat): Promise<ExportFile | null> {
    let file: ExportFile | null = null;
    await attempt(async () => void (file = buildExport(format, await deps.db.readAll(), deps.now())));
    return file;
  }

  /** Imports a backup file; the notice shows the counts or why nothing changed. */
  const importFile = (file: Blob) =>
    (async () => {
      if (file.size > MAX_IMPORT_BYTES) throw new Error('This file is too large to be a Lede backup.');
      const result = await deps.importBackupText(await file.text());
      notice.value = result.ok ? { kind: 'imported', report: result.report } : { kind: 'import-failed', reason: result.reason };
      await refresh(true);
    })().catch((e: unknown) => void (notice.value = { kind: 'import-failed', reason: message(e) }));

  const dismiss = () => void (notice.value = null);

  /** Loads the first page and follows changes other contexts make; returns the stop function. */
  function start(): () => void {
    void refresh(true);
    const off = deps.db.onLibraryChanged(() => schedule(250, true));
    return () => {
      off();
      clearTimeout(timer);
    };
  }

  return {
    query, filters, offset, page, loading, sites, tags, detail, notice,
    refresh, search, setFilters, clearFilters, filterByFact, goTo, open, close, saveMeta, remove, undoDelete, exportAs,
    importFile, dismiss, start,
  };
}

export type LibraryModel = ReturnType<typeof createLibraryModel>;
