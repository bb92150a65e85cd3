// Counted time, shared by the break engine's step machine (core/schedule.ts, with
// core/schedule-alarm.ts and core/schedule-heads-up.ts) and the popup's queries about
// it (core/schedule-queries.ts): each nudge's spec in size order, the counted ms of its
// timer, what remains until it falls due, whether a break can be shown, the absorb window.
//
// Rules
//   - Timers run on *counted* time: active (browser.idle), not paused, inside working
//     hours when those are on. Each nudge keeps the counted ms since its last reset;
//     the open stretch is counted from `countingSince`, so the state holds absolute
//     times only and is rebuilt from storage as is.
//   - Size order: by duration, ties walk > stretch > posture > custom (later in the list
//     is bigger).
//   - Absorb window: when nudge S falls due and a bigger one is due within a quarter
//     (ABSORB_FRACTION) of S's interval of counted time, S waits for it (posture: at
//     most 5 min), so the user gets one walk, not a posture check and then a walk.
//     Nothing is pulled forward, so every break shown is really due. (step() applies
//     it to what is due now, nextNudge to what comes next.)
import type { NudgeId, ScheduleStateV1, Timer } from './schedule-state';
import type { SettingsV1 } from './settings';
import { addWorkingMs, isWorkingAt, MINUTE_MS, SECOND_MS, workingMsBetween } from './time';

export interface Spec {
  id: NudgeId;
  enabled: boolean;
  intervalMs: number;
  durationMs: number;
  /** Position in size order, smallest first. */
  size: number;
}

const BUILT_IN_TIE = { posture: 1, stretch: 2, walk: 3 } as const;

/** Every nudge, custom and built in, smallest first. */
export function specsOf(settings: SettingsV1): Spec[] {
  const all = [
    ...settings.customNudges.map((c, i) => ({ ...c, tie: -settings.customNudges.length + i })),
    ...(['posture', 'stretch', 'walk'] as const).map((id) => ({ id, ...settings.nudges[id], tie: BUILT_IN_TIE[id] })),
  ];
  all.sort((a, b) => a.durationSec - b.durationSec || a.tie - b.tie);
  return all.map((n, size) => ({
    id: n.id,
    enabled: n.enabled,
    intervalMs: n.intervalMin * MINUTE_MS,
    durationMs: n.durationSec * SECOND_MS,
    size,
  }));
}

/** The schedule seen at `now` under `settings` in the zone `tz`. */
export interface Counting {
  s: ScheduleStateV1;
  now: number;
  settings: SettingsV1;
  tz: number;
  specs: Spec[];
}

export function countingOf(state: ScheduleStateV1, now: number, settings: SettingsV1, tzOffsetMin: number): Counting {
  return { s: state, now, settings, tz: tzOffsetMin, specs: specsOf(settings) };
}

export const ABSORB_FRACTION = 1 / 4;

export const specOf = (c: Counting, id: NudgeId) => c.specs.find((sp) => sp.id === id);
export const sizeOf = (c: Counting, id: NudgeId) => specOf(c, id)?.size ?? -1;
export const isPaused = (c: Counting) => c.s.pausedUntil !== null;
export const isWorking = (c: Counting, at: number) =>
  !c.settings.workingHours.enabled || isWorkingAt(at, c.settings.workingHours.days, c.tz);
/** A break can be shown now: the user is active, not paused, inside working hours. */
export const canShow = (c: Counting) => c.s.presence === 'active' && !isPaused(c) && isWorking(c, c.now);

export function countedBetween(c: Counting, from: number, to: number): number {
  if (to <= from) return 0;
  const hours = c.settings.workingHours;
  return hours.enabled ? workingMsBetween(from, to, hours.days, c.tz) : to - from;
}

/** When `ms` more counted time will have passed, if the user stays active from `from`. */
export function addCounted(c: Counting, from: number, ms: number): number | null {
  const hours = c.settings.workingHours;
  return hours.enabled ? addWorkingMs(from, ms, hours.days, c.tz) : from + ms;
}

function countedOf(c: Counting, timer: Timer, upTo: number): number {
  const since = c.s.countingSince;
  return timer.accruedMs + (since === null ? 0 : countedBetween(c, Math.max(since, timer.resetAt), upTo));
}

export interface Remaining {
  spec: Spec;
  remainingMs: number;
}

/** Counted ms left until each timer's nudge falls due, at `upTo`; negative once overdue. */
export function remainingOf(c: Counting, upTo = c.now): Remaining[] {
  return c.s.timers.flatMap((t) => {
    const spec = specOf(c, t.nudge);
    return spec ? [{ spec, remainingMs: spec.intervalMs - countedOf(c, t, upTo) }] : [];
  });
}
