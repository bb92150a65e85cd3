// Read-only loading for the history page and the clinician report. Readers never
// write (utils/checkin-store.ts is the one writer); a damaged month is reported so
// the page can ask the background to keep it aside.

import { browser } from 'wxt/browser';
import { type Phq2Result, validatePhq2Result, validateWeeklyReflection, type WeeklyReflection } from '@/core/care';
import { type CheckIn, parseMonth } from '@/core/checkins';
import type { DayActivity } from '@/core/history';
import { outcomeDays } from '@/core/outcome-days';
import { parseOutcomes } from '@/core/outcomes';
import { type LoggedSpan, loggedSpan } from '@/core/report-range';
import { localOffsetMin } from '@/utils/time-zone';
import { readActiveDays } from './activity-store';
import { readSettings } from './settings-store';
import { phq2Item, readEverything, readMonths, reflectionsItem } from './storage';
import { CHECKINS, OUTCOMES } from './storage-keys';

type Area = Pick<typeof browser.storage.local, 'get'>;

export interface LoadedCheckIns {
  /** Every valid check-in of the months read, in time order. */
  checkIns: CheckIn[];
  /** Months read that hold something unreadable (`YYYY-MM`). */
  damagedMonths: string[];
  /** Months read that hold at least one check-in, oldest first. */
  months: string[];
}

/**
 * Reads check-ins month by month: only the listed months, or every stored month for
 * 'all'. One storage call either way; each month is validated by `parseMonth`.
 */
export async function readCheckIns(
  months: readonly string[] | 'all',
  area: Area = browser.storage.local,
): Promise<LoadedCheckIns> {
  const stored = months === 'all' ? (await readEverything(area)).checkIns : await readMonths(CHECKINS, months, area);
  const checkIns: CheckIn[] = [];
  const damagedMonths: string[] = [];
  const found: string[] = [];
  for (const [month, raw] of stored) {
    const parsed = parseMonth(raw);
    if (parsed.damaged) damagedMonths.push(month);
    if (parsed.checkIns.length === 0) continue;
    found.push(month);
    // Months are in key order and each is sorted, so the whole list is in time order
    // (a check-in's month follows its own zone, so a travel day may interleave a little;
    // buildHistoryIndex copes with that).
    for (const c of parsed.checkIns) checkIns.push(c);
  }
  return { checkIns, damagedMonths, months: found };
}

/** Stored PHQ-2 self-checks that pass validation, oldest first. */
export async function readPhq2(): Promise<Phq2Result[]> {
  const raw = await phq2Item.getValue();
  const list = Array.isArray(raw) ? raw : [];
  const valid: Phq2Result[] = [];
  for (const item of list) {
    const result = validatePhq2Result(item);
    if (result.ok) valid.push(result.value);
  }
  return valid.sort((a, b) => a.at - b.at);
}

/** Stored weekly reflections that pass validation, in stored order. */
export async function readReflections(): Promise<WeeklyReflection[]> {
  const raw = await reflectionsItem.getValue();
  const list = Array.isArray(raw) ? raw : [];
  const valid: WeeklyReflection[] = [];
  for (const item of list) {
    const result = validateWeeklyReflection(item);
    if (result.ok) valid.push(result.value);
  }
  return valid;
}

/**
 * Active minutes (by hour), nudge outcomes and walk minutes per day, from what the
 * break engine recorded: its activity log and rollups, and `outcomes:YYYY-MM`.
 */
export async function readActivity(
  months: readonly string[] | 'all',
  area: Area = browser.storage.local,
  now = Date.now(),
): Promise<DayActivity[]> {
  const stored = months === 'all' ? (await readEverything(area)).outcomes : await readMonths(OUTCOMES, months, area);
  const outcomes = [...stored.values()].flatMap(parseOutcomes);
  const { settings } = await readSettings();
  const byDay = new Map<string, DayActivity>();
  // Walk minutes are each walk's credited seconds, never today's walk length.
  for (const row of outcomeDays(outcomes, localOffsetMin)) byDay.set(row.day, row);
  for (const { day, activeMinByHour } of await readActiveDays(now, localOffsetMin, settings.idleDetectionSec)) {
    if (months !== 'all' && !months.includes(day.slice(0, 7))) continue;
    const activeMinutes = Math.round(activeMinByHour.reduce((a, b) => a + b, 0) * 10) / 10;
    byDay.set(day, { ...byDay.get(day), day, activeMinutes, activeMinByHour });
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

/**
 * The first and last logged days of the whole diary (the report's default range),
 * parsing only the oldest and newest months that hold a valid check-in. One storage
 * call; a damaged month's valid entries count, what failed validation does not.
 */
export async function readLoggedSpan(area: Area = browser.storage.local): Promise<LoggedSpan | null> {
  const months = [...(await readEverything(area)).checkIns.values()];
  const firstWith = (list: unknown[]) => {
    for (const raw of list) {
      const { checkIns } = parseMonth(raw);
      if (checkIns.length > 0) return loggedSpan(checkIns);
    }
    return null;
  };
  const oldest = firstWith(months);
  const newest = firstWith(months.reverse());
  return oldest && newest ? { first: oldest.first, last: newest.last } : null;
}
