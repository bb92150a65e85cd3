// The name of every stored key, declared once (DESIGN.md "Storage"): the single keys
// of `storage.local` and `storage.sync`, and the two per-month families. Names only, no
// storage library: utils/storage.ts defines the stored items on them, and the pages'
// light reader (utils/page-storage.ts) reads them with the browser's own API, so the
// popup loads neither @wxt-dev/storage nor the locks (bench popup.heapRatio). No other
// file spells a key (utils/storage.test.ts checks the source and the README).

import type { KeptKind, KeptSourceOf } from '@/core/quarantine';
import { MONTH_KEY } from '@/core/time';

/** Every single (not per-month) key in `storage.local`. */
export const KEY = {
  /** core/settings.ts SettingsV1 */
  settings: 'settings',
  /** core/schedule.ts ScheduleStateV1, as absolute times */
  engine: 'engine',
  /** core/status-snapshot.ts: the popup's view of the engine */
  status: 'status',
  /** core/activity.ts: the last week's idle observations */
  activity: 'activity',
  /** core/activity.ts: per-day hour rollups older time is folded into */
  rollups: 'rollups',
  /** core/care.ts Phq2Result[] */
  phq2: 'phq2',
  /** core/care.ts WeeklyReflection[] */
  reflections: 'reflections',
  /** the id of the last move the break page offered */
  lastMove: 'lastMove',
  /** core/quarantine.ts QuarantineEntry[]: stored values that failed validation, kept aside */
  quarantine: 'quarantine',
} as const;

export type SingleKey = (typeof KEY)[keyof typeof KEY];

/** The one key in `storage.sync`: the settings' copy, written only when the user turns sync on. */
export const SYNC_KEY = { settings: 'settings' } as const;

/** A family of keys, one per local month (`checkins:2026-11`), so a write rewrites one month. */
export interface MonthFamily<P extends string> {
  readonly name: P;
  /** The key of month `YYYY-MM`; throws on anything else. */
  key(month: string): `${P}:${string}`;
  /** The month of a key of this family, or null if it is not one. */
  monthOf(key: string): string | null;
  /** From a whole-area read, every month stored in this family, in month order: `YYYY-MM` → raw value. */
  months(all: Readonly<Record<string, unknown>>): Map<string, unknown>;
}

function monthFamily<P extends string>(name: P): MonthFamily<P> {
  const prefix = `${name}:`;
  const monthOf = (key: string) => {
    if (!key.startsWith(prefix)) return null;
    const month = key.slice(prefix.length);
    return MONTH_KEY.test(month) ? month : null;
  };
  const key = (month: string): `${P}:${string}` => {
    if (!MONTH_KEY.test(month)) throw new Error(`Not a month key: ${month}`);
    return `${name}:${month}`;
  };
  return {
    name,
    key,
    monthOf,
    months(all) {
      const found: [string, unknown][] = [];
      for (const k of Object.keys(all)) {
        const month = monthOf(k);
        // A read of named keys may hold a missing one as undefined: it is not stored.
        if (month !== null && all[k] !== undefined) found.push([month, all[k]]);
      }
      return new Map(found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    },
  };
}

/** Check-ins (core/checkins.ts), validated by `parseMonth` when read. */
export const CHECKINS = monthFamily('checkins');
/** Every nudge's life (core/schedule.ts Outcome), oldest first, filed by the machine zone's month. */
export const OUTCOMES = monthFamily('outcomes');

/** Any key Limber stores in `storage.local`. */
export type StoredKey = SingleKey | ReturnType<typeof CHECKINS.key> | ReturnType<typeof OUTCOMES.key>;

/** Whether `key` is one of the keys declared here. */
export const isDeclaredKey = (key: string): key is StoredKey =>
  (Object.values(KEY) as string[]).includes(key) || CHECKINS.monthOf(key) !== null || OUTCOMES.monthOf(key) !== null;

/** What each single key holds, in the words of the kept-aside notices (core/quarantine.ts). */
const KEPT_KIND: Record<SingleKey, KeptKind> = {
  [KEY.settings]: 'settings',
  [KEY.engine]: 'schedule',
  [KEY.status]: 'schedule',
  [KEY.activity]: 'screenTime',
  [KEY.rollups]: 'screenTime',
  [KEY.phq2]: 'phq2',
  [KEY.reflections]: 'reflections',
  [KEY.lastMove]: 'lastMove',
  [KEY.quarantine]: 'quarantine',
};

/** What a stored key holds, for the notices: a month of check-ins with its month; null for a key not declared here. */
export const keptSourceOf: KeptSourceOf = (key) => {
  const month = CHECKINS.monthOf(key);
  if (month !== null) return { kind: 'checkIns', checkInMonth: month };
  if (OUTCOMES.monthOf(key) !== null) return { kind: 'breaks' };
  return Object.hasOwn(KEPT_KIND, key) ? { kind: KEPT_KIND[key as SingleKey] } : null;
};
