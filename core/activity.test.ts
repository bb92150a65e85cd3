import { describe, expect, it } from 'vitest';
import {
  type ActivityHistory,
  activeIntervals,
  activeMinutesOnDay,
  activeMsBetween,
  fold,
  MAX_UNOBSERVED_MS,
  type Observation,
  rollupByHour,
} from './activity';
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './time';

const T0 = Date.UTC(2026, 10, 24, 9, 0); // Tuesday 09:00 UTC
const min = (n: number) => T0 + n * MINUTE_MS;
const obs = (minutes: number, state: Observation['state'], observed?: true): Observation =>
  observed ? { at: min(minutes), state, observed } : { at: min(minutes), state };

describe('activeIntervals', () => {
  it.each([
    {
      name: 'idle takes back the detection interval',
      log: [obs(0, 'active'), obs(10, 'idle')],
      now: min(60),
      expected: [[0, 9]],
    },
    {
      name: 'but never past the start of the stretch',
      log: [obs(0, 'active'), obs(0.5, 'idle')],
      now: min(60),
      expected: [],
    },
    {
      name: 'a lock is immediate',
      log: [obs(0, 'active'), obs(10, 'locked')],
      now: min(60),
      expected: [[0, 10]],
    },
    {
      name: 'an open stretch runs to now',
      log: [obs(0, 'active')],
      now: min(10),
      expected: [[0, 10]],
    },
    {
      name: 'an open stretch is capped after its last observation',
      log: [obs(0, 'active')],
      now: min(120),
      expected: [[0, MAX_UNOBSERVED_MS / MINUTE_MS]],
    },
    {
      name: 'observations on wake keep a long stretch going',
      log: [obs(0, 'active'), obs(25, 'active', true), obs(50, 'active', true)],
      now: min(70),
      expected: [[0, 70]],
    },
    {
      name: 'a silent sleep is capped, then a new stretch starts',
      log: [obs(0, 'active'), obs(180, 'active', true), obs(200, 'idle')],
      now: min(240),
      expected: [
        [0, MAX_UNOBSERVED_MS / MINUTE_MS],
        [180, 199],
      ],
    },
    {
      name: 'idle and locked in a row are one time away',
      log: [obs(0, 'active'), obs(10, 'idle'), obs(12, 'locked'), obs(30, 'active'), obs(40, 'locked')],
      now: min(60),
      expected: [
        [0, 9],
        [30, 40],
      ],
    },
    {
      name: 'an observed idle also takes back the detection interval',
      log: [obs(0, 'active'), obs(20, 'idle', true)],
      now: min(60),
      expected: [[0, 19]],
    },
    {
      name: 'an out-of-order log is sorted first',
      log: [obs(30, 'locked'), obs(0, 'active')],
      now: min(60),
      expected: [[0, 30]],
    },
    {
      name: 'entries after now are ignored',
      log: [obs(0, 'active'), obs(90, 'locked')],
      now: min(20),
      expected: [[0, 20]],
    },
  ])('$name', ({ log, now, expected }) => {
    const intervals = activeIntervals(log, 60, now).map((i) => [(i.from - T0) / MINUTE_MS, (i.to - T0) / MINUTE_MS]);
    expect(intervals).toEqual(expected);
  });

  it('clips at `from`', () => {
    expect(activeIntervals([obs(0, 'active'), obs(30, 'locked')], 60, min(60), min(10))).toEqual([
      { from: min(10), to: min(30) },
    ]);
  });
});

describe('activeMsBetween and activeMinutesOnDay', () => {
  const log = [obs(0, 'active'), obs(30, 'locked'), obs(60, 'active'), obs(90, 'idle')];

  it.each([
    { from: 0, to: 120, expectedMin: 59 },
    { from: 10, to: 20, expectedMin: 10 },
    { from: 30, to: 60, expectedMin: 0 },
    { from: 75, to: 120, expectedMin: 14 },
  ])('[$from, $to) min → $expectedMin min', ({ from, to, expectedMin }) => {
    expect(activeMsBetween(log, min(from), min(to), min(200), 60)).toBe(expectedMin * MINUTE_MS);
  });

  it.each([
    { tz: 0, day: Date.UTC(2026, 10, 24, 12), expectedMin: 30 },
    { tz: 0, day: Date.UTC(2026, 10, 25, 12), expectedMin: 20 },
    // UTC+1: the stretch is 00:30–01:20 local, all on the 25th.
    { tz: 60, day: Date.UTC(2026, 10, 24, 12), expectedMin: 0 },
    { tz: 60, day: Date.UTC(2026, 10, 25, 12), expectedMin: 50 },
  ])('splits a stretch across midnight by local day (UTC%+d)', ({ tz, day, expectedMin }) => {
    const night: Observation[] = [
      { at: Date.UTC(2026, 10, 24, 23, 30), state: 'active' },
      { at: Date.UTC(2026, 10, 24, 23, 55), state: 'active', observed: true },
      { at: Date.UTC(2026, 10, 25, 0, 20), state: 'locked' },
    ];
    expect(activeMinutesOnDay(night, day, tz, Date.UTC(2026, 10, 26), 60)).toBe(expectedMin);
  });
});

describe('rollupByHour', () => {
  it.each([
    {
      name: 'splits by hour',
      tz: 0,
      from: Date.UTC(2026, 10, 24, 9, 30),
      to: Date.UTC(2026, 10, 24, 11, 15),
      expected: { '2026-11-24': { 9: 30, 10: 60, 11: 15 } },
    },
    {
      name: 'splits by local day',
      tz: 0,
      from: Date.UTC(2026, 10, 24, 23, 45),
      to: Date.UTC(2026, 10, 25, 0, 10),
      expected: { '2026-11-24': { 23: 15 }, '2026-11-25': { 0: 10 } },
    },
    {
      name: 'uses local hours',
      tz: -300,
      from: Date.UTC(2026, 10, 24, 3, 0),
      to: Date.UTC(2026, 10, 24, 5, 30),
      expected: { '2026-11-23': { 22: 60, 23: 60 }, '2026-11-24': { 0: 30 } },
    },
    {
      name: 'keeps a tenth of a minute',
      tz: 0,
      from: Date.UTC(2026, 10, 24, 9, 0, 0),
      to: Date.UTC(2026, 10, 24, 9, 0, 33),
      expected: { '2026-11-24': { 9: 0.6 } },
    },
  ])('$name', ({ tz, from, to, expected }) => {
    const rollups = rollupByHour([{ from, to }], tz);
    const sparse = Object.fromEntries(
      rollups.map((r) => [r.day, Object.fromEntries(r.activeMinByHour.flatMap((m, h) => (m > 0 ? [[h, m]] : [])))]),
    );
    expect(sparse).toEqual(expected);
    for (const r of rollups) expect(r.activeMinByHour).toHaveLength(24);
  });

  // Europe/London 2026: BST (+60) from 03-29 01:00Z to 10-25 01:00Z. Read a week later
  // in the other offset, time must stay in the hour and day it was lived in.
  const london = (t: number) => (t >= Date.UTC(2026, 2, 29, 1) && t < Date.UTC(2026, 9, 25, 1) ? 60 : 0);
  it.each([
    {
      name: 'across fall back, 01:00 happens twice',
      from: Date.UTC(2026, 9, 24, 22, 30),
      to: Date.UTC(2026, 9, 25, 1, 30),
      expected: { '2026-10-24': { 23: 30 }, '2026-10-25': { 0: 60, 1: 90 } },
    },
    {
      name: 'across spring forward, 01:00 never happens',
      from: Date.UTC(2026, 2, 28, 23, 30),
      to: Date.UTC(2026, 2, 29, 1, 30),
      expected: { '2026-03-28': { 23: 30 }, '2026-03-29': { 0: 60, 2: 30 } },
    },
    {
      name: 'the last evening in GMT stays on its day when read in BST',
      from: Date.UTC(2026, 2, 28, 23),
      to: Date.UTC(2026, 2, 28, 23, 30),
      expected: { '2026-03-28': { 23: 30 } },
    },
  ])('with the offset at each hour: $name', ({ from, to, expected }) => {
    const rollups = rollupByHour([{ from, to }], london);
    const sparse = Object.fromEntries(
      rollups.map((r) => [r.day, Object.fromEntries(r.activeMinByHour.flatMap((m, h) => (m > 0 ? [[h, m]] : [])))]),
    );
    expect(sparse).toEqual(expected);
  });
});

/** A working year: ~50 transitions a day, with idle gaps, locks and a few wakes. */
function simulatedYear(start: number, days: number): Observation[] {
  const log: Observation[] = [];
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let d = 0; d < days; d++) {
    let t = start + d * DAY_MS + 8 * HOUR_MS;
    for (let i = 0; i < 25; i++) {
      log.push({ at: t, state: 'active' });
      t += Math.floor(random() * 20 * MINUTE_MS) + MINUTE_MS;
      if (random() < 0.3) log.push({ at: t - 5 * MINUTE_MS, state: 'active', observed: true });
      log.push({ at: t, state: random() < 0.8 ? 'idle' : 'locked' });
      t += Math.floor(random() * 5 * MINUTE_MS) + 30 * SECOND_MS;
    }
  }
  return log;
}

const totalMin = (h: ActivityHistory) =>
  h.rollups.reduce((sum, r) => sum + r.activeMinByHour.reduce((a, b) => a + b, 0), 0);

describe('fold', () => {
  const start = Date.UTC(2025, 10, 24);
  const log = simulatedYear(start, 365);
  const now = start + 365 * DAY_MS + 12 * HOUR_MS;

  // How fast: bench/engine.mjs measures it (activity.foldYearMs, budget 200 ms); a test
  // never fails on a wall-clock time (it did here at load average 13 on 2 cores).
  it(`folds a year (${log.length} entries), losing nothing`, () => {
    const folded = fold({ log, foldedUntil: null, rollups: [] }, now, 0, 60);
    expect(folded.foldedUntil).toBe(Date.UTC(2026, 10, 17));
    expect(folded.log.every((o, i) => i === 0 || o.at >= (folded.foldedUntil as number))).toBe(true);
    const before = activeMsBetween(log, start, now, now, 60) / MINUTE_MS;
    const after =
      totalMin(folded) + activeMsBetween(folded.log, folded.foldedUntil as number, now, now, 60) / MINUTE_MS;
    // Rollups keep a tenth of a minute per hour.
    expect(Math.abs(after - before)).toBeLessThan(0.05 * 24 * 8);
    expect(folded.rollups).toHaveLength(358);
  });

  it('gives the same intervals after the fold point as the whole log', () => {
    const folded = fold({ log, foldedUntil: null, rollups: [] }, now, 0, 60);
    const cut = folded.foldedUntil as number;
    expect(activeIntervals(folded.log, 60, now, cut)).toEqual(activeIntervals(log, 60, now, cut));
  });

  it('keeps a stretch open across the fold point', () => {
    const cut = Date.UTC(2026, 10, 17);
    const history = { log: [{ at: cut - 10 * MINUTE_MS, state: 'active' as const }], foldedUntil: null, rollups: [] };
    const folded = fold(history, cut + 7 * DAY_MS + MINUTE_MS, 0, 60);
    expect(folded.rollups).toEqual([{ day: '2026-11-16', activeMinByHour: [...Array(23).fill(0), 10] }]);
    expect(activeIntervals(folded.log, 60, cut + HOUR_MS, cut)).toEqual([
      { from: cut, to: cut - 10 * MINUTE_MS + MAX_UNOBSERVED_MS },
    ]);
  });

  it('is idempotent and adds to a day folded in part before', () => {
    const once = fold({ log, foldedUntil: null, rollups: [] }, now, 0, 60);
    expect(fold(once, now, 0, 60)).toEqual(once);
    // A later fold in another zone reaches back over part of a day already folded.
    const later = fold(once, now + DAY_MS, -300, 60);
    expect(totalMin(later)).toBeGreaterThan(totalMin(once));
    expect(new Set(later.rollups.map((r) => r.day)).size).toBe(later.rollups.length);
  });

  it('drops rollups older than ten years', () => {
    const history: ActivityHistory = {
      log: [],
      foldedUntil: Date.UTC(2026, 10, 1),
      rollups: ['2016-11-23', '2016-11-24', '2026-10-01'].map((day) => ({ day, activeMinByHour: Array(24).fill(1) })),
    };
    expect(fold(history, Date.UTC(2026, 10, 24, 12), 0, 60).rollups.map((r) => r.day)).toEqual([
      '2016-11-24',
      '2026-10-01',
    ]);
  });
});
