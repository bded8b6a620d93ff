/** Display helpers for the library components (pure; the locale comes in as a prop). */

/** A saved time (epoch ms) as a medium date in `locale`. */
export function formatDay(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms);
}

/** A publication date as the page gave it: a full date is localised, a year or month stays as written. */
export function formatPublished(iso: string | null, locale: string): string {
  if (!iso) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day) return iso;
  const [, y, m, d] = day.map(Number) as [number, number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** Only web addresses become links; anything else (javascript:, data:) is shown as text. */
export const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** A number with the locale's grouping ("10,000" / "10.000"). */
export const formatCount = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n);
