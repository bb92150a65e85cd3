import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONDAY } from '../tests/insight-diaries';
import { holm, isWeekend, moreDaysToSettle, mulberry32, normalFrom, pValue, rangeOf, seedOf } from './insight-stats';

describe('seedOf and mulberry32', () => {
  it('gives the same stream for the same diary, and another for another', () => {
    expect(seedOf([1, 2.5, 3])).toBe(seedOf([1, 2.5, 3]));
    expect(seedOf([1, 2.5, 3])).not.toBe(seedOf([1, 2.6, 3]));
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('normalFrom', () => {
  it.each([
    // uniforms (u, v) → the draw: √(−2 ln(1 − u)) · cos(2πv)
    [[0, 0], 0], // 1 − u = 1: ln 1 = 0, whatever v
    [[1 - Math.exp(-0.5), 0], 1], // √(−2 · −0.5) = 1, cos 0 = 1
    [[1 - Math.exp(-2), 0.5], -2], // √4 = 2, cos π = −1
    [[1 - Math.exp(-0.5), 0.25], 0], // cos(π/2) = 0
  ])('uniforms %j → %d', (uniforms, expected) => {
    const stream = [...uniforms];
    const draw = normalFrom(() => stream.shift() as number);
    expect(draw()).toBeCloseTo(expected, 12);
    expect(stream).toEqual([]); // two uniforms a draw
  });

  it('has mean 0 and sd 1 over many draws, each one finite', () => {
    const draw = normalFrom(mulberry32(11));
    const xs = Array.from({ length: 40_000 }, draw);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
    // 40,000 draws: the mean's standard error is 0.005, the sd's about 0.0035.
    expect(Math.abs(mean)).toBeLessThan(0.025);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
    expect(xs.every(Number.isFinite)).toBe(true);
  });
});

describe('isWeekend', () => {
  it.each([
    [MONDAY, false],
    [MONDAY + 4, false],
    [MONDAY + 5, true],
    [MONDAY + 6, true],
  ])('day %i → %s', (day, weekend) => expect(isWeekend(day)).toBe(weekend));
});

describe('weighted holm', () => {
  it.each([
    // p-values, weights, rejected
    // 0.03 ≤ 0.05·3/4; then 0.3 > 0.05
    [
      [0.03, 0.3],
      [3, 1],
      [true, false],
    ],
    // Unweighted: 0.03 > 0.05/2
    [
      [0.03, 0.03],
      [1, 1],
      [false, false],
    ],
    [
      [0.03, 0.001],
      [3, 1],
      [true, true],
    ],
    // 0.04 > 0.05·3/4
    [
      [0.04, 0.3],
      [3, 1],
      [false, false],
    ],
    [
      [0.01, 0.04],
      [1, 1],
      [true, true],
    ],
  ])('%j weighted %j → %j', (ps, weights, rejected) => {
    const steps = holm(ps, 0.05, weights);
    expect(steps.map((s) => s.rejected)).toEqual(rejected);
    for (const [i, s] of steps.entries()) expect(s.rejected).toBe((ps[i] as number) <= s.level);
  });
});

describe('pValue', () => {
  it.each([
    [{ diff: 0, se: 0, df: 10 }, 1],
    [{ diff: 1, se: 0, df: 10 }, 0],
    [{ diff: 1, se: Number.POSITIVE_INFINITY, df: 10 }, 1],
  ])('%j → %d', (e, p) => expect(pValue(e)).toBe(p));
  it('is about 0.05 at t = 2.228 with 10 degrees of freedom', () => {
    expect(pValue({ diff: 2.228, se: 1, df: 10 })).toBeCloseTo(0.05, 3);
  });
});

describe('holm', () => {
  it.each<{ ps: number[]; rejected: boolean[] }>([
    { ps: [0.01, 0.04, 0.03], rejected: [true, false, false] },
    { ps: [0.001, 0.02, 0.04], rejected: [true, true, true] },
    { ps: [0.2, 0.001], rejected: [false, true] },
    { ps: [], rejected: [] },
  ])('$ps → $rejected', ({ ps, rejected }) => {
    expect(holm(ps, 0.05).map((s) => s.rejected)).toEqual(rejected);
  });

  it('draws a range that leaves out zero exactly when it claims a difference', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            diff: fc.double({ min: -3, max: 3, noNaN: true }),
            se: fc.double({ min: 0.05, max: 2, noNaN: true }),
          }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (es) => {
          const est = es.map((e) => ({ ...e, df: 20 }));
          const steps = holm(est.map(pValue));
          est.forEach((e, i) => {
            const step = steps[i] as { rejected: boolean; level: number };
            const r = rangeOf(e, step.level);
            const excludesZero = r.low > 0 || r.high < 0;
            // Within rounding of the t quantile.
            if (Math.abs(r.low) > 1e-6 && Math.abs(r.high) > 1e-6) expect(excludesZero).toBe(step.rejected);
          });
        },
      ),
    );
  });
});

describe('moreDaysToSettle', () => {
  it.each([
    // diff, half-width, days, matters → roughly
    [0, 2, 20, 1, 60],
    [1.5, 2, 20, 1, 20],
    [0.2, 1.1, 30, 1, 30],
    [1, 0.9, 30, 1, 1],
    [0, Number.POSITIVE_INFINITY, 20, 1, null],
  ])('diff %d ± %d over %i days (matters %d) → %s', (diff, half, days, matters, more) => {
    expect(moreDaysToSettle(diff, half, days, matters)).toBe(more);
  });
});
