import { describe, expect, it } from 'vitest';
import { localClock, localDayKey, localMinuteOfDay, localMonthKey, startOfLocalDay, weekStartOf } from './time';

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
