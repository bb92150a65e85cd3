// Settings: the shape, the limits and the defaults, as plain data with no schema, so
// a page that only reads settings (the popup) need not load the validator.
// Validation lives in settings.ts, which re-exports all of this.
import type { MoveCondition } from './exercises';
import type { MinuteRange } from './time';

export const BUILT_IN_NUDGES = ['posture', 'stretch', 'walk'] as const;
export type BuiltInNudge = (typeof BUILT_IN_NUDGES)[number];

export interface NudgeSettings {
  enabled: boolean;
  /** Minutes of active time between two of these nudges. */
  intervalMin: number;
  /** How long the break lasts; also the idle time that counts as a natural break. */
  durationSec: number;
}

export interface CustomNudge extends NudgeSettings {
  /** Lower-case letters, digits and dashes; never a built-in nudge's name. */
  id: string;
  name: string;
}

export interface WorkingHours {
  enabled: boolean;
  /** Seven entries, 0 = Sunday … 6 = Saturday; each a list of non-overlapping ranges. */
  days: MinuteRange[][];
}

export type NotificationStyle = 'notification' | 'window' | 'both';

export interface SettingsV1 {
  nudges: Record<BuiltInNudge, NudgeSettings>;
  /** Off by default; at most LENGTHS.customNudges. */
  customNudges: CustomNudge[];
  /** Seconds without input before the browser reports idle (browser.idle, ≥ 15 s). */
  idleDetectionSec: number;
  snoozeMin: number;
  /** Snoozes allowed in a row; after that only done or skip. */
  snoozeLimit: number;
  workingHours: WorkingHours;
  /** Hold a due nudge while a window is full screen or a tab plays sound. */
  waitDuringCalls: boolean;
  /** The longest a nudge is held for a call before it arrives anyway. */
  maxWaitMin: number;
  notificationStyle: NotificationStyle;
  dailyReminder: { enabled: boolean; minuteOfDay: number };
  walkGoalMin: number;
  /** The weekday (0 Sunday … 6 Saturday) the popup offers the weekly reflection; null: never. */
  reflectionWeekday: number | null;
  syncSettings: boolean;
  /** ISO 3166 alpha-2 code for the help page's crisis lines; null follows the browser locale. */
  helpCountry: string | null;
  /** Catalog moves the user asked not to be shown. */
  hiddenMoves: string[];
  // Care (issue 13): the help country is `helpCountry` above; chosen there or on the
  // help page, it wins over the browser locale (core/helplines.ts chooseHelpCountry).
  /** The optional "moves to avoid" check: conditions whose moves breaks never offer. */
  movesToAvoid: MoveCondition[];
  // The break page's extras (issue 14), off by default. Settings stored before they
  // existed read as the defaults (core/settings.ts fills them in).
  /** A soft chime when a break's time is up. */
  chime: boolean;
  /** A notice `leadSec` before a break falls due ("Walk in 30 seconds"), with Postpone. */
  headsUp: { enabled: boolean; leadSec: number };
}

/** Inclusive limits of every number, keyed by the field's own name (its last path part). */
export const LIMITS = {
  intervalMin: { min: 5, max: 240 },
  durationSec: { min: 10, max: 1800 },
  // browser.idle.setDetectionInterval refuses less than 15 s.
  idleDetectionSec: { min: 15, max: 600 },
  snoozeMin: { min: 1, max: 30 },
  snoozeLimit: { min: 0, max: 5 },
  maxWaitMin: { min: 5, max: 120 },
  walkGoalMin: { min: 0, max: 240 },
  reflectionWeekday: { min: 0, max: 6 },
  minuteOfDay: { min: 0, max: 1439 },
  startMin: { min: 0, max: 1439 },
  endMin: { min: 1, max: 1440 },
  leadSec: { min: 10, max: 300 },
} as const;

/** Inclusive limits of texts and lists, keyed by path with `*` for any index. */
export const LENGTHS = {
  customNudges: { min: 0, max: 5 },
  'customNudges.*.name': { min: 1, max: 40 },
  'workingHours.days': { min: 7, max: 7 },
  'workingHours.days.*': { min: 0, max: 4 },
  // storage.sync allows 8 KB per item: keep settings well inside it.
  hiddenMoves: { min: 0, max: 200 },
  'hiddenMoves.*': { min: 1, max: 64 },
} as const;

export const PAUSE_OPTIONS = ['30min', '1h', '2h', 'tomorrow'] as const;
export type PauseOption = (typeof PAUSE_OPTIONS)[number];

const HOUR_MIN = 60;
const weekday = (): MinuteRange[] => [{ startMin: 9 * HOUR_MIN, endMin: 17 * HOUR_MIN + 30 }];

export const DEFAULT_SETTINGS: SettingsV1 = {
  // Intervals and durations: DESIGN.md "Nudges" (McLean 2001; Waongenngarm 2021; Galinsky 2000).
  nudges: {
    posture: { enabled: true, intervalMin: 20, durationSec: 20 },
    stretch: { enabled: true, intervalMin: 40, durationSec: 120 },
    walk: { enabled: true, intervalMin: 60, durationSec: 300 },
  },
  customNudges: [],
  idleDetectionSec: 60,
  snoozeMin: 5,
  snoozeLimit: 2,
  // Off by default, so a new user sees Limber work at once.
  workingHours: { enabled: false, days: [[], weekday(), weekday(), weekday(), weekday(), weekday(), []] },
  waitDuringCalls: true,
  maxWaitMin: 30,
  notificationStyle: 'notification',
  dailyReminder: { enabled: false, minuteOfDay: 20 * HOUR_MIN },
  walkGoalMin: 20,
  // Friday: the end of most working weeks.
  reflectionWeekday: 5,
  syncSettings: false,
  helpCountry: null,
  hiddenMoves: [],
  movesToAvoid: [],
  chime: false,
  headsUp: { enabled: false, leadSec: 30 },
};
