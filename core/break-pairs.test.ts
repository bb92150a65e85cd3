import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BREAK_PAIR_MAX_GAP_MS,
  BREAK_PAIR_MIN_DAYS,
  BREAK_PAIR_MIN_PAIRS,
  type BreakPair,
  compareBreakPairs,
  estimateChange,
  pairBreaks,
} from './break-pairs';
import type { CheckIn, Source } from './checkins';
import { CLAIMS } from './insight-verdict';
import { DAY_MS, HOUR_MS, localEpochDay, MINUTE_MS } from './time';

// 2026-01-05, a Monday, 00:00 UTC.
const monday = Date.UTC(2026, 0, 5);
const at = (day: number, h: number, m = 0) => monday + day * DAY_MS + h * HOUR_MS + m * MINUTE_MS;

type Marked = Pick<CheckIn, 'at' | 'tzOffsetMin' | 'pain' | 'mood' | 'source' | 'breakId' | 'breakPhase'>;
const mark = (
  time: number,
  breakId: string | undefined,
  breakPhase: 'start' | 'end' | undefined,
  /** null: skipped. */
  pain: number | null = 5,
  mood: number | null = 3,
  patch: Partial<Marked> = {},
): Marked => {
  const c: Marked = { at: time, tzOffsetMin: 0, source: 'break' as Source, ...patch };
  if (pain !== null) c.pain = pain;
  if (mood !== null) c.mood = mood;
  if (breakId !== undefined) c.breakId = breakId;
  if (breakPhase !== undefined) c.breakPhase = breakPhase;
  return c;
};
/** One break: its start at `h` on `day`, its end 5 minutes later. */
const brk = (day: number, h: number, startPain: number, endPain: number, startMood = 3, endMood = 3) => [
  mark(at(day, h), `b-${day}-${h}-x`, 'start', startPain, startMood),
  mark(at(day, h, 5), `b-${day}-${h}-x`, 'end', endPain, endMood),
];
const ids = (pairs: BreakPair[]) => pairs.map((p) => p.breakId);

describe('pairBreaks', () => {
  it.each<{ name: string; list: Marked[]; pairs: string[] }>([
    { name: 'a start and an end of the same break', list: brk(0, 10, 6, 4), pairs: ['b-0-10-x'] },
    {
      name: 'two breaks, given out of order, come in order of their starts',
      list: [...brk(1, 9, 5, 5), ...brk(0, 14, 5, 5)].reverse(),
      pairs: ['b-0-14-x', 'b-1-9-x'],
    },
    { name: 'a start alone', list: [mark(at(0, 10), 'b-1-xxxx', 'start')], pairs: [] },
    { name: 'an end alone', list: [mark(at(0, 10), 'b-1-xxxx', 'end')], pairs: [] },
    {
      name: 'the start and end of different breaks',
      list: [mark(at(0, 10), 'b-1-xxxx', 'start'), mark(at(0, 10, 5), 'b-2-xxxx', 'end')],
      pairs: [],
    },
    {
      name: 'a popup check-in never pairs, whatever it carries',
      list: [mark(at(0, 10), 'b-1-xxxx', 'start', 5, 3, { source: 'popup' }), mark(at(0, 10, 5), 'b-1-xxxx', 'end')],
      pairs: [],
    },
    {
      name: 'a break check-in without a marker (from before the start offer)',
      list: [mark(at(0, 10), undefined, undefined), mark(at(0, 10, 5), 'b-1-xxxx', 'end')],
      pairs: [],
    },
    {
      name: 'two starts for one break: which one belongs is not known',
      list: [...brk(0, 10, 6, 4), mark(at(0, 10, 1), 'b-0-10-x', 'start')],
      pairs: [],
    },
    {
      name: 'an end that skipped mood',
      list: [mark(at(0, 10), 'b-1-xxxx', 'start'), mark(at(0, 10, 5), 'b-1-xxxx', 'end', 4, null)],
      pairs: [],
    },
    {
      name: 'a start that skipped pain',
      list: [mark(at(0, 10), 'b-1-xxxx', 'start', null), mark(at(0, 10, 5), 'b-1-xxxx', 'end')],
      pairs: [],
    },
    {
      name: 'an end before its start',
      list: [mark(at(0, 10, 5), 'b-1-xxxx', 'start'), mark(at(0, 10), 'b-1-xxxx', 'end')],
      pairs: [],
    },
    {
      name: 'an end exactly the longest gap after its start',
      list: [mark(at(0, 10), 'b-1-xxxx', 'start'), mark(at(0, 10) + BREAK_PAIR_MAX_GAP_MS, 'b-1-xxxx', 'end')],
      pairs: ['b-1-xxxx'],
    },
    {
      name: 'an end a moment past the longest gap (a page left open)',
      list: [mark(at(0, 10), 'b-1-xxxx', 'start'), mark(at(0, 10) + BREAK_PAIR_MAX_GAP_MS + 1, 'b-1-xxxx', 'end')],
      pairs: [],
    },
  ])('$name', ({ list, pairs }) => {
    expect(ids(pairBreaks(list))).toEqual(pairs);
  });

  it('gives each pair the local day of its start, in its own zone', () => {
    // 23:30 UTC on day 0 is 00:30 on day 1 in UTC+1.
    const list = [
      mark(at(0, 23, 30), 'b-1-xxxx', 'start', 5, 3, { tzOffsetMin: 60 }),
      mark(at(0, 23, 40), 'b-1-xxxx', 'end', 5, 3, { tzOffsetMin: 60 }),
    ];
    expect(pairBreaks(list)[0]?.day).toBe(localEpochDay(at(1, 0, 30), 0));
  });
});

describe('estimateChange', () => {
  it('is the mean change, with no error from fewer than two pairs or one week', () => {
    expect(estimateChange([], [], 1)).toEqual({ diff: 0, se: Number.POSITIVE_INFINITY, df: 1 });
    expect(estimateChange([0], [-2], 1)).toEqual({ diff: -2, se: Number.POSITIVE_INFINITY, df: 1 });
    const oneWeek = estimateChange([20458, 20459, 20460], [-1, -2, -3], 1);
    expect(oneWeek.diff).toBe(-2);
    expect(oneWeek.se).toBe(Number.POSITIVE_INFINITY);
  });

  it('has at most one degree of freedom fewer than its weeks, and an error never below the pairs’ own', () => {
    // Four weeks, three pairs each.
    const days = Array.from({ length: 12 }, (_, i) => 20458 + Math.floor(i / 3) * 7 + (i % 3));
    const changes = [-1, -2, 0, -1, -1, -2, 0, -1, -3, -1, -2, 0];
    const e = estimateChange(days, changes, 7);
    const mean = changes.reduce((a, b) => a + b, 0) / changes.length;
    const sd = Math.sqrt(changes.reduce((a, b) => a + (b - mean) ** 2, 0) / (changes.length - 1));
    expect(e.diff).toBeCloseTo(mean, 12);
    expect(e.df).toBe(3);
    expect(e.se).toBeGreaterThanOrEqual(sd / Math.sqrt(changes.length) - 1e-12);
  });

  it('widens when whole weeks move together', () => {
    // Weeks alike inside and different from one another: the week error beats the pairs'.
    const days = Array.from({ length: 24 }, (_, i) => 20458 + Math.floor(i / 4) * 7 + (i % 4));
    const changes = days.map((_, i) => (Math.floor(i / 4) % 2 === 0 ? -2 : 0.5) + (i % 2) * 0.1);
    const e = estimateChange(days, changes, 3);
    const mean = changes.reduce((a, b) => a + b, 0) / changes.length;
    const sd = Math.sqrt(changes.reduce((a, b) => a + (b - mean) ** 2, 0) / (changes.length - 1));
    expect(e.se).toBeGreaterThan(1.5 * (sd / Math.sqrt(changes.length)));
  });
});

/** `n` breaks, spread one a day over `days` weekdays-and-weekends days, each with the given change. */
const diary = (n: number, days: number, change: (i: number) => number, moodChange: (i: number) => number = () => 0) =>
  Array.from({ length: n }, (_, i) => {
    const start = 4 + (i % 3);
    return brk(i % days, 9 + Math.floor(i / days), start, start + change(i), 3, Math.min(5, 3 + moodChange(i)));
  }).flat();

describe('compareBreakPairs', () => {
  it.each([
    { name: 'nothing yet', n: 0, days: 1, pairs: 0, pairDays: 0, pairsNeeded: 10, daysNeeded: 5 },
    { name: 'nine pairs on nine days', n: 9, days: 9, pairs: 9, pairDays: 9, pairsNeeded: 1, daysNeeded: 0 },
    { name: 'twelve pairs on four days', n: 12, days: 4, pairs: 12, pairDays: 4, pairsNeeded: 0, daysNeeded: 1 },
    { name: 'three pairs on three days', n: 3, days: 3, pairs: 3, pairDays: 3, pairsNeeded: 7, daysNeeded: 2 },
  ])('$name → needs more', ({ name: _name, n, days, ...expected }) => {
    expect(compareBreakPairs(diary(n, days, () => -1))).toEqual({
      kind: 'needMoreData',
      factor: 'breaks',
      ...expected,
    });
  });

  it(`compares from ${BREAK_PAIR_MIN_PAIRS} pairs on ${BREAK_PAIR_MIN_DAYS} days`, () => {
    expect(compareBreakPairs(diary(BREAK_PAIR_MIN_PAIRS, BREAK_PAIR_MIN_DAYS, (i) => (i % 2 ? -1 : 0)))).toMatchObject({
      kind: 'comparison',
      pairs: BREAK_PAIR_MIN_PAIRS,
      pairDays: BREAK_PAIR_MIN_DAYS,
    });
  });

  it.each([
    // A steady drop of 1.5 to 2.5 over six weeks of breaks: claimed, worded by size.
    { name: 'a clear drop of about 2', change: (i: number) => -2 + ((i % 3) - 1) * 0.5, verdict: 'large' },
    { name: 'a clear drop of about 1', change: (i: number) => -1 + ((i % 3) - 1) * 0.5, verdict: 'difference' },
    // A change of −1, 0 or +1 evenly: no change, and a range narrower than a point.
    { name: 'changes that cancel out', change: (i: number) => (i % 3) - 1, verdict: 'noClearDifference' },
  ])('$name: $verdict', ({ change, verdict }) => {
    const result = compareBreakPairs(diary(60, 42, change));
    expect(result.kind).toBe('comparison');
    if (result.kind !== 'comparison') return;
    expect(result.pain.verdict).toBe(verdict);
    expect(result.mood.verdict).toBe('noClearDifference');
    expect(result.pairs).toBe(60);
    expect(result.pairDays).toBe(42);
  });

  it('says too early, with about how many more pairs, when a few pairs spread widely', () => {
    const result = compareBreakPairs(diary(12, 12, (i) => [-4, 3, -2, 2, -3, 1][i % 6] as number));
    expect(result).toMatchObject({ kind: 'comparison', pain: { verdict: 'tooEarly' } });
    if (result.kind === 'comparison') expect(result.pain.morePairs).toBeGreaterThan(0);
  });

  it('shows both averages and the change between them, as rounded', () => {
    const result = compareBreakPairs(diary(20, 14, () => -1));
    expect(result).toMatchObject({ kind: 'comparison' });
    if (result.kind !== 'comparison') return;
    expect(result.pain.change).toBeCloseTo(result.pain.endMean - result.pain.startMean, 10);
    expect(result.pain.startMean).toBe(5);
    expect(result.pain.endMean).toBe(4);
  });
});

const arbPair = fc.record({
  day: fc.integer({ min: 0, max: 90 }),
  hour: fc.integer({ min: 8, max: 18 }),
  startPain: fc.integer({ min: 0, max: 10 }),
  endPain: fc.integer({ min: 0, max: 10 }),
  startMood: fc.integer({ min: 1, max: 5 }),
  endMood: fc.integer({ min: 1, max: 5 }),
});
const arbDiary = fc
  .uniqueArray(arbPair, { selector: (p) => `${p.day}-${p.hour}`, maxLength: 80 })
  .map((list) => list.flatMap((p) => brk(p.day, p.hour, p.startPain, p.endPain, p.startMood, p.endMood)));

describe('properties', () => {
  it('pairs the same whatever the order, each check-in at most once', () => {
    fc.assert(
      fc.property(arbDiary, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (list, keys) => {
        const it = keys[Symbol.iterator]();
        const shuffled = list
          .map((c) => ({ c, k: it.next().value as number }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.c);
        const pairs = pairBreaks(list);
        expect(pairBreaks(shuffled)).toEqual(pairs);
        expect(new Set(ids(pairs)).size).toBe(pairs.length);
        expect(pairs.length).toBe(list.length / 2);
        for (const p of pairs) expect(p.end.at).toBeGreaterThanOrEqual(p.start.at);
      }),
    );
  });

  it('claims a change exactly when its range leaves out zero; the same diary gives the same words', () => {
    fc.assert(
      fc.property(arbDiary, (list) => {
        const result = compareBreakPairs(list);
        expect(compareBreakPairs([...list].reverse())).toEqual(result);
        if (result.kind === 'needMoreData') {
          expect(result.pairsNeeded > 0 || result.daysNeeded > 0).toBe(true);
          return;
        }
        for (const c of [result.pain, result.mood]) {
          if (c.low === null || c.high === null) {
            expect(CLAIMS).not.toContain(c.verdict);
            continue;
          }
          expect(c.low).toBeLessThanOrEqual(c.high);
          // The range is rounded to tenths; a claim's unrounded range excludes zero.
          if (CLAIMS.includes(c.verdict)) expect(c.low >= 0 || c.high <= 0).toBe(true);
          if (c.low > 0 || c.high < 0) expect(CLAIMS).toContain(c.verdict);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a point added to every end adds a point to the change, and leaves the start alone', () => {
    fc.assert(
      fc.property(arbDiary, fc.integer({ min: -1, max: 1 }), (list, shift) => {
        // Every end shifted by the same whole point (the rule does not need it kept on the scale).
        const a = compareBreakPairs(list);
        const b = compareBreakPairs(
          list.map((c) => (c.breakPhase === 'end' ? { ...c, pain: (c.pain as number) + shift } : c)),
        );
        expect(b.kind).toBe(a.kind);
        if (a.kind !== 'comparison' || b.kind !== 'comparison') return;
        expect(b.pain.change).toBeCloseTo(a.pain.change + shift, 5);
        expect(b.pain.startMean).toBe(a.pain.startMean);
      }),
      { numRuns: 60 },
    );
  });
});
