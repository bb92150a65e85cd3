import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moreDaysToSettle, rangeOf } from './insight-stats';
import { CLAIMS, judge, MOOD_GAP, PAIN_GAP, type Verdict } from './insight-verdict';

const claim = { rejected: true, level: 0.05 };
const noClaim = { rejected: false, level: 0.05 };
/** A tight estimate: its range at 0.05 is about diff ± 0.04 (t ≈ 1.98, se 0.02). */
const tight = (diff: number) => ({ diff, se: 0.02, df: 120 });

describe('judge: a claim is sized by the gap shown', () => {
  it.each([
    // scale, gap shown in tenths, verdict
    ['pain', 25, 'large'],
    ['pain', 20, 'large'],
    ['pain', -20, 'large'],
    ['pain', 19, 'difference'],
    ['pain', 10, 'difference'],
    ['pain', -10, 'difference'],
    ['pain', 9, 'small'],
    ['pain', 0, 'small'],
    ['mood', 10, 'large'],
    ['mood', 9, 'difference'],
    ['mood', 5, 'difference'],
    ['mood', -5, 'difference'],
    ['mood', 4, 'small'],
  ] as const)('%s, %i tenths → %s', (scale, shown, verdict) => {
    const gap = scale === 'pain' ? PAIN_GAP : MOOD_GAP;
    const j = judge(tight(shown / 10), claim, gap, shown, 40);
    expect(j.verdict).toBe(verdict);
    expect(j.more).toBeUndefined();
  });
});

describe('judge: not standing out', () => {
  it.each([
    // estimate, gap, verdict: the whole range within ±difference → none clear; else too early
    [{ diff: 0.1, se: 0.1, df: 100 }, PAIN_GAP, 'noClearDifference'],
    [{ diff: 0.5, se: 1, df: 20 }, PAIN_GAP, 'tooEarly'],
    [{ diff: 0.1, se: 0.1, df: 100 }, MOOD_GAP, 'noClearDifference'],
    [{ diff: 0.2, se: 0.2, df: 100 }, MOOD_GAP, 'tooEarly'],
  ] as const)('%j on %j → %s', (e, gap, verdict: Verdict) => {
    const j = judge(e, noClaim, gap, Math.round(e.diff * 10), 40);
    expect(j.verdict).toBe(verdict);
    expect(j.low).not.toBeNull();
    expect(j.high).not.toBeNull();
    expect(j.low as number).toBeLessThan(0);
    expect(j.high as number).toBeGreaterThan(0);
    if (verdict === 'tooEarly') {
      // The count is moreDaysToSettle's, from the unrounded range at the step's level.
      const range = rangeOf(e, noClaim.level);
      expect(j.more).toBe(moreDaysToSettle(e.diff, (range.high - range.low) / 2, 40, gap.difference));
      expect(j.more).toBeGreaterThan(0);
    } else expect(j.more).toBeUndefined();
  });

  it('with no finite range: both bounds null, too early, and how many more cannot be said', () => {
    const j = judge({ diff: 0.3, se: Number.POSITIVE_INFINITY, df: 3 }, noClaim, PAIN_GAP, 3, 6);
    expect(j).toEqual({ low: null, high: null, verdict: 'tooEarly', more: null });
  });

  it('rounds a bound a hair below zero to 0, never −0', () => {
    const j = judge({ diff: -0.01, se: 0, df: 50 }, claim, PAIN_GAP, 0, 50);
    expect(Object.is(j.low, 0)).toBe(true);
    expect(Object.is(j.high, 0)).toBe(true);
  });
});

describe('judge: properties', () => {
  it('claims exactly when the step rejects, and a claim never comes with a count of more days', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        fc.integer({ min: 2, max: 400 }),
        fc.boolean(),
        fc.integer({ min: -50, max: 50 }),
        (diff, se, df, rejected, shown) => {
          const j = judge({ diff, se, df }, { rejected, level: 0.05 }, PAIN_GAP, shown, df + 1);
          expect(CLAIMS.includes(j.verdict)).toBe(rejected);
          if (rejected) expect(j.more).toBeUndefined();
          expect((j.low as number) <= (j.high as number)).toBe(true);
        },
      ),
    );
  });
});
