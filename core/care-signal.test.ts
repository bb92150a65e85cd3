import { describe, expect, it } from 'vitest';
import {
  CARE_LONG_PAIN_WINDOW_DAYS,
  CARE_MIN_LOGGED_PER_WEEK,
  CARE_MOOD_AT_MOST,
  CARE_MOOD_WINDOW_DAYS,
  CARE_PAIN_AT_LEAST,
  CARE_PAIN_WINDOW_DAYS,
  CARE_REACH_BACK_DAYS,
  careSignal,
} from './care-signal';
import { DAY_MS, HOUR_MS } from './time';

// The rule's fuller table (zones, the days every page reads, properties) is in
// care.test.ts; this file holds the definitions to their documented values and each
// card at its edges: five weeks and six, one logged day short, a tie, a low moment.

describe('the care rule’s definitions (DESIGN.md "Care")', () => {
  it.each([
    ['"both" pain window', CARE_PAIN_WINDOW_DAYS, 21],
    ['pain card window', CARE_LONG_PAIN_WINDOW_DAYS, 42],
    ['mood window', CARE_MOOD_WINDOW_DAYS, 14],
    ['logged days needed per week', CARE_MIN_LOGGED_PER_WEEK, 2],
    ['reach back', CARE_REACH_BACK_DAYS, 28],
    ['high pain from', CARE_PAIN_AT_LEAST, 4],
    ['low mood up to', CARE_MOOD_AT_MOST, 2],
  ])('%s is %d', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('windows are whole weeks, the mood window inside the others', () => {
    for (const days of [CARE_PAIN_WINDOW_DAYS, CARE_LONG_PAIN_WINDOW_DAYS, CARE_MOOD_WINDOW_DAYS]) {
      expect(days % 7).toBe(0);
    }
    expect(CARE_MOOD_WINDOW_DAYS).toBeLessThan(CARE_PAIN_WINDOW_DAYS);
    expect(CARE_PAIN_WINDOW_DAYS).toBeLessThan(CARE_LONG_PAIN_WINDOW_DAYS);
  });
});

describe('careSignal: three cards, each at its edges', () => {
  // 2026-11-24 15:00 UTC (a Tuesday); check-ins at noon UTC unless a row says otherwise.
  const now = Date.UTC(2026, 10, 24, 15, 0);
  const noon = Date.UTC(2026, 10, 24, 12);
  type E = { at: number; tzOffsetMin: number; pain: number; mood: number };
  const entry = (daysAgo: number, pain: number, mood: number, hour = 12): E => ({
    at: noon - daysAgo * DAY_MS + (hour - 12) * HOUR_MS,
    tzOffsetMin: 0,
    pain,
    mood,
  });
  /** Every day from `from` days ago to `to` days ago (both included). */
  const days = (from: number, to: number, pain: number, mood: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => entry(from + i, pain, mood));
  /** Two days a week for `weeks` weeks: 2 and 6 days back in each week (Sunday and Wednesday), the last on the window's first day. */
  const twiceAWeek = (weeks: number, pain: number, mood: number) =>
    Array.from({ length: weeks }, (_, w) => [entry(w * 7 + 2, pain, mood), entry(w * 7 + 6, pain, mood)]).flat();

  it.each<{ name: string; rows: E[]; kind: 'pain' | 'mood' | 'both' | null }>([
    { name: 'no data', rows: [], kind: null },
    // Pain card: six weeks.
    { name: 'pain 7 daily for six weeks, mood okay', rows: days(0, 41, 7, 3), kind: 'pain' },
    { name: 'pain 7 daily for five weeks and six days: not six weeks yet', rows: days(0, 40, 7, 3), kind: null },
    { name: 'pain 4 (exactly) daily for six weeks', rows: days(0, 41, 4, 3), kind: 'pain' },
    { name: 'pain 3 daily for six weeks', rows: days(0, 41, 3, 3), kind: null },
    { name: 'six weeks twice a week: 12 logged days, enough', rows: twiceAWeek(6, 7, 3), kind: 'pain' },
    {
      name: 'six weeks, one logged day short (11 of 42)',
      rows: twiceAWeek(6, 7, 3).filter((_, i) => i !== 4),
      kind: null,
    },
    {
      name: 'six weeks, high on exactly half the logged days: a tie is not most',
      rows: days(0, 41, 7, 3).map((e, i) => (i % 2 ? { ...e, pain: 1 } : e)),
      kind: null,
    },
    {
      name: 'six weeks with one week silent (days 21–27)',
      rows: [...days(0, 20, 7, 3), ...days(28, 41, 7, 3)],
      kind: null,
    },
    // Mood card: two weeks, by the day's lowest mood.
    { name: 'mood 1 daily for two weeks, pain 2', rows: days(0, 13, 2, 1), kind: 'mood' },
    { name: 'mood 1 daily for three weeks, pain 2', rows: days(0, 20, 2, 1), kind: 'mood' },
    { name: 'mood 1 daily for 13 days: not two weeks yet', rows: days(0, 12, 2, 1), kind: null },
    {
      name: 'mood 1 in the morning and 4 in the evening: the low moment counts',
      rows: days(0, 13, 2, 1).flatMap((e) => [
        { ...e, at: e.at - 3 * HOUR_MS },
        { ...e, mood: 4 },
      ]),
      kind: 'mood',
    },
    { name: 'mood 3 daily for two weeks', rows: days(0, 13, 2, 3), kind: null },
    { name: 'two weeks twice a week: 4 logged days, enough', rows: twiceAWeek(2, 2, 1), kind: 'mood' },
    {
      name: 'six weeks twice a week, but the diary began five days in: not seen to last six weeks',
      rows: [...twiceAWeek(6, 7, 3).slice(0, 11), entry(30, 7, 3)], // still 12 logged days
      kind: null,
    },
    {
      name: 'two weeks, one logged day short (3 of 14)',
      rows: twiceAWeek(2, 2, 1).slice(1),
      kind: null,
    },
    // Both: three weeks of pain, two of mood.
    { name: 'pain 6 and mood 1 daily for three weeks', rows: days(0, 20, 6, 1), kind: 'both' },
    { name: 'pain 9 and mood 1 twice a week for six weeks', rows: twiceAWeek(6, 9, 1), kind: 'both' },
    { name: 'pain 9 and mood 1 twice a week for three weeks', rows: twiceAWeek(3, 9, 1), kind: 'both' },
    {
      name: 'pain 9 and mood 1 daily for 20 days: mood card (pain not yet three weeks)',
      rows: days(0, 19, 9, 1),
      kind: 'mood',
    },
  ])('$name → $kind', ({ rows, kind }) => {
    const signal = careSignal(rows, now, 0);
    expect(signal.kind).toBe(kind);
    expect(signal.show).toBe(kind !== null);
  });

  it('says on how many logged days each window rests', () => {
    const signal = careSignal(twiceAWeek(6, 9, 1), now, 0);
    expect(signal.pain).toEqual({ flagged: 12, logged: 12, days: 42, enough: true, holds: true });
    expect(signal.recentPain).toEqual({ flagged: 6, logged: 6, days: 21, enough: true, holds: true });
    expect(signal.mood).toEqual({ flagged: 4, logged: 4, days: 14, enough: true, holds: true });
  });

  it('a sparse diary claims nothing, however it reads', () => {
    const signal = careSignal([entry(0, 10, 1), entry(7, 10, 1), entry(13, 10, 1)], now, 0);
    expect(signal.kind).toBeNull();
    expect(signal.mood).toMatchObject({ flagged: 3, logged: 3, enough: false, holds: false });
  });

  it('ignores check-ins after today', () => {
    const rows = [...days(0, 13, 2, 1), ...days(-3, -1, 0, 5)];
    expect(careSignal(rows, now, 0).mood).toMatchObject({ flagged: 14, logged: 14 });
  });

  it('ignores a skipped half: a mood-only check-in is no pain day, a pain-only one no mood day (issue 15)', () => {
    const moodOnly = days(0, 13, 0, 1).map(({ pain: _p, ...c }) => c);
    const signal = careSignal(moodOnly, now, 0);
    expect(signal.kind).toBe('mood');
    expect(signal.mood).toMatchObject({ flagged: 14, logged: 14 });
    expect(signal.pain).toMatchObject({ flagged: 0, logged: 0 });
    const painOnly = days(0, 41, 9, 5).map(({ mood: _m, ...c }) => c);
    expect(careSignal(painOnly, now, 0)).toMatchObject({
      kind: 'pain',
      pain: { flagged: 42, logged: 42 },
      mood: { flagged: 0, logged: 0 },
    });
    // A pain-only 0 on one day lowers that day's pain mean to 3 and leaves its mood alone.
    const both = [...days(0, 20, 6, 1), { at: noon - HOUR_MS, tzOffsetMin: 0, pain: 0 }];
    expect(careSignal(both, now, 0)).toMatchObject({
      recentPain: { flagged: 20, logged: 21 },
      mood: { flagged: 14, logged: 14 },
    });
  });
});
