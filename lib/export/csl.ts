import type { Author, DateParts, Source } from './cite';

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** A CSL-JSON item of type article-newspaper (what Zotero, Pandoc and citeproc read). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: { 'date-parts': DateParts[] };
  URL: string;
  accessed: { 'date-parts': DateParts[] };
  language?: string;
  abstract?: string;
}

const name = (a: Author): CslName => ('literal' in a ? { literal: a.literal } : { family: a.family, given: a.given });

/** One CSL-JSON item; empty fields are left out. */
export function cslItem(s: Source): CslItem {
  const item: CslItem = { id: s.key, type: 'article-newspaper', title: s.title, URL: s.url, accessed: { 'date-parts': [s.accessed] } };
  if (s.container) item['container-title'] = s.container;
  if (s.authors.length) item.author = s.authors.map(name);
  if (s.issued) item.issued = { 'date-parts': [s.issued] };
  if (s.lang && s.lang !== 'und') item.language = s.lang;
  if (s.abstract) item.abstract = s.abstract;
  // Fixed key order keeps the file stable from one export to the next.
  const order = ['id', 'type', 'title', 'container-title', 'author', 'issued', 'URL', 'accessed', 'language', 'abstract'];
  return Object.fromEntries(order.filter((k) => k in item).map((k) => [k, item[k as keyof CslItem]])) as unknown as CslItem;
}

/** A CSL-JSON file: an array of items, pretty-printed. */
export function toCslJson(sources: Source[]): string {
  return JSON.stringify(sources.map(cslItem), null, 2) + '\n';
}
