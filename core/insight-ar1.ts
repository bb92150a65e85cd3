// The difference between days with a factor and days without it, as the history
// page estimates it (issue 12; the shared pieces in core/insight-stats.ts).
//
// Method, for each factor and each outcome (pain, mood), as the page uses it
// (`estimateAR1`):
// - Stratified. Workdays (Monday to Friday) are compared with workdays and weekend
//   days with weekend days, then pooled: one level per stratum in a least-squares
//   fit, so a quieter weekend never passes for a factor's pattern.
// - Neighbouring days are alike: the fit allows explicitly for each day's carry-over
//   into the next (AR(1) errors, Prais–Winsten), which is both more precise than
//   comparing raw days and honest when a factor runs in spells; its error is widened
//   whenever what is left still looks correlated from day to day (details at
//   `estimateAR1`). The estimate over its error is read on Student's t.
// - Several at once: the caller corrects across every comparison shown with
//   core/insight-stats.ts `holm` and draws each range at its Holm step (`rangeOf`).
// - Deterministic: nothing is random, so the same diary always gives the same words.
//
// Cost: estimateAR1 gathers, per factor, the raw sums of every pair of columns over
// consecutive days once (both outcomes at once), so each fit at any ρ is read from them
// in closed form: Σ (zᵢ − ρzₚ)(wᵢ − ρwₚ) / (1 − ρ²) = (Σzᵢwᵢ − ρΣ(zᵢwₚ + zₚwᵢ) + ρ²Σzₚwₚ) / (1 − ρ²)
// (days after a longer gap are added one by one). Then one pass per outcome for ρ and
// one for the residuals and Newey–West. Each pass is a small function of its own, so
// the engine compiles it early. core/insight-ar1.reference.test.ts keeps the
// plain method it replaced and checks the two agree to 1e-9.
import { CELL, type Estimate, fromCells, isWeekend, OUTCOMES, PER_OUTCOME, STRATA } from './insight-stats';
import { solve } from './linear-solve';

/** Prais–Winsten's ρ is kept within [0, AR1_MAX_RHO]: beyond it the days carry almost nothing new. */
export const AR1_MAX_RHO = 0.9;
/** The step in ρ over which the estimate's sensitivity to it is read. */
const RHO_STEP = 0.05;
/** Days of lag the Newey–West check of what is left reaches: a week. */
export const NW_LAGS = 7;

/** Per stratum: n, Σx, then per outcome Σy, Σxy, Σy² (into `cells`); returns the days with and without. */
function cellsOf(
  cells: Float64Array,
  weekend: Uint8Array,
  y: readonly Float64Array[],
  label: Int8Array,
): [number, number] {
  let withDays = 0;
  let withoutDays = 0;
  cells.fill(0);
  const K = Math.min(OUTCOMES, y.length);
  const N = label.length;
  for (let i = 0; i < N; i++) {
    const x = label[i] as number;
    if (x < 0) continue;
    if (x === 1) withDays += 1;
    else withoutDays += 1;
    const o = (weekend[i] as number) * CELL;
    cells[o] = (cells[o] as number) + 1;
    cells[o + 1] = (cells[o + 1] as number) + x;
    for (let k = 0; k < K; k++) {
      const v = (y[k] as Float64Array)[i] as number;
      const p = o + 2 + k * PER_OUTCOME;
      cells[p] = (cells[p] as number) + v;
      cells[p + 1] = (cells[p + 1] as number) + x * v;
      cells[p + 2] = (cells[p + 2] as number) + v * v;
    }
  }
  return [withDays, withoutDays];
}

/** The columns of day `i` (workday, weekend, factor `x`, then each outcome) into `out`. */
function rowInto(out: Float64Array, i: number, weekend: Uint8Array, y: readonly Float64Array[], x: number) {
  const st = weekend[i] as number;
  out[0] = st === 0 ? 1 : 0;
  out[1] = st === 1 ? 1 : 0;
  out[2] = x;
  for (let k = 0; k < y.length; k++) out[3 + k] = (y[k] as Float64Array)[i] as number;
}

/** The raw sums a factor's transformed fits are read from, whatever ρ (one pass; see `estimateAR1`). */
interface PairSums {
  pairA: Int8Array;
  pairB: Int8Array;
  /** Days that start afresh: Σ zw. */
  fresh: Float64Array;
  /** Consecutive days: Σ zᵢwᵢ, Σ(zᵢwₚ + zₚwᵢ), Σ zₚwₚ. */
  same: Float64Array;
  cross: Float64Array;
  before: Float64Array;
  /** Days after a gap of more than one day, and the day used before each. */
  gapAt: Int32Array;
  gapPrev: Int32Array;
  gapCount: number;
  now: Float64Array;
  last: Float64Array;
  sums: Float64Array;
}

function gatherPairs(ps: PairSums, day: Int32Array, weekend: Uint8Array, y: readonly Float64Array[], label: Int8Array) {
  const { pairA, pairB, fresh, same, cross, before, now, last: then } = ps;
  const P = pairA.length;
  fresh.fill(0);
  same.fill(0);
  cross.fill(0);
  before.fill(0);
  let gapCount = 0;
  let prev = -1;
  const N = day.length;
  for (let i = 0; i < N; i++) {
    const x = label[i] as number;
    if (x < 0) continue;
    const gap = prev >= 0 ? (day[i] as number) - (day[prev] as number) : 0;
    rowInto(now, i, weekend, y, x);
    if (prev < 0 || gap <= 0) {
      for (let q = 0; q < P; q++)
        fresh[q] = (fresh[q] as number) + (now[pairA[q] as number] as number) * (now[pairB[q] as number] as number);
    } else if (gap === 1) {
      rowInto(then, prev, weekend, y, label[prev] as number);
      for (let q = 0; q < P; q++) {
        const a = pairA[q] as number;
        const b = pairB[q] as number;
        const na = now[a] as number;
        const nb = now[b] as number;
        const ta = then[a] as number;
        const tb = then[b] as number;
        same[q] = (same[q] as number) + na * nb;
        cross[q] = (cross[q] as number) + (na * tb + ta * nb);
        before[q] = (before[q] as number) + ta * tb;
      }
    } else {
      ps.gapAt[gapCount] = i;
      ps.gapPrev[gapCount] = prev;
      gapCount += 1;
    }
    prev = i;
  }
  ps.gapCount = gapCount;
}

/** Σ of the transformed products of every pair of columns at ρ = r, into `ps.sums`. */
function sumsAt(
  ps: PairSums,
  r: number,
  day: Int32Array,
  weekend: Uint8Array,
  y: readonly Float64Array[],
  label: Int8Array,
) {
  const { pairA, pairB, fresh, same, cross, before, now, last: then, sums } = ps;
  const P = pairA.length;
  const c1 = 1 / (1 - r * r);
  for (let q = 0; q < P; q++)
    sums[q] =
      (fresh[q] as number) + c1 * ((same[q] as number) - r * (cross[q] as number) + r * r * (before[q] as number));
  for (let g = 0; g < ps.gapCount; g++) {
    const i = ps.gapAt[g] as number;
    const p = ps.gapPrev[g] as number;
    const a = r === 0 ? 0 : r ** ((day[i] as number) - (day[p] as number));
    const c2 = a === 0 ? 1 : 1 / (1 - a * a);
    rowInto(now, i, weekend, y, label[i] as number);
    rowInto(then, p, weekend, y, label[p] as number);
    for (let q = 0; q < P; q++) {
      const za = (now[pairA[q] as number] as number) - a * (then[pairA[q] as number] as number);
      const zb = (now[pairB[q] as number] as number) - a * (then[pairB[q] as number] as number);
      sums[q] = (sums[q] as number) + c2 * za * zb;
    }
  }
}

/** ρ of one outcome: the stratified difference's residuals' lag-one correlation over consecutive days. */
function rhoOf(
  day: Int32Array,
  weekend: Uint8Array,
  ys: Float64Array,
  label: Int8Array,
  diff: number,
  mx: readonly number[],
  my: readonly number[],
): { rho: number; pairs: number } {
  let num = 0;
  let den = 0;
  let pairs = 0;
  let prev = -1;
  let last = 0;
  const N = day.length;
  for (let i = 0; i < N; i++) {
    const x = label[i] as number;
    if (x < 0) continue;
    const st = weekend[i] as number;
    const resid = (ys[i] as number) - (my[st] as number) - diff * (x - (mx[st] as number));
    if (prev >= 0 && (day[i] as number) - (day[prev] as number) === 1) {
      num += resid * last;
      den += last * last;
      pairs += 1;
    }
    last = resid;
    prev = i;
  }
  const raw = den > 0 ? num / den : 0;
  return { rho: Math.min(AR1_MAX_RHO, Math.max(0, raw)), pairs };
}

/**
 * One outcome's pass over its transformed days at ρ: the residuals' Σu², and the
 * Newey–West sums over NW_LAGS days (Bartlett weights, day distance from the dates) of
 * each day's share x̃u, into [rss, s0, sl].
 */
function residualPass(
  day: Int32Array,
  weekend: Uint8Array,
  ys: Float64Array,
  label: Int8Array,
  r: number,
  coef: readonly number[],
  w: readonly number[],
  gaps: Int32Array,
  share: Float64Array,
): [number, number, number] {
  const b0 = coef[0] as number;
  const b1 = coef[1] as number;
  const bx = coef[2] as number;
  const w0 = w[0] as number;
  const w1 = w[1] as number;
  const wx = w[2] as number;
  let rss = 0;
  let s0 = 0;
  let sl = 0;
  let m = 0;
  let prev = -1;
  const N = day.length;
  for (let i = 0; i < N; i++) {
    const x = label[i] as number;
    if (x < 0) continue;
    const gap = prev >= 0 ? (day[i] as number) - (day[prev] as number) : 0;
    const a = prev < 0 || gap <= 0 || r === 0 ? 0 : gap === 1 ? r : r ** gap;
    const c = a === 0 ? 1 : 1 / Math.sqrt(1 - a * a);
    const st = weekend[i] as number;
    let a0 = st === 0 ? c : 0;
    let a1 = st === 1 ? c : 0;
    let ax = c * x;
    let v = c * (ys[i] as number);
    if (a > 0) {
      const ca = c * a;
      if (weekend[prev] === 0) a0 -= ca;
      else a1 -= ca;
      ax -= ca * (label[prev] as number);
      v -= ca * (ys[prev] as number);
    }
    const u = v - b0 * a0 - b1 * a1 - bx * ax;
    rss += u * u;
    const xu = (w0 * a0 + w1 * a1 + wx * ax) * u;
    s0 += xu * xu;
    gaps[m] = gap;
    share[m] = xu;
    let span = 0;
    for (let q = m - 1; q >= 0; q--) {
      span += gaps[q + 1] as number;
      if (span > NW_LAGS || (gaps[q + 1] as number) <= 0) break;
      sl += (1 - span / (NW_LAGS + 1)) * xu * (share[q] as number);
    }
    m += 1;
    prev = i;
  }
  return [rss, s0, sl];
}

/**
 * Estimates for every factor and outcome that allow explicitly for today's pain
 * carrying over into tomorrow's (AR(1) errors), by Prais–Winsten feasible GLS:
 * 1. The stratified least-squares difference (as in `estimateAll`) and its residuals.
 * 2. ρ, the residuals' lag-one correlation over pairs of consecutive days, kept within
 *    [0, AR1_MAX_RHO].
 * 3. Each day minus ρ^gap times the previous day used (the gap in days: a missing day
 *    weakens the link rather than breaking the method), scaled by 1 / √(1 − ρ^(2·gap))
 *    (the first day, with nothing before it, as it is); then least squares on the
 *    transformed workday level, weekend level and factor. The error of the factor's
 *    coefficient is read on Student's t with N − strata − 2 degrees of freedom (one
 *    more is spent on ρ).
 * 4. Never narrower than the transformed days allow: what is left of the residuals is
 *    an AR(1) only roughly (a check-in's own noise sits on top of the day's), so the
 *    error is widened by the Newey–West ratio on the transformed days whenever it is
 *    above 1: √((S₀ + 2 Σₕ (1 − h / (L + 1)) Sₕ) / S₀), S₀ = Σ x̃²u², Sₕ = Σ x̃ₜx̃ₜ₋ₕuₜuₜ₋ₕ
 *    over days h apart (by date, up to L = NW_LAGS, a week), x̃ the factor with the
 *    levels taken out (Frisch–Waugh).
 *    (Chosen on simulation seeds 7,010,000–7,042,000, never the bench's: the model
 *    error alone gave a false rate of 0.047 at 14 days with Holm's plain weights, too
 *    close to 0.05; Kendall's small-sample correction of ρ made it 0.064, so it is not
 *    used. Known limit: a factor on or off for whole weeks at a time is still claimed
 *    about 9 % of the time at the 5 % level with φ 0.5 (the earlier method: 12 %);
 *    see the test.)
 * Why: neighbouring days are alike, so the day-level error is too optimistic when the
 * factor itself runs in spells (long screen days), and a week bootstrap with a handful
 * of weeks is too noisy to lean on (the first method took the larger of the two, which
 * cost power everywhere). Modelling the carry-over gives an error that holds for both,
 * and a more precise estimate, since each day is compared with what yesterday led one
 * to expect. The averages shown keep the same mix of workdays and weekends and differ
 * by exactly this estimate. `seDays` is the plain day-level error.
 * `day` should be ascending (a day out of order only loses its link to the one before).
 * Null where no stratum holds both sides.
 */
export function estimateAR1(
  day: Int32Array,
  y: readonly Float64Array[],
  labels: readonly Int8Array[],
): (Estimate | null)[][] {
  const N = day.length;
  const K = y.length;
  // Columns of a day: workday, weekend, factor, then each outcome; the pairs (a ≤ b, a < 3).
  const Z = 3 + K;
  const P = 3 * Z - 3;
  const pairOf = (a: number, b: number) => a * Z - (a * (a - 1)) / 2 + (b - a);
  const ps: PairSums = {
    pairA: new Int8Array(P),
    pairB: new Int8Array(P),
    fresh: new Float64Array(P),
    same: new Float64Array(P),
    cross: new Float64Array(P),
    before: new Float64Array(P),
    gapAt: new Int32Array(N),
    gapPrev: new Int32Array(N),
    gapCount: 0,
    now: new Float64Array(Z),
    last: new Float64Array(Z),
    sums: new Float64Array(P),
  };
  for (let a = 0, q = 0; a < 3; a++)
    for (let b = a; b < Z; b++, q++) {
      ps.pairA[q] = a;
      ps.pairB[q] = b;
    }
  const weekend = new Uint8Array(N);
  for (let i = 0; i < N; i++) weekend[i] = isWeekend(day[i] as number) ? 1 : 0;
  const cells = new Float64Array(STRATA * CELL);
  const gaps = new Int32Array(N);
  const share = new Float64Array(N);
  return labels.map((label) => {
    const [withDays, withoutDays] = cellsOf(cells, weekend, y, label);
    let gathered = false;
    // Only the kinds of day present are levels of their own.
    const cols = [0, 1, 2].filter((j) => j === 2 || (cells[j * CELL] as number) > 0);
    const fitAt = (k: number) =>
      solve(
        cols.map((a) => cols.map((b) => ps.sums[pairOf(Math.min(a, b), Math.max(a, b))] as number)),
        cols.map((a) => ps.sums[pairOf(a, 3 + k)] as number),
      );
    return y.map((ys, k) => {
      const e = fromCells(cells, 0, k);
      if (!e) return null;
      const df = e.n - e.used - 2;
      if (df < 1) return null;
      const seDays = Math.sqrt(e.ssResidual / (e.n - e.used - 1) / e.den);
      // 1–2. ρ from the stratified difference's residuals.
      const mx = [0, 0];
      const my = [0, 0];
      for (let st = 0; st < STRATA; st++) {
        const ns = cells[st * CELL] as number;
        if (ns <= 0) continue;
        mx[st] = (cells[st * CELL + 1] as number) / ns;
        my[st] = (cells[st * CELL + 2 + k * PER_OUTCOME] as number) / ns;
      }
      const { rho, pairs } = rhoOf(day, weekend, ys, label, e.diff, mx, my);
      // 3. Least squares on the transformed days, at ρ nudged (the estimate's
      // sensitivity to it, for its share of the error below) and at ρ.
      if (!gathered) {
        gatherPairs(ps, day, weekend, y, label);
        gathered = true;
      }
      sumsAt(ps, Math.min(AR1_MAX_RHO, rho + RHO_STEP), day, weekend, y, label);
      const nudged = fitAt(k);
      sumsAt(ps, rho, day, weekend, y, label);
      const fit = fitAt(k);
      if (!fit) return null;
      const coef = [0, 0, 0];
      const w = [0, 0, 0];
      const at = cols.length - 1;
      const inv = fit.inverse[at] as number[];
      cols.forEach((c, j) => {
        coef[c] = fit.b[j] as number;
        w[c] = inv[j] as number;
      });
      const xx = Math.max(0, inv[at] as number);
      // 4. Residuals of the transformed days and the factor with the levels taken out
      // (its row of the inverse applied to each day: the x̃ of Frisch–Waugh), then
      // Newey–West over NW_LAGS days.
      const [rss, s0, sl] = residualPass(day, weekend, ys, label, rho, coef, w, gaps, share);
      const widen = s0 > 0 ? Math.max(1, (s0 + 2 * sl) / s0) : 1;
      const diff = coef[2] as number;
      // 5. ρ is itself estimated: its uncertainty, (1 − ρ²) / pairs, carried into the
      // estimate by how much the estimate moves with ρ (the delta method).
      let fromRho = 0;
      if (nudged) {
        const step = Math.min(AR1_MAX_RHO, rho + RHO_STEP) - rho;
        const moved = nudged.b[nudged.b.length - 1] as number;
        if (step > 0) fromRho = ((moved - diff) / step) ** 2 * ((1 - rho * rho) / Math.max(1, pairs));
      }
      const se = Math.sqrt((rss / df) * xx * widen + fromRho);
      return {
        diff,
        withMean: e.meanY + (1 - e.shareX) * diff,
        withoutMean: e.meanY - e.shareX * diff,
        se,
        seDays,
        df,
        withDays,
        withoutDays,
      };
    });
  });
}
