// Properties of the break engine over random days: idle, active and locked changes,
// alarms fired when armed (or late, after a sleep), done/snooze/skip, pause/resume,
// calls, breaks taken by hand, and settings changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IdleState } from './activity';
import {
  type Effect,
  initialScheduleState,
  parseScheduleState,
  type ScheduleEvent,
  type ScheduleStateV1,
  step,
} from './schedule';
import { activeMsToday } from './schedule-queries';
import { DEFAULT_SETTINGS, type SettingsV1 } from './settings';
import { HOUR_MS, isWorkingAt, MINUTE_MS, SECOND_MS, startOfLocalDay, workingMsBetween } from './time';

const T0 = Date.UTC(2026, 10, 23, 8, 0); // Monday 08:00 UTC
const TZ = 60;

type Op =
  | { op: 'wait'; ms: number }
  | { op: 'sleep'; ms: number }
  | { op: 'event'; event: ScheduleEvent | { type: 'pauseFor'; min: number } }
  | { op: 'settings'; settings: SettingsV1 };

const nudgeArb = (alwaysOn: boolean) =>
  fc.record({
    enabled: alwaysOn ? fc.constant(true) : fc.boolean(),
    intervalMin: fc.integer({ min: 5, max: 90 }),
    durationSec: fc.integer({ min: 10, max: 600 }),
  });

const settingsArb: fc.Arbitrary<SettingsV1> = fc
  .record({
    posture: nudgeArb(true),
    stretch: nudgeArb(false),
    walk: nudgeArb(false),
    custom: fc.array(
      fc.record({
        enabled: fc.boolean(),
        intervalMin: fc.integer({ min: 5, max: 90 }),
        durationSec: fc.integer({ min: 10, max: 600 }),
      }),
      { maxLength: 2 },
    ),
    idleDetectionSec: fc.integer({ min: 15, max: 120 }),
    snoozeMin: fc.integer({ min: 1, max: 10 }),
    snoozeLimit: fc.integer({ min: 0, max: 3 }),
    waitDuringCalls: fc.boolean(),
    maxWaitMin: fc.integer({ min: 5, max: 40 }),
    workingHours: fc.boolean(),
  })
  .map((r) => ({
    ...DEFAULT_SETTINGS,
    nudges: { posture: r.posture, stretch: r.stretch, walk: r.walk },
    customNudges: r.custom.map((c, i) => ({ ...c, id: `c${i}`, name: `Custom ${i}` })),
    idleDetectionSec: r.idleDetectionSec,
    snoozeMin: r.snoozeMin,
    snoozeLimit: r.snoozeLimit,
    waitDuringCalls: r.waitDuringCalls,
    maxWaitMin: r.maxWaitMin,
    workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: r.workingHours },
  }));

const idleStateArb = fc.constantFrom<IdleState>('active', 'active', 'idle', 'locked');

const eventArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: idleStateArb.map((state) => ({ op: 'event' as const, event: { type: 'idleState' as const, state } })),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom<Op>(
      { op: 'event', event: { type: 'done' } },
      { op: 'event', event: { type: 'snooze' } },
      { op: 'event', event: { type: 'skip' } },
      { op: 'event', event: { type: 'resume' } },
      { op: 'event', event: { type: 'environment', fullscreenOrAudible: true } },
      { op: 'event', event: { type: 'environment', fullscreenOrAudible: false } },
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 180 })
      .map((min) => ({ op: 'event' as const, event: { type: 'pauseFor' as const, min } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('posture', 'stretch', 'walk', 'c0')
      .map((nudge) => ({ op: 'event' as const, event: { type: 'takeBreakNow' as const, nudge } })),
  },
  {
    weight: 1,
    arbitrary: idleStateArb.map((state) => ({ op: 'event' as const, event: { type: 'start' as const, state } })),
  },
);

const timeArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.integer({ min: SECOND_MS, max: 90 * MINUTE_MS }).map((ms) => ({ op: 'wait' as const, ms })),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 5 * MINUTE_MS, max: 14 * HOUR_MS }).map((ms) => ({ op: 'wait' as const, ms })),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 10 * MINUTE_MS, max: 10 * HOUR_MS }).map((ms) => ({ op: 'sleep' as const, ms })),
  },
);

const opsArb = (withSettings: boolean) =>
  fc.array(
    withSettings
      ? fc.oneof(
          { weight: 8, arbitrary: fc.oneof(eventArb, timeArb) },
          { weight: 1, arbitrary: settingsArb.map((settings) => ({ op: 'settings' as const, settings })) },
        )
      : fc.oneof(eventArb, timeArb),
    { minLength: 1, maxLength: 60 },
  );

interface StepLog {
  at: number;
  event: ScheduleEvent;
  effects: Effect[];
  state: ScheduleStateV1;
  settings: SettingsV1;
  /** What the harness knows, independently of the engine. */
  known: { presence: IdleState; paused: boolean; working: boolean; countedMs: number };
}

/**
 * Runs the ops. Alarms fire when armed during a wait, and not at all during a sleep
 * (they fire late on the next wait). `countedMs` is the harness's own clock of
 * counted time: wall time while the last reported state is active, not paused, and
 * in working hours — as known at each moment, before any later idle takes time back.
 */
function drive(initialSettings: SettingsV1, ops: readonly Op[], reload?: { atOp: number }): StepLog[] {
  let settings = initialSettings;
  let now = T0;
  let state = initialScheduleState(now, settings, TZ);
  let presence: IdleState = 'idle';
  let pausedUntil: number | null = null;
  let countedMs = 0;
  let countedUpTo = now;
  const logs: StepLog[] = [];
  const measure = (from: number, to: number) =>
    settings.workingHours.enabled ? workingMsBetween(from, to, settings.workingHours.days, TZ) : Math.max(0, to - from);
  const advanceCounted = (to: number) => {
    if (presence === 'active') {
      const from = pausedUntil === null ? countedUpTo : Math.max(countedUpTo, Math.min(pausedUntil, to));
      countedMs += measure(from, to);
    }
    if (pausedUntil !== null && pausedUntil <= to) pausedUntil = null;
    countedUpTo = to;
  };
  const apply = (event: ScheduleEvent) => {
    advanceCounted(now);
    if ('state' in event) presence = event.state;
    if (event.type === 'pause' && event.untilAt > now) pausedUntil = event.untilAt;
    if (event.type === 'resume') pausedUntil = null;
    const result = step(state, event, now, settings, TZ);
    state = result.state;
    logs.push({
      at: now,
      event,
      effects: result.effects,
      state,
      settings,
      known: {
        presence,
        paused: pausedUntil !== null,
        working: !settings.workingHours.enabled || isWorkingAt(now, settings.workingHours.days, TZ),
        countedMs,
      },
    });
  };
  apply({ type: 'start', state: 'active' });
  ops.forEach((op, index) => {
    if (reload && index === reload.atOp) {
      const reloaded = parseScheduleState(JSON.parse(JSON.stringify(state)));
      expect(reloaded).toEqual(state);
      state = reloaded as ScheduleStateV1;
    }
    if (op.op === 'wait') {
      const target = now + op.ms;
      while (state.armedAt !== null && state.armedAt <= target) {
        now = Math.max(now, state.armedAt);
        apply({ type: 'alarm', state: presence });
      }
      now = target;
    } else if (op.op === 'sleep') {
      now += op.ms;
    } else if (op.op === 'settings') {
      advanceCounted(now);
      settings = op.settings;
      apply({ type: 'settingsChanged' });
    } else if (op.event.type === 'pauseFor') {
      apply({ type: 'pause', untilAt: now + op.event.min * MINUTE_MS });
    } else {
      apply(op.event);
    }
  });
  return logs;
}

/** Size order as DESIGN.md describes it: duration, ties walk > stretch > posture > custom. */
function sizeOf(settings: SettingsV1) {
  const all = [
    ...settings.customNudges.map((c, i) => ({ id: c.id, durationSec: c.durationSec, tie: i - 10 })),
    ...(['posture', 'stretch', 'walk'] as const).map((id, i) => ({
      id,
      durationSec: settings.nudges[id].durationSec,
      tie: i,
    })),
  ].sort((a, b) => a.durationSec - b.durationSec || a.tie - b.tie);
  return (id: string) => all.findIndex((n) => n.id === id);
}

function intervalMsOf(settings: SettingsV1, id: string): number {
  const custom = settings.customNudges.find((c) => c.id === id);
  const intervalMin = custom ? custom.intervalMin : settings.nudges[id as 'walk'].intervalMin;
  return intervalMin * MINUTE_MS;
}

const RUNS = { numRuns: 300 };

describe('schedule properties', () => {
  it('never notifies while idle, locked, paused or outside working hours; always ends with one arm', () => {
    fc.assert(
      fc.property(settingsArb, opsArb(true), (settings, ops) => {
        for (const log of drive(settings, ops)) {
          expect(log.effects.filter((e) => e.kind === 'arm')).toHaveLength(1);
          expect(log.effects.at(-1)?.kind).toBe('arm');
          const armedAt = (log.effects.at(-1) as { at: number | null }).at;
          if (armedAt !== null) expect(armedAt).toBeGreaterThan(log.at);
          for (const effect of log.effects) {
            if (effect.kind !== 'notify') continue;
            expect(log.known).toMatchObject({ presence: 'active', paused: false, working: true });
            expect(effect.snoozesLeft).toBeGreaterThanOrEqual(0);
            expect(effect.snoozesLeft).toBeLessThanOrEqual(log.settings.snoozeLimit);
          }
        }
      }),
      RUNS,
    );
  });

  it('spaces breaks: after n1, the next due n2 comes ≥ interval(n2) later if no bigger, else ≥ min(¼·interval(n1), interval(n2)) (counted time)', () => {
    fc.assert(
      fc.property(settingsArb, opsArb(false), (settings, ops) => {
        const size = sizeOf(settings);
        const dues = drive(settings, ops).flatMap((log) =>
          log.effects.flatMap((e) =>
            e.kind === 'record' && e.outcome.kind === 'due'
              ? [{ nudge: e.outcome.nudge, countedMs: log.known.countedMs }]
              : [],
          ),
        );
        for (let i = 1; i < dues.length; i++) {
          const n1 = dues[i - 1] as (typeof dues)[number];
          const n2 = dues[i] as (typeof dues)[number];
          const gapMs = n2.countedMs - n1.countedMs;
          const i1 = intervalMsOf(settings, n1.nudge);
          const i2 = intervalMsOf(settings, n2.nudge);
          const minGapMs = size(n2.nudge) <= size(n1.nudge) ? i2 : Math.min(i1 / 4, i2);
          expect(gapMs, `${n1.nudge} then ${n2.nudge}`).toBeGreaterThanOrEqual(minGapMs);
        }
      }),
      RUNS,
    );
  });

  it('never counts more active time than wall time', () => {
    fc.assert(
      fc.property(settingsArb, opsArb(true), (settings, ops) => {
        for (const { state, at } of drive(settings, ops)) {
          const today = activeMsToday(state, at, TZ);
          expect(today).toBeGreaterThanOrEqual(0);
          expect(today).toBeLessThanOrEqual(at - Math.max(T0, startOfLocalDay(at, TZ)));
          for (const timer of state.timers) {
            expect(timer.accruedMs).toBeGreaterThanOrEqual(0);
            expect(timer.accruedMs).toBeLessThanOrEqual(Math.max(0, (state.countingSince ?? at) - timer.resetAt));
          }
        }
      }),
      RUNS,
    );
  });

  it('rebuilds: reloading the state from JSON at any point gives the same future', () => {
    fc.assert(
      fc.property(
        settingsArb,
        opsArb(true).chain((ops) => fc.tuple(fc.constant(ops), fc.integer({ min: 0, max: ops.length - 1 }))),
        (settings, [ops, atOp]) => {
          const straight = drive(settings, ops);
          const reloaded = drive(settings, ops, { atOp });
          expect(reloaded.map((l) => [l.at, l.event, l.effects])).toEqual(
            straight.map((l) => [l.at, l.event, l.effects]),
          );
        },
      ),
      RUNS,
    );
  });
});
