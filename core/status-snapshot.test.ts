import { describe, expect, it } from 'vitest';
import { isStatusSnapshot, type StatusSnapshot, statusNow } from './status-snapshot';

const MIN = 60_000;
const at = Date.UTC(2026, 10, 24, 9, 0);
const snapshot = (over: Partial<StatusSnapshot> = {}): StatusSnapshot => ({
  at,
  counting: true,
  activeMs: 10 * MIN,
  waiting: null,
  next: { nudge: 'posture', at: at + 10 * MIN },
  pausedUntil: null,
  walk: { walkMin: 5, goalMin: 20, reached: false },
  names: { water: 'Drink water' },
  ...over,
});

describe('statusNow: active time', () => {
  it.each([
    { name: 'counting, at the moment taken', counting: true, later: 0, activeMs: 10 * MIN },
    { name: 'counting, three minutes on', counting: true, later: 3 * MIN, activeMs: 13 * MIN },
    {
      name: 'counting, a clock read before the snapshot never subtracts',
      counting: true,
      later: -MIN,
      activeMs: 10 * MIN,
    },
    { name: 'away, an hour on, stays', counting: false, later: 60 * MIN, activeMs: 10 * MIN },
  ])('$name', ({ counting, later, activeMs }) => {
    expect(statusNow(snapshot({ counting }), at + later).activeMs).toBe(activeMs);
  });
});

describe('statusNow: a pause', () => {
  it.each([
    { name: 'none', pausedUntil: null, now: at, expected: null },
    { name: 'still running', pausedUntil: at + 30 * MIN, now: at + 29 * MIN, expected: at + 30 * MIN },
    { name: 'ending at this very ms is over', pausedUntil: at + 30 * MIN, now: at + 30 * MIN, expected: null },
    { name: 'ended', pausedUntil: at + 30 * MIN, now: at + 31 * MIN, expected: null },
  ])('$name', ({ pausedUntil, now, expected }) => {
    expect(statusNow(snapshot({ pausedUntil }), now).pausedUntil).toBe(expected);
  });
});

describe('statusNow: the rest', () => {
  it('passes what is waiting, the next nudge and the walk through as stored, and drops the snapshot’s own fields', () => {
    const snap = snapshot({ waiting: 'stretch', next: null, walk: { walkMin: 20, goalMin: 20, reached: true } });
    expect(statusNow(snap, at + 5 * MIN)).toEqual({
      activeMs: 15 * MIN,
      waiting: 'stretch',
      next: null,
      pausedUntil: null,
      resumesAt: null,
      walk: { walkMin: 20, goalMin: 20, reached: true },
    });
  });

  it.each([
    ['paused, resuming at the working hours start', 60, 600, 600],
    ['paused, stored by an older version without resumesAt', 60, undefined, 60],
    ['the pause is over: neither', -1, 600, null],
  ] as const)('%s', (_, pausedMin, resumesMin, expected) => {
    const pausedUntil = at + 5 * MIN + pausedMin * MIN;
    const snap = {
      ...snapshot({}),
      pausedUntil,
      ...(resumesMin === undefined ? {} : { resumesAt: at + 5 * MIN + resumesMin * MIN }),
    };
    expect(statusNow(snap, at + 5 * MIN).resumesAt).toBe(expected === null ? null : at + 5 * MIN + expected * MIN);
  });
});

describe('isStatusSnapshot: what the popup can show', () => {
  const { names: _names, ...older } = snapshot();
  it.each<[string, unknown, boolean]>([
    ['a snapshot', snapshot(), true],
    ['paused, a break waiting, nothing next', snapshot({ pausedUntil: at, waiting: 'walk', next: null }), true],
    ['an older one without names', older, true],
    ['absent', null, false],
    ['a string', 'garbage', false],
    ['a number', 42, false],
    ['a list', [snapshot()], false],
    ['an object of another shape', { at, hello: 1 }, false],
    ['no walk', { ...snapshot(), walk: undefined }, false],
    ['a time that is not a number', snapshot({ at: Number.NaN }), false],
    ['next without a time', { ...snapshot(), next: { nudge: 'walk' } }, false],
    ['a name that is not text', { ...snapshot(), names: { water: 3 } }, false],
  ])('%s', (_name, raw, expected) => {
    expect(isStatusSnapshot(raw)).toBe(expected);
  });
});
