import { describe, expect, it } from 'vitest';
import { at, locked, type Script, settingsWith, sim, start, T0, toMin } from '../tests/schedule-script';
import { initialScheduleState, step } from './schedule';
import { nextAlarm } from './schedule-alarm';
import { countingOf } from './schedule-counting';
import { DEFAULT_SETTINGS, type SettingsV1 } from './settings';

const headsUpOn = settingsWith((s) => {
  s.headsUp = { enabled: true, leadSec: 30 };
});
const longWalkOnly = settingsWith((s) => {
  s.nudges.posture.enabled = false;
  s.nudges.stretch.enabled = false;
  s.nudges.walk.intervalMin = 240;
});
const working = settingsWith((s) => {
  s.workingHours.enabled = true;
});
const busy = { type: 'environment', fullscreenOrAudible: true } as const;

describe('nextAlarm: when the worker must wake next', () => {
  it.each<{ name: string; script: Script; nowMin: number; settings?: SettingsV1; expectedMin: number | null }>([
    { name: 'active: the first break due', script: [[0, start]], nowMin: 5, expectedMin: 20 },
    {
      name: 'active, breaks far off: a heartbeat 30 min ahead',
      script: [[0, start]],
      nowMin: 5,
      settings: longWalkOnly,
      expectedMin: 35,
    },
    {
      name: 'locked, not paused: nothing until an event',
      script: [
        [0, start],
        [3, locked],
      ],
      nowMin: 5,
      expectedMin: null,
    },
    {
      name: 'locked and paused: the end of the pause',
      script: [
        [0, start],
        [3, { type: 'pause', untilAt: at(65) }],
        [4, locked],
      ],
      nowMin: 5,
      expectedMin: 65,
    },
    {
      name: 'a posture check shown: the stretch, bigger, still counts',
      script: [
        [0, start],
        [20, { type: 'alarm', state: 'active' }],
      ],
      nowMin: 21,
      expectedMin: 40,
    },
    {
      name: 'snoozed: the end of the snooze',
      script: [
        [0, start],
        [20, { type: 'alarm', state: 'active' }],
        [21, { type: 'snooze' }],
      ],
      nowMin: 21,
      expectedMin: 26,
    },
    {
      name: 'held for a call: the end of the longest wait',
      script: [
        [0, start],
        [10, busy],
      ],
      nowMin: 41,
      expectedMin: 50,
    },
    {
      name: 'a break waiting near closing time: the end of working hours',
      script: [[0, start]],
      nowMin: 8 * 60 + 20,
      settings: working,
      expectedMin: 8 * 60 + 30,
    },
    {
      name: 'a heads-up: its lead before the break',
      script: [[0, start]],
      nowMin: 5,
      settings: headsUpOn,
      expectedMin: 19.5,
    },
  ])('$name', ({ script, nowMin, settings = DEFAULT_SETTINGS, expectedMin }) => {
    const state = sim(script, nowMin, settings).state;
    const alarm = nextAlarm(countingOf(state, at(nowMin), settings, 0));
    expect(alarm === null ? null : toMin(alarm)).toBe(expectedMin);
  });

  it('is what step() arms after every event', () => {
    let state = initialScheduleState(T0, headsUpOn, 0);
    const script: Script = [
      [0, start],
      [19.5, { type: 'alarm', state: 'active' }],
      [20, { type: 'alarm', state: 'active' }],
      [21, { type: 'snooze' }],
      [26, { type: 'alarm', state: 'active' }],
      [27, { type: 'done' }],
      [30, locked],
    ];
    for (const [min, event] of script) {
      const result = step(state, event, at(min), headsUpOn, 0);
      state = result.state;
      expect(result.effects.at(-1)).toEqual({ kind: 'arm', at: nextAlarm(countingOf(state, at(min), headsUpOn, 0)) });
    }
  });
});
