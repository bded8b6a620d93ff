import { contentHash, type Clipping, type LibraryData, type SavedArticle, type Tag } from '../db';
import { idPrefix, siteOf } from '../db/derive';
import { itemsV } from './schema';
import { Invalid, parseJsonSafely, str } from './validate';

export const BACKUP_FORMAT = 'lede-backup';
export const BACKUP_VERSION = 1;

/** A complete, versioned library backup. */
export interface Backup extends LibraryData {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 date-time. */
  exportedAt: string;
}

/** The backup of `data` made at `now`. */
export function toBackup(data: LibraryData, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...data };
}

/** The backup as the JSON text of a .json file. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

export type ParsedBackup = { ok: true; data: LibraryData; exportedAt: string } | { ok: false; reason: string };

/**
 * Reads and checks a backup file completely (format, version, every field, prototype-pollution
 * keys) before anything touches the library; on failure the reason is for people.
 */
export function parseBackup(text: string): ParsedBackup {
  try {
    return { ok: true, ...check(text) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: `This backup cannot be imported: ${e.message}.` };
    throw e;
  }
}

function check(text: string): { data: LibraryData; exportedAt: string } {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new Invalid('', 'is empty');
  let root: unknown;
  try {
    root = parseJsonSafely(body);
  } catch (e) {
    if (e instanceof Invalid) throw e;
    // Engines word a cut-off file differently; an error at the very end of the text means the same.
    const at = /position (\d+)/.exec(String(e));
    const truncated = /end of (JSON )?input|unterminated|unexpected end/i.test(String(e)) || Number(at?.[1]) >= body.trimEnd().length;
    throw new Invalid('', truncated ? 'ends too early: it is incomplete (truncated)' : 'is not valid JSON');
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) throw new Invalid('', 'is not a Lede backup');
  const r = root as Record<string, unknown>;
  if (r.format !== BACKUP_FORMAT) throw new Invalid('', `is not a Lede backup (format is ${JSON.stringify(r.format ?? null)})`);
  if (typeof r.version !== 'number' || !Number.isInteger(r.version) || r.version < 1)
    throw new Invalid('version', 'should be a whole number from 1');
  if (r.version > BACKUP_VERSION)
    throw new Invalid('', `was made by a newer Lede (backup version ${r.version}); update Lede to import it`);
  const exportedAt = str(40)(r.exportedAt, 'exportedAt');
  if (Number.isNaN(Date.parse(exportedAt))) throw new Invalid('exportedAt', 'is not a date');

  const articles: SavedArticle[] = itemsV.articles(r.articles, 'articles').map((a) => ({
    ...a, contentHash: contentHash(a.text), site: siteOf(a.siteName, a.url),
  }));
  const clippings: Clipping[] = itemsV.clippings(r.clippings, 'clippings').map((c) => ({ ...c, site: siteOf(c.siteName, c.url) }));
  const tags: Tag[] = itemsV.tags(r.tags, 'tags');
  // Ids carry the save time (the library sorts on it): an id that disagrees was not made by Lede.
  const stamped = (x: { id: string; savedAt: number }, path: string) => {
    if (!x.id.startsWith(idPrefix(x.savedAt))) throw new Invalid(`${path}.id`, 'does not match its savedAt');
  };
  articles.forEach((a, i) => stamped(a, `articles[${i}]`));
  clippings.forEach((c, i) => stamped(c, `clippings[${i}]`));
  return { data: { articles, clippings, tags }, exportedAt };
}
