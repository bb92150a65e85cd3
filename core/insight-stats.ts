// How sure an insight is (issue 12): the difference between days with a factor and
// days without it, with an uncertainty that respects that neighbouring days are
// alike, and a correction for the number of comparisons shown at once.
//
// Method, for each factor and each outcome (pain, mood):
// - Stratified. Workdays (Monday to Friday) are compared with workdays and weekend
//   days with weekend days, then pooled: the estimate is the least-squares difference
//   with one level per stratum (a weighted mean of the two within-stratum
//   differences), so a quieter weekend never passes for a factor's pattern.
// - Uncertainty. The standard error is the larger of two: the ordinary day-level one,
//   and a bootstrap over whole weeks (Monday-start weeks drawn with replacement,
//   BOOTSTRAP_RESAMPLES times (fewer for long diaries: `resamplesFor`), scaled by √(G / (G − 1)) for G weeks), which widens
//   it when days of the same week move together. The larger of the two is never more
//   optimistic than either. The estimate over its standard error is read on Student's
//   t with N − strata − 1 degrees of freedom.
// - Several at once. Holm's step-down method (weighted, weights fixed in advance, by
//   the caller) over every comparison shown together
//   keeps the chance of even one claimed difference, when there is none, at ALPHA.
//   The plausible range printed beside each is at the level of its Holm step, so a
//   range that leaves out zero always goes with a claim and one that holds zero never.
// - Deterministic. The resampling is seeded from the diary itself (`seedOf`), so the
//   same diary always gives the same words.
//
// Cost: one pass over the days to sum each week once; each resample then adds up week
// sums, never days, and the resamples are capped by BOOTSTRAP_WORK, so ten years cost
// about as much as a few months.
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { weekdayOf } from './time';

/** The chance, across everything shown at once, of claiming a difference that is not there. */
export const ALPHA = 0.05;
/** Week-block bootstrap resamples per diary, at most. */
export const BOOTSTRAP_RESAMPLES = 200;
/** …and at least, however long the diary. */
export const BOOTSTRAP_MIN_RESAMPLES = 40;
/**
 * The work allowed for resampling, in week sums added up: a long diary gets fewer
 * resamples (ten years with two factors: about 60; with six, 40), which is plenty there, since its
 * ranges are narrow and its verdicts settled; a short one gets all 200.
 */
export const BOOTSTRAP_WORK = 1_000_000;

/** How many resamples a diary of `weeks` weeks and `cells` sums per week gets. */
export const resamplesFor = (weeks: number, cells: number) =>
  Math.max(
    BOOTSTRAP_MIN_RESAMPLES,
    Math.min(BOOTSTRAP_RESAMPLES, Math.floor(BOOTSTRAP_WORK / Math.max(1, weeks * cells))),
  );

/** The outcomes compared: pain, then mood. */
export const OUTCOMES = 2;
const STRATA = 2;
// Per (factor, stratum): n, Σx, then per outcome Σy, Σxy, Σy².
const PER_OUTCOME = 3;
const CELL = 2 + PER_OUTCOME * OUTCOMES;

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

export const isWeekend = (day: number) => {
  const wd = weekdayOf(day);
  return wd === 0 || wd === 6;
};

/** The estimate from summed cells (one factor, one outcome); null when no stratum has both sides. */
function fromCells(s: Float64Array, base: number, k: number) {
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

/**
 * The week-level variance of one estimate in closed form: each week's share of the
 * estimate's error (its residuals times its days' distance from their stratum's share
 * of factor days, over the estimate's denominator), squared and summed over the weeks,
 * times G / (G − 1). This is the linearised form of the week bootstrap (what it
 * estimates as the resamples grow), read off the same week sums in one pass.
 */
function weekVariance(
  weeks: Float64Array,
  G: number,
  stride: number,
  total: Float64Array,
  base: number,
  k: number,
  e: { diff: number; den: number },
): number {
  const mx = [0, 0];
  const my = [0, 0];
  for (let st = 0; st < STRATA; st++) {
    const o = base + st * CELL;
    const ns = total[o] as number;
    if (ns <= 0) continue;
    mx[st] = (total[o + 1] as number) / ns;
    my[st] = (total[o + 2 + k * PER_OUTCOME] as number) / ns;
  }
  let sum = 0;
  for (let w = 0; w < G; w++) {
    let u = 0;
    for (let st = 0; st < STRATA; st++) {
      const o = w * stride + base + st * CELL;
      const n = weeks[o] as number;
      if (n <= 0) continue;
      const sx = weeks[o + 1] as number;
      const sy = weeks[o + 2 + k * PER_OUTCOME] as number;
      const sxy = weeks[o + 3 + k * PER_OUTCOME] as number;
      const a = mx[st] as number;
      const b = my[st] as number;
      // Σ (x − a)(y − b) − diff · Σ (x − a)², with x² = x (x is 0 or 1).
      u += sxy - a * sy - b * sx + n * a * b - e.diff * (sx - 2 * a * sx + n * a * a);
    }
    u /= e.den;
    sum += u * u;
  }
  return G < 2 ? Number.POSITIVE_INFINITY : (sum * G) / (G - 1);
}

/**
 * Estimates for every factor and outcome. `day` holds epoch days; `y[k][i]` the
 * outcome k of day i; `labels[f][i]` 1 (with), 0 (without) or −1 (unknown). Null
 * where the factor cannot be estimated (no stratum holds both sides).
 */
export function estimateAll(
  day: Int32Array,
  y: readonly Float64Array[],
  labels: readonly Int8Array[],
  seed: number,
  /**
   * Defaults to `resamplesFor` the diary; 0 for no resampling, the week-level error
   * then read in closed form (`weekVariance`).
   */
  resamplesAsked?: number,
): (Estimate | null)[][] {
  const F = labels.length;
  const stride = F * STRATA * CELL;
  // Weeks in order of appearance.
  const weekOf = new Map<number, number>();
  const weekIndex = new Int32Array(day.length);
  const weekend = new Uint8Array(day.length);
  let lastWeek = Number.NaN;
  let lastIndex = -1;
  for (let i = 0; i < day.length; i++) {
    const d = day[i] as number;
    // Monday-start weeks (`weekStartDay(d, 1)`), numbered: epoch day 0 was a Thursday.
    const w = Math.floor((d + 3) / 7);
    if (w !== lastWeek) {
      let idx = weekOf.get(w);
      if (idx === undefined) {
        idx = weekOf.size;
        weekOf.set(w, idx);
      }
      lastWeek = w;
      lastIndex = idx;
    }
    weekIndex[i] = lastIndex;
    weekend[i] = isWeekend(d) ? 1 : 0;
  }
  const G = weekOf.size;
  const resamples = resamplesAsked ?? resamplesFor(G, stride);
  const weeks = new Float64Array(G * stride);
  const counts = new Int32Array(F * 2);
  for (let i = 0; i < day.length; i++) {
    const st = weekend[i] as number;
    const wBase = (weekIndex[i] as number) * stride;
    for (let f = 0; f < F; f++) {
      const x = (labels[f] as Int8Array)[i] as number;
      if (x < 0) continue;
      counts[f * 2 + x] = (counts[f * 2 + x] as number) + 1;
      const o = wBase + (f * STRATA + st) * CELL;
      weeks[o] = (weeks[o] as number) + 1;
      weeks[o + 1] = (weeks[o + 1] as number) + x;
      for (let k = 0; k < OUTCOMES; k++) {
        const v = (y[k] as Float64Array)[i] as number;
        const p = o + 2 + k * PER_OUTCOME;
        weeks[p] = (weeks[p] as number) + v;
        weeks[p + 1] = (weeks[p + 1] as number) + x * v;
        weeks[p + 2] = (weeks[p + 2] as number) + v * v;
      }
    }
  }
  const total = new Float64Array(stride);
  for (let w = 0; w < G; w++)
    for (let j = 0; j < stride; j++) total[j] = (total[j] as number) + (weeks[w * stride + j] as number);

  const point = [] as (ReturnType<typeof fromCells> | null)[][];
  for (let f = 0; f < F; f++) {
    const row = [];
    for (let k = 0; k < OUTCOMES; k++) row.push(fromCells(total, f * STRATA * CELL, k));
    point.push(row);
  }

  // Week-block bootstrap: sums of resampled weeks, then each estimate again.
  const boot = new Float64Array(F * OUTCOMES * 2); // Σβ, Σβ² per estimate
  const valid = new Int32Array(F * OUTCOMES);
  if (G >= 2 && resamples > 0) {
    const random = mulberry32(seed);
    const weight = new Int32Array(G);
    const sums = new Float64Array(stride);
    for (let b = 0; b < resamples; b++) {
      weight.fill(0);
      for (let g = 0; g < G; g++) {
        const w = Math.floor(random() * G);
        weight[w] = (weight[w] as number) + 1;
      }
      sums.fill(0);
      for (let w = 0; w < G; w++) {
        const c = weight[w] as number;
        if (c === 0) continue;
        const o = w * stride;
        for (let j = 0; j < stride; j++) sums[j] = (sums[j] as number) + c * (weeks[o + j] as number);
      }
      for (let f = 0; f < F; f++) {
        for (let k = 0; k < OUTCOMES; k++) {
          if (!point[f]?.[k]) continue;
          const e = fromCells(sums, f * STRATA * CELL, k);
          if (!e) continue;
          const j = f * OUTCOMES + k;
          valid[j] = (valid[j] as number) + 1;
          boot[j * 2] = (boot[j * 2] as number) + e.diff;
          boot[j * 2 + 1] = (boot[j * 2 + 1] as number) + e.diff * e.diff;
        }
      }
    }
  }

  return point.map((row, f) =>
    row.map((e, k) => {
      if (!e) return null;
      const df = e.n - e.used - 1;
      if (df < 1) return null;
      const seIid = Math.sqrt(e.ssResidual / df / e.den);
      const j = f * OUTCOMES + k;
      const v = valid[j] as number;
      let seBoot = 0;
      if (resamples <= 0) seBoot = Math.sqrt(weekVariance(weeks, G, stride, total, f * STRATA * CELL, k, e));
      else if (G < 2) seBoot = Number.POSITIVE_INFINITY;
      else if (v < resamples / 2) seBoot = Number.POSITIVE_INFINITY;
      else {
        const mean = (boot[j * 2] as number) / v;
        const variance = Math.max(0, (boot[j * 2 + 1] as number) / v - mean * mean) * (v / Math.max(1, v - 1));
        seBoot = Math.sqrt(variance * (G / (G - 1)));
      }
      return {
        diff: e.diff,
        withMean: e.meanY + (1 - e.shareX) * e.diff,
        withoutMean: e.meanY - e.shareX * e.diff,
        se: Math.max(seIid, seBoot),
        seDays: seIid,
        df,
        withDays: counts[f * 2 + 1] as number,
        withoutDays: counts[f * 2] as number,
      };
    }),
  );
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
