// The clinician report's default dates (issue 15 item 8, "the report fits the data"):
// the diary's own span up to REPORT_MAX_DAYS, so no part of a chart is empty only
// because the diary had not started yet. The person can still choose any dates.
import type { CheckIn } from './checkins';
import type { DayRange } from './history';
import { localEpochDay } from './time';

/** The longest default report: about three months, what a GP or physiotherapist usually asks about. */
export const REPORT_MAX_DAYS = 90;

/** The first and last logged days (epoch days, each check-in in its own zone). */
export interface LoggedSpan {
  first: number;
  last: number;
}

export type ReportRange =
  /** Nothing logged (or nothing readable): there is no report to make yet. */
  | { kind: 'empty' }
  /** The first logged day to today: the whole diary fits. */
  | { kind: 'whole'; range: DayRange }
  /** The last REPORT_MAX_DAYS days of a longer diary. */
  | { kind: 'recent'; range: DayRange; first: number }
  /** Nothing in the last REPORT_MAX_DAYS days: the days up to the last logged one, at most REPORT_MAX_DAYS. */
  | { kind: 'stale'; range: DayRange; last: number };

/** The first and last days of some check-ins, or null for none. */
export function loggedSpan(checkIns: readonly Pick<CheckIn, 'at' | 'tzOffsetMin'>[]): LoggedSpan | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const c of checkIns) {
    const day = localEpochDay(c.at, c.tzOffsetMin);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return checkIns.length === 0 ? null : { first, last };
}

/**
 * The report's default range for a diary spanning `span`, seen on `today`. Days after
 * today (a clock moved back, an import a little ahead) count as today, so the range
 * never ends in the future and is never empty.
 */
export function reportRange(today: number, span: LoggedSpan | null, maxDays = REPORT_MAX_DAYS): ReportRange {
  if (span === null) return { kind: 'empty' };
  const first = Math.min(span.first, today);
  const last = Math.min(span.last, today);
  const earliest = today - (maxDays - 1);
  if (last < earliest) return { kind: 'stale', range: { from: Math.max(first, last - (maxDays - 1)), to: last }, last };
  if (first >= earliest) return { kind: 'whole', range: { from: first, to: today } };
  return { kind: 'recent', range: { from: earliest, to: today }, first };
}
