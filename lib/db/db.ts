import Dexie, { type EntityTable } from 'dexie';
import { declareVersions } from './schema';
import type { Clipping, FactRow, SavedArticle, SearchRow, SearchText, Tag, Term } from './types';

export type LedeDb = Dexie & {
  articles: EntityTable<SavedArticle, 'id'>;
  clippings: EntityTable<Clipping, 'id'>;
  tags: EntityTable<Tag, 'name'>;
  facts: EntityTable<FactRow, 'id'>;
  search: EntityTable<SearchRow, 'id'>;
  searchText: EntityTable<SearchText, 'id'>;
  terms: EntityTable<Term, 'term'>;
};

export const DEFAULT_DB_NAME = 'lede';

/** For tests and the benchmark: an IndexedDB other than the global one (fake-indexeddb). */
export interface OpenOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

// One lazily created instance per context (popup, background, library, reader page): they share
// the extension origin, so they all see the same database. Content scripts do not (page origin).
let current: LedeDb | null = null;

/** Opens (lazily, on first query) the library database `name` (default 'lede') and makes it the one the repository uses. */
export function openDb(name = DEFAULT_DB_NAME, options: OpenOptions = {}): LedeDb {
  current?.close();
  const deps: OpenOptions = {};
  if (options.indexedDB) deps.indexedDB = options.indexedDB;
  if (options.IDBKeyRange) deps.IDBKeyRange = options.IDBKeyRange;
  const db = new Dexie(name, deps) as LedeDb;
  declareVersions(db);
  current = db;
  return db;
}

/** The repository's database, created on first use. */
export function getDb(): LedeDb {
  return current ?? openDb();
}

/** Calls `listener` whenever any context changes the library; returns the unsubscribe function. */
export function onLibraryChanged(listener: () => void): () => void {
  const handler = () => listener();
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}

/** Asks the browser not to evict the library under storage pressure; false when refused or unsupported. */
export async function requestPersistence(): Promise<boolean> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return false;
  }
}
