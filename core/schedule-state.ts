// The break engine's stored state and what goes in and out of step(): the events,
// the effects, the waiting break, a fresh state, a copy, and reading the stored state
// back (core/schedule.ts holds the rules that change it; core/schedule-simulation.ts
// runs a day of it).
import * as v from 'valibot';
import type { IdleState } from './activity';
import type { Outcome } from './outcomes';
import { specsOf } from './schedule-counting';
import type { SettingsV1 } from './settings';
import { localDayKey } from './time';

/** 'posture' | 'stretch' | 'walk', or a custom nudge's id. */
export type NudgeId = string;

export type BadgeMark = 'paused' | 'waiting' | 'none';

export type Effect =
  | { kind: 'notify'; nudge: NudgeId; deferred: boolean; snoozesLeft: number }
  | { kind: 'closeNotification' }
  | { kind: 'record'; outcome: Outcome }
  | { kind: 'badge'; mark: BadgeMark }
  /** A heads-up: `nudge` falls due at `at` if the user stays active (settings.headsUp). */
  | { kind: 'headsUp'; nudge: NudgeId; at: number }
  /** Replace the one alarm; null clears it. */
  | { kind: 'arm'; at: number | null };

export type ScheduleEvent =
  /** The worker started: re-arm. `state` is idle.queryState(detectionSec). */
  | { type: 'start'; state: IdleState }
  | { type: 'idleState'; state: IdleState }
  /** The alarm fired; `state` is idle.queryState(detectionSec) at that moment. */
  | { type: 'alarm'; state: IdleState }
  | { type: 'done' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; untilAt: number }
  | { type: 'resume' }
  | { type: 'takeBreakNow'; nudge: NudgeId }
  /** Postpone on a heads-up: the coming break arrives snoozeMin later, as if snoozed once. */
  | { type: 'postpone' }
  | { type: 'environment'; fullscreenOrAudible: boolean }
  | { type: 'settingsChanged' };

export interface Timer {
  nudge: NudgeId;
  /** Counted ms since `resetAt`, up to `countingSince` when a stretch is open. */
  accruedMs: number;
  resetAt: number;
}

/** A break that fell due and is not yet done, skipped or taken naturally. */
export interface PendingBreak {
  nudge: NudgeId;
  dueAt: number;
  /** A notification for it is up. */
  shown: boolean;
  snoozesUsed: number;
  snoozedUntil: number | null;
  /** When it started waiting for a call to end. */
  heldSince: number | null;
  /** It waited the longest allowed and was shown during the call. */
  deferred: boolean;
}

export interface ScheduleStateV1 {
  v: 1;
  presence: IdleState;
  /** Active: when the stretch began. Idle or locked: when the time away began. */
  presenceSince: number;
  /** The time away began while busy: watching, not away, so no natural break. */
  awaySpoiled: boolean;
  /** Start of the open counted stretch; null unless active and not paused. */
  countingSince: number | null;
  /** Enabled nudges, smallest first. */
  timers: Timer[];
  pending: PendingBreak | null;
  pausedUntil: number | null;
  /** A window is full screen or a tab plays sound. */
  busy: boolean;
  armedAt: number | null;
  badge: BadgeMark;
  /** Active ms of closed stretches on `day`. */
  today: { day: string; activeMs: number };
  walkToday: { day: string; walkSec: number };
  /** The last heads-up given, so each break gets one; states stored before it read as null. */
  warned: { nudge: NudgeId; at: number } | null;
}

/** A fresh schedule: every enabled timer starts at `now`, presence unknown until the first event. */
export function initialScheduleState(now: number, settings: SettingsV1, tzOffsetMin: number): ScheduleStateV1 {
  const day = localDayKey(now, tzOffsetMin);
  return {
    v: 1,
    presence: 'idle',
    presenceSince: now,
    // What came before install is unknown: not a break.
    awaySpoiled: true,
    countingSince: null,
    timers: specsOf(settings)
      .filter((sp) => sp.enabled)
      .map((sp) => ({ nudge: sp.id, accruedMs: 0, resetAt: now })),
    pending: null,
    pausedUntil: null,
    busy: false,
    armedAt: null,
    badge: 'none',
    today: { day, activeMs: 0 },
    walkToday: { day, walkSec: 0 },
    warned: null,
  };
}

/** A copy step() may change without touching the state it was given. */
export function copyState(state: ScheduleStateV1): ScheduleStateV1 {
  return {
    ...state,
    timers: state.timers.map((t) => ({ ...t })),
    pending: state.pending && { ...state.pending },
    today: { ...state.today },
    walkToday: { ...state.walkToday },
    warned: state.warned && { ...state.warned },
  };
}

const time = v.pipe(v.number(), v.finite());
const nullableTime = v.nullable(time);
const dayKey = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

const ScheduleStateSchema = v.strictObject({
  v: v.literal(1),
  presence: v.picklist(['active', 'idle', 'locked']),
  presenceSince: time,
  awaySpoiled: v.boolean(),
  countingSince: nullableTime,
  timers: v.array(v.strictObject({ nudge: v.string(), accruedMs: v.pipe(time, v.minValue(0)), resetAt: time })),
  pending: v.nullable(
    v.strictObject({
      nudge: v.string(),
      dueAt: time,
      shown: v.boolean(),
      snoozesUsed: v.pipe(v.number(), v.integer(), v.minValue(0)),
      snoozedUntil: nullableTime,
      heldSince: nullableTime,
      deferred: v.boolean(),
    }),
  ),
  pausedUntil: nullableTime,
  busy: v.boolean(),
  armedAt: nullableTime,
  badge: v.picklist(['paused', 'waiting', 'none']),
  today: v.strictObject({ day: dayKey, activeMs: v.pipe(time, v.minValue(0)) }),
  walkToday: v.strictObject({ day: dayKey, walkSec: v.pipe(time, v.minValue(0)) }),
  warned: v.optional(v.nullable(v.strictObject({ nudge: v.string(), at: time })), null),
});

/** The stored schedule, or null when it cannot be read (restart from now, and tell the user). */
export function parseScheduleState(raw: unknown): ScheduleStateV1 | null {
  const parsed = v.safeParse(ScheduleStateSchema, raw);
  return parsed.success ? parsed.output : null;
}
