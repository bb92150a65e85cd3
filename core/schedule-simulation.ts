// A day of the break engine, for the bench ("wakes per active hour") and the tests:
// scripted events plus alarms fired on time at each armed moment (core/schedule.ts step).
import type { IdleState } from './activity';
import { initialScheduleState, step } from './schedule';
import type { Effect, ScheduleEvent, ScheduleStateV1 } from './schedule-state';
import type { SettingsV1 } from './settings';
import { DAY_MS, MINUTE_MS } from './time';

export interface TimedEvent {
  at: number;
  event: ScheduleEvent;
}

export interface SimulationOptions {
  startAt?: number;
  tzOffsetMin?: number;
  /** Defaults to a day after startAt. */
  untilAt?: number;
  /** Reply to a notification, e.g. `() => ({ afterMs: 30_000, event: { type: 'done' } })`. */
  respond?: (
    notify: Extract<Effect, { kind: 'notify' }>,
    at: number,
  ) => { afterMs: number; event: ScheduleEvent } | null;
}

export interface SimulationHour {
  startAt: number;
  activeMs: number;
  /** Alarms that fired. */
  alarms: number;
  /** Other wakes the browser causes: idle changes, environment, start. */
  wakes: number;
  /** Done, snooze, skip, pause, resume, take a break, settings: the user acting. */
  userEvents: number;
  due: number;
}

export interface SimulationResult {
  state: ScheduleStateV1;
  steps: { at: number; event: ScheduleEvent; effects: Effect[] }[];
  hours: SimulationHour[];
}

const USER_EVENTS = new Set<ScheduleEvent['type']>([
  'done',
  'snooze',
  'skip',
  'pause',
  'resume',
  'takeBreakNow',
  'settingsChanged',
]);

/**
 * Runs a day: scripted events plus alarms fired on time at each armed moment, and
 * optional replies to notifications. Alarms report the last idle state fed in.
 * Used by the bench ("wakes per active hour") and the tests.
 */
export function simulateDay(
  settings: SettingsV1,
  events: readonly TimedEvent[],
  options: SimulationOptions = {},
): SimulationResult {
  const startAt = options.startAt ?? events[0]?.at ?? 0;
  const tz = options.tzOffsetMin ?? 0;
  const untilAt = options.untilAt ?? startAt + DAY_MS;
  const queue = [...events].sort((a, b) => a.at - b.at);
  let state = initialScheduleState(startAt, settings, tz);
  let presence: IdleState = 'idle';
  const steps: SimulationResult['steps'] = [];
  const hours: SimulationHour[] = [];
  const hourOf = (at: number) => {
    const index = Math.floor((at - startAt) / (60 * MINUTE_MS));
    while (hours.length <= index) {
      hours.push({
        startAt: startAt + hours.length * 60 * MINUTE_MS,
        activeMs: 0,
        alarms: 0,
        wakes: 0,
        userEvents: 0,
        due: 0,
      });
    }
    return hours[index] as SimulationHour;
  };
  let clock = startAt;
  const advance = (to: number) => {
    // Wall time the fed state says is active, split by hour, for "per active hour".
    while (presence === 'active' && clock < to) {
      const hourEnd = hourOf(clock).startAt + 60 * MINUTE_MS;
      const end = Math.min(to, hourEnd);
      hourOf(clock).activeMs += end - clock;
      clock = end;
    }
    clock = Math.max(clock, to);
  };
  const run = (at: number, event: ScheduleEvent) => {
    advance(at);
    if ('state' in event) presence = event.state;
    const result = step(state, event, at, settings, tz);
    state = result.state;
    steps.push({ at, event, effects: result.effects });
    const hour = hourOf(at);
    if (event.type === 'alarm') hour.alarms++;
    else if (USER_EVENTS.has(event.type)) hour.userEvents++;
    else hour.wakes++;
    for (const effect of result.effects) {
      if (effect.kind === 'record' && effect.outcome.kind === 'due') hour.due++;
      if (effect.kind === 'notify' && options.respond) {
        const reply = options.respond(effect, at);
        if (reply) {
          const replyAt = at + reply.afterMs;
          const i = queue.findIndex((q) => q.at > replyAt);
          queue.splice(i === -1 ? queue.length : i, 0, { at: replyAt, event: reply.event });
        }
      }
    }
  };
  for (;;) {
    const next = queue[0];
    const alarmAt = state.armedAt;
    if (alarmAt !== null && alarmAt <= untilAt && (!next || alarmAt < next.at)) {
      run(alarmAt, { type: 'alarm', state: presence });
      continue;
    }
    if (!next || next.at > untilAt) break;
    queue.shift();
    run(next.at, next.event);
  }
  advance(untilAt);
  return { state, steps, hours };
}
