// The break engine: when is the next posture check, stretch or walk due, and what
// happens on each event (DESIGN.md "Domain rules" → Nudges). Pure: the worker feeds
// events with `now`, carries out the returned effects, and stores the state as JSON.
//
// API
//   type ScheduleStateV1, ScheduleEvent, Effect, NudgeId   (core/schedule-state.ts, re-exported)
//   initialScheduleState(now, settings, tzOffsetMin)        a fresh schedule (install, or unreadable state)
//   step(state, event, now, settings, tzOffsetMin)          → { state, effects }
//   parseScheduleState(raw: unknown)                        → ScheduleStateV1 | null (core/schedule-state.ts)
//   nextNudge(state, now, settings, tzOffsetMin)            → { nudge, at } | null   (popup)
//   activeMsToday(state, now, tzOffsetMin)                  → number
//   walkGoalProgress(state, now, settings, tzOffsetMin)     → { walkMin, goalMin, reached }
//   pauseEndAt(option, now, tzOffsetMin | tzOffsetAt)       → epoch ms for a PAUSE_OPTIONS choice
//   simulateDay (core/schedule-simulation.ts)               a day of events and alarms (bench, tests)
//
// Rules, and the choices made where DESIGN.md leaves room
//   - Timers run on *counted* time: active (browser.idle), not paused, inside working
//     hours when those are on. Each nudge keeps the counted ms since its last reset;
//     the open stretch is counted from `countingSince`, so the state holds absolute
//     times only and is rebuilt from storage as is. Turning idle takes back the
//     detection interval (never past the stretch start), as in core/activity.ts.
//   - Effects always end with exactly one `arm`: the earliest moment something can
//     change (a due time assuming activity from now on, snooze end, pause end, the
//     call-wait cap, a working-hours boundary while a break waits), and while the
//     user is active at most HEARTBEAT_MS ahead.
//   - Sleep cap: while active an alarm is always armed, and a sleeping machine fires
//     it late. An event more than ALARM_LATE_MS after the armed time means the
//     browser was not running since then: the stretch ends at the armed time and the
//     gap counts as time away (a natural break, like a lock).
//   - Size order: by duration, ties walk > stretch > posture > custom (later in the list
//     is bigger). A bigger break resolves every smaller one: done, skip and natural
//     breaks reset all timers of its size or smaller.
//   - Absorb window: when nudge S falls due and a bigger one is due within a quarter
//     of S's interval of counted time, S waits for it (posture: at most 5 min), so the
//     user gets one walk, not a posture check and then a walk. Nothing is pulled
//     forward, so every break shown is really due.
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
import { ALARM_LATE_MS, HEARTBEAT_MS, type IdleState } from './activity';
import type { OutcomeKind } from './outcomes';
import type { BadgeMark, Effect, NudgeId, PendingBreak, ScheduleEvent, ScheduleStateV1, Timer } from './schedule-state';
import type { PauseOption, SettingsV1 } from './settings';
import { effectiveAction, snoozesLeft } from './snooze';
import {
  addWorkingMs,
  isWorkingAt,
  localDayKey,
  MINUTE_MS,
  nextLocalMidnight,
  nextLocalMidnightIn,
  nextWorkingBoundary,
  SECOND_MS,
  startOfLocalDay,
  workingMsBetween,
} from './time';

export type {
  BadgeMark,
  Effect,
  NudgeId,
  PendingBreak,
  ScheduleEvent,
  ScheduleStateV1,
  Timer,
} from './schedule-state';
export { parseScheduleState } from './schedule-state';

export interface StepResult {
  state: ScheduleStateV1;
  effects: Effect[];
}

interface Spec {
  id: NudgeId;
  enabled: boolean;
  intervalMs: number;
  durationMs: number;
  /** Position in size order, smallest first. */
  size: number;
}

const BUILT_IN_TIE = { posture: 1, stretch: 2, walk: 3 } as const;

function specsOf(settings: SettingsV1): Spec[] {
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

interface Ctx {
  s: ScheduleStateV1;
  now: number;
  settings: SettingsV1;
  tz: number;
  specs: Spec[];
  effects: Effect[];
}

const ABSORB_FRACTION = 1 / 4;

function copyState(state: ScheduleStateV1): ScheduleStateV1 {
  return {
    ...state,
    timers: state.timers.map((t) => ({ ...t })),
    pending: state.pending && { ...state.pending },
    today: { ...state.today },
    walkToday: { ...state.walkToday },
    warned: state.warned && { ...state.warned },
  };
}

const specOf = (c: Ctx, id: NudgeId) => c.specs.find((sp) => sp.id === id);
const sizeOf = (c: Ctx, id: NudgeId) => specOf(c, id)?.size ?? -1;
const record = (c: Ctx, nudge: NudgeId, kind: OutcomeKind, creditedSec?: number) =>
  c.effects.push({
    kind: 'record',
    outcome: creditedSec === undefined ? { nudge, kind, at: c.now } : { nudge, kind, at: c.now, creditedSec },
  });
const snoozesLeftOf = (c: Ctx, pending: PendingBreak) => snoozesLeft(pending.snoozesUsed, c.settings.snoozeLimit);
const isPaused = (c: Ctx) => c.s.pausedUntil !== null;
const isWorking = (c: Ctx, at: number) =>
  !c.settings.workingHours.enabled || isWorkingAt(at, c.settings.workingHours.days, c.tz);

function countedBetween(c: Ctx, from: number, to: number): number {
  if (to <= from) return 0;
  const hours = c.settings.workingHours;
  return hours.enabled ? workingMsBetween(from, to, hours.days, c.tz) : to - from;
}

/** When `ms` more counted time will have passed, if the user stays active from `from`. */
function addCounted(c: Ctx, from: number, ms: number): number | null {
  const hours = c.settings.workingHours;
  return hours.enabled ? addWorkingMs(from, ms, hours.days, c.tz) : from + ms;
}

function countedOf(c: Ctx, timer: Timer, upTo = c.now): number {
  const since = c.s.countingSince;
  return timer.accruedMs + (since === null ? 0 : countedBetween(c, Math.max(since, timer.resetAt), upTo));
}

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

/**
 * Postpone on a heads-up: the break it announced waits, as if snoozed once, until
 * snoozeMin after it would have fallen due (the snooze limit counts it).
 */
function postpone(c: Ctx): void {
  const warned = c.s.warned;
  if (!warned || c.s.pending || !specOf(c, warned.nudge)?.enabled) return;
  const at = Math.max(warned.at, c.now);
  c.s.pending = {
    nudge: warned.nudge,
    dueAt: at,
    shown: false,
    snoozesUsed: 1,
    snoozedUntil: at + c.settings.snoozeMin * MINUTE_MS,
    heldSince: null,
    deferred: false,
  };
  record(c, warned.nudge, 'snoozed');
}

const leadMsOf = (c: Ctx) => (c.settings.headsUp.enabled ? c.settings.headsUp.leadSec * SECOND_MS : null);

/** The break coming next if the user stays active, when a heads-up may be due for it. */
function comingBreak(c: Ctx): { nudge: NudgeId; at: number } | null {
  if (leadMsOf(c) === null || c.s.pending || !canShow(c)) return null;
  return nextNudge(c.s, c.now, c.settings, c.tz);
}

/** One heads-up per coming break, `leadSec` before it (settings.headsUp, off by default). */
function headsUp(c: Ctx): void {
  const leadMs = leadMsOf(c);
  if (c.s.pending) c.s.warned = null;
  const next = comingBreak(c);
  if (leadMs === null || !next || next.at <= c.now || next.at - c.now > leadMs) return;
  const warned = c.s.warned;
  // The same break, a little later after a moment idle: it was already announced.
  if (warned && warned.nudge === next.nudge && Math.abs(warned.at - next.at) < leadMs) return;
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

const canShow = (c: Ctx) => c.s.presence === 'active' && !isPaused(c) && isWorking(c, c.now);

interface Remaining {
  spec: Spec;
  remainingMs: number;
}

function remainingOf(c: Ctx, upTo = c.now): Remaining[] {
  return c.s.timers.flatMap((t) => {
    const spec = specOf(c, t.nudge);
    return spec ? [{ spec, remainingMs: spec.intervalMs - countedOf(c, t, upTo) }] : [];
  });
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

function nextAlarm(c: Ctx): number | null {
  const s = c.s;
  const times: (number | null)[] = [s.pausedUntil];
  if (s.presence === 'active') {
    times.push(c.now + HEARTBEAT_MS);
    const remaining = remainingOf(c);
    const pendingSize = s.pending ? sizeOf(c, s.pending.nudge) : -1;
    if (!isPaused(c)) {
      for (const r of remaining) {
        if (r.remainingMs > 0 && r.spec.size > pendingSize) times.push(addCounted(c, c.now, r.remainingMs));
      }
    }
    const pending = s.pending;
    if (pending && !pending.shown) {
      times.push(pending.snoozedUntil);
      if (pending.heldSince !== null && !pending.deferred && s.busy && c.settings.waitDuringCalls) {
        times.push(pending.heldSince + c.settings.maxWaitMin * MINUTE_MS);
      }
    }
    const hours = c.settings.workingHours;
    if (hours.enabled && (pending || remaining.some((r) => r.remainingMs <= 0))) {
      times.push(nextWorkingBoundary(c.now, hours.days, c.tz));
    }
    // A heads-up wakes the worker once more per break, leadSec before it.
    const leadMs = leadMsOf(c);
    const next = comingBreak(c);
    if (leadMs !== null && next) times.push(next.at - leadMs);
  }
  const future = times.filter((t): t is number => t !== null && t > c.now);
  return future.length ? Math.min(...future) : null;
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

function selectorCtx(state: ScheduleStateV1, now: number, settings: SettingsV1, tzOffsetMin: number): Ctx {
  return { s: state, now, settings, tz: tzOffsetMin, specs: specsOf(settings), effects: [] };
}

/** The end of the open stretch as far as the state can vouch for it (see the sleep cap). */
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
  const c = selectorCtx(state, now, settings, tzOffsetMin);
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

const PAUSE_MIN: Record<Exclude<PauseOption, 'tomorrow'>, number> = { '30min': 30, '1h': 60, '2h': 120 };

/**
 * When a pause chosen now ends; "until tomorrow" is the next local midnight. Give the
 * zone as `tzOffsetAt` (the offset in force at an instant) so a daylight-saving change
 * overnight moves that midnight with it; a fixed offset keeps it for the whole night.
 */
export function pauseEndAt(option: PauseOption, now: number, tz: number | ((at: number) => number)): number {
  if (option !== 'tomorrow') return now + PAUSE_MIN[option] * MINUTE_MS;
  return typeof tz === 'number' ? nextLocalMidnight(now, tz) : nextLocalMidnightIn(now, tz);
}
