import { describe, expect, it } from 'vitest';
import { active, at, idle, locked, type Script, settingsWith, sim, start, T0, toMin } from '../tests/schedule-script';
import { initialScheduleState, step } from './schedule';
import { activeMsToday, nextNudge, walkGoalProgress } from './schedule-queries';
import { simulateDay } from './schedule-simulation';
import { DEFAULT_SETTINGS } from './settings';
import { MINUTE_MS } from './time';

describe('selectors', () => {
  /** The state at `untilMin`, alarms fired on time along the way. */
  const begin = (events: Script, untilMin: number, settings = DEFAULT_SETTINGS) =>
    sim(events, untilMin, settings).state;

  it.each<{ name: string; script: Script; nowMin: number; expected: { nudge: string; atMin: number } | null }>([
    {
      name: 'active: the posture check in 20 min',
      script: [[0, start]],
      nowMin: 5,
      expected: { nudge: 'posture', atMin: 20 },
    },
    {
      name: 'idle: counted as if active again from now',
      script: [
        [0, start],
        [6, locked],
      ],
      nowMin: 8,
      expected: { nudge: 'posture', atMin: 22 },
    },
    {
      name: 'paused: from the end of the pause',
      script: [
        [0, start],
        [5, { type: 'pause', untilAt: at(65) }],
      ],
      nowMin: 5,
      expected: { nudge: 'posture', atMin: 80 },
    },
    {
      name: 'a break waiting: that break',
      script: [
        [0, start],
        [20, { type: 'alarm', state: 'active' }],
      ],
      nowMin: 21,
      expected: { nudge: 'posture', atMin: 20 },
    },
    {
      name: 'snoozed: when the snooze ends',
      script: [
        [0, start],
        [20, { type: 'alarm', state: 'active' }],
        [21, { type: 'snooze' }],
      ],
      nowMin: 21,
      expected: { nudge: 'posture', atMin: 26 },
    },
  ])('nextNudge, $name', ({ script, nowMin, expected }) => {
    const state = begin(script, nowMin);
    const result = nextNudge(state, at(nowMin), DEFAULT_SETTINGS, 0);
    expect(result && { nudge: result.nudge, atMin: toMin(result.at) }).toEqual(expected);
  });

  it('nextNudge follows the absorb rule', () => {
    const settings = settingsWith((s) => {
      s.nudges.stretch.intervalMin = 24;
    });
    const result = nextNudge(begin([[0, start]], 1, settings), at(1), settings, 0);
    expect(result).toEqual({ nudge: 'stretch', at: at(24) });
  });

  it('nextNudge is null with every nudge off', () => {
    const settings = settingsWith((s) => {
      for (const n of Object.values(s.nudges)) n.enabled = false;
    });
    expect(nextNudge(begin([[0, start]], 1, settings), at(1), settings, 0)).toBeNull();
  });

  it.each([
    { name: 'open stretch', script: [[0, start]] as Script, nowMin: 45, expectedMin: 45 },
    {
      name: 'idle takes back a minute',
      script: [
        [0, start],
        [30, idle],
      ] as Script,
      nowMin: 45,
      expectedMin: 29,
    },
    {
      name: 'two stretches',
      script: [
        [0, start],
        [10, locked],
        [20, active],
      ] as Script,
      nowMin: 25,
      expectedMin: 15,
    },
  ])('activeMsToday, $name', ({ script, nowMin, expectedMin }) => {
    expect(activeMsToday(begin(script, nowMin), at(nowMin), 0)).toBe(expectedMin * MINUTE_MS);
  });

  it('activeMsToday starts again at local midnight', () => {
    const evening = Date.UTC(2026, 10, 23, 23, 30);
    const state = step(initialScheduleState(evening, DEFAULT_SETTINGS, 0), start, evening, DEFAULT_SETTINGS, 0).state;
    expect(activeMsToday(state, evening + 19 * MINUTE_MS, 0)).toBe(19 * MINUTE_MS);
    const later = simulateDay(DEFAULT_SETTINGS, [{ at: evening, event: start }], {
      startAt: evening,
      untilAt: evening + 40 * MINUTE_MS,
    }).state;
    expect(activeMsToday(later, evening + 40 * MINUTE_MS, 0)).toBe(10 * MINUTE_MS);
  });

  it('activeMsToday stops counting an open stretch when the alarm was missed (asleep)', () => {
    const state = step(initialScheduleState(T0, DEFAULT_SETTINGS, 0), start, T0, DEFAULT_SETTINGS, 0).state;
    expect(activeMsToday(state, at(300), 0)).toBe(22 * MINUTE_MS);
  });

  it('walkGoalProgress adds done walks and natural walks, per day', () => {
    const state = begin(
      [
        [0, start],
        [1, { type: 'takeBreakNow', nudge: 'walk' }],
        [2, { type: 'takeBreakNow', nudge: 'walk' }],
        [10, locked],
        [20, active],
      ],
      21,
    );
    expect(walkGoalProgress(state, at(21), DEFAULT_SETTINGS, 0)).toEqual({ walkMin: 15, goalMin: 20, reached: false });
    expect(walkGoalProgress(state, at(24 * 60), DEFAULT_SETTINGS, 0).walkMin).toBe(0);
  });
});
