// The earlier method of core/insight-ar1.ts (issue 12): the larger of the day-level
// error and a bootstrap over whole weeks, seeded from the diary by `seedOf`. The page
// no longer calls it; it is kept as the tests' cross-check of the AR(1) error on long
// diaries (core/insight-ar1.test.ts). It cost power everywhere: with a handful of
// weeks the bootstrap is too noisy to lean on, and taking the larger of two errors is
// more careful than either.
import { CELL, type Estimate, fromCells, isWeekend, mulberry32, OUTCOMES, PER_OUTCOME, STRATA } from './insight-stats';

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
