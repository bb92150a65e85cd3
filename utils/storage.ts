// Every stored item, declared once (DESIGN.md "Storage"). Each has a fallback and a
// version from day one; a new shape adds a version and a migration here, with a
// fixture test of every older shape.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS } from '@/core/settings-defaults';
import { MONTH_KEY } from '@/core/time';

/**
 * Check-ins live under one key per local month (`local:checkins:2026-11`), so a save
 * rewrites ~300 entries at most, never ten years. Values are read as `unknown`
 * and validated by core/checkins.ts `parseMonth`: storage is input like any other.
 */
const monthItems = new Map<string, ReturnType<typeof defineMonth>>();
const defineMonth = (month: string) =>
  storage.defineItem<unknown>(`local:checkins:${month}`, { fallback: [], version: 1 });

export function checkInsMonthItem(month: string) {
  if (!MONTH_KEY.test(month)) throw new Error(`Not a month key: ${month}`);
  let item = monthItems.get(month);
  if (!item) {
    item = defineMonth(month);
    monthItems.set(month, item);
  }
  return item;
}

export const CHECKINS_KEY_PREFIX = 'checkins:';
export const OUTCOMES_KEY_PREFIX = 'outcomes:';

/** From a whole-storage read, every month stored under `prefix`, in month order: `YYYY-MM` → raw value. */
export function storedMonths(all: Record<string, unknown>, prefix: string): Map<string, unknown> {
  const months = Object.keys(all)
    .filter((key) => key.startsWith(prefix) && MONTH_KEY.test(key.slice(prefix.length)))
    .sort();
  return new Map(months.map((key) => [key.slice(prefix.length), all[key]]));
}

/** A stored value that failed validation, kept aside as it was, never deleted. */
export interface QuarantineEntryV1 {
  /** The storage key it came from, e.g. `checkins:2026-11`. */
  source: string;
  /** When it was set aside (epoch ms). */
  at: number;
  /** How many valid entries were kept in place. */
  kept: number;
  /** The raw value exactly as it was found. */
  raw: unknown;
  /** The user has seen the notice and closed it. */
  dismissed: boolean;
}

export const quarantineItem = storage.defineItem<QuarantineEntryV1[]>('local:quarantine', {
  fallback: [],
  version: 1,
});

/**
 * PHQ-2 self-checks (core/care.ts `Phq2Result`), oldest first. Read as `unknown`
 * and validated entry by entry (`validatePhq2Result`). Written only by the
 * background (utils/care-store.ts).
 */
export const phq2Item = storage.defineItem<unknown>('local:phq2', { fallback: [], version: 1 });

/**
 * Weekly reflections (core/care.ts `WeeklyReflection`), one per week start. Read as
 * `unknown` and validated entry by entry. Written only by the background.
 */
export const reflectionsItem = storage.defineItem<unknown>('local:reflections', { fallback: [], version: 1 });

/**
 * Settings (core/settings.ts SettingsV1). Read as `unknown` and validated by
 * `readSettings` (utils/settings-store.ts); written only by the background. When the
 * user turns on sync, the background mirrors them to `sync:settings` too.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });
export const syncedSettingsItem = storage.defineItem<unknown>('sync:settings', { fallback: null, version: 1 });

/** The break engine's state (core/schedule.ts ScheduleStateV1); written only by the background. */
export const engineItem = storage.defineItem<unknown>('local:engine', { fallback: null, version: 1 });

/** Every nudge's life (core/schedule.ts Outcome), one key per local month, oldest first. */
const outcomeItems = new Map<string, ReturnType<typeof defineOutcomes>>();
const defineOutcomes = (month: string) =>
  storage.defineItem<unknown>(`local:${OUTCOMES_KEY_PREFIX}${month}`, { fallback: [], version: 1 });

export function outcomesMonthItem(month: string) {
  if (!MONTH_KEY.test(month)) throw new Error(`Not a month key: ${month}`);
  let item = outcomeItems.get(month);
  if (!item) {
    item = defineOutcomes(month);
    outcomeItems.set(month, item);
  }
  return item;
}

/**
 * The id of the last move the break page offered, so the next stretch is a different
 * one (core/move-choice.ts chooseMove). A per-user UI preference with one writer, the
 * break page itself; read as `unknown` and checked against the catalog (findMove).
 */
export const lastMoveItem = storage.defineItem<unknown>('local:lastMove', { fallback: null, version: 1 });

/**
 * Active screen time (core/activity.ts): the last week's idle observations, and the
 * per-day hour rollups older time is folded into (kept ten years, written at most
 * about once a day). Both written only by the background (utils/activity-store.ts).
 */
export const activityItem = storage.defineItem<unknown>('local:activity', { fallback: null, version: 1 });
export const rollupsItem = storage.defineItem<unknown>('local:rollups', { fallback: [], version: 1 });

/** The popup's view of the break engine (core/status-snapshot.ts), written after every engine step. */
export const statusItem = storage.defineItem<unknown>('local:status', { fallback: null, version: 1 });
