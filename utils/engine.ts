// Runs the break engine: load state and settings, step the pure scheduler
// (core/schedule.ts), save, then carry out its effects. Every event goes through
// `runEngine`, one at a time under a Web Lock, so the worker never interleaves two.
import type { IdleState } from '@/core/activity';
import { inspectStored } from '@/core/damage';
import type { Outcome } from '@/core/outcomes';
import {
  type Effect,
  initialScheduleState,
  parseScheduleState,
  type ScheduleEvent,
  type ScheduleStateV1,
  step,
} from '@/core/schedule';
import type { SettingsV1 } from '@/core/settings';
import { statusSnapshot } from '@/core/status';
import { localMonthKey } from '@/core/time';
import { localOffsetMin } from '@/utils/time-zone';
import { observe } from './activity-store';
import { armNext } from './alarms';
import { type BadgeMark, showBadge } from './badge';
import { queryIdleState } from './idle';
import { withLocks } from './locks';
import { closeHeadsUp, closeNudge, showHeadsUp, showNudge } from './nudges';
import { keepAside } from './quarantine';
import { readSettings } from './settings-store';
import { engineItem, monthItem, statusItem } from './storage';
import { KEY, OUTCOMES } from './storage-keys';
import { timeScale } from './time-scale';

export interface EngineRun {
  state: ScheduleStateV1;
  effects: Effect[];
  settings: SettingsV1;
}

/** Steps the engine with one event (or a short sequence) and carries out what it decides. */
export async function runEngine(
  events:
    | ScheduleEvent[]
    | ((settings: SettingsV1, state: ScheduleStateV1) => Promise<ScheduleEvent[]> | ScheduleEvent[]),
  now = Date.now(),
): Promise<EngineRun> {
  return withLocks(['engine'], async () => {
    const settings = timeScale.apply((await readSettings()).settings);
    const tz = localOffsetMin(now);
    let state = await loadState(now, settings, tz);
    const list = typeof events === 'function' ? await events(settings, state) : events;
    // What the idle API said goes to the activity log too: a change, or the state seen on a wake.
    await observe(
      list.flatMap((e) =>
        e.type === 'idleState'
          ? [{ at: now, state: e.state }]
          : e.type === 'start' || e.type === 'alarm'
            ? [{ at: now, state: e.state, observed: true }]
            : [],
      ),
      now,
      localOffsetMin,
      settings.idleDetectionSec,
    );
    const effects: Effect[] = [];
    for (const event of list) {
      const result = step(state, event, now, settings, tz);
      state = result.state;
      effects.push(...result.effects);
    }
    await engineItem.setValue(state);
    await statusItem.setValue(statusSnapshot(state, settings, now, tz));
    await carryOut(effects, settings, state, now);
    return { state, effects, settings };
  });
}

/** The stored state; unreadable state is kept aside and the schedule restarts from now. */
async function loadState(now: number, settings: SettingsV1, tz: number): Promise<ScheduleStateV1> {
  const raw = await engineItem.getValue();
  if (raw === null) return initialScheduleState(now, settings, tz);
  const parsed = parseScheduleState(raw);
  if (parsed) return parsed;
  await keepAside(KEY.engine, raw, 0, now);
  return initialScheduleState(now, settings, tz);
}

async function carryOut(effects: Effect[], settings: SettingsV1, state: ScheduleStateV1, now: number): Promise<void> {
  const outcomes: Outcome[] = [];
  for (const effect of effects) {
    switch (effect.kind) {
      case 'arm':
        await armNext(effect.at);
        break;
      case 'badge':
        await showBadge(effect.mark as BadgeMark);
        break;
      case 'notify':
        await closeHeadsUp();
        await showNudge(effect, settings);
        break;
      case 'headsUp':
        await showHeadsUp(effect, settings, now);
        break;
      case 'closeNotification':
        await closeNudge();
        break;
      case 'record':
        outcomes.push(effect.outcome);
        break;
    }
  }
  if (!effects.some((e) => e.kind === 'badge')) await showBadge(state.badge);
  await recordOutcomes(outcomes, now);
}

/** Appends break records to their months; a stored month that is not a list of records is kept aside first. */
async function recordOutcomes(outcomes: Outcome[], now: number): Promise<void> {
  const byMonth = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    const month = localMonthKey(o.at, localOffsetMin(o.at));
    byMonth.set(month, [...(byMonth.get(month) ?? []), o]);
  }
  for (const [month, list] of byMonth) {
    const item = monthItem(OUTCOMES, month);
    const key = OUTCOMES.key(month);
    await withLocks([key], async () => {
      const stored = await item.getValue();
      const found = inspectStored('outcomes', stored);
      if (found.damaged) await keepAside(key, stored, found.kept, now);
      const before = found.damaged ? ((found.repaired ?? []) as unknown[]) : ((stored ?? []) as unknown[]);
      await item.setValue([...before, ...list]);
    });
  }
}

/** The idle state to hand the scheduler with `start` and `alarm`. */
export const currentIdleState = (settings: SettingsV1): Promise<IdleState> => queryIdleState(settings.idleDetectionSec);
