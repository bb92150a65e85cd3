// Scripted days of the break engine for its tests (core/schedule*.test.ts): minutes after
// a fixed Monday 09:00 UTC, events at those minutes, alarms fired on time between them
// (core/schedule-simulation.ts), and the notifications and records read back as text.
import type { ScheduleEvent } from '../core/schedule';
import { type SimulationOptions, type SimulationResult, simulateDay } from '../core/schedule-simulation';
import { DEFAULT_SETTINGS, type SettingsV1 } from '../core/settings';
import { MINUTE_MS } from '../core/time';

export const T0 = Date.UTC(2026, 10, 23, 9, 0); // Monday 09:00 UTC
export const at = (min: number) => T0 + min * MINUTE_MS;
export const toMin = (t: number) => Math.round(((t - T0) / MINUTE_MS) * 100) / 100;

export type Script = [number, ScheduleEvent][];

export function settingsWith(patch: (s: SettingsV1) => void): SettingsV1 {
  const settings = structuredClone(DEFAULT_SETTINGS);
  patch(settings);
  return settings;
}

export const active: ScheduleEvent = { type: 'idleState', state: 'active' };
export const idle: ScheduleEvent = { type: 'idleState', state: 'idle' };
export const locked: ScheduleEvent = { type: 'idleState', state: 'locked' };
export const start: ScheduleEvent = { type: 'start', state: 'active' };

export function sim(
  script: Script,
  untilMin: number,
  settings: SettingsV1 = DEFAULT_SETTINGS,
  options: SimulationOptions = {},
): SimulationResult {
  return simulateDay(
    settings,
    script.map(([min, event]) => ({ at: at(min), event })),
    { startAt: T0, untilAt: at(untilMin), ...options },
  );
}

/** `20 posture`, `50 walk deferred`, `25 posture snoozesLeft=1` */
export function notifies(result: SimulationResult): string[] {
  return result.steps.flatMap((s) =>
    s.effects.flatMap((e) =>
      e.kind === 'notify'
        ? [
            `${toMin(s.at)} ${e.nudge}${e.deferred ? ' deferred' : ''}${e.snoozesLeft === 2 ? '' : ` snoozesLeft=${e.snoozesLeft}`}`,
          ]
        : [],
    ),
  );
}

/** `20 due posture`, … (without `shown`, which follows every notify) */
export function records(result: SimulationResult): string[] {
  return result.steps.flatMap((s) =>
    s.effects.flatMap((e) =>
      e.kind === 'record' && e.outcome.kind !== 'shown'
        ? [`${toMin(e.outcome.at)} ${e.outcome.kind} ${e.outcome.nudge}`]
        : [],
    ),
  );
}

export const doneAfter =
  (ms: number): SimulationOptions['respond'] =>
  () => ({ afterMs: ms, event: { type: 'done' } });
