import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckIn, dayOf, REGIONS, type Region, type Source, TAGS, type Tag } from './checkins';
import { buildDayFacts, type DayFacts, type InsightActivity } from './day-facts';
import {
  compareFactor,
  computeInsights,
  DAY_FACTORS,
  type DayFactor,
  hasDaysBeforeWindow,
  INSIGHT_WINDOW_DAYS,
  insightWindowStart,
  medianActiveMinutes,
  shortSide,
} from './insights';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';

const start = Date.UTC(2026, 0, 1);
const dayKey = (i: number) => new Date(start + i * DAY_MS).toISOString().slice(0, 10);
const fact = (i: number, patch: Partial<DayFacts> = {}): DayFacts => ({
  day: dayKey(i),
  entries: 1,
  meanPain: 5,
  meanMood: 3,
  ...patch,
});
/** `withN` walk days at (withPain, withMood), then `withoutN` days at (withoutPain, withoutMood). */
const walkDays = (withN: number, withoutN: number, withPain = 5, withoutPain = 5, withMood = 3, withoutMood = 3) => [
  ...Array.from({ length: withN }, (_, i) => fact(i, { walked: true, meanPain: withPain, meanMood: withMood })),
  ...Array.from({ length: withoutN }, (_, i) =>
    fact(withN + i, { walked: false, meanPain: withoutPain, meanMood: withoutMood }),
  ),
];

let seq = 0;
const checkIn = (at: number, source: Source, pain = 5, mood = 3, patch: Partial<CheckIn> = {}): CheckIn => ({
  id: `test-${(seq++).toString(36).padStart(6, '0')}`,
  at,
  tzOffsetMin: 0,
  pain,
  mood,
  source,
  ...patch,
});
const hour = (day: number, h: number, m = 0) => start + day * DAY_MS + h * HOUR_MS + m * MINUTE_MS;

describe('compareFactor: when there is enough to show', () => {
  it.each([
    [0, 0, 14],
    [4, 4, 6],
    [5, 5, 4],
    [5, 8, 1],
    [4, 10, 1],
    [3, 20, 2],
    [0, 14, 5],
    [0, 30, 5],
  ])('%i days with, %i without → needs %i more', (withN, withoutN, daysNeeded) => {
    expect(compareFactor(walkDays(withN, withoutN), 'walk')).toEqual({
      kind: 'needMoreData',
      factor: 'walk',
      withDays: withN,
      withoutDays: withoutN,
      daysNeeded,
    });
  });

  it.each([
    [5, 9],
    [9, 5],
    [7, 7],
    [100, 5],
  ])('%i days with and %i without is shown', (withN, withoutN) => {
    expect(compareFactor(walkDays(withN, withoutN), 'walk')).toMatchObject({
      kind: 'comparison',
      withDays: withN,
      withoutDays: withoutN,
    });
  });

  it('ignores rows with no entries and days where the factor is unknown', () => {
    const days = [...walkDays(7, 6), fact(20, { walked: true, entries: 0 }), fact(21), fact(22)];
    expect(compareFactor(days, 'walk')).toMatchObject({
      kind: 'needMoreData',
      withDays: 7,
      withoutDays: 6,
      daysNeeded: 1,
    });
  });
});

describe('compareFactor: verdicts', () => {
  // Every day of a side alike: no noise, so any gap stands out from chance, and the
  // words come from its size alone (noisy data: core/insight-ar1.test.ts and the
  // simulation in core/insight-simulation.test.ts).
  it.each([
    { withPain: 4, withoutPain: 4, shown: [4, 4], verdict: 'noClearDifference' },
    { withPain: 3.6, withoutPain: 4.5, shown: [3.6, 4.5], verdict: 'small' },
    { withPain: 3.6, withoutPain: 4.6, shown: [3.6, 4.6], verdict: 'difference' },
    { withPain: 4.6, withoutPain: 3.6, shown: [4.6, 3.6], verdict: 'difference' },
    { withPain: 3.2, withoutPain: 5.1, shown: [3.2, 5.1], verdict: 'difference' },
    { withPain: 3.2, withoutPain: 5.2, shown: [3.2, 5.2], verdict: 'large' },
    { withPain: 0, withoutPain: 10, shown: [0, 10], verdict: 'large' },
    // Read from the rounded numbers the page shows: 3.64 vs 4.63 shows 3.6 vs 4.6.
    { withPain: 3.64, withoutPain: 4.63, shown: [3.6, 4.6], verdict: 'difference' },
    { withPain: 3.66, withoutPain: 4.64, shown: [3.7, 4.6], verdict: 'small' },
  ])('pain $withPain vs $withoutPain → $verdict', ({ withPain, withoutPain, shown, verdict }) => {
    const r = compareFactor(walkDays(7, 7, withPain, withoutPain), 'walk');
    expect(r).toMatchObject({ pain: { withMean: shown[0], withoutMean: shown[1], verdict } });
    if (r.kind === 'comparison') expect(r.pain.gap).toBeCloseTo((shown[0] as number) - (shown[1] as number), 9);
  });

  it.each([
    { withMood: 3, withoutMood: 3, verdict: 'noClearDifference' },
    { withMood: 3.4, withoutMood: 3, verdict: 'small' },
    { withMood: 3.5, withoutMood: 3, verdict: 'difference' },
    { withMood: 2, withoutMood: 2.9, verdict: 'difference' },
    { withMood: 2, withoutMood: 3, verdict: 'large' },
    { withMood: 1, withoutMood: 5, verdict: 'large' },
  ])('mood $withMood vs $withoutMood → $verdict', ({ withMood, withoutMood, verdict }) => {
    expect(compareFactor(walkDays(7, 7, 5, 5, withMood, withoutMood), 'walk')).toMatchObject({
      mood: { withMean: withMood, withoutMean: withoutMood, verdict },
      pain: { verdict: 'noClearDifference' },
    });
  });

  it('averages day means, so a busy day weighs as much as a quiet one', () => {
    const busy = [
      ...walkDays(6, 7, 4, 4),
      fact(20, { walked: true, entries: 9, meanPain: 10 }), // one day at 10, from nine entries
    ];
    const quiet = [...walkDays(6, 7, 4, 4), fact(20, { walked: true, entries: 1, meanPain: 10 })];
    const r = compareFactor(busy, 'walk');
    expect(r).toMatchObject({ withDays: 7, withoutDays: 7 });
    // The day at 10 is one day, however many entries made it: the same result as from one entry.
    expect(r).toEqual(compareFactor(quiet, 'walk'));
    // …and it lifts the walk days' average by about its share of one day in seven, not nine in fifteen.
    if (r.kind === 'comparison') {
      expect(r.pain.gap).toBeGreaterThan(0.5);
      expect(r.pain.gap).toBeLessThan(1.5);
    }
  });

  it('says "too early to tell", with roughly how many more days, when noise swamps the gap', () => {
    const noisy = [0, 8, 1, 9, 2, 7, 3];
    const days = [
      ...noisy.map((p, i) => fact(i, { walked: true, meanPain: p })),
      ...noisy.map((p, i) => fact(7 + i, { walked: false, meanPain: (p + 1) % 10 })),
    ];
    const r = compareFactor(days, 'walk');
    expect(r).toMatchObject({ kind: 'comparison', pain: { verdict: 'tooEarly' } });
    if (r.kind !== 'comparison') return;
    expect(r.pain.low).toBeLessThan(0);
    expect(r.pain.high).toBeGreaterThan(0);
    expect(r.pain.moreDays).toBeGreaterThan(0);
  });
});

describe('compareFactor: which side a day is on', () => {
  // A base of 7 days on each side, then one day under test.
  type SplitFactor = Exclude<DayFactor, 'screenTime'>;
  const base = (factor: SplitFactor): DayFacts[] => {
    const sides: Record<SplitFactor, [Partial<DayFacts>, Partial<DayFacts>]> = {
      walk: [{ walked: true }, { walked: false }],
      nudges: [
        { nudgesDue: 10, nudgesTaken: 10 },
        { nudgesDue: 10, nudgesTaken: 0 },
      ],
      shortSleep: [{ sleep: 2 }, { sleep: 8 }],
      ...(Object.fromEntries(TAGS.map((t) => [t, [{ tags: [t] }, {}]])) as unknown as Record<
        Tag,
        [Partial<DayFacts>, Partial<DayFacts>]
      >),
      ...(Object.fromEntries(REGIONS.map((r) => [r, [{ regions: [r] }, {}]])) as unknown as Record<
        Region,
        [Partial<DayFacts>, Partial<DayFacts>]
      >),
    };
    return [
      ...Array.from({ length: 7 }, (_, i) => fact(i, sides[factor][0])),
      ...Array.from({ length: 7 }, (_, i) => fact(7 + i, sides[factor][1])),
    ];
  };

  it.each<[SplitFactor, Partial<DayFacts>, 'with' | 'without' | 'neither']>([
    ['walk', { walked: true }, 'with'],
    ['walk', { walked: false }, 'without'],
    ['walk', {}, 'neither'],
    ['nudges', { nudgesDue: 5, nudgesTaken: 4 }, 'with'],
    ['nudges', { nudgesDue: 10, nudgesTaken: 8 }, 'with'],
    ['nudges', { nudgesDue: 10, nudgesTaken: 7 }, 'without'],
    ['nudges', { nudgesDue: 15, nudgesTaken: 12 }, 'with'],
    ['nudges', { nudgesDue: 15, nudgesTaken: 11 }, 'without'],
    ['nudges', { nudgesDue: 4, nudgesTaken: 3 }, 'without'],
    ['nudges', { nudgesDue: 3, nudgesTaken: 5 }, 'with'],
    ['nudges', { nudgesDue: 0, nudgesTaken: 0 }, 'neither'],
    ['nudges', { nudgesDue: 5 }, 'neither'],
    ['nudges', {}, 'neither'],
    ['shortSleep', { sleep: 0 }, 'with'],
    ['shortSleep', { sleep: 4 }, 'with'],
    ['shortSleep', { sleep: 4.5 }, 'without'],
    ['shortSleep', { sleep: 5 }, 'without'],
    ['shortSleep', {}, 'neither'],
    ['stressed', { tags: ['stressed'] }, 'with'],
    ['stressed', { tags: ['satLong', 'stressed'] }, 'with'],
    ['stressed', { tags: ['satLong'] }, 'without'],
    ['stressed', {}, 'without'],
    ['lower', { regions: ['lower'] }, 'with'],
    ['lower', { regions: ['neck'] }, 'without'],
    ['lower', {}, 'without'],
  ])('%s with %j → %s', (factor, patch, side) => {
    // (Screen time has its own table below: any added day moves the median.)
    const result = compareFactor([...base(factor), fact(30, patch)], factor);
    expect(result).toMatchObject({
      factor,
      withDays: side === 'with' ? 8 : 7,
      withoutDays: side === 'without' ? 8 : 7,
    });
  });

  const tens = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => (from + i) * 10);
  it.each<{ name: string; minutes: (number | undefined)[]; median: number; withDays: number; withoutDays: number }>([
    { name: '14 distinct days', minutes: tens(1, 14), median: 75, withDays: 7, withoutDays: 7 },
    { name: '15 distinct days', minutes: tens(1, 15), median: 80, withDays: 7, withoutDays: 8 },
    {
      name: 'days without minutes are on neither side',
      minutes: [...tens(1, 14), undefined, undefined],
      median: 75,
      withDays: 7,
      withoutDays: 7,
    },
    {
      name: 'many days at the median',
      minutes: [...Array(10).fill(0), 100, 100, 100, 100],
      median: 0,
      withDays: 4,
      withoutDays: 10,
    },
    { name: 'every day the same', minutes: Array(14).fill(100), median: 100, withDays: 0, withoutDays: 14 },
  ])('screen time sides: $name', ({ minutes, median, withDays, withoutDays }) => {
    const days = minutes.map((m, i) => fact(i, m === undefined ? {} : { activeMinutes: m }));
    expect(compareFactor(days, 'screenTime')).toMatchObject({ medianMinutes: median, withDays, withoutDays });
  });

  it.each([
    { minutes: [], median: null },
    { minutes: [300], median: 300 },
    { minutes: [500, 100, 300], median: 300 },
    { minutes: [400, 100, 300, 200], median: 250 },
    { minutes: [0, 0, 0, 90], median: 0 },
  ])('median of $minutes is $median', ({ minutes, median }) => {
    expect(medianActiveMinutes(minutes.map((m, i) => fact(i, { activeMinutes: m })))).toBe(median);
  });

  it('splits screen time strictly above the median: a day at the median is an ordinary day', () => {
    const days = Array.from({ length: 15 }, (_, i) => fact(i, { activeMinutes: i * 10, meanPain: i < 8 ? 3 : 6 }));
    expect(compareFactor(days, 'screenTime')).toEqual({
      kind: 'comparison',
      factor: 'screenTime',
      medianMinutes: 70,
      withDays: 7,
      withoutDays: 8,
      pain: { withMean: 6, withoutMean: 3, gap: 3, low: 3, high: 3, verdict: 'large' },
      mood: { withMean: 3, withoutMean: 3, gap: 0, low: 0, high: 0, verdict: 'noClearDifference' },
    });
  });

  it('says how many more days screen time needs, with the median so far', () => {
    const days = Array.from({ length: 6 }, (_, i) => fact(i, { activeMinutes: i * 10 }));
    expect(compareFactor(days, 'screenTime')).toEqual({
      kind: 'needMoreData',
      factor: 'screenTime',
      medianMinutes: 25,
      withDays: 3,
      withoutDays: 3,
      daysNeeded: 8,
    });
  });
});

describe('shortSide', () => {
  it.each([
    [0, 22, 'with'],
    [4, 0, 'with'],
    [5, 4, 'without'],
    [364, 0, 'without'],
    [5, 5, 'with'],
    [8, 3, 'without'],
  ] as const)('with %i days and %i without: short of days %s it', (withDays, withoutDays, side) => {
    expect(shortSide({ withDays, withoutDays })).toBe(side);
  });
});

describe('the twelve months insights look at', () => {
  it.each([
    ['2026-11-02', '2025-11-03'],
    // 2024 is a leap year: 365 days back from its last day is 2 January, not 1.
    ['2024-12-31', '2024-01-02'],
    ['2025-03-01', '2024-03-02'],
    ['2026-01-01', '2025-01-02'],
  ])('ending %s, start on %s', (today, start) => {
    expect(insightWindowStart(today)).toBe(start);
  });

  it.each<[string | undefined, string, boolean]>([
    [undefined, '2026-11-02', false],
    ['2025-11-03', '2026-11-02', false],
    ['2025-11-02', '2026-11-02', true],
    ['2016-01-01', '2026-11-02', true],
    ['2026-11-02', '2026-11-02', false],
  ])('a diary from %s, today %s: days before the window %s', (first, today, expected) => {
    expect(hasDaysBeforeWindow(first, today)).toBe(expected);
  });

  it('leaves out every day before the window and after today, and the check-ins made on them', () => {
    // Three years, walks lowering pain by 3 points only in the oldest two, and a day
    // after "today": the result is that of the last twelve months alone.
    const total = 3 * 365 + 1;
    const today = dayKey(total - 2);
    const days = Array.from({ length: total }, (_, i) => {
      const walked = i % 3 === 0;
      const old = i < total - 1 - INSIGHT_WINDOW_DAYS;
      return fact(i, { walked, meanPain: 5 + (i % 4) * 0.5 - (walked && old ? 3 : 0), activeMinutes: (i * 37) % 500 });
    });
    const checkIns = days.flatMap((_, i) => [
      checkIn(hour(i, 10, 55), 'break', 6, 3, { breakId: `brk-${i}-0000`, breakPhase: 'start' }),
      checkIn(hour(i, 11), 'break', 4, 3, { breakId: `brk-${i}-0000`, breakPhase: 'end' }),
    ]);
    const from = insightWindowStart(today);
    const within = days.filter((d) => d.day >= from && d.day <= today);
    expect(within).toHaveLength(INSIGHT_WINDOW_DAYS);
    const recent = computeInsights(
      within,
      checkIns.filter((c) => dayOf(c) >= from && dayOf(c) <= today),
      today,
    );
    expect(computeInsights(days, checkIns, today)).toEqual(recent);
    expect(recent.find((i) => i.factor === 'walk')).toMatchObject({
      kind: 'comparison',
      withDays: within.filter((d) => d.walked).length,
      withoutDays: within.filter((d) => !d.walked).length,
    });
  });
});

describe('computeInsights', () => {
  it('gives exactly one result per factor, in a fixed order', () => {
    const insights = computeInsights(walkDays(7, 7), [], dayKey(13));
    expect(insights.map((i) => i.factor)).toEqual([...DAY_FACTORS, 'breaks']);
    expect(insights.map((i) => i.kind)).toEqual([
      'comparison',
      ...Array(DAY_FACTORS.length - 1).fill('needMoreData'),
      'needMoreData',
    ]);
  });

  it('only ever shows with ≥ 14 days and ≥ 5 a side, and otherwise names a positive shortfall', () => {
    const day = fc.record({
      entries: fc.integer({ min: 0, max: 4 }),
      meanPain: fc.double({ min: 0, max: 10, noNaN: true }),
      meanMood: fc.double({ min: 1, max: 5, noNaN: true }),
      walked: fc.option(fc.boolean(), { nil: undefined }),
      sleep: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      activeMinutes: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
      nudgesDue: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      nudgesTaken: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 60 }), (rows) => {
        const days = rows.map((r, i) => ({ ...r, day: dayKey(i) }));
        const logged = days.filter((d) => d.entries > 0).length;
        for (const factor of DAY_FACTORS) {
          const r = compareFactor(days, factor);
          expect(r.withDays + r.withoutDays).toBeLessThanOrEqual(logged);
          if (r.kind === 'comparison') {
            expect(r.withDays + r.withoutDays).toBeGreaterThanOrEqual(14);
            expect(Math.min(r.withDays, r.withoutDays)).toBeGreaterThanOrEqual(5);
            for (const [o, lo, hi] of [
              [r.pain, 0, 10],
              [r.mood, 1, 5],
            ] as const) {
              expect(Math.min(o.withMean, o.withoutMean)).toBeGreaterThanOrEqual(lo);
              expect(Math.max(o.withMean, o.withoutMean)).toBeLessThanOrEqual(hi);
              if (o.low !== null && o.high !== null) expect(o.low).toBeLessThanOrEqual(o.high);
              if (o.verdict === 'tooEarly') expect(o.moreDays === null || (o.moreDays ?? 0) > 0).toBe(true);
            }
          } else {
            expect(r.daysNeeded).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  // How fast is the bench's insights.ms.10y, never a test's: a time limit here failed under load.
  it('computes every insight of the last twelve months with ten years of daily data', () => {
    const years = 3650;
    const checkIns: CheckIn[] = [];
    const activity: InsightActivity[] = [];
    for (let d = 0; d < years; d++) {
      checkIns.push(checkIn(hour(d, 9), 'popup', d % 11, 1 + (d % 5), { sleep: d % 11 }));
      // A break with both its check-ins, start and end.
      const marker = (breakPhase: 'start' | 'end') => ({ breakId: `brk-${d}-0000`, breakPhase });
      checkIns.push(checkIn(hour(d, 10, 55), 'break', (d + 4) % 11, 1 + (d % 5), marker('start')));
      checkIns.push(checkIn(hour(d, 11), 'break', (d + 3) % 11, 1 + ((d + 1) % 5), marker('end')));
      checkIns.push(checkIn(hour(d, 17), 'popup', (d + 5) % 11, 1 + ((d + 2) % 5)));
      activity.push({
        day: dayKey(d),
        activeMinutes: (d * 37) % 600,
        nudgesDue: 12,
        nudgesTaken: d % 13,
        walked: d % 3 === 0,
      });
    }
    const insights = computeInsights(buildDayFacts(checkIns, activity), checkIns, dayKey(years - 1));
    expect(insights.length).toBeGreaterThan(0);
    const compared = insights.filter((x) => x.kind === 'comparison').map((x) => x.factor);
    // No tags or regions were ticked, so those wait; everything else is compared.
    expect(compared).toEqual(['walk', 'nudges', 'screenTime', 'shortSleep', 'breaks']);
  });
});
