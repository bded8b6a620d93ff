import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { factRows } from './derive';
import type { Clipping, FactRow, SavedArticle, SearchRow, SearchText } from './types';

/** One schema version. Shipped entries are never edited: a change is a new entry at the end. */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs; null deletes a store. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * The append-only list. Index choices: ids are time-ordered, so the primary key doubles as the
 * "newest first" order and the saved-date filter; `&url` makes a second article for the same URL
 * impossible even if two contexts save at once.
 */
export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      articles: 'id, &url, contentHash, site, publishedTime, *tags',
      clippings: 'id, articleId, url, site, publishedTime, *tags',
      tags: 'name',
      search: 'id, *tokens',
      terms: 'term',
    },
  },
  {
    // v2 adds the facts index ("every article that mentions X") and builds it from stored facts.
    version: 2,
    stores: { facts: 'id, [type+key], itemId' },
    async upgrade(tx) {
      const rows: FactRow[] = [];
      await tx.table<SavedArticle, string>('articles').each((a) => {
        rows.push(...factRows(a.id, 'article', a.facts));
      });
      await tx.table<Clipping, string>('clippings').each((c) => {
        rows.push(...factRows(c.id, 'clipping', c.facts));
      });
      await tx.table<FactRow, string>('facts').bulkPut(rows);
    },
  },
  {
    // v3 moves the folded text out of the search rows into its own store: checking a quoted phrase
    // then loads only texts (about half the time in the bench), and token rows stay small.
    version: 3,
    stores: { searchText: 'id' },
    async upgrade(tx) {
      const texts: SearchText[] = [];
      await tx
        .table<SearchRow & { text?: string }, string>('search')
        .toCollection()
        .modify((row) => {
          if (typeof row.text === 'string') texts.push({ id: row.id, text: row.text });
          delete row.text;
        });
      await tx.table<SearchText, string>('searchText').bulkPut(texts);
    },
  },
];

/** The version a fresh database opens at. */
export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]?.version ?? 1;

/** Declares the versions up to `upTo` (default: all) on a Dexie instance; tests pass an old one to seed. */
export function declareVersions(db: Dexie, upTo = LATEST_VERSION): void {
  for (const v of SCHEMA) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
