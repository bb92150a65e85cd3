import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckIn, dayOf, REGIONS, summarizeDays, TAGS } from './checkins';
import { buildDayFacts } from './day-facts';
import {
  activeByHour,
  activityIn,
  buildHistoryIndex,
  dailySlots,
  dayFactsOf,
  daysIn,
  monthsOf,
  painByHour,
  resolveRange,
  summarizeRange,
  weeklyMeans,
} from './history';
import { DAY_MS, dayKey, dayNumber, HOUR_MS, MINUTE_MS } from './time';

const HOUR = HOUR_MS;
const at = (day: string, hour: number, tzOffsetMin = 0) =>
  dayNumber(day) * DAY_MS + hour * HOUR - tzOffsetMin * MINUTE_MS;
const ci = (day: string, hour: number, pain: number, mood: number, tzOffsetMin = 0): CheckIn => ({
  id: `id-${day}-${hour}-${pain}`,
  at: at(day, hour, tzOffsetMin),
  tzOffsetMin,
  pain,
  mood,
  source: 'popup',
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['2026-11-24', 20_781],
    ['2024-02-29', 19_782],
  ])('%s is day %i, and back', (key, n) => {
    expect(dayNumber(key)).toBe(n);
    expect(dayKey(n)).toBe(key);
  });
});

describe('resolveRange and monthsOf', () => {
  const today = dayNumber('2026-03-02');
  it.each([
    ['7', '2026-02-24'],
    ['30', '2026-02-01'],
    ['90', '2025-12-03'],
    ['365', '2025-03-03'],
  ] as const)('%s days ends today', (range, from) => {
    const r = resolveRange(range, today, null);
    expect(dayKey(r.from)).toBe(from);
    expect(r.to).toBe(today);
  });
  it('"all" starts at the first logged day, or today with none', () => {
    expect(resolveRange('all', today, dayNumber('2020-05-01')).from).toBe(dayNumber('2020-05-01'));
    expect(resolveRange('all', today, null)).toEqual({ from: today, to: today });
    expect(resolveRange('all', today, today + 3)).toEqual({ from: today, to: today });
  });
  it('lists only the months a range needs, across a year end', () => {
    expect(monthsOf({ from: dayNumber('2025-12-30'), to: dayNumber('2026-02-01') })).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsOf({ from: today, to: today })).toEqual(['2026-03']);
  });
});

describe('buildHistoryIndex', () => {
  it('gives the mean of each day with its count; missing days are absent, not zero', () => {
    const index = buildHistoryIndex([ci('2026-11-01', 9, 2, 4), ci('2026-11-01', 15, 5, 3), ci('2026-11-03', 9, 7, 1)]);
    expect(index.days.map(({ day, entries, meanPain, meanMood }) => ({ day, entries, meanPain, meanMood }))).toEqual([
      { day: '2026-11-01', entries: 2, meanPain: 3.5, meanMood: 3.5 },
      { day: '2026-11-03', entries: 1, meanPain: 7, meanMood: 1 },
    ]);
    const range = { from: dayNumber('2026-10-31'), to: dayNumber('2026-11-03') };
    expect(dailySlots(daysIn(index, range), range).map((s) => s?.entries ?? null)).toEqual([null, 2, null, 1]);
    expect(summarizeRange(daysIn(index, range))).toEqual({
      loggedDays: 2,
      entries: 3,
      meanPain: 5.25,
      meanMood: 2.25,
      painDays: 2,
      moodDays: 2,
    });
    expect(summarizeRange([])).toEqual({
      loggedDays: 0,
      entries: 0,
      meanPain: null,
      meanMood: null,
      painDays: 0,
      moodDays: 0,
    });
  });

  it('keys each check-in by its own zone, as dayOf does, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
            tzOffsetMin: fc.integer({ min: -720, max: 840 }),
            // A check-in may skip pain or mood (issue 15).
            pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
            mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
            sleep: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
            tags: fc.option(fc.subarray([...TAGS], { minLength: 1 }), { nil: undefined }),
            regions: fc.option(fc.subarray([...REGIONS], { minLength: 1 }), { nil: undefined }),
          }),
          { maxLength: 60 },
        ),
        (list) => {
          const checkIns = list.map(({ sleep, tags, regions, pain, mood, ...c }, i) => ({
            ...c,
            ...(sleep === undefined ? {} : { sleep }),
            ...(tags === undefined ? {} : { tags }),
            ...(regions === undefined ? {} : { regions }),
            ...(pain === undefined ? {} : { pain }),
            ...(mood === undefined ? {} : { mood }),
            id: `x-${i}-aaaa`,
            source: 'popup' as const,
          }));
          const index = buildHistoryIndex(checkIns);
          const expected = summarizeDays(checkIns);
          expect(index.days.map((d) => d.day)).toEqual(expected.map((d) => d.day));
          expect(index.days.map((d) => d.entries)).toEqual(expected.map((d) => d.entries));
          index.days.forEach((d, i) => {
            const e = expected[i] as (typeof expected)[number];
            for (const key of ['meanPain', 'meanMood'] as const) {
              if (e[key] === null) expect(d[key]).toBeNull();
              else expect(d[key]).toBeCloseTo(e[key], 9);
            }
          });
          expect(index.entryDay.every((d, i, a) => i === 0 || (a[i - 1] as number) <= d)).toBe(true);
          expect(checkIns.every((c) => index.days.some((d) => d.day === dayOf(c)))).toBe(true);
          // The insight rows match core/day-facts.ts buildDayFacts exactly.
          const activity = expected.slice(0, 3).map((d, i) => ({ day: d.day, activeMinutes: 100 * i, walked: i > 0 }));
          const facts = dayFactsOf(index, activity);
          const reference = buildDayFacts(checkIns, activity);
          expect(facts.map((f) => f.day)).toEqual(reference.map((f) => f.day));
          facts.forEach((f, i) => {
            const r = reference[i] as (typeof reference)[number];
            expect({ ...f, meanPain: 0, meanMood: 0, sleep: f.sleep === undefined ? 'none' : 0 }).toEqual({
              ...r,
              meanPain: 0,
              meanMood: 0,
              sleep: r.sleep === undefined ? 'none' : 0,
            });
            for (const key of ['meanPain', 'meanMood'] as const) {
              if (r[key] === null) expect(f[key]).toBeNull();
              else expect(f[key]).toBeCloseTo(r[key], 9);
            }
            if (r.sleep !== undefined) expect(f.sleep).toBeCloseTo(r.sleep, 9);
          });
        },
      ),
    );
  });

  it('averages pain by local hour within the range only', () => {
    const index = buildHistoryIndex([
      ci('2026-11-01', 9, 2, 3, 60), // 09:xx local in UTC+1
      ci('2026-11-02', 9, 4, 3),
      ci('2026-11-02', 17, 8, 3),
      ci('2026-11-10', 9, 10, 3),
    ]);
    const hours = painByHour(index, { from: dayNumber('2026-11-01'), to: dayNumber('2026-11-02') });
    expect(hours).toHaveLength(24);
    expect(hours[9]).toEqual({ hour: 9, entries: 2, meanPain: 3 });
    expect(hours[17]).toEqual({ hour: 17, entries: 1, meanPain: 8 });
    expect(hours[10]).toEqual({ hour: 10, entries: 0, meanPain: null });
  });
});

describe('a check-in that skipped mood or pain', () => {
  // Issue 15: an earlier entry or an import may record one of the two; the other is a gap.
  const { mood: _m, ...painOnly } = ci('2026-11-02', 9, 6, 1);
  const { pain: _p, ...moodOnly } = ci('2026-11-03', 10, 0, 2);
  const checkIns: CheckIn[] = [ci('2026-11-02', 8, 2, 4), painOnly, moodOnly];
  const index = buildHistoryIndex(checkIns);
  const range = { from: dayNumber('2026-11-02'), to: dayNumber('2026-11-03') };

  it('counts toward its own half only: each mean over the check-ins that recorded it', () => {
    expect(index.days.map(({ day, entries, meanPain, meanMood }) => ({ day, entries, meanPain, meanMood }))).toEqual([
      { day: '2026-11-02', entries: 2, meanPain: 4, meanMood: 4 },
      { day: '2026-11-03', entries: 1, meanPain: null, meanMood: 2 },
    ]);
    expect(summarizeRange(index.days)).toEqual({
      loggedDays: 2,
      entries: 3,
      meanPain: 4,
      meanMood: 3,
      painDays: 1,
      moodDays: 2,
    });
    expect(weeklyMeans(index.days)).toMatchObject([{ loggedDays: 2, entries: 3, meanPain: 4, meanMood: 3 }]);
  });

  it('leaves a mood-only check-in out of pain by hour', () => {
    const hours = painByHour(index, range);
    expect(
      hours.filter((h) => h.entries > 0).map(({ hour, entries, meanPain }) => ({ hour, entries, meanPain })),
    ).toEqual([
      { hour: 8, entries: 1, meanPain: 2 },
      { hour: 9, entries: 1, meanPain: 6 },
    ]);
  });
});

describe('weeklyMeans', () => {
  it('averages day means per Monday-started week', () => {
    const index = buildHistoryIndex([
      ci('2026-11-23', 9, 2, 4), // Monday
      ci('2026-11-23', 10, 4, 4),
      ci('2026-11-29', 9, 6, 2), // Sunday, same week
      ci('2026-11-30', 9, 1, 5), // next Monday
    ]);
    expect(weeklyMeans(index.days)).toEqual([
      { start: dayNumber('2026-11-23'), loggedDays: 2, entries: 3, meanPain: 4.5, meanMood: 3 },
      { start: dayNumber('2026-11-30'), loggedDays: 1, entries: 1, meanPain: 1, meanMood: 5 },
    ]);
  });
});

describe('activity', () => {
  it('keeps the range, and averages hours only over days that have them', () => {
    const rows = [
      {
        day: '2026-11-02',
        activeMinutes: 300,
        activeMinByHour: Array.from({ length: 24 }, (_, h) => (h === 9 ? 40 : 0)),
      },
      {
        day: '2026-11-01',
        activeMinutes: 100,
        activeMinByHour: Array.from({ length: 24 }, (_, h) => (h === 9 ? 20 : 0)),
      },
      { day: '2026-10-01', activeMinutes: 999 },
    ];
    const inRange = activityIn(rows, { from: dayNumber('2026-11-01'), to: dayNumber('2026-11-30') });
    expect(inRange.map((r) => r.day)).toEqual(['2026-11-01', '2026-11-02']);
    const hours = activeByHour(inRange);
    expect(hours[9]).toEqual({ hour: 9, meanMinutes: 30, days: 2 });
    expect(activeByHour([])).toEqual([]);
  });
});
