// What the popup asks of the break engine's state (core/status.ts shows it): the next
// break and when, active time today, the walking goal. Pure reads: nothing here changes
// the state (core/schedule.ts step does).
//
// API
//   nextNudge(state, now, settings, tzOffsetMin)            → { nudge, at } | null
//   activeMsToday(state, now, tzOffsetMin)                  → number
//   walkGoalProgress(state, now, settings, tzOffsetMin)     → { walkMin, goalMin, reached }
import { ALARM_LATE_MS } from './activity';
import {
  ABSORB_FRACTION,
  addCounted,
  countingOf,
  isWorking,
  type Remaining,
  remainingOf,
  specOf,
} from './schedule-counting';
import type { NudgeId, ScheduleStateV1 } from './schedule-state';
import type { SettingsV1 } from './settings';
import { localDayKey, nextWorkingBoundary, startOfLocalDay } from './time';

/** The end of the open stretch as far as the state can vouch for it (see the sleep cap in core/schedule.ts). */
const vouchedUntil = (state: ScheduleStateV1, now: number) =>
  state.armedAt === null ? now : Math.min(now, state.armedAt + ALARM_LATE_MS);

/**
 * The next break and when, for the popup: the waiting one, or the first to fall due
 * if the user stays active (after the pause, if paused), with the absorb rule applied.
 */
export function nextNudge(
  state: ScheduleStateV1,
  now: number,
  settings: SettingsV1,
  tzOffsetMin: number,
): { nudge: NudgeId; at: number } | null {
  if (state.pending) return { nudge: state.pending.nudge, at: state.pending.snoozedUntil ?? state.pending.dueAt };
  const c = countingOf(state, now, settings, tzOffsetMin);
  const remaining = remainingOf(c, vouchedUntil(state, now))
    .filter((r) => specOf(c, r.spec.id)?.enabled)
    .sort((a, b) => a.remainingMs - b.remainingMs || b.spec.size - a.spec.size);
  let next = remaining[0];
  if (!next) return null;
  // Follow the absorb rule: a nudge falling due waits for a bigger one close behind.
  for (;;) {
    const first: Remaining = next;
    const waitFor = remaining
      .filter(
        (r) =>
          r.spec.size > first.spec.size &&
          r.remainingMs > first.remainingMs &&
          r.remainingMs - first.remainingMs <= first.spec.intervalMs * ABSORB_FRACTION,
      )
      .sort((a, b) => a.remainingMs - b.remainingMs || b.spec.size - a.spec.size)[0];
    if (!waitFor) break;
    next = waitFor;
  }
  const from = Math.max(now, state.pausedUntil ?? now);
  const hours = settings.workingHours;
  const at =
    next.remainingMs > 0
      ? addCounted(c, from, next.remainingMs)
      : isWorking(c, from)
        ? from
        : nextWorkingBoundary(from, hours.days, tzOffsetMin);
  return at === null ? null : { nudge: next.spec.id, at };
}

/** Active ms on the local day of `now`: closed stretches plus the open one. */
export function activeMsToday(state: ScheduleStateV1, now: number, tzOffsetMin: number): number {
  const day = localDayKey(now, tzOffsetMin);
  const closed = state.today.day === day ? state.today.activeMs : 0;
  if (state.presence !== 'active') return closed;
  const open = vouchedUntil(state, now) - Math.max(state.presenceSince, startOfLocalDay(now, tzOffsetMin));
  return closed + Math.max(0, open);
}

/** Walk minutes taken today against the goal (DESIGN.md "Daily walking goal"). */
export function walkGoalProgress(
  state: ScheduleStateV1,
  now: number,
  settings: SettingsV1,
  tzOffsetMin: number,
): { walkMin: number; goalMin: number; reached: boolean } {
  const walkSec = state.walkToday.day === localDayKey(now, tzOffsetMin) ? state.walkToday.walkSec : 0;
  const walkMin = walkSec / 60;
  return { walkMin, goalMin: settings.walkGoalMin, reached: walkMin >= settings.walkGoalMin };
}
