// Units and local-calendar keys. Everything here is pure: time comes in as epoch ms.
//
// tzOffsetMin is the offset of local time from UTC in minutes, as the user saw it
// when the event happened (UTC+1 → 60, UTC−5 → −300); that is `-Date#getTimezoneOffset()`.
// Storing it with each record keeps "which day was this?" stable after travel or DST.

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const mod = (n: number, m: number) => ((n % m) + m) % m;

/** Wall-clock fields of `at` in the zone `tzOffsetMin`, read through UTC getters. */
function localFields(at: number, tzOffsetMin: number): Date {
  return new Date(at + tzOffsetMin * MINUTE_MS);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// Local calendar days. A day is named two ways: its key (`2026-11-24`, what is
// stored and shown) and its epoch day (days since 1970-01-01, what is counted and
// compared). Both are the wall-clock date in the record's own zone.

/** Days since 1970-01-01 of the local calendar day of `at`: the number behind `localDayKey`. */
export const localEpochDay = (at: number, tzOffsetMin: number): number =>
  Math.floor((at + tzOffsetMin * MINUTE_MS) / DAY_MS);

/** `2026-11-24`: the local calendar day of `at`. */
export function localDayKey(at: number, tzOffsetMin: number): string {
  const d = localFields(at, tzOffsetMin);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `2026-11`: the local calendar month of `at`; check-ins are stored per month. */
export function localMonthKey(at: number, tzOffsetMin: number): string {
  return localDayKey(at, tzOffsetMin).slice(0, 7);
}

/** `2026-11-24` → days since 1970-01-01 (the key is read as written; see `isDayKey`). */
export function dayNumber(key: string): number {
  return Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10))) / DAY_MS;
}

/** Days since 1970-01-01 → `2026-11-24`. */
export function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Minutes since local midnight (0–1439). */
export function localMinuteOfDay(at: number, tzOffsetMin: number): number {
  const d = localFields(at, tzOffsetMin);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
}

/** The local hour of `at` (0–23), with arithmetic only: the history index reads it for every check-in. */
export const localHourOfDay = (at: number, tzOffsetMin: number): number =>
  Math.floor(mod(at + tzOffsetMin * MINUTE_MS, DAY_MS) / HOUR_MS);

/** `14:05`, 24-hour local time; pages may format with Intl instead. */
export function localClock(at: number, tzOffsetMin: number): string {
  const minutes = localMinuteOfDay(at, tzOffsetMin);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Epoch ms of the local midnight that starts the day containing `at`. */
export function startOfLocalDay(at: number, tzOffsetMin: number): number {
  const shifted = at + tzOffsetMin * MINUTE_MS;
  return shifted - mod(shifted, DAY_MS) - tzOffsetMin * MINUTE_MS;
}

/**
 * Epoch ms of the next local midnight after `at` ("pause until tomorrow"), in the
 * same offset: a daylight-saving change overnight moves it by that change.
 */
export function nextLocalMidnight(at: number, tzOffsetMin: number): number {
  return startOfLocalDay(at, tzOffsetMin) + DAY_MS;
}

/**
 * The first instant of the next local day after `at`, when the offset may change
 * before it: `tzOffsetAt` gives the offset in force at an instant (the adapter's
 * `localOffsetMin`). Asked at 00:30 on the night clocks go back, `nextLocalMidnight`
 * with that hour's offset answers 23:00 of the same day; this answers midnight. Where
 * a zone skips midnight itself, the day begins at the change.
 */
export function nextLocalMidnightIn(at: number, tzOffsetAt: (at: number) => number): number {
  const day = localEpochDay(at, tzOffsetAt(at)) + 1;
  const inOldOffset = day * DAY_MS - tzOffsetAt(at) * MINUTE_MS;
  const inNewOffset = day * DAY_MS - tzOffsetAt(inOldOffset) * MINUTE_MS;
  return localEpochDay(inNewOffset, tzOffsetAt(inNewOffset)) === day ? inNewOffset : inOldOffset;
}

export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
export const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a real calendar date in `YYYY-MM-DD` form (so 2026-02-30 is refused; `DAY_KEY` checks only the form). */
export function isDayKey(key: string): boolean {
  if (!DAY_KEY.test(key)) return false;
  return dayKey(dayNumber(key)) === key;
}

// Weeks. Weekdays are 0 = Sunday … 6 = Saturday, as in settings.

/** The weekday of an epoch day (1970-01-01, day 0, was a Thursday). */
export const weekdayOf = (day: number): number => mod(day + 4, 7);

/** The weekday of `at` in the zone `tzOffsetMin`. */
export function localWeekday(at: number, tzOffsetMin: number): number {
  return weekdayOf(localEpochDay(at, tzOffsetMin));
}

/** The epoch day that starts the week containing `day`; `firstDayOfWeek` 0 Sunday … 6 Saturday (1, Monday, by default; ISO 8601). */
export const weekStartDay = (day: number, firstDayOfWeek = 1): number => day - mod(weekdayOf(day) - firstDayOfWeek, 7);

/** The local day key of the first day of the week containing `at` (see `weekStartDay`). */
export function weekStartOf(at: number, tzOffsetMin: number, firstDayOfWeek = 1): string {
  return dayKey(weekStartDay(localEpochDay(at, tzOffsetMin), firstDayOfWeek));
}

// Weekdays and working hours, for the break engine (core/schedule.ts). A range is
// minutes of the local day, start inclusive, end exclusive, so 09:00–17:30 is
// { startMin: 540, endMin: 1050 } and a range never crosses midnight (use two).

/** Minutes of one local day: `startMin` inclusive, `endMin` exclusive (0–1440). */
export interface MinuteRange {
  startMin: number;
  endMin: number;
}

/** Ranges per local weekday, index 0 = Sunday … 6 = Saturday; ranges of a day must not overlap. */
export type WeekRanges = readonly (readonly MinuteRange[])[];

function eachRange(
  from: number,
  week: WeekRanges,
  tzOffsetMin: number,
  visit: (rangeStart: number, rangeEnd: number) => boolean,
  maxDays: number,
): void {
  let dayStart = startOfLocalDay(from, tzOffsetMin);
  for (let i = 0; i < maxDays; i++, dayStart += DAY_MS) {
    const ranges = [...(week[localWeekday(dayStart, tzOffsetMin)] ?? [])].sort((a, b) => a.startMin - b.startMin);
    for (const r of ranges) {
      if (visit(dayStart + r.startMin * MINUTE_MS, dayStart + r.endMin * MINUTE_MS)) return;
    }
  }
}

const hasWorkingTime = (week: WeekRanges) => week.some((day) => day.some((r) => r.endMin > r.startMin));

/** Milliseconds of [from, to) that fall inside the week's ranges. */
export function workingMsBetween(from: number, to: number, week: WeekRanges, tzOffsetMin: number): number {
  if (to <= from) return 0;
  let total = 0;
  const days = Math.ceil((to - startOfLocalDay(from, tzOffsetMin)) / DAY_MS) + 1;
  eachRange(
    from,
    week,
    tzOffsetMin,
    (start, end) => {
      if (start >= to) return true;
      const overlap = Math.min(end, to) - Math.max(start, from);
      if (overlap > 0) total += overlap;
      return false;
    },
    days,
  );
  return total;
}

/** The moment `ms` of working time have passed after `from`; null if the week has no working time. */
export function addWorkingMs(from: number, ms: number, week: WeekRanges, tzOffsetMin: number): number | null {
  if (ms <= 0) return from;
  if (!hasWorkingTime(week)) return null;
  let remaining = ms;
  let result: number | null = null;
  // Every week holds some working time, so the walk ends; the bound is only a guard.
  const maxDays = 8 + 7 * Math.ceil(ms / MINUTE_MS);
  eachRange(
    from,
    week,
    tzOffsetMin,
    (start, end) => {
      const usable = end - Math.max(start, from);
      if (usable <= 0) return false;
      if (usable >= remaining) {
        result = Math.max(start, from) + remaining;
        return true;
      }
      remaining -= usable;
      return false;
    },
    maxDays,
  );
  return result;
}

/** Whether `at` falls inside one of the week's ranges. */
export function isWorkingAt(at: number, week: WeekRanges, tzOffsetMin: number): boolean {
  const dayStart = startOfLocalDay(at, tzOffsetMin);
  return (week[localWeekday(at, tzOffsetMin)] ?? []).some(
    (r) => dayStart + r.startMin * MINUTE_MS <= at && at < dayStart + r.endMin * MINUTE_MS,
  );
}

/** The first range start or end after `at`, within the next eight days; null if there is none. */
export function nextWorkingBoundary(at: number, week: WeekRanges, tzOffsetMin: number): number | null {
  let found: number | null = null;
  eachRange(
    at,
    week,
    tzOffsetMin,
    (start, end) => {
      const candidate = start > at ? start : end > at ? end : null;
      if (candidate === null) return false;
      found = found === null ? candidate : Math.min(found, candidate);
      return start > at;
    },
    9,
  );
  return found;
}

/** "2 h 05 min" parts: whole hours and the remaining minutes. */
export function hoursAndMinutes(ms: number): { h: number; min: number } {
  const total = Math.floor(ms / MINUTE_MS);
  return { h: Math.floor(total / 60), min: total % 60 };
}

/** The month key `n` months after `key` (before, when negative): `2026-01` − 1 is `2025-12`. */
export function shiftMonth(key: string, n: number): string {
  const index = Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${pad(mod(index, 12) + 1)}`;
}

/**
 * The instant a local date (`2026-11-02`) and clock time (`07:30`) name, in the zone
 * whose offset at an instant `offsetAt` gives (the machine's, from utils/time-zone.ts).
 * Null when either is not a real date or time. In the hour a clock skips (spring
 * forward) it gives the instant the same number of minutes after the change.
 */
export function epochOfLocalDateTime(date: string, time: string, offsetAt: (at: number) => number): number | null {
  if (!isDayKey(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const wall = dayNumber(date) * DAY_MS + Number(time.slice(0, 2)) * HOUR_MS + Number(time.slice(3, 5)) * MINUTE_MS;
  // Two steps: the offset at a first guess, then at the instant that gives.
  const guess = wall - offsetAt(wall) * MINUTE_MS;
  return wall - offsetAt(guess) * MINUTE_MS;
}
