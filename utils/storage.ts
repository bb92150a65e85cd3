// Every stored item, declared once (DESIGN.md "Storage"), on the keys of
// utils/storage-keys.ts (`storage.local` and `storage.sync`, the two per-month
// families), and one typed read of everything. No other file spells a key
// (utils/storage.test.ts checks the source and the README).
// Each item has a fallback and a version from day one; a new shape adds a version and
// a migration here, with a fixture test of every older shape.

import { storage } from 'wxt/utils/storage';
import type { BACKUP_PARTS } from '@/core/export-backup';
import { DEFAULT_SETTINGS } from '@/core/settings-defaults';
import { browser } from './page-browser';
import { CHECKINS, KEY, type MonthFamily, OUTCOMES, type SingleKey, SYNC_KEY } from './storage-keys';

/** The storage item of one month of a family, read as `unknown` (storage is input like any other). */
export function monthItem(family: MonthFamily<string>, month: string): ReturnType<typeof defineMonthItem> {
  const key = family.key(month);
  let item = monthItems.get(key);
  if (!item) {
    item = defineMonthItem(key);
    monthItems.set(key, item);
  }
  return item;
}

const defineMonthItem = (key: string) => storage.defineItem<unknown>(`local:${key}`, { fallback: [], version: 1 });
const monthItems = new Map<string, ReturnType<typeof defineMonthItem>>();

/** Every key, as the README's Data section lists them (utils/storage.test.ts holds the two equal). */
export const DOCUMENTED_KEYS = [
  `${CHECKINS.name}:YYYY-MM`,
  `${OUTCOMES.name}:YYYY-MM`,
  ...Object.values(KEY),
  `sync:${SYNC_KEY.settings}`,
] as const;

// What the JSON backup carries of each stored key (issue 15 "A backup that is
// whole"): everything the person made or Limber measured, and for every key it does
// not carry, why that key is derived or not the person's. utils/backup-coverage.test.ts
// holds this table to the keys above and to core/export-backup.ts BACKUP_PARTS, and
// round-trips every carried key; tests/e2e/options.test.mjs does it in Chromium.
type BackupPart = 'checkIns' | (typeof BACKUP_PARTS)[number];

export const BACKUP_COVERAGE: Record<
  (typeof DOCUMENTED_KEYS)[number],
  { carried: BackupPart } | { derived: string } | { notCarried: string }
> = {
  [`${CHECKINS.name}:YYYY-MM` as const]: { carried: 'checkIns' },
  [`${OUTCOMES.name}:YYYY-MM` as const]: { carried: 'outcomes' },
  // With the moves hidden with "Not for me" (settings.hiddenMoves).
  settings: { carried: 'settings' },
  engine: { derived: 'the break timer’s state, rebuilt from settings and the clock when the worker starts' },
  status: { derived: 'the popup’s view of the engine, rewritten after every engine step' },
  activity: { carried: 'activity' },
  rollups: { carried: 'rollups' },
  phq2: { carried: 'phq2' },
  reflections: { carried: 'reflections' },
  lastMove: { derived: 'the last move the break page offered, kept only so the next one differs' },
  quarantine: {
    notCarried:
      'values that failed validation, kept aside on this device to be looked at; a backup holds only valid data',
  },
  'sync:settings': { derived: 'a copy of settings in the browser’s sync area, written when sync is on' },
};

/** Everything in `storage.local`, in one storage call, split by what it is. Values are raw (`unknown`). */
export interface StoredData {
  /** Each single key's raw value (absent: undefined). */
  single: Partial<Record<SingleKey, unknown>>;
  /** Check-in months in month order, `YYYY-MM` → raw value. */
  checkIns: Map<string, unknown>;
  /** Break-record months in month order, `YYYY-MM` → raw value. */
  outcomes: Map<string, unknown>;
  /** Every key present, declared or not (an older version's leftovers are Limber's own too). */
  keys: string[];
}

type ReadArea = Pick<typeof browser.storage.local, 'get'>;

export async function readEverything(area: ReadArea = browser.storage.local): Promise<StoredData> {
  const all: Record<string, unknown> = await area.get(null);
  const single: Partial<Record<SingleKey, unknown>> = {};
  for (const key of Object.values(KEY)) if (all[key] !== undefined) single[key] = all[key];
  return { single, checkIns: CHECKINS.months(all), outcomes: OUTCOMES.months(all), keys: Object.keys(all) };
}

/** One storage call for some months of a family: `YYYY-MM` → raw value, in month order. */
export async function readMonths<P extends string>(
  family: MonthFamily<P>,
  months: readonly string[],
  area: ReadArea = browser.storage.local,
): Promise<Map<string, unknown>> {
  return family.months(await area.get(months.map(family.key)));
}

// Read as `unknown` (parseQuarantine): garbage in the quarantine itself is kept too.
export const quarantineItem = storage.defineItem<unknown>(`local:${KEY.quarantine}`, {
  fallback: [],
  version: 1,
});

/**
 * PHQ-2 self-checks (core/care.ts `Phq2Result`), oldest first. Read as `unknown`
 * and validated entry by entry (`validatePhq2Result`). Written only by the
 * background (utils/care-store.ts).
 */
export const phq2Item = storage.defineItem<unknown>(`local:${KEY.phq2}`, { fallback: [], version: 1 });

/**
 * Weekly reflections (core/care.ts `WeeklyReflection`), one per week start. Read as
 * `unknown` and validated entry by entry. Written only by the background.
 */
export const reflectionsItem = storage.defineItem<unknown>(`local:${KEY.reflections}`, { fallback: [], version: 1 });

/**
 * Settings (core/settings.ts SettingsV1). Read as `unknown` and validated by
 * `readSettings` (utils/settings-store.ts); written only by the background. When the
 * user turns on sync, the background mirrors them to `sync:settings` too.
 */
export const settingsItem = storage.defineItem<unknown>(`local:${KEY.settings}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
export const syncedSettingsItem = storage.defineItem<unknown>(`sync:${SYNC_KEY.settings}`, {
  fallback: null,
  version: 1,
});

/** The break engine's state (core/schedule.ts ScheduleStateV1); written only by the background. */
export const engineItem = storage.defineItem<unknown>(`local:${KEY.engine}`, { fallback: null, version: 1 });

/**
 * The id of the last move the break page offered, so the next stretch is a different
 * one (core/move-choice.ts chooseMove). A per-user UI preference with one writer, the
 * break page itself; read as `unknown` and checked against the catalog (findMove).
 */
export const lastMoveItem = storage.defineItem<unknown>(`local:${KEY.lastMove}`, { fallback: null, version: 1 });

/**
 * Active screen time (core/activity.ts): the last week's idle observations, and the
 * per-day hour rollups older time is folded into (kept ten years, written at most
 * about once a day). Both written only by the background (utils/activity-store.ts).
 */
export const activityItem = storage.defineItem<unknown>(`local:${KEY.activity}`, { fallback: null, version: 1 });
export const rollupsItem = storage.defineItem<unknown>(`local:${KEY.rollups}`, { fallback: [], version: 1 });

/** The popup's view of the break engine (core/status-snapshot.ts), written after every engine step. */
export const statusItem = storage.defineItem<unknown>(`local:${KEY.status}`, { fallback: null, version: 1 });
