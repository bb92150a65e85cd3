import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ar1Diary, diary, MONDAY } from '../tests/insight-diaries';
import { AR1_MAX_RHO, estimateAR1 } from './insight-ar1';
import { isWeekend, mulberry32, pValue, rangeOf } from './insight-stats';
import { estimateAll } from './insight-week-bootstrap';

type Est = NonNullable<ReturnType<typeof estimateAR1>[0][0]>;

describe('estimateAR1', () => {
  it('recovers a known difference, with a range around it, and averages that differ by it', () => {
    const { day, y, labels } = ar1Diary(200, 3, { effect: -1.5 });
    const [[pain, mood]] = estimateAR1(day, y, labels) as [[Est, Est]];
    expect(pain.diff).toBeGreaterThan(-1.9);
    expect(pain.diff).toBeLessThan(-1.1);
    expect(pain.withMean - pain.withoutMean).toBeCloseTo(pain.diff, 9);
    expect(pain.withDays + pain.withoutDays).toBe(200);
    // Mood follows pain: about 0.4 × 1.5 higher on those days.
    expect(mood.diff).toBeGreaterThan(0.2);
    expect(mood.diff).toBeLessThan(1);
    const r = rangeOf(pain, 0.05);
    expect(r.low).toBeLessThan(pain.diff);
    expect(r.high).toBeGreaterThan(pain.diff);
  });

  it('agrees with the plain stratified difference when days do not carry over', () => {
    const { day, y, labels } = diary(120, 4, -1);
    const [[gls]] = estimateAR1(day, y, labels) as [[Est]];
    const [[plain]] = estimateAll(day, y, labels, 1, 0) as [[Est]];
    expect(Math.abs(gls.diff - plain.diff)).toBeLessThan(0.1);
    expect(gls.se / plain.seDays).toBeGreaterThan(0.9);
    expect(gls.se / plain.seDays).toBeLessThan(1.2);
  });

  it('compares workdays with workdays: a weekend effect is not the factor’s', () => {
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
    const e = estimateAR1(day, [pain, mood], [label])[0]?.[0];
    expect(Math.abs(e?.diff ?? 9)).toBeLessThan(0.5);
  });

  it('is more precise than comparing raw days when pain carries over and the factor does not', () => {
    // Over many diaries: the estimates scatter less around the truth than the plain difference.
    let sqGls = 0;
    let sqPlain = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const { day, y, labels } = ar1Diary(40, seed, { phi: 0.7, effect: -1 });
      const gls = estimateAR1(day, y, labels)[0]?.[0] as Est;
      const plain = estimateAll(day, y, labels, 1, 0)[0]?.[0] as Est;
      sqGls += (gls.diff + 1) ** 2;
      sqPlain += (plain.diff + 1) ** 2;
    }
    expect(sqGls / sqPlain).toBeLessThan(0.9);
  });

  it('widens the error over the day-level one when the factor runs in spells', () => {
    // Ten-day spells on and off, φ 0.8: neighbouring days share both the factor and the pain.
    let ratio = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const { day, y, labels } = ar1Diary(120, seed, { phi: 0.8, spells: 10 });
      const e = estimateAR1(day, y, labels)[0]?.[0] as Est;
      ratio += e.se / e.seDays / 20;
    }
    expect(ratio).toBeGreaterThan(1.3);
  });

  it.each([
    { phi: 0, spells: 0, days: 30 },
    { phi: 0.5, spells: 0, days: 14 },
    { phi: 0.5, spells: 0, days: 30 },
    { phi: 0.8, spells: 3, days: 60 },
  ])(
    'claims a difference at 5 % about one time in twenty when there is none (φ $phi, spells $spells, $days days)',
    ({ phi, spells, days }) => {
      // 400 diaries with no effect (fixed seeds): a careful error claims about 5 % of them at
      // the 5 % level, never far more (the plain day-level error with spells: 10 to 20 %).
      let claimed = 0;
      const users = 400;
      for (let seed = 1; seed <= users; seed++) {
        const { day, y, labels } = ar1Diary(days, 10_000 * (days + spells) + seed, { phi, spells });
        const e = estimateAR1(day, y, labels)[0]?.[0];
        if (e && pValue(e) <= 0.05) claimed += 1;
      }
      expect(claimed / users).toBeLessThanOrEqual(0.075);
      expect(claimed / users).toBeGreaterThanOrEqual(0.02);
    },
  );

  it('over-claims less than the earlier method when the factor is on or off for whole weeks (a known limit)', () => {
    // Week-long spells, φ 0.5, 60 days, no effect: the carry-over is an AR(1) only
    // roughly (each day's own noise on top), and a factor in long spells leans on
    // that. At the 5 % level this claims about 9 % of diaries, the earlier method (the
    // larger of the day-level and the week-level error) 12 %: better, not yet right.
    let claimed = 0;
    let earlier = 0;
    const users = 400;
    for (let seed = 1; seed <= users; seed++) {
      const { day, y, labels } = ar1Diary(60, 20_000 + seed, { spells: 7 });
      const e = estimateAR1(day, y, labels)[0]?.[0];
      const old = estimateAll(day, y, labels, 1, 0)[0]?.[0];
      if (e && pValue(e) <= 0.05) claimed += 1;
      if (old && pValue(old) <= 0.05) earlier += 1;
    }
    expect(claimed).toBeLessThan(earlier);
    expect(claimed / users).toBeLessThanOrEqual(0.11);
  });

  it('keeps a missing day from breaking the link and a repeated or out-of-order day from failing', () => {
    const { day, y, labels } = ar1Diary(60, 8, { effect: -1 });
    // Every third day missing.
    const keep = Array.from(day, (_, i) => i).filter((i) => i % 3 !== 2);
    const pick = <T extends Int32Array | Float64Array | Int8Array>(a: T) => keep.map((i) => a[i] as number);
    const gapped = estimateAR1(
      Int32Array.from(pick(day)),
      y.map((v) => Float64Array.from(pick(v))),
      labels.map((l) => Int8Array.from(pick(l))),
    )[0]?.[0] as Est;
    expect(Number.isFinite(gapped.se)).toBe(true);
    expect(gapped.withDays + gapped.withoutDays).toBe(40);
    const shuffled = Int32Array.from(day).reverse();
    for (const e of estimateAR1(shuffled, y, labels)[0] ?? []) expect(e && Number.isFinite(e.se)).toBe(true);
  });

  it('gives null when no kind of day holds both sides, and never throws or gives NaN on odd input', () => {
    const day = Int32Array.from([MONDAY, MONDAY + 1, MONDAY + 2]);
    const y = [Float64Array.from([1, 2, 3]), Float64Array.from([3, 3, 3])];
    expect(estimateAR1(day, y, [Int8Array.from([1, 1, 1])])).toEqual([[null, null]]);
    expect(estimateAR1(new Int32Array(0), [new Float64Array(0), new Float64Array(0)], [new Int8Array(0)])).toEqual([
      [null, null],
    ]);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gap: fc.integer({ min: 0, max: 10 }),
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
          for (const e of estimateAR1(day, [pain, pain], [label])[0] ?? []) {
            if (!e) continue;
            expect(e.se).toBeGreaterThanOrEqual(0);
            expect(Number.isNaN(e.se) || Number.isNaN(e.diff)).toBe(false);
            expect(e.df).toBeGreaterThanOrEqual(1);
          }
        },
      ),
    );
  });

  it('keeps ρ within its bounds: a diary where days repeat exactly still gives a finite error', () => {
    expect(AR1_MAX_RHO).toBeLessThan(1);
    const n = 40;
    const day = Int32Array.from({ length: n }, (_, i) => MONDAY + i);
    // Pain climbs steadily (every residual next to a like one) and the factor alternates in pairs.
    const pain = Float64Array.from({ length: n }, (_, i) => i / 4);
    const label = Int8Array.from({ length: n }, (_, i) => (Math.floor(i / 2) % 2 ? 1 : 0));
    const e = estimateAR1(day, [pain, pain], [label])[0]?.[0] as Est;
    expect(Number.isFinite(e.se) && e.se > 0).toBe(true);
  });
});
