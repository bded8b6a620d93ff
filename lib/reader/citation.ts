import { formatIsoDate, formatLocalDate, siteOf } from './format';

/** What a citation needs from an article. */
export interface CitationSource {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  url: string;
}

export interface CitationOptions {
  /** When the reader read it; defaults to now. */
  accessed?: Date;
  /** Locale for the dates; default "en". */
  locale?: string;
  /** The word before the access date; default "Accessed". */
  accessedLabel?: string;
}

// A title that already ends in a sentence mark keeps it instead of gaining a period.
const ENDS_SENTENCE = /[.?!…]$/u;

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * A plain-text citation in the common web-article shape (MLA-like):
 * `Author. "Title." Site, 24 November 2016. URL. Accessed 12 March 2026.`
 * Missing parts are left out rather than filled with placeholders; the site falls back to the host.
 */
export function formatCitation(source: CitationSource, options: CitationOptions = {}): string {
  const locale = options.locale ?? 'en';
  const parts: string[] = [];
  const author = clean(source.byline).replace(/^by\s+/i, '');
  if (author) parts.push(ENDS_SENTENCE.test(author) ? author : `${author}.`);
  const title = clean(source.title);
  if (title) parts.push(`“${ENDS_SENTENCE.test(title) ? title : `${title}.`}”`);
  const site = clean(source.siteName) || siteOf(source.url);
  const published = formatIsoDate(source.publishedTime, locale);
  const where = [site, published].filter(Boolean).join(', ');
  if (where) parts.push(`${where}.`);
  if (source.url) parts.push(`${source.url}.`);
  const accessed = formatLocalDate(options.accessed ?? new Date(), locale);
  parts.push(`${options.accessedLabel ?? 'Accessed'} ${accessed}.`);
  return parts.join(' ');
}
