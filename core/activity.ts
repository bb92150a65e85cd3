// Active screen time from idle-state observations (DESIGN.md "Active time").
//
// The worker appends what browser.idle reports (`onStateChanged`) to a log, plus an
// `observed: true` entry for the state it saw on each wake (alarm, start), since a
// user who types without a pause produces no idle events at all. Active time is
// derived from the log, never counted by a ticking timer.
//
// Rules
//   - Turning idle means the previous `detectionSec` were already idle: they are not
//     active time, but the cut never goes back past the start of that active stretch.
//     Locking is immediate, so nothing is cut.
//   - Cap: an active stretch lasts at most MAX_UNOBSERVED_MS past its last observation.
//     While the user is active the scheduler always has an alarm armed at most
//     HEARTBEAT_MS ahead (core/schedule-alarm.ts), and each wake is observed, so a longer
//     silence means the machine slept or the browser was gone (alarms missed while
//     asleep fire late, on wake). ALARM_LATE_MS covers alarm delay (≥ 30 s packed).
//   - Entries older than a week fold into per-day rollups of active minutes per local
//     hour, kept ten years.
//
// API
//   type IdleState, Observation, ActiveInterval, DayRollup, ActivityHistory
//   HEARTBEAT_MS, ALARM_LATE_MS, MAX_UNOBSERVED_MS, LOG_KEEP_MS, ObservationSchema
//   activeIntervals(log, detectionSec, now, from?)   → ActiveInterval[] (sorted, disjoint)
//   activeMsBetween(log, from, to, now, detectionSec) → number
//   activeMinutesOnDay(log, at, tzOffsetMin, now, detectionSec) → minutes of at's local day
//   rollupByHour(intervals, tzOffsetMin | tzOffsetAt)          → DayRollup[] (only days with activity)
//   fold(history, now, tzOffsetMin | tzOffsetAt, detectionSec) → history with old entries folded
import * as v from 'valibot';
import { DAY_MS, dayKey, HOUR_MS, localDayKey, MINUTE_MS, SECOND_MS, startOfLocalDay } from './time';

export type IdleState = 'active' | 'idle' | 'locked';

export interface Observation {
  at: number;
  state: IdleState;
  /** Seen on a wake (idle.queryState), not reported as a change. */
  observed?: boolean;
}

export interface ActiveInterval {
  from: number;
  to: number;
}

export interface DayRollup {
  /** Local day key, `2026-11-24`. */
  day: string;
  /** Active minutes in each local hour 0–23, to a tenth of a minute. */
  activeMinByHour: number[];
}

export interface ActivityHistory {
  /** Append-only observations, in time order. */
  log: Observation[];
  /** Time before this is already in `rollups`; log entries before it only give context. */
  foldedUntil: number | null;
  /** One entry per local day with activity, oldest first. */
  rollups: DayRollup[];
}

export const HEARTBEAT_MS = 30 * MINUTE_MS;
export const ALARM_LATE_MS = 2 * MINUTE_MS;
export const MAX_UNOBSERVED_MS = HEARTBEAT_MS + ALARM_LATE_MS;
/** Observations are kept a week, then folded (DESIGN.md "Active time"). */
export const LOG_KEEP_MS = 7 * DAY_MS;
const ROLLUP_KEEP_YEARS = 10;

export const ObservationSchema = v.strictObject({
  at: v.pipe(v.number(), v.integer()),
  state: v.picklist(['active', 'idle', 'locked']),
  observed: v.optional(v.boolean()),
});

/** The stored log (`activity`): the last week's observations and the fold point. */
export const ActivityLogSchema = v.object({ log: v.array(ObservationSchema), foldedUntil: v.nullable(v.number()) });

/** One stored day of `rollups`. */
export const RollupSchema = v.strictObject({
  day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  activeMinByHour: v.pipe(v.array(v.pipe(v.number(), v.minValue(0))), v.length(24)),
});

const isSorted = (log: readonly Observation[]) =>
  log.every((o, i) => i === 0 || (log[i - 1] as Observation).at <= o.at);

/**
 * The active intervals the log shows, up to `now`, clipped to start at `from`
 * (the fold point). Storage is input: an out-of-order log is sorted first.
 */
export function activeIntervals(
  log: readonly Observation[],
  detectionSec: number,
  now: number,
  from = Number.NEGATIVE_INFINITY,
): ActiveInterval[] {
  const entries = isSorted(log) ? log : [...log].sort((a, b) => a.at - b.at);
  const detectionMs = detectionSec * SECOND_MS;
  const out: ActiveInterval[] = [];
  let start: number | null = null;
  let lastSeen = 0;
  const close = (end: number) => {
    const a = Math.max(start as number, from);
    const b = Math.min(end, now);
    if (b > a) {
      const previous = out.at(-1);
      if (previous && previous.to >= a) previous.to = Math.max(previous.to, b);
      else out.push({ from: a, to: b });
    }
    start = null;
  };
  for (const entry of entries) {
    if (entry.at > now) break;
    if (start !== null && entry.at > lastSeen + MAX_UNOBSERVED_MS) close(lastSeen + MAX_UNOBSERVED_MS);
    if (entry.state === 'active') {
      if (start === null) start = entry.at;
      lastSeen = entry.at;
    } else if (start !== null) {
      close(entry.state === 'idle' ? Math.max(start, entry.at - detectionMs) : entry.at);
    }
  }
  if (start !== null) close(Math.min(now, lastSeen + MAX_UNOBSERVED_MS));
  return out;
}

const overlapMs = (intervals: readonly ActiveInterval[], from: number, to: number) =>
  intervals.reduce((sum, i) => sum + Math.max(0, Math.min(i.to, to) - Math.max(i.from, from)), 0);

/** Active milliseconds within [from, to). */
export function activeMsBetween(
  log: readonly Observation[],
  from: number,
  to: number,
  now: number,
  detectionSec: number,
): number {
  return overlapMs(activeIntervals(log, detectionSec, Math.min(now, to), from), from, to);
}

/** Active minutes of the local day containing `at` (the popup's "today"). */
export function activeMinutesOnDay(
  log: readonly Observation[],
  at: number,
  tzOffsetMin: number,
  now: number,
  detectionSec: number,
): number {
  const dayStart = startOfLocalDay(at, tzOffsetMin);
  return activeMsBetween(log, dayStart, dayStart + DAY_MS, now, detectionSec) / MINUTE_MS;
}

const tenth = (minutes: number) => Math.round(minutes * 10) / 10;

/**
 * Splits intervals by local hour. Hours are counted with arithmetic, keys made once a
 * day, so a year takes milliseconds. Give the zone as `tzOffsetAt` (the offset in
 * force at an instant) so time before a daylight-saving change lands in the hour and
 * day it was lived in, not in today's offset; each hour takes the offset at its start.
 */
export function rollupByHour(intervals: readonly ActiveInterval[], tz: number | ((at: number) => number)): DayRollup[] {
  const offsetAt = typeof tz === 'number' ? () => tz : tz;
  const byDay = new Map<number, number[]>();
  for (const { from, to } of intervals) {
    let t = from;
    while (t < to) {
      const offsetMs = offsetAt(t) * MINUTE_MS;
      const localHour = Math.floor((t + offsetMs) / HOUR_MS);
      const hourEnd = (localHour + 1) * HOUR_MS - offsetMs;
      const end = Math.min(to, hourEnd);
      const localDay = Math.floor(localHour / 24);
      let hours = byDay.get(localDay);
      if (!hours) {
        hours = new Array<number>(24).fill(0);
        byDay.set(localDay, hours);
      }
      hours[localHour - localDay * 24] = (hours[localHour - localDay * 24] as number) + (end - t) / MINUTE_MS;
      t = end;
    }
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([localDay, hours]) => ({
      day: dayKey(localDay),
      activeMinByHour: hours.map(tenth),
    }));
}

function mergeRollups(older: readonly DayRollup[], newer: readonly DayRollup[]): DayRollup[] {
  const byDay = new Map(older.map((r) => [r.day, r.activeMinByHour]));
  for (const r of newer) {
    const existing = byDay.get(r.day);
    // A zone change between folds can split a day over two folds: add, never replace.
    byDay.set(r.day, existing ? existing.map((m, h) => tenth(m + (r.activeMinByHour[h] ?? 0))) : r.activeMinByHour);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, activeMinByHour]) => ({ day, activeMinByHour }));
}

/**
 * Folds every whole local day older than a week into `rollups` and drops rollups
 * older than ten years. The log keeps what is newer, plus one entry of context at
 * the fold point, so intervals computed later from `foldedUntil` on are exactly the
 * same as before the fold. Ask the log only about time from `foldedUntil` on; older
 * time is in the rollups.
 */
export function fold(
  history: ActivityHistory,
  now: number,
  tz: number | ((at: number) => number),
  detectionSec: number,
): ActivityHistory {
  const tzOffsetMin = typeof tz === 'number' ? tz : tz(now);
  const sorted = isSorted(history.log) ? history.log : [...history.log].sort((a, b) => a.at - b.at);
  const cut = startOfLocalDay(now - LOG_KEEP_MS, tzOffsetMin);
  const previousCut = history.foldedUntil ?? Number.NEGATIVE_INFINITY;
  let { rollups, foldedUntil } = history;
  if (cut > previousCut) {
    const folded = activeIntervals(sorted, detectionSec, now, previousCut)
      .filter((i) => i.from < cut)
      .map((i) => ({ from: i.from, to: Math.min(i.to, cut) }));
    rollups = mergeRollups(rollups, rollupByHour(folded, tz));
    foldedUntil = cut;
  }
  const log = foldedUntil === null ? [...sorted] : keepFrom(sorted, foldedUntil);
  const today = localDayKey(now, tzOffsetMin);
  const oldestDay = `${String(Number(today.slice(0, 4)) - ROLLUP_KEEP_YEARS).padStart(4, '0')}${today.slice(4)}`;
  return { log, foldedUntil, rollups: rollups.filter((r) => r.day >= oldestDay) };
}

/**
 * Entries from `cut` on, plus the last one before it when that one is active: it
 * says a stretch is open at the cut and when it was last seen (which bounds the
 * cap). Where that stretch began does not matter any more, since everything before
 * the cut is clipped away.
 */
function keepFrom(log: readonly Observation[], cut: number): Observation[] {
  let first = log.findIndex((o) => o.at >= cut);
  if (first === -1) first = log.length;
  const last = log[first - 1];
  return last?.state === 'active' ? [last, ...log.slice(first)] : log.slice(first);
}
