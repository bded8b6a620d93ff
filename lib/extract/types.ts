/** An image kept in the article body. */
export interface ArticleImage {
  src: string;
  alt: string;
  caption?: string;
  width?: number;
  height?: number;
}

/** The clean article that every context (content script, CLI, tests, bench) gets from the core. */
export interface Article {
  /** Canonical URL when the page declares one, else the page URL. */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 primary tag checked against the text ("vi", "en", …); "und" when unknown. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** ISO 8601 as found on the page (date or date-time), null when the page gives none. */
  publishedTime: string | null;
  excerpt: string;
  /** Sanitized article HTML (DOMPurify). */
  html: string;
  /** NFC plain text, paragraphs separated by a blank line. */
  text: string;
  /** Words; Vietnamese counts syllables. */
  wordCount: number;
  readingMinutes: number;
  images: ArticleImage[];
  /** isProbablyReaderable's verdict: a hint, not a gate. */
  readerable: boolean;
}

export type ExtractErrorCode =
  | 'not-article'
  | 'empty'
  | 'too-large'
  | 'parse-failed'
  | 'read-failed'
  | 'internal';

/** Thrown by the core; `code` is stable, `message` is for people. */
export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

export interface ExtractOptions {
  /** The page's address; documents parsed from files have none of their own. */
  url?: string;
}

/** Per-stage timings in milliseconds, measured in process. */
export interface Timings {
  parseMs: number;
  readabilityMs: number;
  cleanupMs: number;
  factsMs: number;
  totalMs: number;
}
