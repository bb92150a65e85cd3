import { describe, expect, it } from 'vitest';
import { at, locked, type Script, settingsWith, sim, start, T0 } from '../tests/schedule-script';
import { addCounted, canShow, countedBetween, countingOf, remainingOf, specsOf } from './schedule-counting';
import type { ScheduleStateV1 } from './schedule-state';
import { DEFAULT_SETTINGS, type SettingsV1 } from './settings';
import { MINUTE_MS, SECOND_MS } from './time';

const custom = (id: string, durationSec: number) => ({ id, name: id, enabled: true, intervalMin: 30, durationSec });
const working = settingsWith((s) => {
  s.workingHours.enabled = true;
});
/** T0 is Monday 09:00 UTC; working hours by default Monday to Friday, 09:00 to 17:30. */
const mon = (h: number, m = 0) => Date.UTC(2026, 10, 23, h, m);

describe('specsOf: every nudge in size order', () => {
  it.each<{ name: string; settings: SettingsV1; expected: string[] }>([
    { name: 'the defaults, by duration', settings: DEFAULT_SETTINGS, expected: ['posture', 'stretch', 'walk'] },
    {
      name: 'equal durations: walk > stretch > posture',
      settings: settingsWith((s) => {
        s.nudges.walk.durationSec = 60;
        s.nudges.stretch.durationSec = 60;
        s.nudges.posture.durationSec = 60;
      }),
      expected: ['posture', 'stretch', 'walk'],
    },
    {
      name: 'a custom nudge as long as a built-in one is smaller; of two customs, the later is bigger',
      settings: settingsWith((s) => {
        s.customNudges = [custom('custom-a', 20), custom('custom-b', 20), custom('custom-c', 600)];
      }),
      expected: ['custom-a', 'custom-b', 'posture', 'stretch', 'walk', 'custom-c'],
    },
  ])('$name', ({ settings, expected }) => {
    const specs = specsOf(settings);
    expect(specs.map((sp) => sp.id)).toEqual(expected);
    expect(specs.map((sp) => sp.size)).toEqual(expected.map((_, i) => i));
  });

  it('gives intervals and durations in ms, and keeps switched-off nudges', () => {
    const settings = settingsWith((s) => {
      s.nudges.stretch.enabled = false;
    });
    expect(specsOf(settings)).toEqual([
      { id: 'posture', enabled: true, intervalMs: 20 * MINUTE_MS, durationMs: 20 * SECOND_MS, size: 0 },
      { id: 'stretch', enabled: false, intervalMs: 40 * MINUTE_MS, durationMs: 120 * SECOND_MS, size: 1 },
      { id: 'walk', enabled: true, intervalMs: 60 * MINUTE_MS, durationMs: 300 * SECOND_MS, size: 2 },
    ]);
  });
});

describe('counted time', () => {
  const countingAt = (settings: SettingsV1, now = T0) =>
    countingOf(sim([[0, start]], 0, settings).state, now, settings, 0);

  it.each([
    { name: 'all of it, without working hours', settings: DEFAULT_SETTINGS, from: mon(17), to: mon(18), min: 60 },
    { name: 'nothing backwards', settings: DEFAULT_SETTINGS, from: mon(18), to: mon(17), min: 0 },
    { name: 'only working time', settings: working, from: mon(17), to: mon(18), min: 30 },
    { name: 'across the night', settings: working, from: mon(17), to: mon(9, 30) + 24 * 60 * MINUTE_MS, min: 60 },
  ])('countedBetween: $name', ({ settings, from, to, min }) => {
    expect(countedBetween(countingAt(settings), from, to)).toBe(min * MINUTE_MS);
  });

  it.each([
    {
      name: 'straight on, without working hours',
      settings: DEFAULT_SETTINGS,
      from: mon(17),
      min: 20,
      expected: mon(17, 20),
    },
    {
      name: 'the rest on the next working day',
      settings: working,
      from: mon(17, 20),
      min: 20,
      expected: mon(9, 10) + 24 * 60 * MINUTE_MS,
    },
  ])('addCounted: $name', ({ settings, from, min, expected }) => {
    expect(addCounted(countingAt(settings), from, min * MINUTE_MS)).toBe(expected);
  });

  it('addCounted is null when no working time is left in the week', () => {
    const never = settingsWith((s) => {
      s.workingHours = { enabled: true, days: [[], [], [], [], [], [], []] };
    });
    expect(addCounted(countingAt(never), T0, MINUTE_MS)).toBeNull();
  });
});

describe('remainingOf: counted ms until each timer falls due', () => {
  const remaining = (script: Script, nowMin: number, settings = DEFAULT_SETTINGS, upToMin = nowMin) => {
    const state = sim(script, nowMin, settings).state;
    return remainingOf(countingOf(state, at(nowMin), settings, 0), at(upToMin)).map(
      (r) => `${r.spec.id} ${r.remainingMs / MINUTE_MS}`,
    );
  };

  it.each<{ name: string; script: Script; nowMin: number; upToMin?: number; expected: string[] }>([
    { name: 'active from 0, at 5', script: [[0, start]], nowMin: 5, expected: ['posture 15', 'stretch 35', 'walk 55'] },
    {
      name: 'read up to an earlier moment',
      script: [[0, start]],
      nowMin: 5,
      upToMin: 2,
      expected: ['posture 18', 'stretch 38', 'walk 58'],
    },
    {
      name: 'locked at 5: the clock stops',
      script: [
        [0, start],
        [5, locked],
      ],
      nowMin: 8,
      expected: ['posture 15', 'stretch 35', 'walk 55'],
    },
    {
      name: 'overdue: negative',
      script: [[0, start]],
      nowMin: 50,
      expected: ['posture -30', 'stretch -10', 'walk 10'],
    },
  ])('$name', ({ script, nowMin, upToMin, expected }) => {
    expect(remaining(script, nowMin, DEFAULT_SETTINGS, upToMin)).toEqual(expected);
  });

  it('leaves out a timer whose nudge the settings no longer have', () => {
    const state = sim([[0, start]], 5).state;
    const withGone: ScheduleStateV1 = {
      ...state,
      timers: [...state.timers, { nudge: 'custom-gone', accruedMs: 0, resetAt: T0 }],
    };
    expect(remainingOf(countingOf(withGone, at(5), DEFAULT_SETTINGS, 0)).map((r) => r.spec.id)).toEqual([
      'posture',
      'stretch',
      'walk',
    ]);
  });
});

describe('canShow: a break can be shown now', () => {
  it.each<{ name: string; script: Script; nowMin: number; settings?: SettingsV1; expected: boolean }>([
    { name: 'active', script: [[0, start]], nowMin: 5, expected: true },
    {
      name: 'locked',
      script: [
        [0, start],
        [3, locked],
      ],
      nowMin: 5,
      expected: false,
    },
    {
      name: 'paused',
      script: [
        [0, start],
        [3, { type: 'pause', untilAt: at(60) }],
      ],
      nowMin: 5,
      expected: false,
    },
    { name: 'active inside working hours', script: [[0, start]], nowMin: 5, settings: working, expected: true },
    { name: 'active after working hours', script: [[0, start]], nowMin: 9 * 60, settings: working, expected: false },
  ])('$name: $expected', ({ script, nowMin, settings = DEFAULT_SETTINGS, expected }) => {
    const state = sim(script, nowMin, settings).state;
    expect(canShow(countingOf(state, at(nowMin), settings, 0))).toBe(expected);
  });
});
