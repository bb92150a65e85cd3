// A diary's days as the insights see them: one row per local day with check-ins,
// its mean pain, mood and last night's sleep (core/day-means.ts), the tags ticked and
// back regions marked that day, and that day's activity (core/insight-activity.ts).
// The history index (core/history.ts) keeps the same rows for its cached months.
import { type CheckIn, dayOf, REGIONS, type Region, TAGS, type Tag } from './checkins';
import { addToTally, type DayTally, dayMeans, emptyTally } from './day-means';

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
  /** Tags ticked in any check-in that day, and back regions marked. */
  tags?: readonly Tag[];
  regions?: readonly Region[];
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

/** Adds `items` to a day's union list (kept in the vocabulary's order). */
export function unionInto<T extends string>(
  vocabulary: readonly T[],
  into: readonly T[] | undefined,
  items: readonly string[] | undefined,
): readonly T[] | undefined {
  if (!items?.length) return into;
  if (!into?.length) return vocabulary.filter((v) => items.includes(v));
  return vocabulary.filter((v) => into.includes(v) || items.includes(v));
}

/**
 * One row per local day with check-ins (sorted by day), with that day's activity
 * attached. Activity on days without a check-in is dropped: there is no pain or mood
 * to compare it with.
 */
export function buildDayFacts(
  checkIns: readonly Pick<CheckIn, 'at' | 'tzOffsetMin' | 'pain' | 'mood' | 'sleep' | 'tags' | 'regions'>[],
  activity: readonly InsightActivity[] = [],
): DayFacts[] {
  const byDay = new Map<string, DayTally & { tags?: readonly Tag[]; regions?: readonly Region[] }>();
  for (const c of checkIns) {
    const key = dayOf(c);
    let acc = byDay.get(key);
    if (!acc) {
      acc = emptyTally();
      byDay.set(key, acc);
    }
    addToTally(acc, c);
    acc.tags = unionInto(TAGS, acc.tags, c.tags);
    acc.regions = unionInto(REGIONS, acc.regions, c.regions);
  }
  const activityByDay = new Map(activity.map((a) => [a.day, a]));
  const days: DayFacts[] = [];
  for (const [day, acc] of byDay) {
    const { meanPain, meanMood, meanSleep } = dayMeans(acc);
    const row: DayFacts = { day, entries: acc.entries, meanPain, meanMood };
    if (meanSleep !== null) row.sleep = meanSleep;
    if (acc.tags?.length) row.tags = acc.tags;
    if (acc.regions?.length) row.regions = acc.regions;
    const a = activityByDay.get(day);
    if (a?.activeMinutes !== undefined) row.activeMinutes = a.activeMinutes;
    if (a?.nudgesDue !== undefined) row.nudgesDue = a.nudgesDue;
    if (a?.nudgesTaken !== undefined) row.nudgesTaken = a.nudgesTaken;
    if (a?.walked !== undefined) row.walked = a.walked;
    days.push(row);
  }
  return days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
