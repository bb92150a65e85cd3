// Every stored item, declared once (DESIGN.md "Storage"). Each has a fallback and a
// version from day one; a new shape adds a version and a migration here, with a
// fixture test of every older shape.
import { storage } from 'wxt/utils/storage';
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
