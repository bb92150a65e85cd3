// What the history page and the clinician report draw: per-day means with their
// counts, ranges of days, pain by hour, weekly means. Pure: "today" comes in.
//
// Days are local calendar days numbered from 1970-01-01 (`localEpochDay` in time.ts),
// each check-in in its own zone, exactly as `dayOf` keys them. A day without a
// check-in is absent from every list here, never a zero: charts draw it as a gap.
//
// Cost: `buildHistoryIndex` is one pass over the check-ins (plus a sort only when
// they arrive out of day order) and is built once per load; every range after that
// is two binary searches and a pass over the range. Ten years (36,500 check-ins,
// 3,650 days) index in a few milliseconds.
import { type CheckIn, REGIONS, type Region, TAGS, type Tag } from './checkins';
import { type DayFacts, type InsightActivity, unionInto } from './day-facts';
import { addToTally, type DayTally, dayMeans, emptyTally } from './day-means';
import { dayKey, dayNumber, localEpochDay, localHourOfDay, weekStartDay } from './time';

export const RANGES = ['7', '30', '90', '365', 'all'] as const;
export type RangeId = (typeof RANGES)[number];
export const DEFAULT_RANGE: RangeId = '30';

/**
 * One logged day: the mean of its check-ins, and how many there were; the same day
 * fields as the insights' rows (core/day-facts.ts DayFacts), without the activity.
 */
export interface DayRow
  extends Pick<DayFacts, 'day' | 'entries' | 'meanPain' | 'meanMood' | 'sleep' | 'tags' | 'regions'> {
  /** Days since 1970-01-01. */
  n: number;
  /** How many of the day's check-ins carry a note, when any does. */
  notes?: number;
}

export interface HistoryIndex {
  /** One row per logged day, oldest first. */
  days: DayRow[];
  /** Per check-in, ordered by local day: its day number, local hour (0–23) and pain (NO_PAIN when skipped). */
  entryDay: Int32Array;
  entryHour: Uint8Array;
  entryPain: Uint8Array;
}

/** `entryPain` of a check-in that recorded mood only. */
export const NO_PAIN = 255;

type Indexed = Pick<CheckIn, 'at' | 'tzOffsetMin' | 'pain' | 'mood' | 'sleep' | 'tags' | 'regions' | 'note'>;

/** Aggregates every check-in once: per day, and per check-in for hour-of-day views. */
export function buildHistoryIndex(checkIns: readonly Indexed[]): HistoryIndex {
  const count = checkIns.length;
  let order: number[] | null = null;
  const dayOfEntry = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const c = checkIns[i] as Indexed;
    dayOfEntry[i] = localEpochDay(c.at, c.tzOffsetMin);
    if (i > 0 && (dayOfEntry[i] as number) < (dayOfEntry[i - 1] as number)) order = [];
  }
  if (order) {
    order = Array.from({ length: count }, (_, i) => i);
    order.sort((a, b) => (dayOfEntry[a] as number) - (dayOfEntry[b] as number) || a - b);
  }
  const entryDay = new Int32Array(count);
  const entryHour = new Uint8Array(count);
  const entryPain = new Uint8Array(count);
  const days: DayRow[] = [];
  let current = null as {
    n: number;
    tally: DayTally;
    tags?: readonly Tag[] | undefined;
    regions?: readonly Region[] | undefined;
    notes: number;
  } | null;
  const flush = () => {
    if (!current) return;
    const { meanPain, meanMood, meanSleep } = dayMeans(current.tally);
    const row: DayRow = { n: current.n, day: dayKey(current.n), entries: current.tally.entries, meanPain, meanMood };
    if (meanSleep !== null) row.sleep = meanSleep;
    if (current.tags?.length) row.tags = current.tags;
    if (current.regions?.length) row.regions = current.regions;
    if (current.notes > 0) row.notes = current.notes;
    days.push(row);
  };
  for (let k = 0; k < count; k++) {
    const i = order ? (order[k] as number) : k;
    const c = checkIns[i] as Indexed;
    const day = dayOfEntry[i] as number;
    entryDay[k] = day;
    entryHour[k] = localHourOfDay(c.at, c.tzOffsetMin);
    entryPain[k] = c.pain ?? NO_PAIN;
    if (current?.n !== day) {
      flush();
      current = { n: day, tally: emptyTally(), notes: 0 };
    }
    addToTally(current.tally, c);
    if (c.tags) current.tags = unionInto(TAGS, current.tags, c.tags);
    if (c.regions) current.regions = unionInto(REGIONS, current.regions, c.regions);
    if (c.note) current.notes += 1;
  }
  flush();
  return { days, entryDay, entryHour, entryPain };
}

/** First index whose value is ≥ `target` (values ascending). */
function lowerBound(length: number, at: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inclusive day numbers. */
export interface DayRange {
  from: number;
  to: number;
}

/**
 * The days a range covers, ending today: 7 days is today and the six before it.
 * "all" starts at the first logged day (today when nothing is logged). A first day
 * after today (a clock moved back) never makes the range empty.
 */
export function resolveRange(range: RangeId, today: number, firstDay: number | null): DayRange {
  if (range === 'all') return { from: Math.min(firstDay ?? today, today), to: today };
  return { from: today - (Number(range) - 1), to: today };
}

export const rangeLength = (r: DayRange) => r.to - r.from + 1;

/** Month keys (`YYYY-MM`) that hold the days of a range, oldest first. */
export function monthsOf(range: DayRange): string[] {
  const months: string[] = [];
  const first = dayKey(range.from);
  const last = dayKey(range.to);
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endY = Number(last.slice(0, 4));
  const endM = Number(last.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    months.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** The logged days inside a range, oldest first. */
export function daysIn(index: Pick<HistoryIndex, 'days'>, range: DayRange): DayRow[] {
  const { days } = index;
  const start = lowerBound(days.length, (i) => (days[i] as DayRow).n, range.from);
  const end = lowerBound(days.length, (i) => (days[i] as DayRow).n, range.to + 1);
  return days.slice(start, end);
}

/** One slot per day of the range, oldest first: the day's row, or null for a gap. */
export function dailySlots(rows: readonly DayRow[], range: DayRange): (DayRow | null)[] {
  const slots: (DayRow | null)[] = new Array(rangeLength(range)).fill(null);
  for (const row of rows) {
    const i = row.n - range.from;
    if (i >= 0 && i < slots.length) slots[i] = row;
  }
  return slots;
}

export interface RangeSummary {
  loggedDays: number;
  entries: number;
  /** Mean of the day means (a busy day weighs the same as a quiet one); null with no days. */
  meanPain: number | null;
  meanMood: number | null;
  /** The days each mean is over: days where every check-in skipped pain (or mood) are left out. */
  painDays: number;
  moodDays: number;
}

export function summarizeRange(rows: readonly DayRow[]): RangeSummary {
  let entries = 0;
  let pain = 0;
  let painDays = 0;
  let mood = 0;
  let moodDays = 0;
  for (const r of rows) {
    entries += r.entries;
    if (r.meanPain !== null) {
      pain += r.meanPain;
      painDays += 1;
    }
    if (r.meanMood !== null) {
      mood += r.meanMood;
      moodDays += 1;
    }
  }
  return {
    loggedDays: rows.length,
    entries,
    meanPain: painDays ? pain / painDays : null,
    meanMood: moodDays ? mood / moodDays : null,
    painDays,
    moodDays,
  };
}

export interface HourStat {
  hour: number;
  entries: number;
  /** Mean pain of the check-ins logged in that local hour; null with none. */
  meanPain: number | null;
}

/** Mean pain by local hour of the day (0–23) over the check-ins of a range. */
export function painByHour(index: HistoryIndex, range: DayRange): HourStat[] {
  const { entryDay } = index;
  const start = lowerBound(entryDay.length, (i) => entryDay[i] as number, range.from);
  const end = lowerBound(entryDay.length, (i) => entryDay[i] as number, range.to + 1);
  const n = new Array<number>(24).fill(0);
  const sum = new Array<number>(24).fill(0);
  for (let i = start; i < end; i++) {
    if (index.entryPain[i] === NO_PAIN) continue;
    const h = index.entryHour[i] as number;
    n[h] = (n[h] as number) + 1;
    sum[h] = (sum[h] as number) + (index.entryPain[i] as number);
  }
  return n.map((entries, hour) => ({ hour, entries, meanPain: entries ? (sum[hour] as number) / entries : null }));
}

export interface WeekRow {
  /** Day number of the week's first day. */
  start: number;
  loggedDays: number;
  entries: number;
  /** Means of the week's day means; null when no day of the week has one. */
  meanPain: number | null;
  meanMood: number | null;
}

/** Means per week (of the day means), for logged weeks only. `firstDayOfWeek` 0 Sunday … 6 Saturday. */
export function weeklyMeans(rows: readonly DayRow[], firstDayOfWeek = 1): WeekRow[] {
  const weeks: WeekRow[] = [];
  const sums: { pain: number; painN: number; mood: number; moodN: number }[] = [];
  for (const r of rows) {
    const start = weekStartDay(r.n, firstDayOfWeek);
    let w = weeks.at(-1);
    if (w?.start !== start) {
      w = { start, loggedDays: 0, entries: 0, meanPain: null, meanMood: null };
      sums.push({ pain: 0, painN: 0, mood: 0, moodN: 0 });
      weeks.push(w);
    }
    const sum = sums.at(-1) as { pain: number; painN: number; mood: number; moodN: number };
    w.loggedDays += 1;
    w.entries += r.entries;
    if (r.meanPain !== null) {
      sum.pain += r.meanPain;
      sum.painN += 1;
      w.meanPain = sum.pain / sum.painN;
    }
    if (r.meanMood !== null) {
      sum.mood += r.meanMood;
      sum.moodN += 1;
      w.meanMood = sum.mood / sum.moodN;
    }
  }
  return weeks;
}

// ---------------------------------------------------------------------------------
// Screen time and breaks, from the break engine's daily rollups.
//
// The engine is not built yet; until it is, pages pass an empty list and say so.
// Absent values are unknown, never zero.

/**
 * One local day's activity: the one type for it, read by the history page, the
 * report, the daily CSV (core/export-csv.ts) and, reduced, the insights
 * (core/day-facts.ts `InsightActivity`).
 */
export interface DayActivity {
  /** `YYYY-MM-DD`. */
  day: string;
  activeMinutes?: number;
  /** Active minutes in each local hour 0–23. */
  activeMinByHour?: readonly number[];
  /** Nudges taken when asked (done), snoozed, skipped, and taken by being away (natural). */
  taken?: number;
  snoozed?: number;
  skipped?: number;
  natural?: number;
  walkMinutes?: number;
}

/** The activity rows inside a range, oldest first. */
export function activityIn(rows: readonly DayActivity[], range: DayRange): (DayActivity & { n: number })[] {
  return rows
    .map((r) => ({ ...r, n: dayNumber(r.day) }))
    .filter((r) => r.n >= range.from && r.n <= range.to)
    .sort((a, b) => a.n - b.n);
}

export interface HourActivity {
  hour: number;
  /** Mean active minutes in that hour over the days with hourly data. */
  meanMinutes: number;
  days: number;
}

/** Mean active minutes by local hour, or an empty list when no day has hourly data. */
export function activeByHour(rows: readonly DayActivity[]): HourActivity[] {
  const sum = new Array<number>(24).fill(0);
  let days = 0;
  for (const r of rows) {
    if (r.activeMinByHour?.length !== 24) continue;
    days += 1;
    for (let h = 0; h < 24; h++) sum[h] = (sum[h] as number) + (r.activeMinByHour[h] ?? 0);
  }
  if (days === 0) return [];
  return sum.map((s, hour) => ({ hour, meanMinutes: s / days, days }));
}

/**
 * Insight rows (core/day-facts.ts `DayFacts`) from the index, so ten years are
 * aggregated once for charts and insights alike; the same rows `buildDayFacts` gives.
 */
export function dayFactsOf(index: Pick<HistoryIndex, 'days'>, activity: readonly InsightActivity[] = []): DayFacts[] {
  const byDay = new Map(activity.map((a) => [a.day, a]));
  return index.days.map(({ day, entries, meanPain, meanMood, sleep, tags, regions }) => {
    const row: DayFacts = { day, entries, meanPain, meanMood };
    if (sleep !== undefined) row.sleep = sleep;
    if (tags) row.tags = tags;
    if (regions) row.regions = regions;
    const a = byDay.get(day);
    if (a?.activeMinutes !== undefined) row.activeMinutes = a.activeMinutes;
    if (a?.nudgesDue !== undefined) row.nudgesDue = a.nudgesDue;
    if (a?.nudgesTaken !== undefined) row.nudgesTaken = a.nudgesTaken;
    if (a?.walked !== undefined) row.walked = a.walked;
    return row;
  });
}
