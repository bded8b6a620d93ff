import type { Collection } from 'dexie';
import { factMatches, summarize } from './articles';
import { getDb, type LedeDb } from './db';
import { idPrefix } from './derive';
import { guard } from './errors';
import { tokenize } from './fold';
import { keysWhere } from './indexing';
import type { ListItem, ListPage, ListQuery } from './types';

/** Past this many words for a typed prefix, it is too short to mean anything: match it whole. */
const MAX_EXPANSIONS = 24;
const MIN_PREFIX = 3;

interface ParsedQuery {
  words: string[];
  phrases: string[][];
  /** The last bare word, still being typed, also matches longer words. */
  prefix: string | null;
}

/** Splits a query into folded words and "quoted phrases". */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const bare = query.replace(/"([^"]*)"?/g, (_, p: string) => {
    const words = tokenize(p);
    if (words.length) phrases.push(words);
    return ' ';
  });
  const words = tokenize(bare);
  const typing = /[\p{L}\p{N}]$/u.test(query);
  const last = words[words.length - 1];
  const prefix = typing && last && last.length >= MIN_PREFIX && !query.trimEnd().endsWith('"') ? last : null;
  return { words: prefix ? words.slice(0, -1) : words, phrases, prefix };
}

async function withWord(db: LedeDb, word: string): Promise<Set<string>> {
  return new Set((await db.search.where('tokens').equals(word).primaryKeys()) as string[]);
}

async function withPrefix(db: LedeDb, prefix: string): Promise<Set<string>> {
  const words = (await db.terms.where('term').startsWith(prefix).limit(MAX_EXPANSIONS + 1).primaryKeys()) as string[];
  if (words.length > MAX_EXPANSIONS) return withWord(db, prefix);
  return new Set(await keysWhere(db.search, 'tokens', words));
}

/** Ids of the items matching a text query, or null for an empty query. */
async function searchIds(db: LedeDb, query: string): Promise<Set<string> | null> {
  const q = parseQuery(query);
  const exact = [...new Set([...q.words, ...q.phrases.flat()])];
  if (!exact.length && !q.prefix) return null;
  // All posting lists requested at once: IndexedDB answers them in one pass of the event loop.
  const lists = await Promise.all([...exact.map((w) => withWord(db, w)), ...(q.prefix ? [withPrefix(db, q.prefix)] : [])]);
  let ids: Set<string> | null = null;
  for (const list of lists.sort((a, b) => a.size - b.size)) ids = intersect(ids, list);
  // Word order only matters for quoted phrases: check them on the folded text of the few candidates.
  const phrases = q.phrases.filter((p) => p.length > 1).map((p) => ` ${p.join(' ')} `);
  if (phrases.length && ids?.size) {
    const rows = await db.searchText.bulkGet([...ids]);
    ids = new Set(rows.filter((r) => r && phrases.every((p) => ` ${r.text} `.includes(p))).map((r) => r!.id));
  }
  return ids;
}

function intersect(a: Set<string> | null, b: Set<string>): Set<string> {
  if (!a) return b;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  return new Set([...small].filter((x) => big.has(x)));
}

async function keysOf(c: Collection<unknown, unknown>): Promise<string[]> {
  return (await c.primaryKeys()) as string[];
}

type ItemTable = LedeDb['articles'] | LedeDb['clippings'];

/** Constraint sets from the indexed filters, one per filter given, each limited to `tables`. */
async function filterSets(db: LedeDb, q: ListQuery, tables: ItemTable[]): Promise<Array<Set<string>>> {
  const sets: Array<Set<string>> = [];
  const across = async (pick: (t: ItemTable) => Collection<unknown, unknown>) =>
    new Set((await Promise.all(tables.map((t) => keysOf(pick(t))))).flat());
  if (q.site) sets.push(await across((t) => t.where('site').equals(q.site!)));
  if (q.tag) sets.push(await across((t) => t.where('tags').equals(q.tag!)));
  if (q.publishedFrom || q.publishedTo) {
    const from = q.publishedFrom ?? '';
    const to = (q.publishedTo ?? '\uffff') + '\uffff'; // "2024-09" includes every time on any day of it
    sets.push(await across((t) => t.where('publishedTime').between(from, to, true, true)));
  }
  if (q.fact) {
    const rows = await factMatches(db, q.fact.type, q.fact.value);
    sets.push(new Set(rows.filter((r) => !q.kind || r.kind === q.kind).map((r) => r.itemId)));
  }
  if (q.query) {
    const found = await searchIds(db, q.query);
    // The search index spans both kinds; a kind filter then needs that table's ids to intersect with.
    if (found) sets.push(found, ...(q.kind ? [await across((t) => t.toCollection())] : []));
  }
  return sets;
}

/** Articles and clippings, newest first, paged (offset 0, limit 50 by default); total counts every match. */
export async function listItems(q: ListQuery = {}): Promise<ListPage> {
  const db = getDb();
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(1, q.limit ?? 50);
  const lo = q.savedFrom !== undefined ? idPrefix(q.savedFrom) : '';
  const hi = q.savedTo !== undefined ? idPrefix(q.savedTo) + '~' : '~';
  const tables = q.kind === 'article' ? [db.articles] : q.kind === 'clipping' ? [db.clippings] : [db.articles, db.clippings];
  return guard(() =>
    db.transaction('r', [db.articles, db.clippings, db.facts, db.search, db.searchText, db.terms], async () => {
      const sets = await filterSets(db, q, tables);
      let ids: string[];
      let total: number;
      if (!sets.length) {
        // No filter but dates: walk each table backwards by id (save time) and merge the two runs.
        // Without dates the whole table is the range, and a plain count() is O(1) where a range count walks.
        const dated = q.savedFrom !== undefined || q.savedTo !== undefined;
        const range = (t: ItemTable) => (dated ? t.where(':id').between(lo, hi, true, true) : t.toCollection());
        const runs = await Promise.all(tables.map((t) => keysOf(range(t).reverse().limit(offset + limit))));
        const counts = await Promise.all(tables.map((t) => (dated ? range(t).count() : t.count())));
        ids = runs.flat().sort().reverse().slice(offset, offset + limit);
        total = counts.reduce((s, n) => s + n, 0);
      } else {
        const hit = sets.sort((a, b) => a.size - b.size).reduce((acc, s) => intersect(acc, s));
        const all = [...hit].filter((id) => id >= lo && id <= hi).sort().reverse();
        total = all.length;
        ids = all.slice(offset, offset + limit);
      }
      return { items: await load(db, ids, q.kind), total };
    }),
  );
}

async function load(db: LedeDb, ids: string[], kind: ListQuery['kind']): Promise<ListItem[]> {
  const [articles, clippings] = await Promise.all([
    kind === 'clipping' ? [] : db.articles.bulkGet(ids),
    kind === 'article' ? [] : db.clippings.bulkGet(ids),
  ]);
  const items: ListItem[] = [];
  ids.forEach((id, i) => {
    const a = articles[i];
    const c = clippings[i];
    if (a) items.push({ kind: 'article', id, savedAt: a.savedAt, article: summarize(a) });
    else if (c) items.push({ kind: 'clipping', id, savedAt: c.savedAt, clipping: c });
  });
  return items;
}
