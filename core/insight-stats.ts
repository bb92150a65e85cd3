// How sure an insight is (issue 12): what every method shares. The difference
// between days with a factor and days without it is estimated in
// core/insight-ar1.ts (`estimateAR1`, what the page uses; its method is described
// there); this file holds the pieces around it:
// - the per-(factor, stratum) sums both estimators gather (`CELL`, `fromCells`:
//   workdays and weekend days as two strata, pooled);
// - the estimate over its error read on Student's t (`pValue`);
// - several at once: Holm's step-down method (weighted, weights fixed in advance by
//   the caller) over every comparison shown together keeps the chance of even one
//   claimed difference, when there is none, at ALPHA. The plausible range printed
//   beside each is at the level of its Holm step (`rangeOf`), so a range that leaves
//   out zero always goes with a claim and one that holds zero never;
// - `moreDaysToSettle`, and the diary's own seed and generator (`seedOf`,
//   `mulberry32`) for the break pairs' bootstrap and the simulations, and the
//   simulations' normal draws (`normalFrom`).
// Nothing here is random: the same diary always gives the same words.
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { weekdayOf } from './time';

/** The chance, across everything shown at once, of claiming a difference that is not there. */
export const ALPHA = 0.05;

/** The outcomes compared: pain, then mood. */
export const OUTCOMES = 2;
export const STRATA = 2;
// Per (factor, stratum): n, Σx, then per outcome Σy, Σxy, Σy².
export const PER_OUTCOME = 3;
export const CELL = 2 + PER_OUTCOME * OUTCOMES;

export interface Estimate {
  /** With minus without, allowing for workdays and weekends. */
  diff: number;
  /** The averages of both sides, put on the same mix of workdays and weekends. */
  withMean: number;
  withoutMean: number;
  /** The larger of the day-level and the week-level standard error. */
  se: number;
  /** The day-level standard error alone: never larger than `se`. */
  seDays: number;
  df: number;
  /** Days on each side. */
  withDays: number;
  withoutDays: number;
}

/** 32-bit FNV-1a over numbers (rounded to hundredths): the diary's own seed. */
export function seedOf(values: ArrayLike<number>): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) {
    let v = Math.round((values[i] as number) * 100) | 0;
    for (let b = 0; b < 4; b++) {
      h ^= v & 0xff;
      h = Math.imul(h, 0x01000193);
      v >>>= 8;
    }
  }
  return h >>> 0;
}

/** Mulberry32: a small, fast generator of uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (mean 0, sd 1) from a uniform generator, by Box–Muller: two uniforms a draw. */
export const normalFrom =
  (random: () => number): (() => number) =>
  () => {
    const u = 1 - random(); // in (0, 1]: log(u) is finite
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };

export const isWeekend = (day: number) => {
  const wd = weekdayOf(day);
  return wd === 0 || wd === 6;
};

/** The estimate from summed cells (one factor, one outcome); null when no stratum has both sides. */
export function fromCells(s: Float64Array, base: number, k: number) {
  let num = 0;
  let den = 0;
  let ssTotal = 0;
  let n = 0;
  let used = 0;
  let sumY = 0;
  let sumX = 0;
  for (let st = 0; st < STRATA; st++) {
    const o = base + st * CELL;
    const ns = s[o] as number;
    if (ns <= 0) continue;
    const sx = s[o + 1] as number;
    const sy = s[o + 2 + k * PER_OUTCOME] as number;
    const sxy = s[o + 3 + k * PER_OUTCOME] as number;
    const syy = s[o + 4 + k * PER_OUTCOME] as number;
    num += sxy - (sx * sy) / ns;
    den += sx - (sx * sx) / ns;
    ssTotal += syy - (sy * sy) / ns;
    n += ns;
    used += 1;
    sumY += sy;
    sumX += sx;
  }
  if (den <= 1e-9) return null;
  const diff = num / den;
  return { diff, den, ssResidual: Math.max(0, ssTotal - diff * num), n, used, meanY: sumY / n, shareX: sumX / n };
}

/** Two-sided p-value of an estimate against no difference. */
export function pValue(e: Pick<Estimate, 'diff' | 'se' | 'df'>): number {
  if (!Number.isFinite(e.se)) return 1;
  if (e.se === 0) return e.diff === 0 ? 1 : 0;
  return Math.min(1, 2 * (1 - tCdf(Math.abs(e.diff / e.se), e.df)));
}

export interface HolmStep {
  rejected: boolean;
  /** The level its range is drawn at (two-sided). */
  level: number;
}

/** Holm's step-down over p-values, in their given order; `weights` (all 1 by default) give weighted Holm. */
export function holm(ps: readonly number[], alpha = ALPHA, weights?: readonly number[]): HolmStep[] {
  const m = ps.length;
  const w = (i: number) => weights?.[i] ?? 1;
  const order = ps.map((_, i) => i).sort((a, b) => (ps[a] as number) / w(a) - (ps[b] as number) / w(b) || a - b);
  let left = 0;
  for (let i = 0; i < m; i++) left += w(i);
  const out: HolmStep[] = new Array(m);
  let stopped: number | null = null;
  for (const i of order) {
    if (stopped === null && (ps[i] as number) <= (alpha * w(i)) / left) {
      out[i] = { rejected: true, level: (alpha * w(i)) / left };
      left -= w(i);
    } else {
      if (stopped === null) stopped = left;
      out[i] = { rejected: false, level: (alpha * w(i)) / stopped };
    }
  }
  return out;
}

/** The plausible range of an estimate at a two-sided level. */
export function rangeOf(e: Pick<Estimate, 'diff' | 'se' | 'df'>, level: number): { low: number; high: number } {
  if (!Number.isFinite(e.se)) return { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY };
  const half = e.se === 0 ? 0 : tQuantile(1 - level / 2, e.df) * e.se;
  return { low: e.diff - half, high: e.diff + half };
}

/**
 * Roughly how many more logged days would settle an unsettled comparison: until the
 * range, narrowing as one over the square root of the days, would leave out either
 * zero or every difference that matters (`matters`, the smallest one worth a word).
 * Null when it cannot be said (no finite range yet).
 */
export function moreDaysToSettle(diff: number, halfWidth: number, days: number, matters: number): number | null {
  if (!Number.isFinite(halfWidth) || days <= 0) return null;
  const target = Math.max(Math.abs(diff), matters - Math.abs(diff), matters / 2);
  const more = Math.ceil(days * (halfWidth / target) ** 2 - days);
  if (more <= 0) return 1;
  // Roughly: a rough figure is rounded, so it is not read as exact.
  if (more <= 10) return more;
  if (more <= 50) return Math.ceil(more / 5) * 5;
  return Math.ceil(more / 10) * 10;
}
