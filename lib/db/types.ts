import type { Article } from '../extract/types';
import type { Facts } from '../facts/types';

/** An article kept in the library: the extracted article, its facts and the reader's own notes. */
export interface SavedArticle {
  /** Time-ordered id (base-36 savedAt, '-', random): sorting ids sorts by save time. */
  id: string;
  /** Canonical URL; one article per URL. */
  url: string;
  /** contentHash(text): the same text under another URL is the same article; '' for short texts. */
  contentHash: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** siteName, else the URL's host: what the site filter shows. */
  site: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  publishedTime: string | null;
  excerpt: string;
  /** Sanitized at extraction; sanitized again before it is rendered. */
  html: string;
  text: string;
  wordCount: number;
  readingMinutes: number;
  facts: Facts;
  tags: string[];
  note: string;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
}

/** A quote kept from a page, anchored by W3C text-quote selector parts (prefix, exact, suffix). */
export interface Clipping {
  id: string;
  /** The saved article it came from, when that page is in the library. */
  articleId: string | null;
  url: string;
  title: string;
  siteName: string | null;
  site: string;
  publishedTime: string | null;
  quote: string;
  prefix: string;
  suffix: string;
  /** Facts read in the quote alone. */
  facts: Facts | null;
  note: string;
  tags: string[];
  savedAt: number;
  updatedAt: number;
}

export interface Tag {
  name: string;
  createdAt: number;
}

export type FactType = 'official' | 'award' | 'organization' | 'place' | 'date';
export const FACT_TYPES: readonly FactType[] = ['official', 'award', 'organization', 'place', 'date'];

export type ItemKind = 'article' | 'clipping';

/** One row of the facts index: "this item mentions this official/award/…". */
export interface FactRow {
  /** `${itemId}|${type}|${key}`: saving the same fact twice cannot duplicate it. */
  id: string;
  type: FactType;
  /** factKey(value). */
  key: string;
  /** As written in this item. */
  value: string;
  itemId: string;
  kind: ItemKind;
}

/** Full-text row per article or clipping (derived; rebuilt on every write). */
export interface SearchRow {
  id: string;
  kind: ItemKind;
  /** Unique folded words (multiEntry index). */
  tokens: string[];
}

/** The folded search text of an item, apart from its tokens so that checking phrases loads only this. */
export interface SearchText {
  id: string;
  /** Folded words in order, fields separated by ' | '. */
  text: string;
}

/** The vocabulary of every folded word ever indexed; expands a typed prefix into words. */
export interface Term {
  term: string;
}

/** What saveArticle receives from the extraction and facts cores. */
export interface SaveArticleInput {
  article: Article;
  facts: Facts;
  tags?: string[];
  /** Replaces the note when non-empty; re-saving with '' (the popup's default) keeps the old note. */
  note?: string;
}

export type SaveStatus = 'created' | 'updated';

export interface SaveClippingInput {
  url: string;
  title: string;
  siteName?: string | null;
  publishedTime?: string | null;
  quote: string;
  prefix?: string;
  suffix?: string;
  facts?: Facts | null;
  note?: string;
  tags?: string[];
  /** Defaults to the saved article with the same URL, if any. */
  articleId?: string | null;
}

/** An article without its body: what lists show. */
export type ArticleSummary = Omit<SavedArticle, 'html' | 'text' | 'facts' | 'contentHash'>;

export type ListItem =
  | { kind: 'article'; id: string; savedAt: number; article: ArticleSummary }
  | { kind: 'clipping'; id: string; savedAt: number; clipping: Clipping };

export interface ListQuery {
  /** Words match whole words, diacritics ignored; the last word also as a prefix while typing; "quoted phrases". */
  query?: string;
  kind?: ItemKind;
  site?: string;
  tag?: string;
  /** Epoch ms, inclusive. */
  savedFrom?: number;
  savedTo?: number;
  /** ISO dates compared on their leading part: '2024-09' to '2024-09' is all of September. */
  publishedFrom?: string;
  publishedTo?: string;
  fact?: { type: FactType; value: string };
  offset?: number;
  limit?: number;
}

export interface ListPage {
  items: ListItem[];
  total: number;
}

export interface ArticleSnapshot {
  article: SavedArticle;
  /** Clippings that pointed at it; restoring links them again. */
  clippingIds: string[];
}

/** Everything a backup holds; the derived indexes are rebuilt from it. */
export interface LibraryData {
  articles: SavedArticle[];
  clippings: Clipping[];
  tags: Tag[];
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}
