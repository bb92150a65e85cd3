// Everything Limber stores, read in one storage call, for export (issue 5 "Your
// data"). Read-only: readers never write (a damaged month is reported, not repaired).

import { browser } from 'wxt/browser';
import { type CheckIn, parseMonth } from '@/core/checkins';
import { DEFAULT_SETTINGS, type SettingsV1, validateSettings } from '@/core/settings';
import { MONTH_KEY } from '@/core/time';
import { CHECKINS_KEY_PREFIX } from './storage';

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
}

const OUTCOMES_KEY_PREFIX = 'outcomes:';
const monthKeysOf = (all: Record<string, unknown>, prefix: string) =>
  Object.keys(all)
    .filter((key) => key.startsWith(prefix) && MONTH_KEY.test(key.slice(prefix.length)))
    .sort();
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export async function readAllData(area: Area = browser.storage.local): Promise<AllData> {
  const all: Record<string, unknown> = await area.get(null);
  const checkIns: CheckIn[] = [];
  const damagedMonths: string[] = [];
  for (const key of monthKeysOf(all, CHECKINS_KEY_PREFIX)) {
    const parsed = parseMonth(all[key]);
    if (parsed.damaged) damagedMonths.push(key.slice(CHECKINS_KEY_PREFIX.length));
    for (const c of parsed.checkIns) checkIns.push(c);
  }
  const outcomes: unknown[] = [];
  for (const key of monthKeysOf(all, OUTCOMES_KEY_PREFIX)) for (const o of listOf(all[key])) outcomes.push(o);
  const settings = validateSettings(all.settings);
  return {
    checkIns,
    damagedMonths,
    settings: settings.ok ? settings.value : DEFAULT_SETTINGS,
    outcomes,
    phq2: listOf(all.phq2),
    reflections: listOf(all.reflections),
  };
}
