// What the popup shows about the break engine, computed from its state after every
// step and stored as a snapshot (core/status-snapshot.ts).
import { nudgesResumeAt } from './pause-end';
import { activeMsToday, nextNudge, walkGoalProgress } from './schedule-queries';
import type { ScheduleStateV1 } from './schedule-state';
import type { SettingsV1 } from './settings';
import type { EngineStatus, StatusSnapshot } from './status-snapshot';

export function engineStatus(state: ScheduleStateV1, settings: SettingsV1, now: number, tz: number): EngineStatus {
  const pausedUntil = state.pausedUntil !== null && state.pausedUntil > now ? state.pausedUntil : null;
  const waiting =
    state.pending && (state.pending.snoozedUntil ?? state.pending.dueAt) <= now ? state.pending.nudge : null;
  return {
    activeMs: activeMsToday(state, now, tz),
    waiting,
    next: waiting ? null : nextNudge(state, now, settings, tz),
    pausedUntil,
    resumesAt: pausedUntil === null ? null : nudgesResumeAt(pausedUntil, settings.workingHours, tz),
    walk: walkGoalProgress(state, now, settings, tz),
  };
}

/** The snapshot the background stores after a step at `now`. */
export function statusSnapshot(state: ScheduleStateV1, settings: SettingsV1, now: number, tz: number): StatusSnapshot {
  return {
    ...engineStatus(state, settings, now, tz),
    at: now,
    counting: state.countingSince !== null,
    names: Object.fromEntries(settings.customNudges.map((n) => [n.id, n.name])),
  };
}
