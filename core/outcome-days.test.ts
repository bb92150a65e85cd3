import { describe, expect, it } from 'vitest';
import { breaksTaken, outcomeDays, walkSecOf } from './outcome-days';
import type { Outcome } from './outcomes';
import type { ScheduleEvent } from './schedule';
import { simulateDay } from './schedule-simulation';
import { DEFAULT_SETTINGS } from './settings';

const day = (d: number, h: number) => Date.UTC(2026, 10, d, h);

describe('outcomeDays', () => {
  it('counts each kind per local day and walk minutes from walks taken', () => {
    const rows = outcomeDays(
      [
        { nudge: 'posture', kind: 'due', at: day(24, 9) },
        { nudge: 'posture', kind: 'done', at: day(24, 9) },
        { nudge: 'stretch', kind: 'snoozed', at: day(24, 10) },
        { nudge: 'stretch', kind: 'skipped', at: day(24, 10) },
        { nudge: 'walk', kind: 'done', at: day(24, 11) },
        { nudge: 'walk', kind: 'natural', at: day(24, 13) },
        { nudge: 'posture', kind: 'natural', at: day(26, 9) },
      ],
      () => 0,
      300,
    );
    expect(rows).toEqual([
      { day: '2026-11-24', taken: 2, snoozed: 1, skipped: 1, natural: 1, walkMinutes: 10 },
      { day: '2026-11-26', taken: 0, snoozed: 0, skipped: 0, natural: 1, walkMinutes: 0 },
    ]);
  });

  it.each([
    [0, '2026-11-24'],
    [120, '2026-11-25'],
  ])('places outcomes on the local day (UTC%+d)', (tz, expected) => {
    expect(outcomeDays([{ nudge: 'walk', kind: 'done', at: day(24, 23) }], () => tz, 300)[0]?.day).toBe(expected);
  });

  it('leaves days with only due or shown records out', () => {
    expect(outcomeDays([{ nudge: 'walk', kind: 'due', at: day(24, 9) }], () => 0, 300)).toEqual([]);
  });
});

describe('breaksTaken', () => {
  it.each([
    [{}, undefined],
    [{ taken: 3 }, 3],
    [{ natural: 2 }, 2],
    [{ taken: 3, natural: 2 }, 5],
    [{ taken: 0, natural: 0 }, 0],
  ])('%j → %s (a natural break counts as taken)', (row, expected) => {
    expect(breaksTaken(row)).toBe(expected);
  });
});

describe("walk minutes from each walk's credited seconds", () => {
  it.each<[string, Pick<Outcome, 'creditedSec'>, number]>([
    ['a credited walk', { creditedSec: 600 }, 600],
    ['a record from before creditedSec: the default length', {}, DEFAULT_SETTINGS.nudges.walk.durationSec],
    ['a damaged value', { creditedSec: Number.NaN }, DEFAULT_SETTINGS.nudges.walk.durationSec],
    ['a negative value', { creditedSec: -60 }, DEFAULT_SETTINGS.nudges.walk.durationSec],
  ])('%s → %i s', (_, outcome, sec) => {
    expect(walkSecOf(outcome, DEFAULT_SETTINGS.nudges.walk.durationSec)).toBe(sec);
  });

  it.each([
    [300, 600],
    [600, 300],
    [120, 900],
  ])('a walk taken at %i s keeps its minutes when the walk length later changes to %i s', (then, later) => {
    // The engine records a walk taken with the length in force, as it credits the goal.
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.nudges.walk.durationSec = then;
    const t0 = Date.UTC(2026, 10, 23, 9);
    const events: { at: number; event: ScheduleEvent }[] = [
      { at: t0, event: { type: 'start', state: 'active' } },
      { at: t0 + 60_000, event: { type: 'takeBreakNow', nudge: 'walk' } },
    ];
    const outcomes = simulateDay(settings, events, { startAt: t0, untilAt: t0 + 120_000 }).steps.flatMap((s) =>
      s.effects.flatMap((e) => (e.kind === 'record' ? [e.outcome] : [])),
    );
    expect(outcomes).toContainEqual(expect.objectContaining({ nudge: 'walk', kind: 'done', creditedSec: then }));
    // History reads them later, whatever the walk length is by then.
    expect(outcomeDays(outcomes, () => 0, later)[0]?.walkMinutes).toBe(then / 60);
  });
});
