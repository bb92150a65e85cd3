import { describe, expect, it } from 'vitest';
import {
  active,
  at,
  doneAfter,
  idle,
  locked,
  notifies,
  records,
  type Script,
  settingsWith,
  sim,
  start,
  T0,
  toMin,
} from '../tests/schedule-script';
import { type Effect, initialScheduleState, type ScheduleEvent, step } from './schedule';
import { nextNudge } from './schedule-queries';
import { type SimulationOptions, type SimulationResult, simulateDay } from './schedule-simulation';
import { DEFAULT_SETTINGS } from './settings';
import { HOUR_MS, MINUTE_MS } from './time';

describe('nudges on active time', () => {
  it('gives posture, stretch, walk at 20, 40, 60 active minutes; a bigger one absorbs the posture check due with it', () => {
    const result = sim([[0, start]], 185, DEFAULT_SETTINGS, { respond: doneAfter(0) });
    expect(notifies(result)).toEqual([
      '20 posture',
      '40 stretch',
      '60 walk',
      '80 posture',
      '100 stretch',
      '120 walk',
      '140 posture',
      '160 stretch',
      '180 walk',
    ]);
  });

  it.each<{ name: string; script: Script; untilMin: number; expected: string[] }>([
    {
      name: 'idle time does not count, and the detection interval is taken back',
      // Watching a video (busy) so the 10 min idle is a pause, not a natural break.
      script: [
        [0, start],
        [0, { type: 'environment', fullscreenOrAudible: true }],
        [11, idle],
        [30, active],
        [30, { type: 'environment', fullscreenOrAudible: false }],
      ],
      untilMin: 45,
      expected: ['40 posture'],
    },
    {
      name: 'a lock counts up to the moment it happens (locked 15 s: no break)',
      script: [
        [0, start],
        [10, locked],
        [10.25, active],
      ],
      untilMin: 25,
      expected: ['20.25 posture'],
    },
    {
      name: 'idle never takes back time from before the stretch began',
      script: [
        [0, start],
        [0, { type: 'environment', fullscreenOrAudible: true }],
        [10, idle],
        [10.2, active],
        [10.5, idle],
        [12, active],
        [12, { type: 'environment', fullscreenOrAudible: false }],
      ],
      untilMin: 25,
      // 9 min counted before, none in the 18 s stretch, 11 more after 12.
      expected: ['23 posture'],
    },
    {
      name: 'a posture check waits for a stretch due within 5 min (a quarter of 20)',
      script: [[0, start]],
      untilMin: 30,
      expected: ['24 stretch'],
    },
    {
      name: 'but not for one 6 min away',
      script: [[0, start]],
      untilMin: 30,
      expected: ['20 posture', '26 stretch'],
    },
  ])('$name', ({ name, script, untilMin, expected }) => {
    const settings = settingsWith((s) => {
      if (name.startsWith('a posture check waits')) s.nudges.stretch.intervalMin = 24;
      if (name.startsWith('but not')) s.nudges.stretch.intervalMin = 26;
    });
    expect(notifies(sim(script, untilMin, settings))).toEqual(expected);
  });

  it('runs custom nudges on their own interval, and leaves switched-off nudges alone', () => {
    const settings = settingsWith((s) => {
      s.nudges.posture.enabled = false;
      s.nudges.stretch.enabled = false;
      s.customNudges = [{ id: 'eyes', name: 'Eyes', enabled: true, intervalMin: 15, durationSec: 20 }];
    });
    expect(notifies(sim([[0, start]], 61, settings, { respond: doneAfter(0) }))).toEqual([
      '15 eyes',
      '30 eyes',
      '45 eyes',
      '60 walk',
    ]);
  });
});

describe('natural breaks', () => {
  it.each<{ name: string; script: Script; expectedRecords: string[]; expectedNotifies: string[] }>([
    {
      name: 'locked 6 min is a walk, and resets every timer',
      script: [
        [0, start],
        [15, locked],
        [21, active],
      ],
      expectedRecords: ['21 natural walk', '41 due posture'],
      expectedNotifies: ['41 posture'],
    },
    {
      name: 'locked 3 min is a stretch: the walk timer keeps its 15 min',
      script: [
        [0, start],
        [15, locked],
        [18, active],
      ],
      expectedRecords: ['18 natural stretch', '38 due posture'],
      expectedNotifies: ['38 posture'],
    },
    {
      name: 'idle 6 min (after the detection minute) is a walk',
      script: [
        [0, start],
        [16, idle],
        [21, active],
      ],
      expectedRecords: ['21 natural walk', '41 due posture'],
      expectedNotifies: ['41 posture'],
    },
    {
      name: 'idle while a tab plays sound is watching, not a break',
      script: [
        [0, start],
        [10, { type: 'environment', fullscreenOrAudible: true }],
        [16, idle],
        [21, active],
        [21, { type: 'environment', fullscreenOrAudible: false }],
      ],
      expectedRecords: ['26 due posture'],
      expectedNotifies: ['26 posture'],
    },
    {
      name: 'a waiting break is taken by a long enough time away',
      script: [
        [0, start],
        [20.5, locked],
        [21, active],
      ],
      // The stretch, 20 min counted before the lock, comes 19.5 min later and absorbs the posture check.
      expectedRecords: ['20 due posture', '21 natural posture', '40.5 due stretch'],
      expectedNotifies: ['20 posture', '40.5 stretch'],
    },
    {
      name: 'a sleep with no event is noticed by the late alarm: away from the armed time',
      script: [
        [0, start],
        [10, { type: 'takeBreakNow', nudge: 'posture' }],
        // The alarm armed for 30 did not fire until the machine woke at 200.
      ],
      expectedRecords: ['10 done posture', '200 natural walk', '220 due posture'],
      expectedNotifies: ['220 posture'],
    },
  ])('$name', ({ name, script, expectedRecords, expectedNotifies }) => {
    const sleep = name.startsWith('a sleep');
    const result = sleep ? sleepThenWake(script, 200, 221) : sim(script, 45);
    expect(records(result)).toEqual(expectedRecords);
    expect(notifies(result)).toEqual(expectedNotifies);
  });
});

/** Runs a script, then skips every alarm until `wakeMin` (the machine slept), then goes on. */
function sleepThenWake(script: Script, wakeMin: number, untilMin: number): SimulationResult {
  const before = sim(script, 10);
  let state = before.state;
  const steps = [...before.steps];
  const wake = step(state, { type: 'alarm', state: 'active' }, at(wakeMin), DEFAULT_SETTINGS, 0);
  steps.push({ at: at(wakeMin), event: { type: 'alarm', state: 'active' }, effects: wake.effects });
  state = wake.state;
  while (state.armedAt !== null && state.armedAt <= at(untilMin)) {
    const fire = state.armedAt;
    const next = step(state, { type: 'alarm', state: 'active' }, fire, DEFAULT_SETTINGS, 0);
    steps.push({ at: fire, event: { type: 'alarm', state: 'active' }, effects: next.effects });
    state = next.state;
  }
  return { state, steps, hours: [] };
}

describe('done, snooze, skip', () => {
  it('snoozes by 5 min at most twice in a row, then offers only done or skip', () => {
    const snooze = (): SimulationOptions['respond'] => () => ({ afterMs: 0, event: { type: 'snooze' } });
    const result = sim([[0, start]], 34, DEFAULT_SETTINGS, { respond: snooze() });
    expect(notifies(result)).toEqual(['20 posture', '25 posture snoozesLeft=1', '30 posture snoozesLeft=0']);
    // The third Snooze answers a notification whose second button read Skip: it is a skip.
    expect(records(result)).toEqual([
      '20 due posture',
      '20 snoozed posture',
      '25 snoozed posture',
      '30 skipped posture',
    ]);
  });

  // The one place the snooze limit turns a Snooze into a Skip (core/snooze.ts).
  it.each([
    { limit: 2, snoozes: 1, last: 'snoozed', notifiesLeft: [2, 1] },
    { limit: 2, snoozes: 2, last: 'snoozed', notifiesLeft: [2, 1, 0] },
    { limit: 2, snoozes: 3, last: 'skipped', notifiesLeft: [2, 1, 0] },
    { limit: 1, snoozes: 2, last: 'skipped', notifiesLeft: [1, 0] },
    { limit: 0, snoozes: 1, last: 'skipped', notifiesLeft: [0] },
  ])('snooze limit $limit, $snoozes snoozes in a row → the last is $last', ({ limit, snoozes, last, notifiesLeft }) => {
    const settings = settingsWith((s) => {
      s.snoozeLimit = limit;
    });
    let left = snoozes;
    const result = sim([[0, start]], 60, settings, {
      respond: () => (left-- > 0 ? { afterMs: 0, event: { type: 'snooze' } } : null),
    });
    const answers = records(result).filter((r) => / (snoozed|skipped) posture$/.test(r));
    expect(answers).toHaveLength(snoozes);
    expect(answers.at(-1)?.split(' ')[1]).toBe(last);
    const shown = result.steps.flatMap((s) => s.effects.flatMap((e) => (e.kind === 'notify' ? [e.snoozesLeft] : [])));
    expect(shown.slice(0, notifiesLeft.length)).toEqual(notifiesLeft);
  });

  it.each([
    { event: { type: 'done' } as const, kind: 'done' },
    { event: { type: 'skip' } as const, kind: 'skipped' },
  ])('$kind closes the notification and restarts the timer', ({ event, kind }) => {
    const noStretch = settingsWith((s) => {
      s.nudges.stretch.enabled = false;
    });
    const result = sim(
      [
        [0, start],
        [22, event],
      ],
      45,
      noStretch,
    );
    expect(records(result)).toEqual(['20 due posture', `22 ${kind} posture`, '42 due posture']);
    const reply = result.steps.find((s) => s.event.type === event.type);
    expect(reply?.effects.filter((e) => e.kind === 'closeNotification')).toHaveLength(1);
  });

  it('ignores done and skip when nothing waits', () => {
    const result = sim(
      [
        [0, start],
        [5, { type: 'done' }],
        [6, { type: 'skip' }],
      ],
      21,
    );
    expect(records(result)).toEqual(['20 due posture']);
  });

  it('lets a due walk replace an unanswered posture check', () => {
    const settings = settingsWith((s) => {
      s.nudges.stretch.enabled = false;
    });
    const result = sim([[0, start]], 61, settings);
    expect(notifies(result)).toEqual(['20 posture', '60 walk']);
    const replace = result.steps.find((s) => toMin(s.at) === 60);
    expect(replace?.effects.map((e) => e.kind)).toEqual(['closeNotification', 'record', 'notify', 'record', 'arm']);
  });

  it('takeBreakNow records the break done and resets it and every smaller one', () => {
    const result = sim(
      [
        [0, start],
        [10, { type: 'takeBreakNow', nudge: 'stretch' }],
      ],
      31,
    );
    expect(records(result)).toEqual(['10 done stretch', '30 due posture']);
  });
});

describe('pause and resume', () => {
  it('freezes the timers, shows the badge, and resumes by itself', () => {
    const result = sim(
      [
        [0, start],
        [10, { type: 'pause', untilAt: at(40) }],
      ],
      51,
    );
    expect(notifies(result)).toEqual(['50 posture']);
    const pause = result.steps.find((s) => s.event.type === 'pause');
    expect(pause?.effects).toEqual([
      { kind: 'badge', mark: 'paused' },
      { kind: 'arm', at: at(40) },
    ]);
  });

  it('hides a shown break while paused and shows it again after', () => {
    const result = sim(
      [
        [0, start],
        [21, { type: 'pause', untilAt: at(51) }],
        [30, { type: 'resume' }],
      ],
      31,
    );
    expect(notifies(result)).toEqual(['20 posture', '30 posture']);
    expect(records(result)).toEqual(['20 due posture']);
  });

  it('never notifies while paused', () => {
    const result = sim(
      [
        [0, start],
        [1, { type: 'pause', untilAt: at(300) }],
      ],
      299,
    );
    expect(notifies(result)).toEqual([]);
  });
});

describe('working hours', () => {
  const settings = settingsWith((s) => {
    s.workingHours.enabled = true;
  });

  it('counts only working time, and carries the rest to the next working day', () => {
    const evening = Date.UTC(2026, 10, 23, 17, 20);
    let state = step(initialScheduleState(evening, settings, 0), start, evening, settings, 0).state;
    expect(nextNudge(state, evening, settings, 0)).toEqual({
      nudge: 'posture',
      at: Date.UTC(2026, 10, 24, 9, 10),
    });
    // Active all evening: the heartbeat alarms fire, nothing is shown.
    const effects: Effect[] = [];
    for (let t = evening + 30 * MINUTE_MS; t < Date.UTC(2026, 10, 23, 23); t += 30 * MINUTE_MS) {
      const result = step(state, { type: 'alarm', state: 'active' }, t, settings, 0);
      effects.push(...result.effects);
      state = result.state;
    }
    expect(effects.filter((e) => e.kind === 'notify')).toEqual([]);
  });

  it('shows a break that fell due at closing time when work starts again', () => {
    const late = Date.UTC(2026, 10, 23, 17, 10);
    // Active all night, the machine awake: the heartbeat alarms fire on time.
    const result = simulateDay(settings, [{ at: late, event: start }], {
      startAt: late,
      untilAt: Date.UTC(2026, 10, 24, 9, 5),
    });
    const shown = result.steps.flatMap((s) =>
      s.effects.flatMap((e) => (e.kind === 'notify' ? [{ at: s.at, nudge: e.nudge }] : [])),
    );
    expect(shown).toEqual([{ at: Date.UTC(2026, 10, 24, 9), nudge: 'posture' }]);
  });

  it('treats a night with no alarms (asleep) as time away', () => {
    const late = Date.UTC(2026, 10, 23, 17, 10);
    const state = step(initialScheduleState(late, settings, 0), start, late, settings, 0).state;
    const morning = step(state, { type: 'alarm', state: 'active' }, Date.UTC(2026, 10, 24, 9), settings, 0);
    expect(morning.effects.filter((e) => e.kind === 'record')).toEqual([
      {
        kind: 'record',
        outcome: {
          nudge: 'walk',
          kind: 'natural',
          at: Date.UTC(2026, 10, 24, 9),
          creditedSec: settings.nudges.walk.durationSec,
        },
      },
    ]);
  });
});

describe('calls and full screen', () => {
  const busy: ScheduleEvent = { type: 'environment', fullscreenOrAudible: true };
  const free: ScheduleEvent = { type: 'environment', fullscreenOrAudible: false };

  it.each<{ name: string; script: Script; untilMin: number; expected: string[]; records: string[] }>([
    {
      name: 'a break due during a call waits for it to end',
      script: [
        [0, start],
        [5, busy],
        [32, free],
      ],
      untilMin: 35,
      expected: ['32 posture'],
      records: ['20 due posture', '20 deferred posture'],
    },
    {
      name: 'after 30 min of waiting it comes as a walk, deferred',
      script: [
        [0, start],
        [5, busy],
      ],
      untilMin: 55,
      // The stretch falling due at 40 takes the posture check's place, and its wait.
      expected: ['50 walk deferred'],
      records: ['20 due posture', '20 deferred posture', '40 due stretch'],
    },
  ])('$name', ({ script, untilMin, expected, records: expectedRecords }) => {
    const result = sim(script, untilMin);
    expect(notifies(result)).toEqual(expected);
    expect(records(result)).toEqual(expectedRecords);
  });

  it('does not wait when waitDuringCalls is off', () => {
    const settings = settingsWith((s) => {
      s.waitDuringCalls = false;
    });
    expect(
      notifies(
        sim(
          [
            [0, start],
            [5, busy],
          ],
          21,
          settings,
        ),
      ),
    ).toEqual(['20 posture']);
  });
});

describe('step', () => {
  const settings = DEFAULT_SETTINGS;

  it('ends every result with exactly one arm', () => {
    const result = sim([[0, start]], 200, settings, { respond: doneAfter(10_000) });
    for (const s of result.steps) {
      expect(s.effects.filter((e) => e.kind === 'arm')).toHaveLength(1);
      expect(s.effects.at(-1)?.kind).toBe('arm');
    }
  });

  it('start is idempotent', () => {
    const first = step(initialScheduleState(T0, settings, 0), start, T0, settings, 0);
    const second = step(first.state, start, T0, settings, 0);
    expect(second.state).toEqual(first.state);
    expect(second.effects).toEqual(first.effects);
  });

  it('does not change the state it is given', () => {
    const state = initialScheduleState(T0, settings, 0);
    const frozen = structuredClone(state);
    step(state, start, T0, settings, 0);
    expect(state).toEqual(frozen);
  });

  it('meets the wake budget: alarms and browser events per active hour ≤ nudges due + 2', () => {
    const result = sim([[0, start]], 8 * 60, settings, { respond: doneAfter(30_000) });
    const fullHours = result.hours.filter((h) => h.activeMs === HOUR_MS);
    expect(fullHours).toHaveLength(8);
    for (const h of fullHours) expect(h.alarms + h.wakes).toBeLessThanOrEqual(h.due + 2);
  });

  it('arms a heartbeat at most 30 min ahead while active, even with long intervals', () => {
    const long = settingsWith((s) => {
      s.nudges.posture.enabled = false;
      s.nudges.stretch.enabled = false;
      s.nudges.walk.intervalMin = 240;
    });
    const result = step(initialScheduleState(T0, long, 0), start, T0, long, 0);
    expect(result.effects.at(-1)).toEqual({ kind: 'arm', at: at(30) });
  });
});
