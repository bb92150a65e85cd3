// Simulated diaries for the insight estimators' tests (core/insight-stats.test.ts,
// core/insight-ar1.test.ts, core/insight-week-bootstrap.test.ts).
import { mulberry32 } from '@/core/insight-stats';

/** 2026-01-05 is a Monday. */
export const MONDAY = 20458;

/** `n` days from MONDAY, the factor on at random, pain moved by `effect` on its days. */
export function diary(n: number, seed: number, effect = 0) {
  const r = mulberry32(seed);
  const day = new Int32Array(n);
  const pain = new Float64Array(n);
  const mood = new Float64Array(n);
  const label = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    day[i] = MONDAY + i;
    const x = r() < 0.5 ? 1 : 0;
    label[i] = x;
    pain[i] = 5 + 2 * (r() - 0.5) + effect * x;
    mood[i] = 3 + (r() - 0.5);
  }
  return { day, y: [pain, mood], labels: [label] };
}

/**
 * A diary as the audit describes it: pain AR(1) from day to day (φ), plus each day's own
 * noise; the factor either on at random (spells 0) or kept on for `spells` days at a time.
 */
export function ar1Diary(n: number, seed: number, { phi = 0.5, effect = 0, spells = 0 } = {}) {
  const r = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const day = new Int32Array(n);
  const pain = new Float64Array(n);
  const mood = new Float64Array(n);
  const label = new Int8Array(n);
  let e = normal();
  let on = r() < 0.5 ? 1 : 0;
  for (let i = 0; i < n; i++) {
    day[i] = MONDAY + i;
    if (i > 0) e = phi * e + Math.sqrt(1 - phi * phi) * normal();
    if (spells === 0) on = r() < 0.5 ? 1 : 0;
    else if (i % spells === 0) on = r() < 0.5 ? 1 : 0;
    label[i] = on;
    const p = 5 + 1.3 * e + 0.8 * normal() + effect * on;
    pain[i] = p;
    mood[i] = 3 - 0.4 * (p - 5) + 0.5 * normal();
  }
  return { day, y: [pain, mood], labels: [label] };
}
