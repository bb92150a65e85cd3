// How a comparison is worded (DESIGN.md "Insights"): one rule for the day comparisons
// (core/insights.ts) and for a break's end against its start (core/break-pairs.ts).
//
// - A claim only when the estimate stands out from chance at its Holm step
//   (core/insight-stats.ts); then sized by the gap between the one-decimal averages
//   shown, against the differences that matter:
//   pain (0–10): under 1 point "small", 1 to under 2 "difference", 2 or more "large";
//   one point is the smallest change patients call meaningful, two is "much better"
//   (Salaffi et al., Eur J Pain 2004;8(4):283–91).
//   mood (1–5): under 0.5 "small", 0.5 to under 1 "difference", 1 or more "large".
//   There is no published minimal important difference for a five-face scale; pain's
//   1 and 2 points are a tenth and a fifth of its range, which on a four-step range
//   is 0.4 and 0.8, rounded up to half a face and a whole face.
// - Not standing out: "no clear difference" when the whole range is smaller than a
//   difference that matters, otherwise "too early to tell", with roughly how many
//   more days (or pairs) would settle it.
import { type Estimate, type HolmStep, moreDaysToSettle, rangeOf } from './insight-stats';

/** The differences that matter on each scale (see above). */
export interface Gap {
  difference: number;
  large: number;
}
export const PAIN_GAP = { difference: 1, large: 2 } as const satisfies Gap;
export const MOOD_GAP = { difference: 0.5, large: 1 } as const satisfies Gap;

/**
 * - `large`, `difference`, `small`: it stands out from chance, worded by size;
 * - `noClearDifference`: it does not, and the whole range is smaller than a
 *   difference that matters;
 * - `tooEarly`: it does not, and the range still holds a difference that matters.
 */
export type Verdict = 'tooEarly' | 'noClearDifference' | 'small' | 'difference' | 'large';
export const CLAIMS: readonly Verdict[] = ['small', 'difference', 'large'];

/** A number in tenths, as it is shown (one decimal). */
export const tenths = (x: number): number => Math.round(x * 10);

export interface Judgement {
  /** The plausible range (one decimal), or null when unbounded. */
  low: number | null;
  high: number | null;
  verdict: Verdict;
  /** tooEarly only: roughly how many more units (days, pairs) would settle it; null: cannot say yet. */
  more?: number | null;
}

/**
 * The verdict on one estimate: `step` is its Holm step, `shownTenths` the gap between
 * the two averages shown (in tenths, so the size matches the numbers on the page),
 * `units` how many days or pairs it rests on.
 */
export function judge(
  e: Pick<Estimate, 'diff' | 'se' | 'df'>,
  step: HolmStep,
  gap: Gap,
  shownTenths: number,
  units: number,
): Judgement {
  const range = rangeOf(e, step.level);
  const bounded = Number.isFinite(range.low) && Number.isFinite(range.high);
  const out: Judgement = {
    // (+ 0: a bound a hair below zero rounds to 0, never "−0".)
    low: bounded ? tenths(range.low) / 10 + 0 : null,
    high: bounded ? tenths(range.high) / 10 + 0 : null,
    verdict: 'tooEarly',
  };
  if (step.rejected) {
    const size = Math.abs(shownTenths);
    out.verdict = size >= tenths(gap.large) ? 'large' : size >= tenths(gap.difference) ? 'difference' : 'small';
  } else if (bounded && range.low > -gap.difference && range.high < gap.difference) out.verdict = 'noClearDifference';
  else {
    const half = bounded ? (range.high - range.low) / 2 : Number.POSITIVE_INFINITY;
    out.more = moreDaysToSettle(e.diff, half, units, gap.difference);
  }
  return out;
}
