// Insights: days with a factor against days without it, said honestly.
// DESIGN.md "Insights"; FIELD.md "How to talk about health".
//
// Results are data. The history page words them as a pattern, never a cause, and
// always shows both averages with both day counts.
//
// Definitions:
// - A day is a local calendar day with at least one check-in; its pain and mood are
//   the means of that day's check-ins. A side's average is the mean of its days'
//   means, so a day with five entries weighs the same as a day with one.
// - A factor's comparison uses only the days on which the factor is known (a day
//   without activity data is on neither side). It is shown when those days number
//   at least 14 and each side has at least 5; otherwise the result says how many more
//   logged days it needs at the least.
// - Averages are reported to one decimal, and the verdict is read from those rounded
//   values, so the numbers on the page and the words beside them always agree.
// - Pain gap (0–10 scale): under 1 point "no clear difference", 1 to under 2
//   "difference", 2 or more "large". One point is the smallest change patients call
//   meaningful, two is "much better" (Salaffi et al., Eur J Pain 2004;8(4):283–91).
// - Mood gap (five faces, 1–5): under 0.5 "no clear difference", 0.5 to under 1
//   "difference", 1 or more "large". There is no published minimal important
//   difference for a five-face scale; pain's 1 and 2 points are a tenth and a fifth
//   of its range, which on a four-step range is 0.4 and 0.8. We round up to half a
//   face and a whole face: a whole face is a step anyone can see, and erring high
//   keeps us from calling noise a pattern.
// - Each factor gives one result, and there is one result per factor.
//
// Cost: one pass over the days per factor, plus one sort (screen-time median, and
// check-ins for the break pairing when they arrive unsorted). Ten years of daily
// rows (3,650) take a few milliseconds.
import { type CheckIn, dayOf } from './checkins';
import { HOUR_MS, localEpochDay } from './time';

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
export const PAIN_GAP = { difference: 1, large: 2 } as const;
export const MOOD_GAP = { difference: 0.5, large: 1 } as const;
/** A break check-in pairs with a check-in at most this long before it, the same day. */
export const BREAK_PAIR_WINDOW_MS = 3 * HOUR_MS;

/**
 * Everything insights need to know about one logged day. Build it with
 * `buildDayFacts`, or supply it from cached daily rollups.
 */
export interface DayFacts {
  /** Local day key, `2026-11-24`. One row per day. */
  day: string;
  /** Check-ins that day; a row with none is ignored. */
  entries: number;
  /** Means of the day's ratings; null when every check-in that day skipped it (the day is then ignored). */
  meanPain: number | null;
  meanMood: number | null;
  /**
   * The mean of that day's "last night's sleep" ratings (0–10): the night before
   * `day`. Absent when none was given.
   */
  sleep?: number;
  /** Active screen minutes that day. */
  activeMinutes?: number;
  /** Nudges that fell due that day, and how many of those were taken (natural breaks included). */
  nudgesDue?: number;
  nudgesTaken?: number;
  /** Whether a walk break was taken that day. */
  walked?: boolean;
}

/** Per-day activity from the schedule and activity rollups; any field may be missing. */
export type InsightActivity = Pick<DayFacts, 'day' | 'activeMinutes' | 'nudgesDue' | 'nudgesTaken' | 'walked'>;

/**
 * One row per local day with check-ins (sorted by day), with that day's activity
 * attached. Activity on days without a check-in is dropped: there is no pain or mood
 * to compare it with.
 */
export function buildDayFacts(
  checkIns: readonly Pick<CheckIn, 'at' | 'tzOffsetMin' | 'pain' | 'mood' | 'sleep'>[],
  activity: readonly InsightActivity[] = [],
): DayFacts[] {
  const byDay = new Map<
    string,
    { n: number; painN: number; pain: number; moodN: number; mood: number; sleepN: number; sleep: number }
  >();
  for (const c of checkIns) {
    const key = dayOf(c);
    let acc = byDay.get(key);
    if (!acc) {
      acc = { n: 0, painN: 0, pain: 0, moodN: 0, mood: 0, sleepN: 0, sleep: 0 };
      byDay.set(key, acc);
    }
    acc.n += 1;
    if (c.pain !== undefined) {
      acc.painN += 1;
      acc.pain += c.pain;
    }
    if (c.mood !== undefined) {
      acc.moodN += 1;
      acc.mood += c.mood;
    }
    if (c.sleep !== undefined) {
      acc.sleepN += 1;
      acc.sleep += c.sleep;
    }
  }
  const activityByDay = new Map(activity.map((a) => [a.day, a]));
  const days: DayFacts[] = [];
  for (const [day, acc] of byDay) {
    const row: DayFacts = {
      day,
      entries: acc.n,
      meanPain: acc.painN ? acc.pain / acc.painN : null,
      meanMood: acc.moodN ? acc.mood / acc.moodN : null,
    };
    if (acc.sleepN > 0) row.sleep = acc.sleep / acc.sleepN;
    const a = activityByDay.get(day);
    if (a?.activeMinutes !== undefined) row.activeMinutes = a.activeMinutes;
    if (a?.nudgesDue !== undefined) row.nudgesDue = a.nudgesDue;
    if (a?.nudgesTaken !== undefined) row.nudgesTaken = a.nudgesTaken;
    if (a?.walked !== undefined) row.walked = a.walked;
    days.push(row);
  }
  return days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

export const DAY_FACTORS = ['walk', 'nudges', 'screenTime', 'shortSleep'] as const;
export type DayFactor = (typeof DAY_FACTORS)[number];
export type Verdict = 'noClearDifference' | 'difference' | 'large';

export interface FactorComparison {
  kind: 'comparison';
  factor: DayFactor;
  withDays: number;
  withoutDays: number;
  /** Mean pain (0–10, one decimal) on days with and without the factor. */
  withPain: number;
  withoutPain: number;
  /** The pain verdict: the headline. */
  verdict: Verdict;
  /** Mean mood (1–5, one decimal). */
  withMood: number;
  withoutMood: number;
  moodVerdict: Verdict;
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

/** Where a day falls for a factor: true (with), false (without), or undefined (unknown). */
type Side = (d: DayFacts) => boolean | undefined;

const SIDES: Record<Exclude<DayFactor, 'screenTime'>, Side> = {
  walk: (d) => d.walked,
  // taken / due ≥ 4/5, cross-multiplied. No nudges due: unknown.
  nudges: (d) =>
    d.nudgesDue !== undefined && d.nudgesDue > 0 && d.nudgesTaken !== undefined && Number.isFinite(d.nudgesTaken)
      ? d.nudgesTaken * NUDGES_TAKEN_SHARE.of >= d.nudgesDue * NUDGES_TAKEN_SHARE.taken
      : undefined,
  shortSleep: (d) => (d.sleep !== undefined && Number.isFinite(d.sleep) ? d.sleep <= SHORT_SLEEP_AT_MOST : undefined),
};

const hasMinutes = (d: DayFacts): d is DayFacts & { activeMinutes: number } =>
  d.activeMinutes !== undefined && Number.isFinite(d.activeMinutes) && d.activeMinutes >= 0;

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

const tenths = (x: number) => Math.round(x * 10);

function verdictOf(aTenths: number, bTenths: number, gap: { difference: number; large: number }): Verdict {
  const diff = Math.abs(aTenths - bTenths);
  if (diff >= tenths(gap.large)) return 'large';
  if (diff >= tenths(gap.difference)) return 'difference';
  return 'noClearDifference';
}

/** The fewest more days for ≥ `total` overall and ≥ `each` on both sides. */
function daysNeeded(a: number, b: number, total: number, each: number): number {
  return Math.max(0, total - (a + b), Math.max(0, each - a) + Math.max(0, each - b));
}

/** One factor's comparison (screen time uses `medianActiveMinutes` for its split). */
export function compareFactor(days: readonly DayFacts[], factor: DayFactor): FactorInsight {
  let side: Side;
  let median: number | undefined;
  if (factor === 'screenTime') {
    const m = medianActiveMinutes(days);
    median = m ?? undefined;
    // Above the median, strictly: a day at the median is an ordinary day.
    side = (d) => (m !== null && hasMinutes(d) ? d.activeMinutes > m : undefined);
  } else {
    side = SIDES[factor];
  }

  const sums = { withN: 0, withPain: 0, withMood: 0, withoutN: 0, withoutPain: 0, withoutMood: 0 };
  for (const d of days) {
    if (!isLogged(d)) continue;
    const s = side(d);
    if (s === true) {
      sums.withN += 1;
      sums.withPain += d.meanPain;
      sums.withMood += d.meanMood;
    } else if (s === false) {
      sums.withoutN += 1;
      sums.withoutPain += d.meanPain;
      sums.withoutMood += d.meanMood;
    }
  }
  const { withN, withoutN } = sums;
  const extra = median === undefined ? {} : { medianMinutes: median };
  const needed = daysNeeded(withN, withoutN, INSIGHT_MIN_DAYS, INSIGHT_MIN_DAYS_EACH_SIDE);
  if (needed > 0) {
    return { kind: 'needMoreData', factor, withDays: withN, withoutDays: withoutN, daysNeeded: needed, ...extra };
  }
  const pain = [tenths(sums.withPain / withN), tenths(sums.withoutPain / withoutN)] as const;
  const mood = [tenths(sums.withMood / withN), tenths(sums.withoutMood / withoutN)] as const;
  return {
    kind: 'comparison',
    factor,
    withDays: withN,
    withoutDays: withoutN,
    withPain: pain[0] / 10,
    withoutPain: pain[1] / 10,
    verdict: verdictOf(pain[0], pain[1], PAIN_GAP),
    withMood: mood[0] / 10,
    withoutMood: mood[1] / 10,
    moodVerdict: verdictOf(mood[0], mood[1], MOOD_GAP),
    ...extra,
  };
}

// ---------------------------------------------------------------------------------
// Pain before and after breaks
// ---------------------------------------------------------------------------------
//
// A check-in with source 'break' (logged right after a break) is paired with the
// nearest earlier check-in from the popup or the daily reminder, when that one is on
// the same local day and at most 3 hours before: long enough to span a stretch of
// work, short enough that it still describes "before the break". Each earlier
// check-in serves one break at most (the first after it), so one reading is never
// counted twice. Shown with ≥ 14 logged days in all and pairs on ≥ 5 different days;
// averages are over pairs, with the same verdict thresholds as above.

type Rated = Pick<CheckIn, 'at' | 'tzOffsetMin'> & { pain: number; mood: number };

/** Both check-ins of a pair recorded pain and mood. */
export interface BreakPair {
  before: Rated;
  after: Rated;
}

export interface BreakComparison {
  kind: 'comparison';
  factor: 'breaks';
  pairs: number;
  pairDays: number;
  beforePain: number;
  afterPain: number;
  verdict: Verdict;
  beforeMood: number;
  afterMood: number;
  moodVerdict: Verdict;
}

export interface BreakNeedsMoreData {
  kind: 'needMoreData';
  factor: 'breaks';
  loggedDays: number;
  pairs: number;
  pairDays: number;
  daysNeeded: number;
}

export type BreakInsight = BreakComparison | BreakNeedsMoreData;

type Timed = Pick<CheckIn, 'at' | 'tzOffsetMin' | 'pain' | 'mood' | 'source'>;

/** Before/after pairs around breaks, in time order (see the rule above). */
export function pairBreakCheckIns(checkIns: readonly Timed[]): BreakPair[] {
  let list = checkIns;
  for (let i = 1; i < list.length; i++) {
    if ((list[i - 1] as Timed).at > (list[i] as Timed).at) {
      list = [...checkIns].sort((a, b) => a.at - b.at);
      break;
    }
  }
  const pairs: BreakPair[] = [];
  let before: Timed | null = null;
  for (const c of list) {
    // A check-in that skipped pain or mood pairs with nothing, and breaks no pair.
    if (c.pain === undefined || c.mood === undefined) continue;
    if (c.source !== 'break') {
      before = c;
      continue;
    }
    if (
      before &&
      before.at < c.at &&
      c.at - before.at <= BREAK_PAIR_WINDOW_MS &&
      localEpochDay(before.at, before.tzOffsetMin) === localEpochDay(c.at, c.tzOffsetMin)
    ) {
      pairs.push({
        before: {
          at: before.at,
          tzOffsetMin: before.tzOffsetMin,
          pain: before.pain as number,
          mood: before.mood as number,
        },
        after: { at: c.at, tzOffsetMin: c.tzOffsetMin, pain: c.pain, mood: c.mood },
      });
    }
    before = null;
  }
  return pairs;
}

export function compareBreaks(checkIns: readonly Timed[]): BreakInsight {
  const loggedDays = new Set<number>();
  for (const c of checkIns) loggedDays.add(localEpochDay(c.at, c.tzOffsetMin));
  const pairs = pairBreakCheckIns(checkIns);
  const pairDays = new Set<number>();
  const sums = { beforePain: 0, afterPain: 0, beforeMood: 0, afterMood: 0 };
  for (const p of pairs) {
    pairDays.add(localEpochDay(p.after.at, p.after.tzOffsetMin));
    sums.beforePain += p.before.pain;
    sums.afterPain += p.after.pain;
    sums.beforeMood += p.before.mood;
    sums.afterMood += p.after.mood;
  }
  // A new day with a pair is also a new logged day, so the two shortfalls overlap.
  const needed = Math.max(0, INSIGHT_MIN_DAYS - loggedDays.size, INSIGHT_MIN_DAYS_EACH_SIDE - pairDays.size);
  if (needed > 0) {
    return {
      kind: 'needMoreData',
      factor: 'breaks',
      loggedDays: loggedDays.size,
      pairs: pairs.length,
      pairDays: pairDays.size,
      daysNeeded: needed,
    };
  }
  const n = pairs.length;
  const pain = [tenths(sums.beforePain / n), tenths(sums.afterPain / n)] as const;
  const mood = [tenths(sums.beforeMood / n), tenths(sums.afterMood / n)] as const;
  return {
    kind: 'comparison',
    factor: 'breaks',
    pairs: n,
    pairDays: pairDays.size,
    beforePain: pain[0] / 10,
    afterPain: pain[1] / 10,
    verdict: verdictOf(pain[0], pain[1], PAIN_GAP),
    beforeMood: mood[0] / 10,
    afterMood: mood[1] / 10,
    moodVerdict: verdictOf(mood[0], mood[1], MOOD_GAP),
  };
}

export type Insight = FactorInsight | BreakInsight;

/** Every insight, one per factor, in a fixed order: walk, nudges, screen time, sleep, breaks. */
export function computeInsights(days: readonly DayFacts[], checkIns: readonly Timed[]): Insight[] {
  return [...DAY_FACTORS.map((f) => compareFactor(days, f)), compareBreaks(checkIns)];
}
