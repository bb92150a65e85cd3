// The check-ins CSV (one row per check-in, read back by core/import-csv.ts) and the
// daily summary CSV (one row per local day, for a spreadsheet). FIELD.md "Export".
import type { CheckIn } from './checkins';
import { type CsvCell, writeCsv } from './csv';
import { addToTally, type DayTally, dayMeans, emptyTally } from './day-means';
import { localIsoTime, sortedByTime } from './export';
import type { DayActivity } from './history';
import { breaksTaken } from './outcome-days';
import { DAY_KEY, localDayKey } from './time';

/** Columns of the check-ins CSV, in order. core/import-csv.ts reads them back in any order. */
export const CHECKIN_CSV_COLUMNS = [
  'id',
  'time',
  'tzOffsetMin',
  'mood',
  'pain',
  'sleep',
  'regions',
  'tags',
  'note',
  'source',
  'breakId',
  'breakPhase',
] as const;
export type CheckInCsvColumn = (typeof CHECKIN_CSV_COLUMNS)[number];

/** Separator inside the regions and tags cells. */
export const LIST_SEPARATOR = ';';

/**
 * One row per check-in, in time order. Mood is the number 1–5 (labels belong to the
 * UI and its language). Absent optional parts are empty cells; an empty list or note
 * is written as an empty cell too, so it comes back absent, as `createCheckIn` would
 * store it. Text cells are guarded against formula injection (csv.ts).
 */
export function checkInsCsv(checkIns: readonly CheckIn[], options: { bom?: boolean } = {}): string {
  const rows: CsvCell[][] = [[...CHECKIN_CSV_COLUMNS]];
  for (const c of sortedByTime(checkIns)) {
    rows.push([
      c.id,
      localIsoTime(c.at, c.tzOffsetMin),
      c.tzOffsetMin,
      c.mood,
      c.pain,
      c.sleep,
      c.regions?.join(LIST_SEPARATOR),
      c.tags?.join(LIST_SEPARATOR),
      c.note,
      c.source,
      c.breakId,
      c.breakPhase,
    ]);
  }
  return writeCsv(rows, options);
}

// Daily summary CSV

/** One local day. Absent values are unknown, never zero. */
export interface DailyRow {
  /** `YYYY-MM-DD`, local. */
  date: string;
  /** Mean of the day's check-ins, rounded to 2 decimals; absent when none. */
  meanPain?: number;
  meanMood?: number;
  /** Check-ins logged that day: a real count, so 0 on a day with activity but no check-in. */
  entries: number;
  activeMinutes?: number;
  nudgesTaken?: number;
  snoozed?: number;
  skipped?: number;
  natural?: number;
  walkMinutes?: number;
}

export const DAILY_CSV_COLUMNS = [
  'date',
  'meanPain',
  'meanMood',
  'entries',
  'activeMinutes',
  'nudgesTaken',
  'snoozed',
  'skipped',
  'natural',
  'walkMinutes',
] as const satisfies readonly (keyof DailyRow)[];

// Integer arithmetic first, so 201/200 rounds to 1.01 and not (via 1.00499…) to 1.
const roundedMean = (sum: number, count: number) => Math.round((sum * 100) / count) / 100;

const finite = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);

/**
 * Builds one row per local day that has check-ins or activity, in date order.
 * `activity` is keyed by `YYYY-MM-DD`; keys that are not day keys are ignored, and
 * only the map's own keys are read.
 */
export function buildDailyRows(
  checkIns: readonly CheckIn[],
  activity: Readonly<Record<string, Omit<DayActivity, 'day'>>> = {},
): DailyRow[] {
  const sums = new Map<string, DayTally>();
  for (const c of checkIns) {
    const key = localDayKey(c.at, c.tzOffsetMin);
    sums.set(key, addToTally(sums.get(key) ?? emptyTally(), c));
  }
  const days = new Set(sums.keys());
  for (const key of Object.keys(activity)) if (DAY_KEY.test(key)) days.add(key);

  return [...days].sort().map((date) => {
    const row: DailyRow = { date, entries: 0 };
    const acc = sums.get(date);
    if (acc) {
      row.entries = acc.entries;
      // A skipped pain or mood is left out of that day's mean (an empty cell when all skipped it).
      const { meanPain, meanMood } = dayMeans(acc, roundedMean);
      if (meanPain !== null) row.meanPain = meanPain;
      if (meanMood !== null) row.meanMood = meanMood;
    }
    const a = Object.hasOwn(activity, date) ? activity[date] : undefined;
    if (a) {
      const set = (key: keyof DailyRow, value: number | undefined) => {
        const n = finite(value);
        if (n !== undefined) (row as unknown as Record<string, number>)[key] = n;
      };
      set('activeMinutes', a.activeMinutes);
      // A natural break counts as taken (DESIGN.md), as in the insights.
      set('nudgesTaken', breaksTaken(a));
      set('snoozed', a.snoozed);
      set('skipped', a.skipped);
      set('natural', a.natural);
      set('walkMinutes', a.walkMinutes);
    }
    return row;
  });
}

/** The daily summary as CSV: absent values are empty cells, never 0. */
export function dailySummaryCsv(days: readonly DailyRow[], options: { bom?: boolean } = {}): string {
  const rows: CsvCell[][] = [[...DAILY_CSV_COLUMNS]];
  for (const day of days) rows.push(DAILY_CSV_COLUMNS.map((column) => day[column]));
  return writeCsv(rows, options);
}
