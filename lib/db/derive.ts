import type { Facts } from '../facts/types';
import { factKey, tokenize } from './fold';
import type { Clipping, FactRow, FactType, ItemKind, SavedArticle, SearchRow, SearchText } from './types';

/** Pure builders for the derived rows; the schema upgrades and the repository share them. */

const MAX_TAG = 64;

/** Time-ordered id: base-36 epoch ms (9 digits, good until year 5138), '-', 8 random base-36 digits. */
export function newId(savedAt: number): string {
  const rand = new Uint32Array(2);
  crypto.getRandomValues(rand);
  const tail = ((rand[0] ?? 0).toString(36) + (rand[1] ?? 0).toString(36)).padStart(8, '0').slice(-8);
  return idPrefix(savedAt) + '-' + tail;
}

/** The part of an id that encodes its save time; ids compare like their times. */
export function idPrefix(savedAt: number): string {
  return Math.max(0, Math.floor(savedAt)).toString(36).padStart(9, '0');
}

export const ID_PATTERN = /^[0-9a-z]{9}-[0-9a-z]{8}$/;

/** siteName, else the URL's host without "www.". */
export function siteOf(siteName: string | null | undefined, url: string): string {
  const name = siteName?.trim();
  if (name) return name;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Trimmed, NFC, single-spaced, at most 64 chars, case-insensitive duplicates dropped (first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG);
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** The indexed facts of an item: names of people, awards, organisations, places, and resolved dates. */
export function factEntries(facts: Facts | null): Array<{ type: FactType; value: string }> {
  if (!facts) return [];
  const out: Array<{ type: FactType; value: string }> = [];
  for (const f of facts.officials) out.push({ type: 'official', value: f.name });
  for (const f of facts.awards) out.push({ type: 'award', value: f.name });
  for (const f of facts.organizations) out.push({ type: 'organization', value: f.name });
  for (const f of facts.places) out.push({ type: 'place', value: f.name });
  for (const f of facts.dates) if (f.value) out.push({ type: 'date', value: f.value });
  return out;
}

/** Facts index rows for one item, one per distinct (type, key). */
export function factRows(itemId: string, kind: ItemKind, facts: Facts | null): FactRow[] {
  const rows = new Map<string, FactRow>();
  for (const { type, value } of factEntries(facts)) {
    const key = factKey(value);
    const id = `${itemId}|${type}|${key}`;
    if (key && !rows.has(id)) rows.set(id, { id, type, key, value: value.trim(), itemId, kind });
  }
  return [...rows.values()];
}

/** Words of facts beyond their names: official titles and award recipients are worth finding too. */
function factWords(facts: Facts | null): string {
  if (!facts) return '';
  const parts = factEntries(facts).map((e) => e.value);
  for (const o of facts.officials) parts.push(...o.titles);
  for (const a of facts.awards) if (a.recipient) parts.push(a.recipient);
  return parts.join(' | ');
}

/** The two full-text rows of one item. */
export interface SearchEntry {
  row: SearchRow;
  text: SearchText;
}

function searchEntry(id: string, kind: ItemKind, fields: Array<string | null | undefined>): SearchEntry {
  const words = fields.map((f) => (f ? tokenize(f).join(' ') : '')).filter(Boolean);
  const tokens = new Set<string>();
  for (const w of words) for (const t of w.split(' ')) tokens.add(t);
  return { row: { id, kind, tokens: [...tokens] }, text: { id, text: words.join(' | ') } };
}

/** Full-text rows of an article: title, byline, site, text, note, tags and facts. */
export function articleSearch(a: SavedArticle): SearchEntry {
  return searchEntry(a.id, 'article', [a.title, a.byline, a.site, a.text, a.note, a.tags.join(' | '), factWords(a.facts)]);
}

/** Full-text rows of a clipping: title, site, quote, note, tags and facts. */
export function clippingSearch(c: Clipping): SearchEntry {
  return searchEntry(c.id, 'clipping', [c.title, c.site, c.quote, c.note, c.tags.join(' | '), factWords(c.facts)]);
}
