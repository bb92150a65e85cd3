import { describe, expect, it } from 'vitest';
import {
  CARE_MOOD_AT_MOST,
  CARE_MOOD_MIN_LOGGED_DAYS,
  CARE_MOOD_WINDOW_DAYS,
  CARE_PAIN_AT_LEAST,
  CARE_PAIN_MIN_LOGGED_DAYS,
  CARE_PAIN_WINDOW_DAYS,
  careSignal,
} from './care-signal';
import { DAY_MS, HOUR_MS } from './time';

// The rule's fuller table (edges of "most", of each window and of zones) is in
// care.test.ts; this file holds the rule's own definitions to their documented values
// and checks them through the constants, so a change to one shows here.

describe('the care rule’s definitions (DESIGN.md "Care")', () => {
  it.each([
    ['pain window', CARE_PAIN_WINDOW_DAYS, 21],
    ['mood window', CARE_MOOD_WINDOW_DAYS, 14],
    ['pain minimum logged days', CARE_PAIN_MIN_LOGGED_DAYS, 8],
    ['mood minimum logged days', CARE_MOOD_MIN_LOGGED_DAYS, 6],
    ['high pain from', CARE_PAIN_AT_LEAST, 4],
    ['low mood up to', CARE_MOOD_AT_MOST, 2],
  ])('%s is %d', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('the mood window lies inside the pain window, each a whole number of weeks', () => {
    expect(CARE_MOOD_WINDOW_DAYS).toBeLessThanOrEqual(CARE_PAIN_WINDOW_DAYS);
    expect(CARE_PAIN_WINDOW_DAYS % 7).toBe(0);
    expect(CARE_MOOD_WINDOW_DAYS % 7).toBe(0);
  });
});

describe('careSignal from its constants', () => {
  // 2026-11-24 15:00 UTC; check-ins at noon UTC, zone UTC+0.
  const now = Date.UTC(2026, 10, 24, 15, 0);
  const at = (daysAgo: number) => Date.UTC(2026, 10, 24, 12) - daysAgo * DAY_MS;
  const entry = (daysAgo: number, pain: number, mood: number) => ({ at: at(daysAgo), tzOffsetMin: 0, pain, mood });
  const everyDay = (days: number, pain: number, mood: number) =>
    Array.from({ length: days }, (_, i) => entry(i, pain, mood));

  it.each([
    {
      name: 'high pain and low mood on every day of the pain window: shown',
      rows: everyDay(CARE_PAIN_WINDOW_DAYS, CARE_PAIN_AT_LEAST, CARE_MOOD_AT_MOST),
      show: true,
    },
    {
      name: 'pain just under the threshold every day: not shown',
      rows: everyDay(CARE_PAIN_WINDOW_DAYS, CARE_PAIN_AT_LEAST - 1, CARE_MOOD_AT_MOST),
      show: false,
    },
    {
      name: 'mood just over the threshold every day: not shown',
      rows: everyDay(CARE_PAIN_WINDOW_DAYS, CARE_PAIN_AT_LEAST, CARE_MOOD_AT_MOST + 1),
      show: false,
    },
    {
      name: 'high pain alone (mood fine): not shown, however long',
      rows: everyDay(CARE_PAIN_WINDOW_DAYS * 3, 9, 5),
      show: false,
    },
    {
      name: 'low mood alone (no pain): not shown, however long',
      rows: everyDay(CARE_PAIN_WINDOW_DAYS * 3, 0, 1),
      show: false,
    },
    {
      name: 'a diary shorter than the pain window: not shown',
      rows: everyDay(CARE_PAIN_WINDOW_DAYS - 1, 9, 1),
      show: false,
    },
  ])('$name', ({ rows, show }) => {
    expect(careSignal(rows, now, 0).show).toBe(show);
  });

  it('counts no day outside its window', () => {
    const result = careSignal(everyDay(CARE_PAIN_WINDOW_DAYS * 2, 9, 1), now, 0);
    expect(result.painDays).toEqual({ high: CARE_PAIN_WINDOW_DAYS, logged: CARE_PAIN_WINDOW_DAYS, spansWindow: true });
    expect(result.moodDays).toEqual({ low: CARE_MOOD_WINDOW_DAYS, logged: CARE_MOOD_WINDOW_DAYS, spansWindow: true });
  });

  it('ignores a check-in later than now’s local day, and counts one earlier today', () => {
    const rows = [...everyDay(CARE_PAIN_WINDOW_DAYS, 9, 1), { at: now + DAY_MS, tzOffsetMin: 0, pain: 0, mood: 5 }];
    expect(careSignal(rows, now, 0).painDays.high).toBe(CARE_PAIN_WINDOW_DAYS);
    const earlier = { at: now - HOUR_MS, tzOffsetMin: 0, pain: 0, mood: 5 };
    // Today's mean becomes (9 + 0) / 2 = 4.5 pain, (1 + 5) / 2 = 3 mood: still high pain, no longer low mood.
    expect(careSignal([...rows, earlier], now, 0)).toMatchObject({
      painDays: { high: CARE_PAIN_WINDOW_DAYS },
      moodDays: { low: CARE_MOOD_WINDOW_DAYS - 1 },
    });
  });

  it('ignores a skipped half: a pain-only check-in is no mood day, a mood-only one no pain day', () => {
    const rows = everyDay(CARE_PAIN_WINDOW_DAYS, 9, 1);
    const painOnly = { at: now - HOUR_MS, tzOffsetMin: 0, pain: 0 };
    const moodOnly = { at: now - 2 * HOUR_MS, tzOffsetMin: 0, mood: 5 };
    // Today: pain (9 + 0) / 2 = 4.5, still high; mood (1 + 5) / 2 = 3, no longer low.
    expect(careSignal([...rows, painOnly, moodOnly], now, 0)).toMatchObject({
      painDays: { high: CARE_PAIN_WINDOW_DAYS, logged: CARE_PAIN_WINDOW_DAYS },
      moodDays: { low: CARE_MOOD_WINDOW_DAYS - 1, logged: CARE_MOOD_WINDOW_DAYS },
    });
    // Days with only the other half logged are not logged days for this half.
    const halves = [
      ...Array.from({ length: 10 }, (_, i) => ({ at: at(i), tzOffsetMin: 0, pain: 9 })),
      ...Array.from({ length: 10 }, (_, i) => ({ at: at(i + 10), tzOffsetMin: 0, mood: 1 })),
    ];
    expect(careSignal(halves, now, 0)).toMatchObject({
      show: false,
      painDays: { high: 10, logged: 10 },
      moodDays: { low: 4, logged: 4 },
    });
  });
});
