import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, inferYear, iso, isValidParts, parsePublished, resolveWeekday, weekdayInWeek, weekdayOf,
} from '../../../lib/facts/date-math';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('date-math', () => {
  it('formats ISO at the precision given', () => {
    expect(iso(2016)).toBe('2016');
    expect(iso(2026, 3)).toBe('2026-03');
    expect(iso(2016, 11, 24)).toBe('2016-11-24');
  });

  it('rejects impossible dates and keeps 29/2 when the year is unknown', () => {
    expect(isValidParts({ d: 32, m: 13 })).toBe(false);
    expect(isValidParts({ d: 31, m: 4 })).toBe(false);
    expect(isValidParts({ d: 29, m: 2 })).toBe(true);
    expect(isValidParts({ d: 29, m: 2, y: 2017 })).toBe(false);
    expect(isValidParts({ d: 29, m: 2, y: 2016 })).toBe(true);
  });

  it('moves by days and months across year ends', () => {
    expect(addDays(day(2017, 1, 1), -1)).toEqual(day(2016, 12, 31));
    expect(addMonths(day(2019, 1, 15), -1)).toEqual({ y: 2018, m: 12 });
    expect(addMonths(day(2019, 12, 15), 1)).toEqual({ y: 2020, m: 1 });
  });

  it('resolves weekdays in both directions', () => {
    const wed = day(2019, 11, 20); // a Wednesday
    expect(weekdayOf(wed)).toBe(3);
    expect(resolveWeekday(wed, 2, 'past')).toEqual(day(2019, 11, 19));
    expect(resolveWeekday(wed, 4, 'future')).toEqual(day(2019, 11, 21));
    expect(resolveWeekday(wed, 3, 'past')).toEqual(wed);
    expect(resolveWeekday(wed, 3, 'last')).toEqual(day(2019, 11, 13));
    expect(resolveWeekday(wed, 3, 'next')).toEqual(day(2019, 11, 27));
    expect(weekdayInWeek(wed, 2, -1)).toEqual(day(2019, 11, 12)); // "thứ Ba tuần trước"
    expect(weekdayInWeek(wed, 0, 0)).toEqual(day(2019, 11, 24)); // Sunday closes the week
  });

  it('infers the year around the publication date, across New Year', () => {
    expect(inferYear(day(2017, 1, 2), 12, 28)).toBe(2016);
    expect(inferYear(day(2016, 12, 28), 1, 3)).toBe(2017);
    expect(inferYear(day(2016, 11, 24), 11, 24)).toBe(2016);
    expect(inferYear(day(2019, 11, 20), 12)).toBe(2019);
    expect(inferYear(day(2019, 2, 21), 1)).toBe(2019);
    expect(inferYear(day(2019, 2, 21), 12)).toBe(2018);
    expect(inferYear(day(2019, 2, 21), 6, 1, 'past')).toBe(2018);
  });

  it('reads publication dates as written, and ignores placeholders', () => {
    expect(parsePublished('2017-01-18T23:00:00-0800')).toEqual(day(2017, 1, 18));
    expect(parsePublished('2016-11-24')).toEqual(day(2016, 11, 24));
    expect(parsePublished('0001-01-01T00:00:00Z')).toBeNull();
    expect(parsePublished('not a date')).toBeNull();
    expect(parsePublished(null)).toBeNull();
  });
});
