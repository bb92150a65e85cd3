// The break engine: when is the next posture check, stretch or walk due, and what
// happens on each event (DESIGN.md "Domain rules" → Nudges). Pure: the worker feeds
// events with `now`, carries out the returned effects, and stores the state as JSON.
//
// API
//   step(state, event, now, settings, tzOffsetMin)          → { state, effects }
//   re-exported from core/schedule-state.ts: the types ScheduleStateV1, ScheduleEvent,
//   Effect, NudgeId…, initialScheduleState (a fresh schedule) and parseScheduleState
// Elsewhere: the popup's queries (nextNudge, activeMsToday, walkGoalProgress) in
// core/schedule-queries.ts; pauseEndAt in core/pause-end.ts; simulateDay, a day of
// events and alarms (bench, tests), in core/schedule-simulation.ts. Shared counted
// time: core/schedule-counting.ts.
//
// Rules, and the choices made where DESIGN.md leaves room (counted time, size order
// and the absorb window: core/schedule-counting.ts)
//   - Turning idle takes back the detection interval (never past the stretch start),
//     as in core/activity.ts.
//   - Effects always end with exactly one `arm` (core/schedule-alarm.ts says when).
//   - Sleep cap: while active an alarm is always armed, and a sleeping machine fires
//     it late. An event more than ALARM_LATE_MS after the armed time means the
//     browser was not running since then: the stretch ends at the armed time and the
//     gap counts as time away (a natural break, like a lock).
//   - A bigger break resolves every smaller one: done, skip and natural breaks reset
//     all timers of its size or smaller.
//   - Natural break: idle or locked for at least a nudge's duration resets it and
//     every smaller one; one `natural` outcome is recorded for the biggest one that
//     had counted time (or was waiting). Idle while a window is full screen or a tab
//     plays sound is watching or listening, not away (DESIGN.md "Platform facts":
//     video reads as idle), so it is no break; a lock always is.
//   - A waiting break survives pause, idle and the end of working hours, and is shown
//     again when it can be. Snooze: `snoozeLimit` in a row per break, then the
//     notification carries snoozesLeft 0 and a snooze event is a skip (core/snooze.ts:
//     its second button reads Skip, and a page that still showed Snooze gets a skip).
//   - Calls: while busy (full screen or audible) and waitDuringCalls, a break is held
//     (recorded `deferred`) up to maxWaitMin of wall time, then shown as a walk (or
//     itself if bigger, or if walks are off) with deferred: true.
//   - takeBreakNow(nudge) is a break the user starts: recorded done at once.
//   - Heads-up and Postpone: core/schedule-heads-up.ts.
//   - Walk goal: each done walk adds the walk's duration; a natural walk adds it to
//     the day the time away began. Either record carries the seconds credited
//     (`creditedSec`), which history sums (core/outcome-days.ts).
//
// Guaranteed (core/schedule.property.test.ts): no notify unless active, not paused
// and in working hours; and for two consecutive `due` outcomes n1 then n2, with no
// settings change between, the counted time between them is at least interval(n2)
// when n2 is no bigger than n1, and at least min(¼·interval(n1), interval(n2)) when
// n2 is bigger. (A bigger nudge not due at n1 was more than ¼·interval(n1) away, or
// it would have absorbed n1; anything no bigger was reset when n1 was resolved, or is
// covered by the waiting n1.) Snoozes re-show the same break and are not `due`.
import { ALARM_LATE_MS, type IdleState } from './activity';
import type { OutcomeKind } from './outcomes';
import { nextAlarm } from './schedule-alarm';
import {
  ABSORB_FRACTION,
  type Counting,
  canShow,
  countedBetween,
  isPaused,
  type Remaining,
  remainingOf,
  type Spec,
  sizeOf,
  specOf,
  specsOf,
} from './schedule-counting';
import { headsUpToGive, postponedBreak } from './schedule-heads-up';
import {
  type BadgeMark,
  copyState,
  type Effect,
  type NudgeId,
  type PendingBreak,
  type ScheduleEvent,
  type ScheduleStateV1,
} from './schedule-state';
import type { SettingsV1 } from './settings';
import { effectiveAction, snoozesLeft } from './snooze';
import { localDayKey, MINUTE_MS, SECOND_MS, startOfLocalDay } from './time';

export type {
  BadgeMark,
  Effect,
  NudgeId,
  PendingBreak,
  ScheduleEvent,
  ScheduleStateV1,
  Timer,
} from './schedule-state';
export { initialScheduleState, parseScheduleState } from './schedule-state';

export interface StepResult {
  state: ScheduleStateV1;
  effects: Effect[];
}

interface Ctx extends Counting {
  effects: Effect[];
}

const record = (c: Ctx, nudge: NudgeId, kind: OutcomeKind, creditedSec?: number) =>
  c.effects.push({
    kind: 'record',
    outcome: creditedSec === undefined ? { nudge, kind, at: c.now } : { nudge, kind, at: c.now, creditedSec },
  });
const snoozesLeftOf = (c: Ctx, pending: PendingBreak) => snoozesLeft(pending.snoozesUsed, c.settings.snoozeLimit);

function closeCounting(c: Ctx, end: number): void {
  const since = c.s.countingSince;
  if (since === null) return;
  for (const t of c.s.timers) t.accruedMs += countedBetween(c, Math.max(since, t.resetAt), end);
  c.s.countingSince = null;
}

function resetUpTo(c: Ctx, size: number): void {
  for (const t of c.s.timers) {
    if (sizeOf(c, t.nudge) <= size) {
      t.accruedMs = 0;
      t.resetAt = c.now;
    }
  }
}

function addToday(c: Ctx, from: number, to: number): void {
  const day = localDayKey(c.now, c.tz);
  if (c.s.today.day !== day) c.s.today = { day, activeMs: 0 };
  c.s.today.activeMs += Math.max(0, to - Math.max(from, startOfLocalDay(c.now, c.tz)));
}

/** Adds a walk taken (done or natural) to the goal of the day it began; returns the seconds credited. */
function creditWalk(c: Ctx, at: number): number {
  const day = localDayKey(at, c.tz);
  const sec = c.settings.nudges.walk.durationSec;
  if (day === c.s.walkToday.day) c.s.walkToday.walkSec += sec;
  else if (day > c.s.walkToday.day) c.s.walkToday = { day, walkSec: sec };
  return sec;
}

function closePending(c: Ctx): void {
  if (c.s.pending?.shown) c.effects.push({ kind: 'closeNotification' });
  c.s.pending = null;
}

/** Timers follow the settings: a nudge switched on starts from now, one switched off is dropped. */
function syncTimers(c: Ctx): void {
  const byId = new Map(c.s.timers.map((t) => [t.nudge, t]));
  c.s.timers = c.specs
    .filter((sp) => sp.enabled)
    .map((sp) => byId.get(sp.id) ?? { nudge: sp.id, accruedMs: 0, resetAt: c.now });
  const pending = c.s.pending;
  if (pending && !specOf(c, pending.nudge)?.enabled) closePending(c);
}

function leaveActive(c: Ctx, state: 'idle' | 'locked', at: number): void {
  const s = c.s;
  const detectionMs = c.settings.idleDetectionSec * SECOND_MS;
  // Idle is reported after detectionSec without input: those seconds were not active.
  const end = (floor: number) => (state === 'idle' ? Math.max(floor, at - detectionMs) : at);
  const awayFrom = end(s.presenceSince);
  addToday(c, s.presenceSince, awayFrom);
  if (s.countingSince !== null) closeCounting(c, end(s.countingSince));
  s.presence = state;
  s.presenceSince = awayFrom;
  s.awaySpoiled = state === 'idle' && s.busy;
}

function naturalBreak(c: Ctx): void {
  const s = c.s;
  const awayMs = c.now - s.presenceSince;
  if (s.awaySpoiled || awayMs <= 0) return;
  const fits = c.specs.filter((sp) => sp.enabled && sp.durationMs <= awayMs);
  const biggest = fits.at(-1);
  if (!biggest) return;
  const accrued = new Map(s.timers.map((t) => [t.nudge, t.accruedMs]));
  const taken = fits.filter((sp) => (accrued.get(sp.id) ?? 0) > 0 || s.pending?.nudge === sp.id).at(-1);
  resetUpTo(c, biggest.size);
  if (s.pending && sizeOf(c, s.pending.nudge) <= biggest.size) closePending(c);
  if (taken) record(c, taken.id, 'natural', taken.id === 'walk' ? creditWalk(c, s.presenceSince) : undefined);
}

function observe(c: Ctx, state: IdleState): void {
  const s = c.s;
  if (state === s.presence) return;
  if (s.presence === 'active') {
    leaveActive(c, state as 'idle' | 'locked', c.now);
  } else if (state === 'active') {
    naturalBreak(c);
    s.presence = 'active';
    s.presenceSince = c.now;
    s.awaySpoiled = false;
    if (!isPaused(c)) s.countingSince = c.now;
  } else {
    // Idle while watching, then locked: the lock starts the time away.
    if (state === 'locked' && s.awaySpoiled) {
      s.presenceSince = c.now;
      s.awaySpoiled = false;
    }
    s.presence = state;
  }
}

/** Catches up with what happened without an event: a missed alarm (sleep), a pause that ran out. */
function catchUp(c: Ctx): boolean {
  const s = c.s;
  let late = false;
  if (s.presence === 'active' && s.armedAt !== null && c.now > s.armedAt + ALARM_LATE_MS) {
    leaveActive(c, 'locked', Math.max(s.presenceSince, s.armedAt));
    late = true;
  }
  if (s.pausedUntil !== null && s.pausedUntil <= c.now) {
    const endedAt = s.pausedUntil;
    s.pausedUntil = null;
    if (s.presence === 'active') s.countingSince = Math.max(endedAt, s.presenceSince);
  }
  return late;
}

function resolve(c: Ctx, kind: 'done' | 'skipped'): void {
  const pending = c.s.pending;
  if (!pending) return;
  resetUpTo(c, sizeOf(c, pending.nudge));
  record(c, pending.nudge, kind, kind === 'done' && pending.nudge === 'walk' ? creditWalk(c, c.now) : undefined);
  closePending(c);
}

function snooze(c: Ctx): void {
  const pending = c.s.pending;
  if (!pending) return;
  // Past the limit only Done or Skip remain (DESIGN.md): a late Snooze is a Skip.
  if (effectiveAction('snooze', snoozesLeftOf(c, pending)) === 'skip') {
    resolve(c, 'skipped');
    return;
  }
  if (pending.shown) c.effects.push({ kind: 'closeNotification' });
  pending.shown = false;
  pending.snoozesUsed += 1;
  pending.snoozedUntil = c.now + c.settings.snoozeMin * MINUTE_MS;
  record(c, pending.nudge, 'snoozed');
}

function takeBreakNow(c: Ctx, nudge: NudgeId): void {
  const spec = specOf(c, nudge);
  if (!spec) return;
  resetUpTo(c, spec.size);
  record(c, nudge, 'done', nudge === 'walk' ? creditWalk(c, c.now) : undefined);
  if (c.s.pending && sizeOf(c, c.s.pending.nudge) <= spec.size) closePending(c);
}

/** Postpone on a heads-up: the break it announced waits, as if snoozed once. */
function postpone(c: Ctx): void {
  const held = postponedBreak(c);
  if (!held) return;
  c.s.pending = held;
  record(c, held.nudge, 'snoozed');
}

/** One heads-up per coming break, `leadSec` before it (settings.headsUp, off by default). */
function headsUp(c: Ctx): void {
  if (c.s.pending) c.s.warned = null;
  const next = headsUpToGive(c);
  if (!next) return;
  c.s.warned = next;
  c.effects.push({ kind: 'headsUp', nudge: next.nudge, at: next.at });
}

function handle(c: Ctx, event: ScheduleEvent, late: boolean): void {
  const s = c.s;
  // After a sleep the first event says the user is back, unless it says otherwise.
  if (late && !('state' in event)) observe(c, 'active');
  switch (event.type) {
    case 'start':
    case 'idleState':
    case 'alarm':
      observe(c, event.state);
      break;
    case 'done':
      resolve(c, 'done');
      break;
    case 'skip':
      resolve(c, 'skipped');
      break;
    case 'snooze':
      snooze(c);
      break;
    case 'pause':
      if (event.untilAt <= c.now) break;
      closeCounting(c, c.now);
      s.pausedUntil = event.untilAt;
      if (s.pending?.shown) {
        c.effects.push({ kind: 'closeNotification' });
        s.pending.shown = false;
      }
      break;
    case 'resume':
      if (s.pausedUntil === null) break;
      s.pausedUntil = null;
      if (s.presence === 'active') s.countingSince = c.now;
      break;
    case 'takeBreakNow':
      takeBreakNow(c, event.nudge);
      break;
    case 'postpone':
      postpone(c);
      break;
    case 'environment':
      s.busy = event.fullscreenOrAudible;
      if (s.busy && s.presence === 'idle') s.awaySpoiled = true;
      break;
    case 'settingsChanged':
      // Settle the open stretch so new working hours apply from now on.
      if (s.countingSince !== null) {
        closeCounting(c, c.now);
        s.countingSince = c.now;
      }
      break;
  }
}

/** A due nudge waits when a bigger one is due within a quarter of its interval. */
const absorbedSoon = (due: Spec, all: readonly Remaining[]) =>
  all.some((r) => r.spec.size > due.size && r.remainingMs > 0 && r.remainingMs <= due.intervalMs * ABSORB_FRACTION);

function evaluate(c: Ctx): void {
  const s = c.s;
  if (!canShow(c)) return;
  const remaining = remainingOf(c);
  const biggestDue = remaining.filter((r) => r.remainingMs <= 0).at(-1)?.spec;
  if (biggestDue && (!s.pending || biggestDue.size > sizeOf(c, s.pending.nudge))) {
    if (!absorbedSoon(biggestDue, remaining)) {
      const previous = s.pending;
      if (previous?.shown) c.effects.push({ kind: 'closeNotification' });
      s.pending = {
        nudge: biggestDue.id,
        dueAt: c.now,
        shown: false,
        // Still "in a row": no break was taken or skipped.
        snoozesUsed: previous?.snoozesUsed ?? 0,
        snoozedUntil: null,
        heldSince: previous?.heldSince ?? null,
        deferred: false,
      };
      record(c, biggestDue.id, 'due');
    }
  }
  const pending = s.pending;
  if (!pending || pending.shown) return;
  if (pending.snoozedUntil !== null && pending.snoozedUntil > c.now) return;
  if (c.settings.waitDuringCalls && s.busy && !pending.deferred) {
    if (pending.heldSince === null) {
      pending.heldSince = c.now;
      record(c, pending.nudge, 'deferred');
    }
    if (c.now < pending.heldSince + c.settings.maxWaitMin * MINUTE_MS) return;
    // "After that call, take a walk": a long call is long sitting.
    pending.deferred = true;
    const walk = specOf(c, 'walk');
    if (walk?.enabled && walk.size > sizeOf(c, pending.nudge)) pending.nudge = 'walk';
  }
  pending.shown = true;
  pending.snoozedUntil = null;
  c.effects.push({
    kind: 'notify',
    nudge: pending.nudge,
    deferred: pending.deferred,
    snoozesLeft: snoozesLeftOf(c, pending),
  });
  record(c, pending.nudge, 'shown');
}

/**
 * One event in, the new state and the effects to carry out, in order: closing
 * notifications, records, the notification, the badge (when it changes, and on
 * start), then exactly one `arm`.
 */
export function step(
  state: ScheduleStateV1,
  event: ScheduleEvent,
  now: number,
  settings: SettingsV1,
  tzOffsetMin: number,
): StepResult {
  const c: Ctx = { s: copyState(state), now, settings, tz: tzOffsetMin, specs: specsOf(settings), effects: [] };
  syncTimers(c);
  const late = catchUp(c);
  handle(c, event, late);
  evaluate(c);
  headsUp(c);
  const mark: BadgeMark = isPaused(c) ? 'paused' : c.s.pending ? 'waiting' : 'none';
  if (mark !== state.badge || event.type === 'start') c.effects.push({ kind: 'badge', mark });
  c.s.badge = mark;
  const at = nextAlarm(c);
  c.s.armedAt = at;
  c.effects.push({ kind: 'arm', at });
  return { state: c.s, effects: c.effects };
}
