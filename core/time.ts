// Units and local-calendar keys. Everything here is pure: time comes in as epoch ms.
//
// tzOffsetMin is the offset of local time from UTC in minutes, as the user saw it
// when the event happened (UTC+1 → 60, UTC−5 → −300); that is `-Date#getTimezoneOffset()`.
// Storing it with each record keeps "which day was this?" stable after travel or DST.

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Wall-clock fields of `at` in the zone `tzOffsetMin`, read through UTC getters. */
function localFields(at: number, tzOffsetMin: number): Date {
  return new Date(at + tzOffsetMin * MINUTE_MS);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-24`: the local calendar day of `at`. */
export function localDayKey(at: number, tzOffsetMin: number): string {
  const d = localFields(at, tzOffsetMin);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `2026-11`: the local calendar month of `at`; check-ins are stored per month. */
export function localMonthKey(at: number, tzOffsetMin: number): string {
  return localDayKey(at, tzOffsetMin).slice(0, 7);
}

/** Minutes since local midnight (0–1439). */
export function localMinuteOfDay(at: number, tzOffsetMin: number): number {
  const d = localFields(at, tzOffsetMin);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
}

/** `14:05`, 24-hour local time; pages may format with Intl instead. */
export function localClock(at: number, tzOffsetMin: number): string {
  const minutes = localMinuteOfDay(at, tzOffsetMin);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Epoch ms of the local midnight that starts the day containing `at`. */
export function startOfLocalDay(at: number, tzOffsetMin: number): number {
  const shifted = at + tzOffsetMin * MINUTE_MS;
  return shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - tzOffsetMin * MINUTE_MS;
}

export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
export const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
