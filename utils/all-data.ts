// Everything Limber stores, read in one storage call, for export (issue 5 "Your
// data"). Read-only: readers never write (a damaged month is reported, not repaired).

import { browser } from 'wxt/browser';
import { type CheckIn, parseMonth } from '@/core/checkins';
import { DEFAULT_SETTINGS, type SettingsV1, validateSettings } from '@/core/settings';
import { readEverything } from './storage';

type Area = Pick<typeof browser.storage.local, 'get'>;

export interface AllData {
  /** Every valid check-in, in time order (months in key order, each sorted). */
  checkIns: CheckIn[];
  /** Months holding something unreadable (`YYYY-MM`): their valid entries are still in `checkIns`. */
  damagedMonths: string[];
  /** The stored settings if valid, else the defaults the extension runs with. */
  settings: SettingsV1;
  /** Break outcomes (core/schedule.ts Outcome), month after month, as stored. */
  outcomes: unknown[];
  /** PHQ-2 self-checks and weekly reflections, as stored (the backup passes them through). */
  phq2: unknown[];
  reflections: unknown[];
  /** Screen time: the daily rollups and the last week's activity log, as stored (absent: none). */
  rollups?: unknown[];
  activity?: unknown;
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export async function readAllData(area: Area = browser.storage.local): Promise<AllData> {
  const stored = await readEverything(area);
  const checkIns: CheckIn[] = [];
  const damagedMonths: string[] = [];
  for (const [month, raw] of stored.checkIns) {
    const parsed = parseMonth(raw);
    if (parsed.damaged) damagedMonths.push(month);
    for (const c of parsed.checkIns) checkIns.push(c);
  }
  const outcomes: unknown[] = [];
  for (const raw of stored.outcomes.values()) for (const o of listOf(raw)) outcomes.push(o);
  const settings = validateSettings(stored.single.settings);
  return {
    checkIns,
    damagedMonths,
    settings: settings.ok ? settings.value : DEFAULT_SETTINGS,
    outcomes,
    phq2: listOf(stored.single.phq2),
    reflections: listOf(stored.single.reflections),
    ...(stored.single.rollups !== undefined && { rollups: listOf(stored.single.rollups) }),
    ...(stored.single.activity !== undefined &&
      stored.single.activity !== null && { activity: stored.single.activity }),
  };
}
