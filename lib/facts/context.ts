import type { Span } from './types';

/** A sentence of the article text with its offsets. */
export interface Sentence {
  text: string;
  span: Span;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** A publication date broken into parts; month and day are 1-based. */
export interface PubDate {
  year: number;
  month: number;
  day: number;
}

/** What every extractor receives: the text once, split once. */
export interface FactContext {
  text: string;
  sentences: Sentence[];
  published: PubDate | null;
  lang: string;
  title?: string;
  /** Full language tag with region when known ("en-US"), for locale-dependent formats. */
  locale?: string;
}
