import { describe, expect, it } from 'vitest';
import { at, doneAfter, notifies, records, settingsWith, sim, start, toMin } from '../tests/schedule-script';
import type { SimulationResult } from './schedule-simulation';
import { parseScheduleState as parseScheduleStateOf } from './schedule-state';
import { DEFAULT_SETTINGS, type SettingsV1 } from './settings';

describe('heads-up before a break (settings.headsUp)', () => {
  const on = settingsWith((s) => {
    s.headsUp = { enabled: true, leadSec: 30 };
  });
  const headsUps = (result: SimulationResult) =>
    result.steps.flatMap((s) =>
      s.effects.flatMap((e) => (e.kind === 'headsUp' ? [`${toMin(s.at)} ${e.nudge} at ${toMin(e.at)}`] : [])),
    );

  it.each<[string, SettingsV1, string[]]>([
    ['off by default: none', DEFAULT_SETTINGS, []],
    ['on: one per break, 30 s before it', on, ['19.5 posture at 20', '39.5 stretch at 40', '59.5 walk at 60']],
  ])('%s', (_, settings, expected) => {
    const result = sim([[0, start]], 61, settings, { respond: doneAfter(0) });
    expect(headsUps(result)).toEqual(expected);
    expect(notifies(result)).toEqual(['20 posture', '40 stretch', '60 walk']);
  });

  it('wakes the worker once more per break, no more', () => {
    const alarms = (settings: SettingsV1) =>
      sim([[0, start]], 61, settings, { respond: doneAfter(0) }).hours.reduce((n, h) => n + h.alarms, 0);
    expect(alarms(on) - alarms(DEFAULT_SETTINGS)).toBe(3);
  });

  it('Postpone: the break comes snoozeMin after it was due, counted as one snooze', () => {
    const result = sim([[0, start]], 30, on, {
      respond: doneAfter(0),
    });
    expect(headsUps(result)[0]).toBe('19.5 posture at 20');
    const postponed = sim(
      [
        [0, start],
        [19.6, { type: 'postpone' }],
      ],
      30,
      on,
      { respond: doneAfter(0) },
    );
    expect(notifies(postponed)).toEqual(['25 posture snoozesLeft=1']);
    expect(records(postponed).slice(0, 1)).toEqual(['19.6 snoozed posture']);
  });

  it('a postpone with no heads-up given changes nothing', () => {
    const result = sim(
      [
        [0, start],
        [10, { type: 'postpone' }],
      ],
      21,
      on,
      { respond: doneAfter(0) },
    );
    expect(notifies(result)).toEqual(['20 posture']);
  });

  it('is not given while paused, and a state stored before it reads as never warned', () => {
    const paused = sim(
      [
        [0, start],
        [19, { type: 'pause', untilAt: at(40) }],
      ],
      21,
      on,
    );
    expect(headsUps(paused)).toEqual([]);
    const { warned: _, ...before } = paused.state;
    expect(parseScheduleStateOf(before)?.warned).toBeNull();
  });
});
