/** The language the page's UI speaks (main.tsx sets it from the browser's); dates follow it. */
const uiLocale = (): string | undefined => globalThis.document?.documentElement.lang || undefined;

/**
 * The calendar day of an ISO date or date-time, in the UI's locale. The day is the one the page
 * gives (in its own time zone), not the reader's; the input itself when it does not parse.
 */
export function formatDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(uiLocale(), { dateStyle: 'long', timeZone: 'UTC' });
}

/** A moment (epoch milliseconds) as a day in the reader's own time zone, in the UI's locale. */
export function formatMoment(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString(uiLocale(), { dateStyle: 'long' });
}
