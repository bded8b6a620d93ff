/**
 * Calendar arithmetic for the date extractors: ISO formatting, validity, day and month
 * offsets, weekdays and year inference. Pure; every date is a proleptic Gregorian day in UTC.
 */
import type { PubDate } from './context';

/** A date at the precision the text gives: a year, a month of a year, or a day. */
export interface Parts {
  y?: number;
  m?: number;
  d?: number;
}

/** Which way a reference without a year or a day points from the publication date. */
export type Direction = 'past' | 'future';

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" from the parts that are set (a day needs a month). */
export function iso(y: number, m?: number, d?: number): string {
  if (m === undefined) return String(y).padStart(4, '0');
  if (d === undefined) return `${String(y).padStart(4, '0')}-${pad(m)}`;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** Days in a month; February has 29 when the year is unknown, so "29/2" stays possible. */
export function daysInMonth(m: number, y?: number): number {
  if (m === 2) return y === undefined || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** True when the parts that are set name a real calendar date (32/13 does not). */
export function isValidParts(p: Parts): boolean {
  if (p.m !== undefined && !(Number.isInteger(p.m) && p.m >= 1 && p.m <= 12)) return false;
  if (p.d !== undefined) {
    if (p.m === undefined || !Number.isInteger(p.d) || p.d < 1) return false;
    if (p.d > daysInMonth(p.m, p.y)) return false;
  }
  return p.y === undefined || (Number.isInteger(p.y) && p.y >= 1 && p.y <= 9999);
}

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a date. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The date of a day number. */
export function fromDayNumber(n: number): PubDate {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** `date` moved by `days` (negative: earlier). */
export function addDays(date: PubDate, days: number): PubDate {
  return fromDayNumber(dayNumber(date.year, date.month, date.day) + days);
}

/** Year and month `months` away from `date`'s month. */
export function addMonths(date: PubDate, months: number): { y: number; m: number } {
  const index = date.year * 12 + (date.month - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: PubDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/**
 * The date of a named weekday seen from `pub`: `past` is the latest one on or before it, `future`
 * the first on or after it; `last`/`next` skip `pub` itself ("last Tuesday" on a Tuesday is a week ago).
 */
export function resolveWeekday(pub: PubDate, weekday: number, dir: Direction | 'last' | 'next'): PubDate {
  const today = weekdayOf(pub);
  if (dir === 'past' || dir === 'last') {
    let back = (today - weekday + 7) % 7;
    if (back === 0 && dir === 'last') back = 7;
    return addDays(pub, -back);
  }
  let ahead = (weekday - today + 7) % 7;
  if (ahead === 0 && dir === 'next') ahead = 7;
  return addDays(pub, ahead);
}

/** The named weekday in the week `weeks` away from `pub`'s (weeks run Monday to Sunday): "thứ Ba tuần trước". */
export function weekdayInWeek(pub: PubDate, weekday: number, weeks: number): PubDate {
  const monday = addDays(pub, -((weekdayOf(pub) + 6) % 7));
  return addDays(monday, weeks * 7 + ((weekday + 6) % 7));
}

/**
 * The year of a day or month written without one, seen from the publication date. News looks back
 * more than ahead, so the window runs from about ten months before publication to two after
 * (published 2017-01-02, "28/12" is 2016-12-28); a direction from the text narrows it to one side.
 */
export function inferYear(pub: PubDate, m: number, d?: number, dir?: Direction): number {
  const [lo, hi] = d === undefined ? monthWindow(dir) : dayWindow(dir);
  for (const y of [pub.year, pub.year - 1, pub.year + 1]) {
    const delta =
      d === undefined
        ? y * 12 + m - (pub.year * 12 + pub.month)
        : dayNumber(y, m, Math.min(d, daysInMonth(m, y))) - dayNumber(pub.year, pub.month, pub.day);
    if (delta >= lo && delta <= hi) return y;
  }
  return pub.year;
}

function dayWindow(dir?: Direction): [number, number] {
  if (dir === 'past') return [-365, 0];
  if (dir === 'future') return [0, 365];
  return [-300, 65];
}

function monthWindow(dir?: Direction): [number, number] {
  if (dir === 'past') return [-11, 0];
  if (dir === 'future') return [0, 11];
  return [-10, 1];
}

/** The publication date of an ISO date or date-time, read as written (no time-zone shift); null if unusable. */
export function parsePublished(value: string | null | undefined): PubDate | null {
  if (!value) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  let date: PubDate | null = null;
  if (m) date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  else {
    const t = Date.parse(value);
    if (Number.isNaN(t)) return null;
    const u = new Date(t);
    date = { year: u.getUTCFullYear(), month: u.getUTCMonth() + 1, day: u.getUTCDate() };
  }
  // Placeholder dates such as 0001-01-01 carry no information.
  if (date.year < 1900 || date.year > 2200) return null;
  return isValidParts({ y: date.year, m: date.month, d: date.day }) ? date : null;
}
