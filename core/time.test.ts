import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import {
  addWorkingMs,
  DAY_KEY,
  DAY_MS,
  dayKey,
  dayNumber,
  epochOfLocalDateTime,
  HOUR_MS,
  isDayKey,
  isWorkingAt,
  localClock,
  localDayKey,
  localEpochDay,
  localHourOfDay,
  localMinuteOfDay,
  localMonthKey,
  localWeekday,
  MINUTE_MS,
  MONTH_KEY,
  nextLocalMidnight,
  nextLocalMidnightIn,
  nextWorkingBoundary,
  shiftMonth,
  startOfLocalDay,
  type WeekRanges,
  weekdayOf,
  weekStartDay,
  weekStartOf,
  workingMsBetween,
} from './time';

const at = Date.UTC(2026, 10, 24, 23, 30); // 2026-11-24 23:30 UTC

describe('local calendar keys', () => {
  it.each([
    { tz: 0, day: '2026-11-24', month: '2026-11', clock: '23:30' },
    { tz: 60, day: '2026-11-25', month: '2026-11', clock: '00:30' },
    { tz: -300, day: '2026-11-24', month: '2026-11', clock: '18:30' },
    { tz: 840, day: '2026-11-25', month: '2026-11', clock: '13:30' },
  ])('UTC%+d → $day $clock', ({ tz, day, month, clock }) => {
    expect(localDayKey(at, tz)).toBe(day);
    expect(localMonthKey(at, tz)).toBe(month);
    expect(localClock(at, tz)).toBe(clock);
  });

  it('crosses a month boundary by zone', () => {
    const endOfMonth = Date.UTC(2026, 10, 30, 23, 30);
    expect(localMonthKey(endOfMonth, 0)).toBe('2026-11');
    expect(localMonthKey(endOfMonth, 60)).toBe('2026-12');
  });

  it.each([
    { tz: 0, expected: Date.UTC(2026, 10, 24) },
    { tz: 60, expected: Date.UTC(2026, 10, 24, 23) },
    { tz: -300, expected: Date.UTC(2026, 10, 24, 5) },
  ])('start of local day in UTC%+d', ({ tz, expected }) => {
    expect(startOfLocalDay(at, tz)).toBe(expected);
    expect(localMinuteOfDay(expected, tz)).toBe(0);
  });

  // Moved from care.test.ts with weekStartOf.
  const now = Date.UTC(2026, 10, 24, 15, 0);
  it.each([
    { name: 'Tuesday, weeks from Monday', at: now, tz: 0, first: 1, week: '2026-11-23' },
    { name: 'Tuesday, weeks from Sunday', at: now, tz: 0, first: 0, week: '2026-11-22' },
    { name: 'Tuesday, weeks from Saturday', at: now, tz: 0, first: 6, week: '2026-11-21' },
    { name: 'Monday itself', at: Date.UTC(2026, 10, 23, 0, 0), tz: 0, first: 1, week: '2026-11-23' },
    { name: 'Sunday 23:59', at: Date.UTC(2026, 10, 22, 23, 59), tz: 0, first: 1, week: '2026-11-16' },
    {
      name: 'Sunday 23:30 UTC is Monday in UTC+1',
      at: Date.UTC(2026, 10, 22, 23, 30),
      tz: 60,
      first: 1,
      week: '2026-11-23',
    },
    { name: 'across a year end', at: Date.UTC(2027, 0, 1, 12), tz: 0, first: 1, week: '2026-12-28' },
  ])('weekStartOf: $name', ({ at, tz, first, week }) => {
    expect(weekStartOf(at, tz, first)).toBe(week);
  });
});

// Every day and week rule across the edges where a calendar goes wrong: both
// directions of a daylight-saving change, month ends (Feb 28/29), year ends, and
// zones with odd offsets. Core takes the offset, so each row gives the offset in
// force at that instant, before or after the change (tz database, 2026).
const LONDON = { gmt: 0, bst: 60 }; // BST from 2026-03-29 01:00Z to 2026-10-25 01:00Z
const NEW_YORK = { est: -300, edt: -240 }; // EDT from 2026-03-08 07:00Z to 2026-11-01 06:00Z
const CHATHAM = { standard: 765, daylight: 825 }; // +13:45 until 2026-04-04 14:00Z, again from 2026-09-26 14:00Z
const KOLKATA = 330;
const HONOLULU = -600;
const KIRITIMATI = 840;

/** Days since 1970-01-01 of a written date, computed apart from the module under test. */
const epochOf = (key: string) =>
  Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10))) / DAY_MS;

describe('local day rules at the edges', () => {
  it.each([
    // London, spring forward (Sunday 2026-03-29, 01:00 GMT → 02:00 BST)
    {
      name: 'London, last minute of GMT',
      at: Date.UTC(2026, 2, 29, 0, 59),
      tz: LONDON.gmt,
      day: '2026-03-29',
      clock: '00:59',
      weekday: 0,
      start: Date.UTC(2026, 2, 29),
      next: Date.UTC(2026, 2, 30),
    },
    {
      name: 'London, first minute of BST',
      at: Date.UTC(2026, 2, 29, 1, 0),
      tz: LONDON.bst,
      day: '2026-03-29',
      clock: '02:00',
      weekday: 0,
      start: Date.UTC(2026, 2, 28, 23),
      next: Date.UTC(2026, 2, 29, 23),
    },
    {
      name: 'London, the evening after spring forward',
      at: Date.UTC(2026, 2, 29, 22, 59),
      tz: LONDON.bst,
      day: '2026-03-29',
      clock: '23:59',
      weekday: 0,
      start: Date.UTC(2026, 2, 28, 23),
      next: Date.UTC(2026, 2, 29, 23),
    },
    {
      name: 'London, midnight after spring forward',
      at: Date.UTC(2026, 2, 29, 23),
      tz: LONDON.bst,
      day: '2026-03-30',
      clock: '00:00',
      weekday: 1,
      start: Date.UTC(2026, 2, 29, 23),
      next: Date.UTC(2026, 2, 30, 23),
    },
    // London, fall back (Sunday 2026-10-25, 02:00 BST → 01:00 GMT)
    {
      name: 'London, last minute of BST',
      at: Date.UTC(2026, 9, 25, 0, 59),
      tz: LONDON.bst,
      day: '2026-10-25',
      clock: '01:59',
      weekday: 0,
      start: Date.UTC(2026, 9, 24, 23),
      next: Date.UTC(2026, 9, 25, 23),
    },
    {
      name: 'London, first minute of GMT',
      at: Date.UTC(2026, 9, 25, 1, 0),
      tz: LONDON.gmt,
      day: '2026-10-25',
      clock: '01:00',
      weekday: 0,
      start: Date.UTC(2026, 9, 25),
      next: Date.UTC(2026, 9, 26),
    },
    {
      name: 'London, 23:30 after fall back',
      at: Date.UTC(2026, 9, 25, 23, 30),
      tz: LONDON.gmt,
      day: '2026-10-25',
      clock: '23:30',
      weekday: 0,
      start: Date.UTC(2026, 9, 25),
      next: Date.UTC(2026, 9, 26),
    },
    // New York, spring forward (Sunday 2026-03-08, 02:00 EST → 03:00 EDT)
    {
      name: 'New York, last minute of EST',
      at: Date.UTC(2026, 2, 8, 6, 59),
      tz: NEW_YORK.est,
      day: '2026-03-08',
      clock: '01:59',
      weekday: 0,
      start: Date.UTC(2026, 2, 8, 5),
      next: Date.UTC(2026, 2, 9, 5),
    },
    {
      name: 'New York, first minute of EDT',
      at: Date.UTC(2026, 2, 8, 7),
      tz: NEW_YORK.edt,
      day: '2026-03-08',
      clock: '03:00',
      weekday: 0,
      start: Date.UTC(2026, 2, 8, 4),
      next: Date.UTC(2026, 2, 9, 4),
    },
    {
      name: 'New York, 23:59 EDT is still Sunday',
      at: Date.UTC(2026, 2, 9, 3, 59),
      tz: NEW_YORK.edt,
      day: '2026-03-08',
      clock: '23:59',
      weekday: 0,
      start: Date.UTC(2026, 2, 8, 4),
      next: Date.UTC(2026, 2, 9, 4),
    },
    // New York, fall back (Sunday 2026-11-01, 02:00 EDT → 01:00 EST)
    {
      name: 'New York, last minute of EDT',
      at: Date.UTC(2026, 10, 1, 5, 59),
      tz: NEW_YORK.edt,
      day: '2026-11-01',
      clock: '01:59',
      weekday: 0,
      start: Date.UTC(2026, 10, 1, 4),
      next: Date.UTC(2026, 10, 2, 4),
    },
    {
      name: 'New York, first minute of EST',
      at: Date.UTC(2026, 10, 1, 6),
      tz: NEW_YORK.est,
      day: '2026-11-01',
      clock: '01:00',
      weekday: 0,
      start: Date.UTC(2026, 10, 1, 5),
      next: Date.UTC(2026, 10, 2, 5),
    },
    {
      name: 'New York, 23:30 EST is still Sunday',
      at: Date.UTC(2026, 10, 2, 4, 30),
      tz: NEW_YORK.est,
      day: '2026-11-01',
      clock: '23:30',
      weekday: 0,
      start: Date.UTC(2026, 10, 1, 5),
      next: Date.UTC(2026, 10, 2, 5),
    },
    // Chatham, +13:45 → +12:45 (Sunday 2026-04-05, 03:45 → 02:45) and back (Sunday 2026-09-27, 02:45 → 03:45)
    {
      name: 'Chatham, last minute of +13:45',
      at: Date.UTC(2026, 3, 4, 13, 59),
      tz: CHATHAM.daylight,
      day: '2026-04-05',
      clock: '03:44',
      weekday: 0,
      start: Date.UTC(2026, 3, 4, 10, 15),
      next: Date.UTC(2026, 3, 5, 10, 15),
    },
    {
      name: 'Chatham, first minute of +12:45',
      at: Date.UTC(2026, 3, 4, 14),
      tz: CHATHAM.standard,
      day: '2026-04-05',
      clock: '02:45',
      weekday: 0,
      start: Date.UTC(2026, 3, 4, 11, 15),
      next: Date.UTC(2026, 3, 5, 11, 15),
    },
    {
      name: 'Chatham, last minute of +12:45',
      at: Date.UTC(2026, 8, 26, 13, 59),
      tz: CHATHAM.standard,
      day: '2026-09-27',
      clock: '02:44',
      weekday: 0,
      start: Date.UTC(2026, 8, 26, 11, 15),
      next: Date.UTC(2026, 8, 27, 11, 15),
    },
    {
      name: 'Chatham, first minute of +13:45',
      at: Date.UTC(2026, 8, 26, 14),
      tz: CHATHAM.daylight,
      day: '2026-09-27',
      clock: '03:45',
      weekday: 0,
      start: Date.UTC(2026, 8, 26, 10, 15),
      next: Date.UTC(2026, 8, 27, 10, 15),
    },
    {
      name: 'Chatham, a month begins at 10:15 UTC',
      at: Date.UTC(2026, 10, 30, 10, 15),
      tz: CHATHAM.daylight,
      day: '2026-12-01',
      clock: '00:00',
      weekday: 2,
      start: Date.UTC(2026, 10, 30, 10, 15),
      next: Date.UTC(2026, 11, 1, 10, 15),
    },
    {
      name: 'Chatham, a minute before',
      at: Date.UTC(2026, 10, 30, 10, 14),
      tz: CHATHAM.daylight,
      day: '2026-11-30',
      clock: '23:59',
      weekday: 1,
      start: Date.UTC(2026, 10, 29, 10, 15),
      next: Date.UTC(2026, 10, 30, 10, 15),
    },
    // Year end, 2026-12-31 (Thursday) → 2027-01-01 (Friday)
    {
      name: 'UTC, last millisecond of 2026',
      at: Date.UTC(2026, 11, 31, 23, 59, 59, 999),
      tz: 0,
      day: '2026-12-31',
      clock: '23:59',
      weekday: 4,
      start: Date.UTC(2026, 11, 31),
      next: Date.UTC(2027, 0, 1),
    },
    {
      name: 'UTC, first instant of 2027',
      at: Date.UTC(2027, 0, 1),
      tz: 0,
      day: '2027-01-01',
      clock: '00:00',
      weekday: 5,
      start: Date.UTC(2027, 0, 1),
      next: Date.UTC(2027, 0, 2),
    },
    {
      name: 'Kiritimati (+14), last minute of 2026',
      at: Date.UTC(2026, 11, 31, 9, 59),
      tz: KIRITIMATI,
      day: '2026-12-31',
      clock: '23:59',
      weekday: 4,
      start: Date.UTC(2026, 11, 30, 10),
      next: Date.UTC(2026, 11, 31, 10),
    },
    {
      name: 'Kiritimati (+14), 2027 begins on 12-31 UTC',
      at: Date.UTC(2026, 11, 31, 10),
      tz: KIRITIMATI,
      day: '2027-01-01',
      clock: '00:00',
      weekday: 5,
      start: Date.UTC(2026, 11, 31, 10),
      next: Date.UTC(2027, 0, 1, 10),
    },
    {
      name: 'Honolulu (−10), still 2026 on 01-01 UTC',
      at: Date.UTC(2027, 0, 1, 9, 59),
      tz: HONOLULU,
      day: '2026-12-31',
      clock: '23:59',
      weekday: 4,
      start: Date.UTC(2026, 11, 31, 10),
      next: Date.UTC(2027, 0, 1, 10),
    },
    {
      name: 'Honolulu (−10), 2027 begins',
      at: Date.UTC(2027, 0, 1, 10),
      tz: HONOLULU,
      day: '2027-01-01',
      clock: '00:00',
      weekday: 5,
      start: Date.UTC(2027, 0, 1, 10),
      next: Date.UTC(2027, 0, 2, 10),
    },
    {
      name: 'Kolkata (+5:30), last minute of 2026',
      at: Date.UTC(2026, 11, 31, 18, 29),
      tz: KOLKATA,
      day: '2026-12-31',
      clock: '23:59',
      weekday: 4,
      start: Date.UTC(2026, 11, 30, 18, 30),
      next: Date.UTC(2026, 11, 31, 18, 30),
    },
    {
      name: 'Kolkata (+5:30), 2027 begins',
      at: Date.UTC(2026, 11, 31, 18, 30),
      tz: KOLKATA,
      day: '2027-01-01',
      clock: '00:00',
      weekday: 5,
      start: Date.UTC(2026, 11, 31, 18, 30),
      next: Date.UTC(2027, 0, 1, 18, 30),
    },
    // Month ends: February in a leap year (2028) and not (2027), a 30-day month
    {
      name: 'UTC, 2028-02-28 23:59',
      at: Date.UTC(2028, 1, 28, 23, 59),
      tz: 0,
      day: '2028-02-28',
      clock: '23:59',
      weekday: 1,
      start: Date.UTC(2028, 1, 28),
      next: Date.UTC(2028, 1, 29),
    },
    {
      name: 'UTC, 2028-02-29 exists',
      at: Date.UTC(2028, 1, 29, 12),
      tz: 0,
      day: '2028-02-29',
      clock: '12:00',
      weekday: 2,
      start: Date.UTC(2028, 1, 29),
      next: Date.UTC(2028, 2, 1),
    },
    {
      name: 'Kolkata, March begins after Feb 29',
      at: Date.UTC(2028, 1, 29, 18, 30),
      tz: KOLKATA,
      day: '2028-03-01',
      clock: '00:00',
      weekday: 3,
      start: Date.UTC(2028, 1, 29, 18, 30),
      next: Date.UTC(2028, 2, 1, 18, 30),
    },
    {
      name: 'Honolulu, still Feb 29 on 03-01 UTC',
      at: Date.UTC(2028, 2, 1, 9, 59),
      tz: HONOLULU,
      day: '2028-02-29',
      clock: '23:59',
      weekday: 2,
      start: Date.UTC(2028, 1, 29, 10),
      next: Date.UTC(2028, 2, 1, 10),
    },
    {
      name: 'UTC, 2027-02-28 is followed by March 1',
      at: Date.UTC(2027, 1, 28, 12),
      tz: 0,
      day: '2027-02-28',
      clock: '12:00',
      weekday: 0,
      start: Date.UTC(2027, 1, 28),
      next: Date.UTC(2027, 2, 1),
    },
    {
      name: 'Honolulu, 2026-04-30 23:59',
      at: Date.UTC(2026, 4, 1, 9, 59),
      tz: HONOLULU,
      day: '2026-04-30',
      clock: '23:59',
      weekday: 4,
      start: Date.UTC(2026, 3, 30, 10),
      next: Date.UTC(2026, 4, 1, 10),
    },
  ])('$name', ({ at, tz, day, clock, weekday, start, next }) => {
    expect(localDayKey(at, tz)).toBe(day);
    expect(localMonthKey(at, tz)).toBe(day.slice(0, 7));
    expect(localEpochDay(at, tz)).toBe(epochOf(day));
    expect(dayKey(localEpochDay(at, tz))).toBe(day);
    expect(dayNumber(day)).toBe(epochOf(day));
    expect(localClock(at, tz)).toBe(clock);
    expect(localHourOfDay(at, tz)).toBe(Number(clock.slice(0, 2)));
    expect(localMinuteOfDay(at, tz)).toBe(Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3)));
    expect(localWeekday(at, tz)).toBe(weekday);
    expect(weekdayOf(epochOf(day))).toBe(weekday);
    expect(startOfLocalDay(at, tz)).toBe(start);
    expect(nextLocalMidnight(at, tz)).toBe(next);
    expect(localMinuteOfDay(start, tz)).toBe(0);
    expect(localDayKey(next, tz)).toBe(dayKey(epochOf(day) + 1));
  });

  it.each([
    // Asked in the small hours of a change day, the answer is midnight in the offset
    // given; the real midnight after the change is an hour off (core takes one offset).
    {
      name: 'London, 00:30 GMT on the day of spring forward',
      at: Date.UTC(2026, 2, 29, 0, 30),
      tz: LONDON.gmt,
      next: Date.UTC(2026, 2, 30),
    },
    {
      name: 'New York, 00:30 EDT on the day of fall back',
      at: Date.UTC(2026, 10, 1, 4, 30),
      tz: NEW_YORK.edt,
      next: Date.UTC(2026, 10, 2, 4),
    },
  ])('nextLocalMidnight keeps the offset it is given: $name', ({ at, tz, next }) => {
    expect(nextLocalMidnight(at, tz)).toBe(next);
    expect(nextLocalMidnight(at, tz) - startOfLocalDay(at, tz)).toBe(DAY_MS);
  });
});

describe('day keys and day numbers', () => {
  it.each([
    { key: '1970-01-01', next: '1970-01-02', weekday: 4 },
    { key: '2026-01-31', next: '2026-02-01', weekday: 6 },
    { key: '2026-02-28', next: '2026-03-01', weekday: 6 },
    { key: '2026-03-28', next: '2026-03-29', weekday: 6 },
    { key: '2026-10-24', next: '2026-10-25', weekday: 6 },
    { key: '2026-12-31', next: '2027-01-01', weekday: 4 },
    { key: '2027-02-28', next: '2027-03-01', weekday: 0 },
    { key: '2028-02-28', next: '2028-02-29', weekday: 1 },
    { key: '2028-02-29', next: '2028-03-01', weekday: 2 },
    { key: '2028-12-31', next: '2029-01-01', weekday: 0 },
  ])('$key is followed by $next', ({ key, next, weekday }) => {
    expect(dayNumber(key)).toBe(epochOf(key));
    expect(dayKey(dayNumber(key) + 1)).toBe(next);
    expect(dayNumber(next) - dayNumber(key)).toBe(1);
    expect(weekdayOf(dayNumber(key))).toBe(weekday);
  });
});

describe('calendar-date checks', () => {
  it.each([
    { key: '2026-02-28', ok: true },
    { key: '2026-02-29', ok: false },
    { key: '2027-02-29', ok: false },
    { key: '2028-02-29', ok: true },
    { key: '2000-02-29', ok: true },
    { key: '2100-02-29', ok: false },
    { key: '2026-04-30', ok: true },
    { key: '2026-04-31', ok: false },
    { key: '2026-12-31', ok: true },
    { key: '2027-01-01', ok: true },
    { key: '2026-12-32', ok: false },
    { key: '2026-13-01', ok: false },
    { key: '2026-00-10', ok: false },
    { key: '2026-01-00', ok: false },
    { key: '2026-1-01', ok: false },
    { key: ' 2026-01-01', ok: false },
    { key: '2026-01-01T00:00', ok: false },
    { key: '', ok: false },
  ])('isDayKey($key) is $ok', ({ key, ok }) => {
    expect(isDayKey(key)).toBe(ok);
    // The form alone (DAY_KEY) passes impossible dates; isDayKey is the calendar check.
    if (ok) expect(DAY_KEY.test(key)).toBe(true);
  });

  it.each([
    { key: '2026-12', ok: true },
    { key: '2027-01', ok: true },
    { key: '2028-02', ok: true },
    { key: '2026-13', ok: false },
    { key: '2026-00', ok: false },
    { key: '2026-1', ok: false },
    { key: '2026-12-01', ok: false },
  ])('MONTH_KEY $key is $ok', ({ key, ok }) => {
    expect(MONTH_KEY.test(key)).toBe(ok);
  });
});

describe('week start at the edges', () => {
  it.each([
    {
      name: 'London, Sunday of spring forward, weeks from Monday',
      at: Date.UTC(2026, 2, 29, 1),
      tz: LONDON.bst,
      first: 1,
      week: '2026-03-23',
    },
    {
      name: 'London, Sunday of spring forward, weeks from Sunday',
      at: Date.UTC(2026, 2, 29, 0, 59),
      tz: LONDON.gmt,
      first: 0,
      week: '2026-03-29',
    },
    {
      name: 'London, Monday 00:30 BST after spring forward',
      at: Date.UTC(2026, 2, 29, 23, 30),
      tz: LONDON.bst,
      first: 1,
      week: '2026-03-30',
    },
    {
      name: 'London, Sunday 23:30 GMT after fall back',
      at: Date.UTC(2026, 9, 25, 23, 30),
      tz: LONDON.gmt,
      first: 1,
      week: '2026-10-19',
    },
    {
      name: 'London, Sunday 23:30 GMT is Monday in BST',
      at: Date.UTC(2026, 9, 25, 23, 30),
      tz: LONDON.bst,
      first: 1,
      week: '2026-10-26',
    },
    {
      name: 'New York, Sunday of fall back, weeks from Monday',
      at: Date.UTC(2026, 10, 1, 5, 59),
      tz: NEW_YORK.edt,
      first: 1,
      week: '2026-10-26',
    },
    {
      name: 'New York, Sunday of fall back, weeks from Sunday',
      at: Date.UTC(2026, 10, 1, 6),
      tz: NEW_YORK.est,
      first: 0,
      week: '2026-11-01',
    },
    {
      name: 'New York, Sunday of fall back, weeks from Saturday',
      at: Date.UTC(2026, 10, 2, 4, 59),
      tz: NEW_YORK.est,
      first: 6,
      week: '2026-10-31',
    },
    {
      name: 'New York, Sunday of spring forward, late evening',
      at: Date.UTC(2026, 2, 9, 3, 59),
      tz: NEW_YORK.edt,
      first: 1,
      week: '2026-03-02',
    },
    {
      name: 'Chatham, Sunday of the change, before',
      at: Date.UTC(2026, 3, 4, 13, 59),
      tz: CHATHAM.daylight,
      first: 1,
      week: '2026-03-30',
    },
    {
      name: 'Chatham, Sunday of the change, after',
      at: Date.UTC(2026, 3, 4, 14),
      tz: CHATHAM.standard,
      first: 1,
      week: '2026-03-30',
    },
    {
      name: 'UTC, Friday 2027-01-01, weeks from Monday',
      at: Date.UTC(2027, 0, 1, 12),
      tz: 0,
      first: 1,
      week: '2026-12-28',
    },
    {
      name: 'UTC, Friday 2027-01-01, weeks from Sunday',
      at: Date.UTC(2027, 0, 1, 12),
      tz: 0,
      first: 0,
      week: '2026-12-27',
    },
    {
      name: 'UTC, Friday 2027-01-01, weeks from Friday',
      at: Date.UTC(2027, 0, 1, 12),
      tz: 0,
      first: 5,
      week: '2027-01-01',
    },
    {
      name: 'Kiritimati, 2027-01-01 on 12-31 UTC, weeks from Friday',
      at: Date.UTC(2026, 11, 31, 10),
      tz: KIRITIMATI,
      first: 5,
      week: '2027-01-01',
    },
    {
      name: 'Honolulu, still Thursday 12-31, weeks from Friday',
      at: Date.UTC(2027, 0, 1, 9, 59),
      tz: HONOLULU,
      first: 5,
      week: '2026-12-25',
    },
    {
      name: 'Kolkata, Wednesday 2028-03-01',
      at: Date.UTC(2028, 1, 29, 18, 30),
      tz: KOLKATA,
      first: 1,
      week: '2028-02-28',
    },
    {
      name: 'UTC, Tuesday 2028-02-29, weeks from Wednesday',
      at: Date.UTC(2028, 1, 29, 12),
      tz: 0,
      first: 3,
      week: '2028-02-23',
    },
    {
      name: 'UTC, Sunday 2027-02-28, weeks from Monday',
      at: Date.UTC(2027, 1, 28, 12),
      tz: 0,
      first: 1,
      week: '2027-02-22',
    },
  ])('weekStartOf: $name', ({ at, tz, first, week }) => {
    expect(weekStartOf(at, tz, first)).toBe(week);
    expect(weekStartDay(localEpochDay(at, tz), first)).toBe(epochOf(week));
    expect(weekdayOf(epochOf(week))).toBe(first);
  });
});

describe('working hours at the edges', () => {
  // Monday to Friday 09:00–17:30, and a week where every day is a working day.
  const weekdays = { startMin: 9 * 60, endMin: 17 * 60 + 30 };
  const office: WeekRanges = [[], [weekdays], [weekdays], [weekdays], [weekdays], [weekdays], []];
  const everyDay: WeekRanges = [0, 1, 2, 3, 4, 5, 6].map(() => [weekdays]);

  it.each([
    {
      name: 'London, Monday 09:00 BST after spring forward',
      at: Date.UTC(2026, 2, 30, 8),
      tz: LONDON.bst,
      working: true,
    },
    { name: 'London, Monday 08:59 BST', at: Date.UTC(2026, 2, 30, 7, 59), tz: LONDON.bst, working: false },
    {
      name: 'London, Monday 08:00 UTC read as GMT is before work',
      at: Date.UTC(2026, 2, 30, 8),
      tz: LONDON.gmt,
      working: false,
    },
    {
      name: 'London, Friday 17:29 BST before fall back',
      at: Date.UTC(2026, 9, 23, 16, 29),
      tz: LONDON.bst,
      working: true,
    },
    { name: 'London, Friday 17:30 BST', at: Date.UTC(2026, 9, 23, 16, 30), tz: LONDON.bst, working: false },
    { name: 'London, Monday 09:00 GMT after fall back', at: Date.UTC(2026, 9, 26, 9), tz: LONDON.gmt, working: true },
    {
      name: 'New York, Monday 09:00 EDT after spring forward',
      at: Date.UTC(2026, 2, 9, 13),
      tz: NEW_YORK.edt,
      working: true,
    },
    {
      name: 'New York, Monday 09:00 EST after fall back',
      at: Date.UTC(2026, 10, 2, 14),
      tz: NEW_YORK.est,
      working: true,
    },
    { name: 'New York, Monday 08:59 EST', at: Date.UTC(2026, 10, 2, 13, 59), tz: NEW_YORK.est, working: false },
    {
      name: 'Chatham, Monday 09:00 +12:45 after the change',
      at: Date.UTC(2026, 3, 5, 20, 15),
      tz: CHATHAM.standard,
      working: true,
    },
    { name: 'Chatham, Monday 08:59 +12:45', at: Date.UTC(2026, 3, 5, 20, 14), tz: CHATHAM.standard, working: false },
    { name: 'Kolkata, Thursday 2026-12-31 17:29', at: Date.UTC(2026, 11, 31, 11, 59), tz: KOLKATA, working: true },
    {
      name: 'Kiritimati, Friday 2027-01-01 09:00 on 12-31 UTC',
      at: Date.UTC(2026, 11, 31, 19),
      tz: KIRITIMATI,
      working: true,
    },
    { name: 'Honolulu, Friday 2027-01-01 09:00', at: Date.UTC(2027, 0, 1, 19), tz: HONOLULU, working: true },
    { name: 'UTC, Saturday 2027-01-02 10:00', at: Date.UTC(2027, 0, 2, 10), tz: 0, working: false },
    { name: 'UTC, Tuesday 2028-02-29 12:00', at: Date.UTC(2028, 1, 29, 12), tz: 0, working: true },
  ])('isWorkingAt: $name', ({ at, tz, working }) => {
    expect(isWorkingAt(at, office, tz)).toBe(working);
  });

  it.each([
    {
      name: 'UTC, Thursday 17:00 → Friday 10:00 across the year end',
      from: Date.UTC(2026, 11, 31, 17),
      to: Date.UTC(2027, 0, 1, 10),
      tz: 0,
      minutes: 90,
    },
    {
      name: 'Kiritimati, the same local times',
      from: Date.UTC(2026, 11, 31, 3),
      to: Date.UTC(2026, 11, 31, 20),
      tz: KIRITIMATI,
      minutes: 90,
    },
    {
      name: 'Honolulu, the same local times',
      from: Date.UTC(2027, 0, 1, 3),
      to: Date.UTC(2027, 0, 1, 20),
      tz: HONOLULU,
      minutes: 90,
    },
    {
      name: 'Chatham, the same local times',
      from: Date.UTC(2026, 11, 31, 3, 15),
      to: Date.UTC(2026, 11, 31, 20, 15),
      tz: CHATHAM.daylight,
      minutes: 90,
    },
    {
      name: 'UTC, 2028-02-28 17:00 → 2028-03-01 10:00 (Feb 29 is a whole day)',
      from: Date.UTC(2028, 1, 28, 17),
      to: Date.UTC(2028, 2, 1, 10),
      tz: 0,
      minutes: 30 + 510 + 60,
    },
    {
      name: 'London, Friday 17:00 BST → Monday 10:00 GMT (weekend of fall back), in GMT',
      from: Date.UTC(2026, 9, 23, 16),
      to: Date.UTC(2026, 9, 26, 10),
      tz: LONDON.gmt,
      minutes: 90 + 60,
    },
    {
      name: 'London, the same span, in BST',
      from: Date.UTC(2026, 9, 23, 16),
      to: Date.UTC(2026, 9, 26, 10),
      tz: LONDON.bst,
      minutes: 30 + 120,
    },
  ])('workingMsBetween: $name', ({ from, to, tz, minutes }) => {
    const week = from < Date.UTC(2026, 11, 1) ? office : everyDay;
    expect(workingMsBetween(from, to, week, tz)).toBe(minutes * MINUTE_MS);
  });

  it.each([
    {
      name: 'UTC, an hour from Thursday 17:00 lands in 2027',
      from: Date.UTC(2026, 11, 31, 17),
      tz: 0,
      min: 60,
      expected: Date.UTC(2027, 0, 1, 9, 30),
    },
    {
      name: 'Kiritimati, the same local times',
      from: Date.UTC(2026, 11, 31, 3),
      tz: KIRITIMATI,
      min: 60,
      expected: Date.UTC(2026, 11, 31, 19, 30),
    },
    {
      name: 'UTC, Monday 2028-02-28 17:00 + 1 h is Feb 29',
      from: Date.UTC(2028, 1, 28, 17),
      tz: 0,
      min: 60,
      expected: Date.UTC(2028, 1, 29, 9, 30),
    },
    {
      name: 'UTC, Friday 2028-02-25 17:00 + 1 h skips the weekend',
      from: Date.UTC(2028, 1, 25, 17),
      tz: 0,
      min: 60,
      expected: Date.UTC(2028, 1, 28, 9, 30),
    },
    {
      name: 'New York, Friday 17:00 EST + 1 h, read in EST',
      from: Date.UTC(2026, 2, 6, 22),
      tz: NEW_YORK.est,
      min: 60,
      expected: Date.UTC(2026, 2, 9, 14, 30),
    },
    {
      name: 'New York, Sunday after spring forward + 1 h, in EDT',
      from: Date.UTC(2026, 2, 8, 16),
      tz: NEW_YORK.edt,
      min: 60,
      expected: Date.UTC(2026, 2, 9, 14),
    },
    {
      name: 'Honolulu, Thursday 2026-12-31 17:00 + 1 h',
      from: Date.UTC(2027, 0, 1, 3),
      tz: HONOLULU,
      min: 60,
      expected: Date.UTC(2027, 0, 1, 19, 30),
    },
  ])('addWorkingMs: $name', ({ from, tz, min, expected }) => {
    const week = from >= Date.UTC(2026, 11, 1) && from < Date.UTC(2027, 0, 2) ? everyDay : office;
    const end = addWorkingMs(from, min * MINUTE_MS, week, tz);
    expect(end).toBe(expected);
    expect(workingMsBetween(from, end as number, week, tz)).toBe(min * MINUTE_MS);
  });

  it.each([
    {
      name: 'London, Saturday before fall back, in BST',
      at: Date.UTC(2026, 9, 24, 12),
      tz: LONDON.bst,
      expected: Date.UTC(2026, 9, 26, 8),
    },
    {
      name: 'London, Sunday after fall back, in GMT',
      at: Date.UTC(2026, 9, 25, 12),
      tz: LONDON.gmt,
      expected: Date.UTC(2026, 9, 26, 9),
    },
    {
      name: 'London, Sunday of spring forward, in BST',
      at: Date.UTC(2026, 2, 29, 12),
      tz: LONDON.bst,
      expected: Date.UTC(2026, 2, 30, 8),
    },
    {
      name: 'New York, inside Monday after fall back: the end',
      at: Date.UTC(2026, 10, 2, 15),
      tz: NEW_YORK.est,
      expected: Date.UTC(2026, 10, 2, 22, 30),
    },
    {
      name: 'Chatham, Saturday after the change',
      at: Date.UTC(2026, 3, 4, 0),
      tz: CHATHAM.standard,
      expected: Date.UTC(2026, 3, 5, 20, 15),
    },
    {
      name: 'UTC, Thursday 2026-12-31 18:00 → Friday 2027-01-01 09:00',
      at: Date.UTC(2026, 11, 31, 18),
      tz: 0,
      expected: Date.UTC(2027, 0, 1, 9),
    },
    {
      name: 'Kolkata, Friday 2028-02-25 evening → Monday 2028-02-28',
      at: Date.UTC(2028, 1, 25, 14),
      tz: KOLKATA,
      expected: Date.UTC(2028, 1, 28, 3, 30),
    },
  ])('nextWorkingBoundary: $name', ({ at, tz, expected }) => {
    expect(nextWorkingBoundary(at, office, tz)).toBe(expected);
  });
});

describe('next local midnight when the offset changes overnight', () => {
  // Offsets in force at an instant, as the adapter's localOffsetMin gives them.
  const zones = {
    london: (t: number) => (t >= Date.UTC(2026, 2, 29, 1) && t < Date.UTC(2026, 9, 25, 1) ? LONDON.bst : LONDON.gmt),
    newYork: (t: number) =>
      t >= Date.UTC(2026, 2, 8, 7) && t < Date.UTC(2026, 10, 1, 6) ? NEW_YORK.edt : NEW_YORK.est,
    chatham: (t: number) =>
      t >= Date.UTC(2026, 3, 4, 14) && t < Date.UTC(2026, 8, 26, 14) ? CHATHAM.standard : CHATHAM.daylight,
    // A zone that changes at midnight itself (as São Paulo did until 2019): on
    // 2026-10-04, 00:00 at −3:00 becomes 01:00 at −2:00, and back on 2027-02-21.
    skipsMidnight: (t: number) => (t >= Date.UTC(2026, 9, 4, 3) && t < Date.UTC(2027, 1, 21, 2) ? -120 : -180),
    kolkata: () => KOLKATA,
  };
  it.each([
    {
      name: 'London, 00:30 BST on the night clocks go back',
      zone: 'london',
      at: Date.UTC(2026, 9, 24, 23, 30),
      next: Date.UTC(2026, 9, 26),
    },
    {
      name: 'London, 01:30 GMT after they went back',
      zone: 'london',
      at: Date.UTC(2026, 9, 25, 1, 30),
      next: Date.UTC(2026, 9, 26),
    },
    {
      name: 'London, 00:30 GMT on the night clocks go forward',
      zone: 'london',
      at: Date.UTC(2026, 2, 29, 0, 30),
      next: Date.UTC(2026, 2, 29, 23),
    },
    {
      name: 'London, the evening before clocks go forward',
      zone: 'london',
      at: Date.UTC(2026, 2, 28, 22),
      next: Date.UTC(2026, 2, 29),
    },
    {
      name: 'New York, 00:30 EDT on the night of fall back',
      zone: 'newYork',
      at: Date.UTC(2026, 10, 1, 4, 30),
      next: Date.UTC(2026, 10, 2, 5),
    },
    {
      name: 'New York, 00:30 EST on the night of spring forward',
      zone: 'newYork',
      at: Date.UTC(2026, 2, 8, 5, 30),
      next: Date.UTC(2026, 2, 9, 4),
    },
    {
      name: 'Chatham, 01:00 +13:45 on the night of the change',
      zone: 'chatham',
      at: Date.UTC(2026, 3, 4, 11, 15),
      next: Date.UTC(2026, 3, 5, 11, 15),
    },
    {
      name: 'Chatham, 01:00 +12:45 on the night of the change back',
      zone: 'chatham',
      at: Date.UTC(2026, 8, 26, 12, 15),
      next: Date.UTC(2026, 8, 27, 10, 15),
    },
    {
      name: 'a zone that skips midnight: the day begins at the change',
      zone: 'skipsMidnight',
      at: Date.UTC(2026, 9, 3, 22),
      next: Date.UTC(2026, 9, 4, 3),
    },
    {
      name: 'a zone that repeats 23:00: midnight after the repeat',
      zone: 'skipsMidnight',
      at: Date.UTC(2027, 1, 20, 22),
      next: Date.UTC(2027, 1, 21, 3),
    },
    {
      name: 'a fixed offset, across the year end',
      zone: 'kolkata',
      at: Date.UTC(2026, 11, 31, 12),
      next: Date.UTC(2026, 11, 31, 18, 30),
    },
  ] as const)('$name', ({ zone, at, next }) => {
    const tzAt = zones[zone];
    expect(nextLocalMidnightIn(at, tzAt)).toBe(next);
    expect(localDayKey(next, tzAt(next))).toBe(dayKey(localEpochDay(at, tzAt(at)) + 1));
  });
});

describe('shiftMonth', () => {
  it.each([
    ['2026-11', 1, '2026-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', -15, '2024-12'],
    ['2026-11', 0, '2026-11'],
  ])('%s %+d is %s', (key, n, expected) => {
    expect(shiftMonth(key, n)).toBe(expected);
  });
});

describe('epochOfLocalDateTime', () => {
  // St John's: UTC−2:30 in summer, −3:30 from 2026-11-01 04:30 UTC (02:00 local daylight time).
  const stJohns = (at: number) => (at < Date.UTC(2026, 10, 1, 4, 30) ? -150 : -210);
  it.each<[string, string, string, (at: number) => number, number | null]>([
    ['UTC', '2026-11-02', '07:30', () => 0, Date.UTC(2026, 10, 2, 7, 30)],
    ['UTC+5:30', '2026-11-02', '07:30', () => 330, Date.UTC(2026, 10, 2, 2, 0)],
    ['UTC+13:45 across the date line', '2026-11-02', '00:15', () => 825, Date.UTC(2026, 10, 1, 10, 30)],
    ['St John’s, after the change', '2026-11-02', '07:30', stJohns, Date.UTC(2026, 10, 2, 11, 0)],
    ['St John’s, before the change', '2026-10-31', '23:00', stJohns, Date.UTC(2026, 10, 1, 1, 30)],
    ['not a date', '2026-02-30', '07:30', () => 0, null],
    ['not a time', '2026-11-02', '24:00', () => 0, null],
    ['empty', '', '', () => 0, null],
  ])('%s: %s %s', (_, date, time, offsetAt, expected) => {
    expect(epochOfLocalDateTime(date, time, offsetAt)).toBe(expected);
  });
});

describe('working-hours math', () => {
  const week = DEFAULT_SETTINGS.workingHours.days;
  const mon = (h: number, m = 0) => Date.UTC(2026, 10, 23, h, m);

  it.each([
    { at: Date.UTC(2026, 10, 22, 12), tz: 0, expected: 0 },
    { at: mon(12), tz: 0, expected: 1 },
    { at: mon(23, 30), tz: 60, expected: 2 },
    { at: mon(2), tz: -300, expected: 0 },
  ])('localWeekday($at, $tz) = $expected', ({ at: t, tz, expected }) => {
    expect(localWeekday(t, tz)).toBe(expected);
  });

  it.each([
    { from: mon(8), to: mon(10), tz: 0, expectedMin: 60 },
    { from: mon(17), to: mon(9, 30) + 24 * HOUR_MS, tz: 0, expectedMin: 60 },
    { from: Date.UTC(2026, 10, 27, 17), to: Date.UTC(2026, 10, 30, 10), tz: 0, expectedMin: 90 },
    { from: mon(8), to: mon(10), tz: 60, expectedMin: 120 },
    { from: mon(10), to: mon(9), tz: 0, expectedMin: 0 },
  ])('workingMsBetween #%#', ({ from, to, tz, expectedMin }) => {
    expect(workingMsBetween(from, to, week, tz)).toBe(expectedMin * MINUTE_MS);
  });

  it.each([
    { from: mon(8), min: 30, expected: mon(9, 30) },
    { from: mon(17, 20), min: 20, expected: mon(9, 10) + 24 * HOUR_MS },
    { from: Date.UTC(2026, 10, 27, 17, 20), min: 20, expected: Date.UTC(2026, 10, 30, 9, 10) },
    { from: mon(10), min: 0, expected: mon(10) },
  ])('addWorkingMs #%#', ({ from, min, expected }) => {
    expect(addWorkingMs(from, min * MINUTE_MS, week, 0)).toBe(expected);
  });

  it('addWorkingMs is null for a week without working time', () => {
    expect(addWorkingMs(mon(9), MINUTE_MS, [[], [], [], [], [], [], []], 0)).toBeNull();
  });

  it.each([
    { t: mon(8, 59), working: false, boundary: mon(9) },
    { t: mon(9), working: true, boundary: mon(17, 30) },
    { t: mon(17, 30), working: false, boundary: mon(9) + 24 * HOUR_MS },
    { t: Date.UTC(2026, 10, 28, 12), working: false, boundary: Date.UTC(2026, 10, 30, 9) },
  ])('isWorkingAt and nextWorkingBoundary #%#', ({ t, working, boundary }) => {
    expect(isWorkingAt(t, week, 0)).toBe(working);
    expect(nextWorkingBoundary(t, week, 0)).toBe(boundary);
  });

  it('splits a day into several ranges', () => {
    const lunch = [
      [],
      [
        { startMin: 540, endMin: 720 },
        { startMin: 780, endMin: 1050 },
      ],
      [],
      [],
      [],
      [],
      [],
    ];
    expect(workingMsBetween(mon(11), mon(14), lunch, 0)).toBe(120 * MINUTE_MS);
    expect(addWorkingMs(mon(11, 50), 20 * MINUTE_MS, lunch, 0)).toBe(mon(13, 10));
    expect(nextWorkingBoundary(mon(12, 30), lunch, 0)).toBe(mon(13));
  });

  it('nextLocalMidnight', () => {
    expect(nextLocalMidnight(mon(12), 0)).toBe(Date.UTC(2026, 10, 24));
    expect(nextLocalMidnight(mon(23, 30), 60)).toBe(Date.UTC(2026, 10, 24, 23));
  });
});
