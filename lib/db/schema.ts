import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { factRows } from './derive';
import type { Clipping, FactRow, SavedArticle } from './types';

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
