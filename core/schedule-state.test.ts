import { describe, expect, it } from 'vitest';
import { simulateDay } from './schedule-simulation';
import { parseScheduleState, type ScheduleStateV1 } from './schedule-state';
import { DEFAULT_SETTINGS } from './settings';
import { MINUTE_MS } from './time';

const T0 = Date.UTC(2026, 10, 23, 9, 0);

describe('parseScheduleState', () => {
  // 25 active minutes in, alarms on time: a posture check done, every field filled in.
  const running = simulateDay(DEFAULT_SETTINGS, [{ at: T0, event: { type: 'start', state: 'active' } }], {
    startAt: T0,
    untilAt: T0 + 25 * MINUTE_MS,
  }).state;

  it('has a waiting break in the sample', () => {
    expect(running.pending?.nudge).toBe('posture');
  });

  it('reads back what JSON kept', () => {
    expect(parseScheduleState(JSON.parse(JSON.stringify(running)))).toEqual(running);
  });

  it.each<{ name: string; raw: unknown }>([
    { name: 'nothing', raw: undefined },
    { name: 'a string', raw: 'schedule' },
    { name: 'another version', raw: { ...running, v: 2 } },
    { name: 'a lost number (NaN became null)', raw: { ...running, presenceSince: null } },
    { name: 'an unknown field', raw: { ...running, extra: 1 } },
    { name: 'a broken timer', raw: { ...running, timers: [{ nudge: 'walk' }] } },
    { name: 'a broken day', raw: { ...running, today: { day: 'today', activeMs: 0 } } },
  ])('returns null for $name', ({ raw }) => {
    expect(parseScheduleState(raw as ScheduleStateV1)).toBeNull();
  });
});
