// What the popup shows about the break engine, from its stored state: pure, so the
// popup reads storage and never wakes the worker just to draw a line of text.
import { activeMsToday, type NudgeId, nextNudge, type ScheduleStateV1, walkGoalProgress } from './schedule';
import type { SettingsV1 } from './settings';

export interface EngineStatus {
  activeMs: number;
  /** A break that is due and waiting now. */
  waiting: NudgeId | null;
  /** The next break if none is waiting, and when (absolute ms). */
  next: { nudge: NudgeId; at: number } | null;
  pausedUntil: number | null;
  walk: { walkMin: number; goalMin: number; reached: boolean };
}

export function engineStatus(state: ScheduleStateV1, settings: SettingsV1, now: number, tz: number): EngineStatus {
  const pausedUntil = state.pausedUntil !== null && state.pausedUntil > now ? state.pausedUntil : null;
  const waiting =
    state.pending && (state.pending.snoozedUntil ?? state.pending.dueAt) <= now ? state.pending.nudge : null;
  return {
    activeMs: activeMsToday(state, now, tz),
    waiting,
    next: waiting ? null : nextNudge(state, now, settings, tz),
    pausedUntil,
    walk: walkGoalProgress(state, now, settings, tz),
  };
}
