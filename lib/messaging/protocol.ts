import type { Article } from '../extract/types';
import type { Facts } from '../facts/types';

/** A stored item as the popup needs to know it. */
export interface SavedRef {
  id: string;
  /** When it was first saved, epoch milliseconds. */
  savedAt: number;
}

export interface SaveArticleRequest {
  article: Article;
  facts: Facts;
  tags: string[];
  note: string;
}

/** A quote kept from a page, anchored by the text just before and after it. */
export interface ClippingRequest {
  url: string;
  title: string;
  quote: string;
  prefix?: string;
  suffix?: string;
  note?: string;
}

/**
 * Every request any context sends, with its reply. Only the background listens, so the
 * popup can close mid-save and nothing is lost.
 */
export interface Protocol {
  saveArticle: { request: SaveArticleRequest; reply: SavedRef & { status: 'created' | 'updated' } };
  /** `text` is the article's text: the same text under another address is the same article. */
  findSaved: { request: { url: string; text: string }; reply: SavedRef | null };
  saveClipping: { request: ClippingRequest; reply: SavedRef };
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type ReplyOf<K extends MessageType> = Protocol[K]['reply'];
