import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  dayKey,
  dayNumber,
  isDayKey,
  localDayKey,
  localEpochDay,
  localHourOfDay,
  localMinuteOfDay,
  localMonthKey,
  localWeekday,
  nextLocalMidnight,
  startOfLocalDay,
  weekdayOf,
  weekStartDay,
  weekStartOf,
} from './time';

// Any instant from 1970 to 2200, and any offset a zone has used (−12:00 … +14:00),
// in whole minutes so +5:30, +5:45, +12:45 and +13:45 are all drawn.
const instant = fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) });
const offset = fc.integer({ min: -12 * 60, max: 14 * 60 });
const firstDayOfWeek = fc.integer({ min: 0, max: 6 });

describe('local day rules, for any instant and offset', () => {
  it('startOfLocalDay(at) ≤ at < nextLocalMidnight(at), one day apart, with the same day key', () => {
    fc.assert(
      fc.property(instant, offset, (at, tz) => {
        const start = startOfLocalDay(at, tz);
        const next = nextLocalMidnight(at, tz);
        expect(start).toBeLessThanOrEqual(at);
        expect(at).toBeLessThan(next);
        expect(next - start).toBe(DAY_MS);
        expect(localDayKey(start, tz)).toBe(localDayKey(at, tz));
        expect(localMinuteOfDay(start, tz)).toBe(0);
        expect(localEpochDay(next, tz)).toBe(localEpochDay(at, tz) + 1);
      }),
    );
  });

  it('the day key, epoch day, month key, weekday and hour agree with one another', () => {
    fc.assert(
      fc.property(instant, offset, (at, tz) => {
        const key = localDayKey(at, tz);
        const day = localEpochDay(at, tz);
        expect(dayKey(day)).toBe(key);
        expect(dayNumber(key)).toBe(day);
        expect(isDayKey(key)).toBe(true);
        expect(localMonthKey(at, tz)).toBe(key.slice(0, 7));
        expect(localWeekday(at, tz)).toBe(weekdayOf(day));
        expect(localHourOfDay(at, tz)).toBe(Math.floor(localMinuteOfDay(at, tz) / 60));
      }),
    );
  });

  it('the week starts on its first day, at most six days before, and every day of it names the same start', () => {
    fc.assert(
      fc.property(instant, offset, firstDayOfWeek, (at, tz, first) => {
        const day = localEpochDay(at, tz);
        const start = weekStartDay(day, first);
        expect(weekdayOf(start)).toBe(first);
        expect(day - start).toBeGreaterThanOrEqual(0);
        expect(day - start).toBeLessThan(7);
        expect(weekStartOf(at, tz, first)).toBe(dayKey(start));
        for (let d = start; d < start + 7; d++) expect(weekStartDay(d, first)).toBe(start);
      }),
    );
  });

  it('every day key from 1900 to 2200 is a calendar date, and its neighbours are one day away', () => {
    const days = fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') });
    fc.assert(
      fc.property(days, (day) => {
        const key = dayKey(day);
        expect(isDayKey(key)).toBe(true);
        expect(dayNumber(key)).toBe(day);
        expect(weekdayOf(day + 1)).toBe((weekdayOf(day) + 1) % 7);
      }),
    );
  });
});
