import { describe, expect, it } from 'vitest';
import { nudgesResumeAt } from './pause-end';
import { initialScheduleState, step } from './schedule';
import { DEFAULT_SETTINGS } from './settings';
import { engineStatus, statusSnapshot } from './status';
import { statusNow } from './status-snapshot';
import { hoursAndMinutes } from './time';

const MIN = 60_000;
const t0 = Date.UTC(2026, 10, 24, 9, 0);
const started = () =>
  step(initialScheduleState(t0, DEFAULT_SETTINGS, 0), { type: 'start', state: 'active' }, t0, DEFAULT_SETTINGS, 0)
    .state;

describe('engineStatus', () => {
  it('counts active time and names the next nudge while working', () => {
    const status = engineStatus(started(), DEFAULT_SETTINGS, t0 + 5 * MIN, 0);
    expect(status.activeMs).toBe(5 * MIN);
    expect(status.waiting).toBeNull();
    expect(status.next).toEqual({ nudge: 'posture', at: t0 + 20 * MIN });
    expect(status.pausedUntil).toBeNull();
    expect(status.walk).toEqual({ walkMin: 0, goalMin: 20, reached: false });
  });

  it('says a break is waiting once it fell due', () => {
    const due = step(started(), { type: 'alarm', state: 'active' }, t0 + 20 * MIN, DEFAULT_SETTINGS, 0).state;
    expect(engineStatus(due, DEFAULT_SETTINGS, t0 + 21 * MIN, 0)).toMatchObject({ waiting: 'posture', next: null });
  });

  it('reports a pause until it ends', () => {
    const paused = step(started(), { type: 'pause', untilAt: t0 + 60 * MIN }, t0 + MIN, DEFAULT_SETTINGS, 0).state;
    expect(engineStatus(paused, DEFAULT_SETTINGS, t0 + 2 * MIN, 0).pausedUntil).toBe(t0 + 60 * MIN);
    expect(engineStatus(paused, DEFAULT_SETTINGS, t0 + 61 * MIN, 0).pausedUntil).toBeNull();
  });

  it('says when nudges resume: the pause end, or the next working hours start when it ends outside them', () => {
    const paused = step(started(), { type: 'pause', untilAt: t0 + 60 * MIN }, t0 + MIN, DEFAULT_SETTINGS, 0).state;
    const off = { ...DEFAULT_SETTINGS, workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: false } };
    expect(engineStatus(paused, off, t0 + 2 * MIN, 0).resumesAt).toBe(t0 + 60 * MIN);
    const on = { ...DEFAULT_SETTINGS, workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true } };
    expect(engineStatus(paused, on, t0 + 2 * MIN, 0).resumesAt).toBe(nudgesResumeAt(t0 + 60 * MIN, on.workingHours, 0));
    expect(engineStatus(started(), on, t0 + 2 * MIN, 0).resumesAt).toBeNull();
  });
});

describe('hoursAndMinutes', () => {
  it.each([
    [0, 0, 0],
    [59_999, 0, 0],
    [65 * MIN, 1, 5],
    [125 * MIN + 30_000, 2, 5],
  ])('%d ms → %d h %d min', (ms, h, min) => {
    expect(hoursAndMinutes(ms)).toEqual({ h, min });
  });
});

describe('status snapshot', () => {
  it('is the status at the moment it was taken, with the names of custom nudges', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      customNudges: [{ id: 'water', name: 'Drink water', enabled: true, intervalMin: 30, durationSec: 30 }],
    };
    const snap = statusSnapshot(started(), settings, t0 + 5 * MIN, 0);
    expect(snap).toMatchObject({ at: t0 + 5 * MIN, counting: true, names: { water: 'Drink water' } });
    expect(statusNow(snap, t0 + 5 * MIN)).toEqual(engineStatus(started(), settings, t0 + 5 * MIN, 0));
  });

  it.each([
    ['while counting, active time grows from the snapshot', true, 4 * MIN, 9 * MIN],
    ['while away, it stays', false, 4 * MIN, 5 * MIN],
  ])('%s', (_, counting, later, expected) => {
    const snap = { ...statusSnapshot(started(), DEFAULT_SETTINGS, t0 + 5 * MIN, 0), counting };
    expect(statusNow(snap, t0 + 5 * MIN + later).activeMs).toBe(expected);
  });

  it('drops a pause that has ended', () => {
    const snap = { ...statusSnapshot(started(), DEFAULT_SETTINGS, t0, 0), pausedUntil: t0 + 30 * MIN };
    expect(statusNow(snap, t0 + 10 * MIN).pausedUntil).toBe(t0 + 30 * MIN);
    expect(statusNow(snap, t0 + 31 * MIN).pausedUntil).toBeNull();
  });
});
