import { describe, expect, it } from 'vitest';
import type { CheckIn } from './checkins';
import { inspectStored, STORED_KINDS, type StoredKind } from './damage';
import { CATALOG } from './exercises';
import { initialScheduleState } from './schedule';
import { DEFAULT_SETTINGS } from './settings';
import { statusSnapshot } from './status';

const at = Date.UTC(2026, 10, 24, 9, 0);
const checkIn: CheckIn = { id: 'mhx1c2a0-k2j9', at, tzOffsetMin: 60, mood: 3, pain: 4, source: 'popup' };
const outcome = { nudge: 'walk', kind: 'done', at, creditedSec: 300 };
const phq2 = { id: 'mhx1c2a0-k2j9', at, tzOffsetMin: 60, interest: 1, down: 2 };
const reflection = { weekStart: '2026-11-23', enjoyment: 4, activity: 7 };
const rollup = { day: '2026-11-01', activeMinByHour: Array.from({ length: 24 }, (_, h) => (h === 9 ? 30 : 0)) };
const observation = { at, state: 'active' };
const engine = initialScheduleState(at, DEFAULT_SETTINGS, 60);
const status = statusSnapshot(engine, DEFAULT_SETTINGS, at, 60);

/** One valid stored value of each kind, as Limber writes it. */
const GOOD: Record<StoredKind, unknown> = {
  checkins: [checkIn],
  outcomes: [outcome],
  settings: DEFAULT_SETTINGS,
  engine,
  status,
  activity: { log: [observation], foldedUntil: null },
  rollups: [rollup],
  phq2: [phq2],
  reflections: [reflection],
  lastMove: CATALOG[0]?.id,
};

/** The garbage shapes every kind is tried with (issue 15 item 7). */
const GARBAGE: [string, unknown][] = [
  ['a string', 'garbage'],
  ['a number', 42],
  ['an object of the wrong shape', { hello: 'world' }],
  ['a list of wrong items', [1, 'two', { three: 3 }]],
];

describe('inspectStored: what Limber writes is never damaged', () => {
  it.each(STORED_KINDS)('%s', (kind) => {
    expect(inspectStored(kind, GOOD[kind])).toEqual({ damaged: false });
  });
  it.each(STORED_KINDS)('%s absent (undefined or null) is not damaged', (kind) => {
    expect(inspectStored(kind, undefined)).toEqual({ damaged: false });
    expect(inspectStored(kind, null)).toEqual({ damaged: false });
  });
});

describe('inspectStored: every kind, every shape of garbage, is damaged', () => {
  const cases = STORED_KINDS.flatMap((kind) => GARBAGE.map(([shape, raw]) => [kind, shape, raw] as const));
  it.each(cases)('%s: %s', (kind, _shape, raw) => {
    const result = inspectStored(kind, raw);
    expect(result.damaged).toBe(true);
  });
});

describe('inspectStored: what stays in place', () => {
  it.each<[string, StoredKind, unknown, unknown, number]>([
    ['a month with one bad entry keeps the good one', 'checkins', [checkIn, { id: 'x' }], [checkIn], 1],
    ['a month that is not a list is removed', 'checkins', 'garbage', undefined, 0],
    ['a break-record month keeps its valid records', 'outcomes', [outcome, 'x', outcome], [outcome, outcome], 2],
    ['a break-record month that is not a list is removed', 'outcomes', { 0: outcome }, undefined, 0],
    ['rollups keep their readable days', 'rollups', [rollup, { day: 'x' }], [rollup], 1],
    ['rollups that are not a list are removed', 'rollups', 'years', undefined, 0],
    ['PHQ-2 keeps valid self-checks', 'phq2', [phq2, null], [phq2], 1],
    ['reflections keep valid weeks', 'reflections', [{ weekStart: 3 }, reflection], [reflection], 1],
    [
      'a log keeps its readable observations and a fold point that is a time',
      'activity',
      { log: [observation, { at: 'x' }], foldedUntil: at },
      { log: [observation], foldedUntil: at },
      1,
    ],
    [
      'a log with a fold point that is not a time keeps the observations',
      'activity',
      { log: [observation], foldedUntil: 'yesterday' },
      { log: [observation], foldedUntil: null },
      1,
    ],
    ['a log without a list is removed', 'activity', { log: 'x' }, undefined, 0],
    [
      'settings are removed (the defaults are read)',
      'settings',
      { ...DEFAULT_SETTINGS, idleDetectionSec: -1 },
      undefined,
      0,
    ],
    ['the engine state is removed (the schedule starts again)', 'engine', { ...engine, version: 99 }, undefined, 0],
    ['the status is removed (rewritten at the next step)', 'status', { at }, undefined, 0],
    ['the last move is removed', 'lastMove', 7, undefined, 0],
    ['a move not in the catalog is removed', 'lastMove', 'no-such-move', undefined, 0],
  ])('%s', (_name, kind, raw, repaired, kept) => {
    expect(inspectStored(kind, raw)).toEqual({ damaged: true, repaired, kept });
  });
});
