// Insights: days with a factor against days without it, said honestly.
// DESIGN.md "Insights"; FIELD.md "How to talk about health"; the method in
// core/insight-ar1.ts and core/insight-stats.ts (issue 12).
//
// Results are data. The history page words them as a pattern, never a cause, and
// always shows both averages with both day counts and a plausible range.
//
// Definitions:
// - Insights look at the last twelve months: the INSIGHT_WINDOW_DAYS (365) local days
//   ending today, and the check-ins made on them. A long diary spans changes of job,
//   chair and treatment; a pattern of the last year is the one worth noticing or
//   talking over, and it keeps the page quick with ten years stored. Older days stay
//   in the charts, the table and the report; the page says when some were left out.
// - A day is a local calendar day with at least one check-in; its pain and mood are
//   the means of that day's check-ins. A side's average is the mean of its days'
//   means, so a day with five entries weighs the same as a day with one.
// - A factor's comparison uses only the days on which the factor is known (a day
//   without activity data is on neither side). It is compared when those days number
//   at least 14 and each side has at least 5; otherwise the result says how many more
//   logged days it needs at the least.
// - Factors: a walk break taken; most nudges taken (80 % or more); more active screen
//   time than the user's median; last night's sleep rated 4 or less; each tag ticked
//   in a check-in that day (against the other logged days); each back region marked
//   that day (against the other logged days).
// - Every comparison compared at once (pain and mood of each factor) is one family:
//   a difference is claimed only when it stands out from chance after Holm's
//   correction across the family (core/insight-stats.ts), weighted, fixed in advance:
//   an activity factor's pain comparison weighs ACTIVITY_PAIN_WEIGHT (9), its mood
//   comparison ACTIVITY_WEIGHT (3), every other one 1; then worded by how much it
//   matters, or "no clear difference", or "too early to tell" (core/insight-verdict.ts).
//
// Cost: a few passes over the days per factor (the estimate allowing for yesterday's
// carry-over, estimateAR1) and one sort (screen-time median); nothing is resampled.

import { type BreakInsight, compareBreakPairs } from './break-pairs';
import { REGIONS, type Region, TAGS, type Tag } from './checkins';
import type { DayFacts } from './day-facts';
import { estimateAR1 } from './insight-ar1';
import { ALPHA, type Estimate, type HolmStep, holm, pValue } from './insight-stats';
import { CLAIMS, type Gap, judge, MOOD_GAP, PAIN_GAP, tenths, type Verdict } from './insight-verdict';
import { dayKey, dayNumber, localEpochDay } from './time';

export const INSIGHT_MIN_DAYS = 14;
export const INSIGHT_MIN_DAYS_EACH_SIDE = 5;
/**
 * Days with at least this share of their due nudges taken count as "took most
 * nudges": 80 %, kept as a fraction so that 12 of 15 compares exactly (15 × 0.8 is
 * 12.000000000000002 in floating point).
 */
export const NUDGES_TAKEN_SHARE = { taken: 4, of: 5 } as const;
/** "Slept badly": last night's sleep rated at most this (0 very poor … 10 very good). */
export const SHORT_SLEEP_AT_MOST = 4;

export const ACTIVITY_FACTORS = ['walk', 'nudges', 'screenTime'] as const;
/**
 * The weights of the weighted Holm correction, fixed before any data, so the chance
 * of any claimed difference when there is none stays at ALPHA whatever they are. They
 * only say which questions come first: Limber is a back-pain diary and the activity
 * factors are what a person can change, so an activity factor's pain comparison is
 * the main question (ACTIVITY_PAIN_WEIGHT), its mood comparison next (ACTIVITY_WEIGHT),
 * a tag or back region last (1): three times as much at each step.
 * (The step of 3 was set before this method; that pain comes before mood was added
 * after trying pain weights 6, 9, 12 and 20 on simulation seeds 7,010,000–7,042,000,
 * then checked on 8,010,000–8,042,000, never on the bench's or the unit test's.)
 */
export const ACTIVITY_WEIGHT = 3;
export const ACTIVITY_PAIN_WEIGHT = 9;
/** Every day factor, in the order the page shows them. */
export const DAY_FACTORS = [...ACTIVITY_FACTORS, 'shortSleep', ...TAGS, ...REGIONS] as const;
export type DayFactor = (typeof DAY_FACTORS)[number];
export const isTagFactor = (f: DayFactor): f is Tag => (TAGS as readonly string[]).includes(f);
export const isRegionFactor = (f: DayFactor): f is Region => (REGIONS as readonly string[]).includes(f);

export interface OutcomeComparison {
  /** Both averages (one decimal), on the same mix of workdays and weekends. */
  withMean: number;
  withoutMean: number;
  /** With minus without, from the two averages shown (one decimal). */
  gap: number;
  /** The plausible range of with minus without (one decimal), or null when unbounded. */
  low: number | null;
  high: number | null;
  verdict: Verdict;
  /** tooEarly only: roughly how many more logged days would settle it (null: cannot say yet). */
  moreDays?: number | null;
}

export interface FactorComparison {
  kind: 'comparison';
  factor: DayFactor;
  withDays: number;
  withoutDays: number;
  pain: OutcomeComparison;
  mood: OutcomeComparison;
  /** screenTime only: the user's median active minutes, the line between the sides. */
  medianMinutes?: number;
}

export interface FactorNeedsMoreData {
  kind: 'needMoreData';
  factor: DayFactor;
  withDays: number;
  withoutDays: number;
  /** The fewest more logged days that could make it showable (if they fall on the right sides). */
  daysNeeded: number;
  medianMinutes?: number;
}

export type FactorInsight = FactorComparison | FactorNeedsMoreData;

/** A day counts when it has both a pain and a mood mean: a day where one was skipped is left out. */
const isLogged = (d: DayFacts): d is DayFacts & { meanPain: number; meanMood: number } =>
  d.entries >= 1 && Number.isFinite(d.meanPain) && Number.isFinite(d.meanMood);

const hasMinutes = (d: DayFacts): d is DayFacts & { activeMinutes: number } =>
  d.activeMinutes !== undefined && Number.isFinite(d.activeMinutes) && d.activeMinutes >= 0;

/**
 * Where each day falls for each factor, in one pass over the days: 1 (with), 0
 * (without) or −1 (unknown, on neither side).
 */
function labelsOf(days: readonly DayFacts[], factors: readonly DayFactor[], median: number | null): Int8Array[] {
  const n = days.length;
  const rows = new Map<DayFactor, Int8Array>();
  for (const f of factors) if (!rows.has(f)) rows.set(f, new Int8Array(n));
  const walk = rows.get('walk');
  const nudges = rows.get('nudges');
  const screen = rows.get('screenTime');
  const sleep = rows.get('shortSleep');
  const ticked = new Map<string, Int8Array>();
  for (const [f, row] of rows) if (isTagFactor(f) || isRegionFactor(f)) ticked.set(f, row);
  for (let i = 0; i < n; i++) {
    const d = days[i] as DayFacts;
    if (walk) walk[i] = d.walked === undefined ? -1 : d.walked ? 1 : 0;
    // taken / due ≥ 4/5, cross-multiplied. No nudges due: unknown.
    if (nudges)
      nudges[i] =
        d.nudgesDue !== undefined && d.nudgesDue > 0 && d.nudgesTaken !== undefined && Number.isFinite(d.nudgesTaken)
          ? d.nudgesTaken * NUDGES_TAKEN_SHARE.of >= d.nudgesDue * NUDGES_TAKEN_SHARE.taken
            ? 1
            : 0
          : -1;
    // Above the median, strictly: a day at the median is an ordinary day.
    if (screen) screen[i] = median !== null && hasMinutes(d) ? (d.activeMinutes > median ? 1 : 0) : -1;
    if (sleep)
      sleep[i] = d.sleep !== undefined && Number.isFinite(d.sleep) ? (d.sleep <= SHORT_SLEEP_AT_MOST ? 1 : 0) : -1;
    // A tag or region: the days it was ticked or marked (1) against the other logged days (0).
    if (ticked.size === 0) continue;
    if (d.tags) for (const t of d.tags) (ticked.get(t) ?? [])[i] = 1;
    if (d.regions) for (const r of d.regions) (ticked.get(r) ?? [])[i] = 1;
  }
  return factors.map((f) => rows.get(f) as Int8Array);
}

/**
 * The median active minutes over the logged days that have them (the days the
 * comparison can use), so the two sides come out about even. Null with no such days.
 */
export function medianActiveMinutes(days: readonly DayFacts[]): number | null {
  const minutes: number[] = [];
  for (const d of days) if (isLogged(d) && hasMinutes(d)) minutes.push(d.activeMinutes);
  if (minutes.length === 0) return null;
  const sorted = Float64Array.from(minutes).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The fewest more days for ≥ `total` overall and ≥ `each` on both sides. */
function daysNeeded(a: number, b: number, total: number, each: number): number {
  return Math.max(0, total - (a + b), Math.max(0, each - a) + Math.max(0, each - b));
}

function outcomeOf(e: Estimate, step: HolmStep, gap: Gap, scale: readonly [number, number]): OutcomeComparison {
  // The adjusted averages, kept on the scale (an odd mix of days could push one past it).
  const clamp = (x: number) => Math.min(scale[1], Math.max(scale[0], x));
  const withT = tenths(clamp(e.withMean));
  const withoutT = tenths(clamp(e.withoutMean));
  const { more, ...judged } = judge(e, step, gap, withT - withoutT, e.withDays + e.withoutDays);
  return {
    withMean: withT / 10,
    withoutMean: withoutT / 10,
    gap: (withT - withoutT) / 10,
    ...judged,
    ...(more !== undefined && { moreDays: more }),
  };
}

/**
 * The comparisons of `factors` over `days`, corrected together for being shown at
 * once (one family: pain and mood of every factor with enough days).
 */
export function compareFactors(
  days: readonly DayFacts[],
  factors: readonly DayFactor[] = DAY_FACTORS,
): FactorInsight[] {
  // In day order, as the carry-over from one day to the next needs.
  const logged = days.filter(isLogged).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const median = factors.includes('screenTime') ? medianActiveMinutes(logged) : null;
  const dayN = new Int32Array(logged.length);
  const pain = new Float64Array(logged.length);
  const mood = new Float64Array(logged.length);
  logged.forEach((d, i) => {
    const n = dayNumber(d.day);
    dayN[i] = Number.isFinite(n) ? n : 0;
    pain[i] = d.meanPain;
    mood[i] = d.meanMood;
  });
  const labels = labelsOf(logged, factors, median);
  const counts = labels.map((l) => {
    let w = 0;
    let wo = 0;
    for (const x of l) {
      if (x === 1) w += 1;
      else if (x === 0) wo += 1;
    }
    return [w, wo] as const;
  });
  const showable = counts.map(([w, wo]) => daysNeeded(w, wo, INSIGHT_MIN_DAYS, INSIGHT_MIN_DAYS_EACH_SIDE) === 0);
  const shown = factors.map((_, f) => f).filter((f) => showable[f]);
  const ys = [pain, mood];
  const estimates = estimateAR1(
    dayN,
    ys,
    shown.map((f) => labels[f] as Int8Array),
  );
  // One family: every estimate that can be made among the showable factors.
  const family: { f: number; k: number; e: Estimate }[] = [];
  shown.forEach((f, s) => {
    (estimates[s] as (Estimate | null)[]).forEach((e, k) => {
      if (e) family.push({ f, k, e });
    });
  });
  // Weighted Holm, weights fixed in advance (ACTIVITY_PAIN_WEIGHT, ACTIVITY_WEIGHT, 1).
  const weights = family.map((x) =>
    (ACTIVITY_FACTORS as readonly string[]).includes(factors[x.f] as string)
      ? x.k === 0
        ? ACTIVITY_PAIN_WEIGHT
        : ACTIVITY_WEIGHT
      : 1,
  );
  const steps = holm(
    family.map((x) => pValue(x.e)),
    ALPHA,
    weights,
  );
  const found = new Map(family.map((x, i) => [`${x.f}:${x.k}`, { e: x.e, step: steps[i] as HolmStep }]));

  return factors.map((factor, f) => {
    const [withDays, withoutDays] = counts[f] as readonly [number, number];
    const extra = factor === 'screenTime' && median !== null ? { medianMinutes: median } : {};
    const needed = daysNeeded(withDays, withoutDays, INSIGHT_MIN_DAYS, INSIGHT_MIN_DAYS_EACH_SIDE);
    const p = found.get(`${f}:0`);
    const m = found.get(`${f}:1`);
    if (needed > 0 || !p || !m) {
      // Enough days, but every one on one side within each kind of day: one more on the other side.
      return { kind: 'needMoreData', factor, withDays, withoutDays, daysNeeded: Math.max(1, needed), ...extra };
    }
    return {
      kind: 'comparison',
      factor,
      withDays,
      withoutDays,
      pain: outcomeOf(p.e, p.step, PAIN_GAP, [0, 10]),
      mood: outcomeOf(m.e, m.step, MOOD_GAP, [1, 5]),
      ...extra,
    };
  });
}

/** One factor's comparison on its own (a family of its own pain and mood). */
export function compareFactor(days: readonly DayFacts[], factor: DayFactor): FactorInsight {
  return compareFactors(days, [factor])[0] as FactorInsight;
}

/** Whether an insight claims any difference (the simulation's "false alarm" when there is none). */
export const claimsDifference = (i: Insight): boolean =>
  i.kind === 'comparison' && (CLAIMS.includes(i.pain.verdict) || CLAIMS.includes(i.mood.verdict));

export type Insight = FactorInsight | BreakInsight;

/**
 * Which side a waiting factor is short of: `without` when it has its days with it
 * but too few without (a back region marked on nearly every day), else `with`.
 */
export const shortSide = (i: Pick<FactorNeedsMoreData, 'withDays' | 'withoutDays'>): 'with' | 'without' =>
  i.withDays >= INSIGHT_MIN_DAYS_EACH_SIDE && i.withoutDays < INSIGHT_MIN_DAYS_EACH_SIDE ? 'without' : 'with';

/** How many local days, ending today, insights look at: twelve months. */
export const INSIGHT_WINDOW_DAYS = 365;

/** The first local day (`2025-11-03`) insights look at when today is `today` (a day key). */
export const insightWindowStart = (today: string): string => dayKey(dayNumber(today) - INSIGHT_WINDOW_DAYS + 1);

/** Whether a diary whose first logged day is `firstDay` has days before the window (the page says so). */
export const hasDaysBeforeWindow = (firstDay: string | undefined, today: string): boolean =>
  firstDay !== undefined && firstDay < insightWindowStart(today);

/**
 * Every insight, one per factor, in a fixed order (DAY_FACTORS), then the start and
 * end of the same break (core/break-pairs.ts): on the days from
 * `insightWindowStart(today)` to `today` and the check-ins made on them.
 */
export function computeInsights(
  days: readonly DayFacts[],
  checkIns: Parameters<typeof compareBreakPairs>[0],
  today: string,
): Insight[] {
  const from = insightWindowStart(today);
  const [first, last] = [dayNumber(from), dayNumber(today)];
  // By epoch day, arithmetic only: ten years of check-ins are filtered on every open.
  const within = (c: (typeof checkIns)[number]) => {
    const n = localEpochDay(c.at, c.tzOffsetMin);
    return n >= first && n <= last;
  };
  return [
    ...compareFactors(days.filter((d) => d.day >= from && d.day <= today)),
    compareBreakPairs(checkIns.filter(within)),
  ];
}
