import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diary, MONDAY } from '../tests/insight-diaries';
import { isWeekend, mulberry32, rangeOf } from './insight-stats';
import { estimateAll } from './insight-week-bootstrap';

describe('estimateAll', () => {
  it('recovers a known difference, with a range around it', () => {
    const { day, y, labels } = diary(120, 3, -1.5);
    const [[pain, mood]] = estimateAll(day, y, labels, 1) as [
      [NonNullable<ReturnType<typeof estimateAll>[0][0]>, NonNullable<ReturnType<typeof estimateAll>[0][0]>],
    ];
    expect(pain.diff).toBeGreaterThan(-1.8);
    expect(pain.diff).toBeLessThan(-1.2);
    expect(pain.withMean - pain.withoutMean).toBeCloseTo(pain.diff, 9);
    expect(pain.withDays + pain.withoutDays).toBe(120);
    expect(Math.abs(mood.diff)).toBeLessThan(0.4);
    const r = rangeOf(pain, 0.05);
    expect(r.low).toBeLessThan(pain.diff);
    expect(r.high).toBeGreaterThan(pain.diff);
  });

  it('compares workdays with workdays: a weekend effect is not the factor’s', () => {
    // The factor is on every weekend day and one workday in four; pain is 3 at weekends, 6 on workdays.
    const n = 84;
    const day = new Int32Array(n);
    const pain = new Float64Array(n);
    const mood = new Float64Array(n).fill(3);
    const label = new Int8Array(n);
    const r = mulberry32(11);
    for (let i = 0; i < n; i++) {
      day[i] = MONDAY + i;
      const weekend = isWeekend(MONDAY + i);
      label[i] = weekend || i % 4 === 0 ? 1 : 0;
      pain[i] = (weekend ? 3 : 6) + (r() - 0.5);
    }
    const e = estimateAll(day, [pain, mood], [label], 1)[0]?.[0];
    expect(e).toBeTruthy();
    expect(Math.abs(e?.diff ?? 9)).toBeLessThan(0.5);
  });

  it('is the same for the same diary and seed', () => {
    const { day, y, labels } = diary(60, 5);
    expect(estimateAll(day, y, labels, 42)).toEqual(estimateAll(day, y, labels, 42));
  });

  it('widens the range when whole weeks move together with the factor', () => {
    // The factor is on for whole weeks at a time, and pain shifts by week: the week
    // bootstrap sees it, the day-level error alone would not.
    const n = 70;
    const day = new Int32Array(n);
    const pain = new Float64Array(n);
    const mood = new Float64Array(n).fill(3);
    const label = new Int8Array(n);
    const r = mulberry32(2);
    const weekShift = Array.from({ length: 10 }, () => 3 * (r() - 0.5));
    for (let i = 0; i < n; i++) {
      day[i] = MONDAY + i;
      const w = Math.floor(i / 7);
      label[i] = w % 2;
      pain[i] = 5 + (weekShift[w] as number) + 0.3 * (r() - 0.5);
    }
    const withBootstrap = estimateAll(day, [pain, mood], [label], 9)[0]?.[0];
    const closedForm = estimateAll(day, [pain, mood], [label], 9, 0)[0]?.[0];
    expect((withBootstrap?.se ?? 0) / (withBootstrap?.seDays ?? 1)).toBeGreaterThan(1.5);
    // Without resampling, the week-level error in closed form sees it too, and agrees
    // with the bootstrap about as well as 200 resamples agree with each other.
    expect((closedForm?.se ?? 0) / (closedForm?.seDays ?? 1)).toBeGreaterThan(1.5);
    expect((closedForm?.se ?? 0) / (withBootstrap?.se ?? 1)).toBeGreaterThan(0.75);
    expect((closedForm?.se ?? 0) / (withBootstrap?.se ?? 1)).toBeLessThan(1.33);
  });

  it('never gives an error smaller than the day-level one, resampled or not', () => {
    for (const seed of [1, 2, 3]) {
      const { day, y, labels } = diary(90, seed, -0.5);
      for (const resamples of [undefined, 0])
        for (const row of estimateAll(day, y, labels, seed, resamples))
          for (const e of row) if (e) expect(e.se).toBeGreaterThanOrEqual(e.seDays);
    }
  });

  it('gives null when no kind of day holds both sides, and never throws on odd input', () => {
    const day = Int32Array.from([MONDAY, MONDAY + 1, MONDAY + 2]);
    const y = [Float64Array.from([1, 2, 3]), Float64Array.from([3, 3, 3])];
    expect(estimateAll(day, y, [Int8Array.from([1, 1, 1])], 1)).toEqual([[null, null]]);
    expect(estimateAll(new Int32Array(0), [new Float64Array(0), new Float64Array(0)], [new Int8Array(0)], 1)).toEqual([
      [null, null],
    ]);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gap: fc.integer({ min: 1, max: 40 }),
            x: fc.integer({ min: -1, max: 1 }),
            p: fc.double({ min: 0, max: 10, noNaN: true }),
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          let d = MONDAY;
          const day = Int32Array.from(rows.map((r) => (d += r.gap)));
          const pain = Float64Array.from(rows.map((r) => r.p));
          const label = Int8Array.from(rows.map((r) => r.x));
          for (const e of estimateAll(day, [pain, pain], [label], 3)[0] ?? []) {
            if (e) expect(e.se).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});
