/** Small formatting helpers shared by the reader header and the citation. */

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
// Languages written right to left, for articles whose page did not say `dir` but whose text is RTL.
const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * An ISO date (or date-time) as people write it in `locale`, at the precision given:
 * "2016-11-24T11:20:00+07:00" -> "24 November 2016" (en-GB). The calendar date is taken as
 * written, never shifted through a time zone. Null when `iso` does not start with a year.
 */
export function formatIsoDate(iso: string | null | undefined, locale = 'en'): string | null {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[3] ? Number(m[3]) : 0];
  const date = new Date(Date.UTC(year, Math.max(0, month - 1), Math.max(1, day)));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (month && day) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A local date (e.g. today, for "accessed") in `locale`, long form. */
export function formatLocalDate(date: Date, locale = 'en'): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** The article's writing direction: what the page declared, or RTL for a right-to-left language. */
export function directionOf(article: { dir: 'ltr' | 'rtl'; lang: string }): 'ltr' | 'rtl' {
  if (article.dir === 'rtl') return 'rtl';
  return RTL_LANGS.has(article.lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** The host of `url` without "www.", or "" when it is not a URL: a fallback for a missing site name. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
