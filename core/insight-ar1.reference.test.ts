// The fast estimateAR1 (one gathering pass per factor, the transformed sums in closed
// form in ρ, Newey–West from a week's ring) against the plain reference it replaced,
// kept here word for word: they must agree to 1e-9 on every number, for simulated
// diaries of every length the page sees, with gaps, repeats, days out of order and
// days without a label.
import { describe, expect, it } from 'vitest';
import { AR1_MAX_RHO, estimateAR1, NW_LAGS } from './insight-ar1';
import { type Estimate, isWeekend, mulberry32, OUTCOMES } from './insight-stats';

const STRATA = 2;
const PER_OUTCOME = 3;
const CELL = 2 + PER_OUTCOME * OUTCOMES;
const RHO_STEP = 0.05;

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

function solve(a: number[][], c: number[]): { b: number[]; inverse: number[][] } | null {
  const m = c.length;
  const rows = a.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0)), c[i] as number]);
  const scale = Math.max(1e-300, ...a.map((row) => Math.max(...row.map(Math.abs))));
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++)
      if (Math.abs((rows[r] as number[])[col] as number) > Math.abs((rows[pivot] as number[])[col] as number))
        pivot = r;
    if (Math.abs((rows[pivot] as number[])[col] as number) <= 1e-10 * scale) return null;
    [rows[col], rows[pivot]] = [rows[pivot] as number[], rows[col] as number[]];
    const row = rows[col] as number[];
    const p = row[col] as number;
    for (let j = 0; j < row.length; j++) row[j] = (row[j] as number) / p;
    for (let r = 0; r < m; r++) {
      if (r === col) continue;
      const other = rows[r] as number[];
      const f = other[col] as number;
      if (f === 0) continue;
      for (let j = 0; j < row.length; j++) other[j] = (other[j] as number) - f * (row[j] as number);
    }
  }
  return { b: rows.map((row) => row[2 * m] as number), inverse: rows.map((row) => row.slice(m, 2 * m)) };
}

function estimateAR1Reference(
  day: Int32Array,
  y: readonly Float64Array[],
  labels: readonly Int8Array[],
): (Estimate | null)[][] {
  const N = day.length;
  const weekend = new Uint8Array(N);
  for (let i = 0; i < N; i++) weekend[i] = isWeekend(day[i] as number) ? 1 : 0;
  const cells = new Float64Array(STRATA * CELL);
  const resid = new Float64Array(N);
  // The transformed days of one estimate: workday and weekend columns, factor, outcome, gap.
  const t0 = new Float64Array(N);
  const t1 = new Float64Array(N);
  const tx = new Float64Array(N);
  const ty = new Float64Array(N);
  const tGap = new Int32Array(N);
  const share = new Float64Array(N);
  return labels.map((label) => {
    let withDays = 0;
    let withoutDays = 0;
    cells.fill(0);
    for (let i = 0; i < N; i++) {
      const x = label[i] as number;
      if (x < 0) continue;
      if (x === 1) withDays += 1;
      else withoutDays += 1;
      const o = (weekend[i] as number) * CELL;
      cells[o] = (cells[o] as number) + 1;
      cells[o + 1] = (cells[o + 1] as number) + x;
      for (let k = 0; k < OUTCOMES; k++) {
        const v = (y[k] as Float64Array)[i] as number;
        const p = o + 2 + k * PER_OUTCOME;
        cells[p] = (cells[p] as number) + v;
        cells[p + 1] = (cells[p + 1] as number) + x * v;
        cells[p + 2] = (cells[p + 2] as number) + v * v;
      }
    }
    return y.map((ys, k) => {
      const e = fromCells(cells, 0, k);
      if (!e) return null;
      const df = e.n - e.used - 2;
      if (df < 1) return null;
      const seDays = Math.sqrt(e.ssResidual / (e.n - e.used - 1) / e.den);
      // 1. Residuals of the stratified difference.
      const mx = [0, 0];
      const my = [0, 0];
      for (let st = 0; st < STRATA; st++) {
        const ns = cells[st * CELL] as number;
        if (ns <= 0) continue;
        mx[st] = (cells[st * CELL + 1] as number) / ns;
        my[st] = (cells[st * CELL + 2 + k * PER_OUTCOME] as number) / ns;
      }
      // 2. ρ over consecutive days.
      let num = 0;
      let den = 0;
      let pairs = 0;
      let prev = -1;
      for (let i = 0; i < N; i++) {
        const x = label[i] as number;
        if (x < 0) continue;
        const st = weekend[i] as number;
        resid[i] = (ys[i] as number) - (my[st] as number) - e.diff * (x - (mx[st] as number));
        if (prev >= 0 && (day[i] as number) - (day[prev] as number) === 1) {
          num += (resid[i] as number) * (resid[prev] as number);
          den += (resid[prev] as number) * (resid[prev] as number);
          pairs += 1;
        }
        prev = i;
      }
      const raw = den > 0 ? num / den : 0;
      const rho = Math.min(AR1_MAX_RHO, Math.max(0, raw));
      // 3. Least squares on the transformed days (filling t0, t1, tx, ty, tGap).
      const transformedFit = (r: number) => {
        // Σ of the products of the three columns (00, 01, 02, 11, 12, 22) and with the outcome.
        let s00 = 0;
        let s01 = 0;
        let s02 = 0;
        let s11 = 0;
        let s12 = 0;
        let s22 = 0;
        let y0 = 0;
        let y1 = 0;
        let y2 = 0;
        // The usual case, consecutive days, without a power each time.
        const a1 = r;
        const c1 = 1 / Math.sqrt(1 - r * r);
        let m = 0;
        let prev = -1;
        for (let i = 0; i < N; i++) {
          const x = label[i] as number;
          if (x < 0) continue;
          const gap = prev >= 0 ? (day[i] as number) - (day[prev] as number) : 0;
          // A day out of order or twice (bad input) starts afresh, as the first day does.
          const a = prev < 0 || gap <= 0 || r === 0 ? 0 : gap === 1 ? a1 : r ** gap;
          const c = a === 0 ? 1 : gap === 1 ? c1 : 1 / Math.sqrt(1 - a * a);
          const st = weekend[i] as number;
          let r0 = st === 0 ? c : 0;
          let r1 = st === 1 ? c : 0;
          let rx = c * x;
          let v = c * (ys[i] as number);
          if (a > 0) {
            const ca = c * a;
            if (weekend[prev] === 0) r0 -= ca;
            else r1 -= ca;
            rx -= ca * (label[prev] as number);
            v -= ca * (ys[prev] as number);
          }
          s00 += r0 * r0;
          s01 += r0 * r1;
          s02 += r0 * rx;
          s11 += r1 * r1;
          s12 += r1 * rx;
          s22 += rx * rx;
          y0 += r0 * v;
          y1 += r1 * v;
          y2 += rx * v;
          t0[m] = r0;
          t1[m] = r1;
          tx[m] = rx;
          ty[m] = v;
          tGap[m] = gap;
          m += 1;
          prev = i;
        }
        const xtx = [
          [s00, s01, s02],
          [s01, s11, s12],
          [s02, s12, s22],
        ];
        const xty = [y0, y1, y2];
        // Only the kinds of day present are levels of their own.
        const cols = [0, 1, 2].filter((j) => j === 2 || (cells[j * CELL] as number) > 0);
        const fit = solve(
          cols.map((r) => cols.map((q) => (xtx[r] as number[])[q] as number)),
          cols.map((r) => xty[r] as number),
        );
        return fit ? { fit, cols, m } : null;
      };
      // The estimate's sensitivity to ρ, for its share of the error below.
      const nudged = transformedFit(Math.min(AR1_MAX_RHO, rho + RHO_STEP));
      const done = transformedFit(rho);
      if (!done) return null;
      const { fit, cols, m } = done;
      const coef = [0, 0, 0];
      cols.forEach((r, j) => {
        coef[r] = fit.b[j] as number;
      });
      const at = cols.length - 1;
      const xx = Math.max(0, (fit.inverse[at] as number[])[at] as number);
      // 4. Residuals of the transformed days, and the factor with the levels taken out
      // (its row of the inverse applied to each day: the x̃ of Frisch–Waugh).
      const inv = fit.inverse[at] as number[];
      const w = [0, 0, 0];
      cols.forEach((r, j) => {
        w[r] = inv[j] as number;
      });
      let rss = 0;
      let s0 = 0;
      for (let j = 0; j < m; j++) {
        const a0 = t0[j] as number;
        const a1 = t1[j] as number;
        const ax = tx[j] as number;
        const u = (ty[j] as number) - (coef[0] as number) * a0 - (coef[1] as number) * a1 - (coef[2] as number) * ax;
        rss += u * u;
        const xu = ((w[0] as number) * a0 + (w[1] as number) * a1 + (w[2] as number) * ax) * u;
        s0 += xu * xu;
        share[j] = xu;
      }
      // Newey–West over NW_LAGS days (Bartlett weights), day distance read from the dates.
      let sl = 0;
      for (let j = 1; j < m; j++) {
        let span = 0;
        for (let q = j - 1; q >= 0; q--) {
          span += tGap[q + 1] as number;
          if (span > NW_LAGS || (tGap[q + 1] as number) <= 0) break;
          sl += (1 - span / (NW_LAGS + 1)) * (share[j] as number) * (share[q] as number);
        }
      }
      const widen = s0 > 0 ? Math.max(1, (s0 + 2 * sl) / s0) : 1;
      const diff = coef[2] as number;
      // 5. ρ is itself estimated: its uncertainty, (1 − ρ²) / pairs, carried into the
      // estimate by how much the estimate moves with ρ (the delta method).
      let fromRho = 0;
      if (nudged) {
        const step = Math.min(AR1_MAX_RHO, rho + RHO_STEP) - rho;
        const moved = nudged.fit.b[nudged.cols.length - 1] as number;
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

/** A diary of `n` entries from `seed`: mostly consecutive days, some gaps, and (when `messy`) repeats and days out of order. */
function diary(seed: number, n: number, factors: number, messy: boolean) {
  const random = mulberry32(seed);
  const day = new Int32Array(n);
  let d = 20458 + Math.floor(random() * 7);
  for (let i = 0; i < n; i++) {
    const r = random();
    if (messy && r < 0.03) d -= 1 + Math.floor(random() * 3);
    else if (messy && r < 0.06) d += 0;
    else d += r < 0.85 ? 1 : 2 + Math.floor(random() * 9);
    day[i] = d;
  }
  const pain = new Float64Array(n);
  const mood = new Float64Array(n);
  let e = 0;
  const labels: Int8Array[] = [];
  for (let f = 0; f < factors; f++) labels.push(new Int8Array(n));
  const spell = random() * 0.8;
  for (let i = 0; i < n; i++) {
    e = 0.6 * e + (random() - 0.5) * 3;
    pain[i] = Math.round((4 + e + (random() - 0.5) * 2) * 10) / 10;
    mood[i] = Math.round((3 - 0.3 * e + (random() - 0.5)) * 10) / 10;
    for (let f = 0; f < factors; f++) {
      const l = labels[f] as Int8Array;
      const before = i > 0 ? (l[i - 1] as number) : 0;
      // Some factors run in spells, some are missing on a share of days (−1).
      const x =
        i > 0 && before >= 0 && random() < spell ? before : random() < 0.1 * (f % 3) ? -1 : random() < 0.4 ? 1 : 0;
      l[i] = x;
    }
  }
  return { day, y: [pain, mood], labels };
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function expectSame(fast: (Estimate | null)[][], slow: (Estimate | null)[][]) {
  expect(fast.length).toBe(slow.length);
  fast.forEach((row, f) => {
    row.forEach((e, k) => {
      const r = (slow[f] as (Estimate | null)[])[k] ?? null;
      if (r === null || e === null) {
        expect(e).toBe(r);
        return;
      }
      for (const key of Object.keys(r) as (keyof Estimate)[]) {
        if (!near(e[key], r[key])) expect({ f, k, key, fast: e[key] }).toEqual({ f, k, key, fast: r[key] });
      }
    });
  });
}

describe('estimateAR1 against its plain reference', () => {
  const cases: { days: number; factors: number; messy: boolean; seeds: number }[] = [
    { days: 14, factors: 13, messy: false, seeds: 60 },
    { days: 30, factors: 13, messy: false, seeds: 60 },
    { days: 60, factors: 13, messy: true, seeds: 40 },
    { days: 365, factors: 6, messy: true, seeds: 10 },
    { days: 3650, factors: 3, messy: false, seeds: 2 },
  ];
  it.each(cases)(
    '$days days, $factors factors, messy $messy: every number to 1e-9',
    ({ days, factors, messy, seeds }) => {
      let compared = 0;
      for (let s = 0; s < seeds; s++) {
        const { day, y, labels } = diary(9_100_000 + days * 1000 + s, days, factors, messy);
        const fast = estimateAR1(day, y, labels);
        const slow = estimateAR1Reference(day, y, labels);
        expectSame(fast, slow);
        compared += slow.flat().filter((e) => e !== null).length;
      }
      // The cases are not all degenerate: most estimates exist.
      expect(compared).toBeGreaterThan(seeds * factors);
    },
  );

  it('agrees at the edges: ρ at its ceiling, no carry-over, one kind of day, too few days', () => {
    const n = 40;
    const day = new Int32Array(n).map((_, i) => 20458 + i);
    const workdays = new Int32Array(n).map((_, i) => 20458 + 7 * Math.floor(i / 5) + (i % 5));
    const x = new Int8Array(n).map((_, i) => (Math.floor(i / 10) % 2 === 0 ? 1 : 0));
    const alternating = new Int8Array(n).map((_, i) => i % 2);
    const drift = new Float64Array(n).map((_, i) => i / 4 + (i % 3));
    const flat = new Float64Array(n).fill(3);
    const noisy = new Float64Array(n).map((_, i) => ((i * 7919) % 11) / 2);
    for (const d of [day, workdays, day.slice(0, 6)]) {
      for (const ys of [
        [drift, noisy],
        [flat, noisy],
        [noisy, drift],
      ]) {
        const len = d.length;
        const y = ys.map((v) => v.slice(0, len));
        const labels = [x.slice(0, len), alternating.slice(0, len)];
        expectSame(estimateAR1(d, y, labels), estimateAR1Reference(d, y, labels));
      }
    }
  });
});
