import { describe, expect, it } from 'vitest';
import { fold, type Observation } from './activity';
import type { CheckIn } from './checkins';
import {
  groupByMonth,
  mergeById,
  planImport,
  planWrites,
  type StoredForImport,
  sameCheckIn,
  storedIds,
} from './import-merge';
import { DAY_MS, dayKey } from './time';

type ActivityLog = { log: Observation[]; foldedUntil: number | null };

const at = Date.UTC(2026, 10, 24, 13, 5);
const minimal: CheckIn = { id: 'mhx1c2a0-k2j9', at, tzOffsetMin: 60, mood: 3, pain: 4, source: 'popup' };
const full: CheckIn = {
  id: 'mhx0aaaa-0001',
  at: at - DAY_MS - 123,
  tzOffsetMin: -300,
  mood: 1,
  pain: 7,
  regions: ['neck', 'lower'],
  tags: ['sleptBadly', 'stressed'],
  sleep: 0,
  note: 'stiff, "bad" day\r\nbetter later 😣',
  source: 'break',
};

describe('mergeById', () => {
  const a: CheckIn = { ...minimal, id: 'aaaaaa-1', at: at + 2 };
  const b: CheckIn = { ...minimal, id: 'bbbbbb-1', at: at + 1, regions: ['neck'] };
  const c: CheckIn = { ...minimal, id: 'cccccc-1', at: at + 3 };

  it.each<[string, CheckIn[], CheckIn[], CheckIn[], { added: number; alreadyHere: number; conflicts: number }]>([
    ['into nothing', [], [a, b], [b, a], { added: 2, alreadyHere: 0, conflicts: 0 }],
    ['nothing in', [a], [], [a], { added: 0, alreadyHere: 0, conflicts: 0 }],
    ['new ones, sorted by time', [a], [c, b], [b, a, c], { added: 2, alreadyHere: 0, conflicts: 0 }],
    [
      'identical ones are already here',
      [a, b],
      [{ ...b, regions: ['neck'] }, c],
      [b, a, c],
      { added: 1, alreadyHere: 1, conflicts: 0 },
    ],
    ['a changed one keeps what is stored', [a], [{ ...a, pain: 9 }], [a], { added: 0, alreadyHere: 0, conflicts: 1 }],
    [
      'a list in another order is a change',
      [b],
      [{ ...b, regions: ['neck', 'upper'] }],
      [b],
      { added: 0, alreadyHere: 0, conflicts: 1 },
    ],
    ['an added note is a change', [a], [{ ...a, note: 'x' }], [a], { added: 0, alreadyHere: 0, conflicts: 1 }],
    [
      'a repeat within the incoming list',
      [],
      [a, a, { ...a, pain: 0 }],
      [a],
      { added: 1, alreadyHere: 1, conflicts: 1 },
    ],
    [
      'equal times, ordered by id',
      [c],
      [{ ...a, at: c.at }],
      [{ ...a, at: c.at }, c],
      { added: 1, alreadyHere: 0, conflicts: 0 },
    ],
  ])('%s', (_, existing, incoming, merged, counts) => {
    expect(mergeById(existing, incoming)).toEqual({ merged, counts });
  });

  it('changes neither input', () => {
    const existing = [c, a];
    const incoming = [b];
    mergeById(existing, incoming);
    expect(existing).toEqual([c, a]);
    expect(incoming).toEqual([b]);
  });
});

describe('groupByMonth', () => {
  it('groups by each check-in’s own local month, keeping the order given', () => {
    const lateNov = { ...minimal, id: 'late-nov-1', at: Date.UTC(2026, 10, 30, 23, 30), tzOffsetMin: 0 };
    // 23:30 UTC on 30 November is already December at UTC+1.
    const earlyDec = { ...lateNov, id: 'early-dec-1', tzOffsetMin: 60 };
    expect(groupByMonth([minimal, earlyDec, full, lateNov])).toEqual(
      new Map([
        ['2026-11', [minimal, full, lateNov]],
        ['2026-12', [earlyDec]],
      ]),
    );
  });
});

describe('planImport', () => {
  const a: CheckIn = { ...minimal, id: 'aaaaaa-1' };
  const b: CheckIn = { ...minimal, id: 'bbbbbb-1', at: at + 1 };
  const october: CheckIn = { ...minimal, id: 'oct-0001', at: Date.UTC(2026, 9, 5) };

  it('merges each month into what is stored, writing only months that gain something', () => {
    const plan = planImport(
      groupByMonth([a, b, october]),
      new Map<string, unknown>([
        ['2026-10', [october]],
        ['2026-11', [a]],
      ]),
    );
    expect(plan).toEqual({
      writes: new Map([['2026-11', [a, b]]]),
      counts: { added: 1, alreadyHere: 2, conflicts: 0 },
      damaged: [],
    });
  });

  it('counts an id stored in another month as a conflict and never adds it', () => {
    const moved = { ...october, at: Date.UTC(2026, 10, 5) };
    const plan = planImport(groupByMonth([moved, a]), new Map<string, unknown>([['2026-10', [october]]]));
    expect(plan).toEqual({
      writes: new Map([['2026-11', [a]]]),
      counts: { added: 1, alreadyHere: 0, conflicts: 1 },
      damaged: [],
    });
  });

  it('lists a damaged month and leaves it out', () => {
    const plan = planImport(groupByMonth([a, october]), new Map<string, unknown>([['2026-11', [{ id: 'x' }]]]));
    expect(plan).toEqual({
      writes: new Map([['2026-10', [october]]]),
      counts: { added: 1, alreadyHere: 0, conflicts: 0 },
      damaged: ['2026-11'],
    });
  });
});

describe('storedIds', () => {
  it.each([
    ['a month', [minimal, { id: 'no-other-fields' }, { id: 5 }, null, 'x'], [minimal.id, 'no-other-fields']],
    ['not a list', { id: 'x' }, []],
    ['nothing', undefined, []],
  ])('reads the string ids of %s', (_, raw, ids) => {
    expect([...storedIds(raw)]).toEqual(ids);
  });
});

describe('sameCheckIn', () => {
  it.each([
    ['itself', full, full, true],
    ['a copy', full, structuredClone(full), true],
    ['another pain', full, { ...full, pain: 1 }, false],
    ['a missing list', full, { ...full, tags: undefined }, false],
    ['absent and undefined', minimal, { ...minimal, note: undefined }, true],
    ['lists of different length', full, { ...full, regions: ['neck'] }, false],
  ] as const)('%s', (_, x, y, same) => {
    expect(sameCheckIn(x as CheckIn, y as CheckIn)).toBe(same);
  });
});

describe('planWrites: the activity log’s fold point', () => {
  // A backup made days ago, restored on a fresh install: the new worker has already
  // folded (its fold point is a week before today); the file's log holds days between
  // the file's older fold point and the worker's, which no rollup holds yet.
  const HOUR = 60 * 60 * 1000;
  const today = Date.UTC(2026, 10, 30);
  const workerCut = today - 7 * DAY_MS;
  const fileCut = today - 10 * DAY_MS;
  const fileLog: Observation[] = [
    { at: fileCut + 9 * HOUR, state: 'active' },
    { at: fileCut + 9 * HOUR + 20 * 60 * 1000, state: 'idle' },
    { at: fileCut + DAY_MS + 9 * HOUR, state: 'active' },
    { at: fileCut + DAY_MS + 9 * HOUR + 25 * 60 * 1000, state: 'locked' },
  ];
  const stored = (activity: unknown): StoredForImport => ({
    checkIns: new Map(),
    outcomes: new Map(),
    phq2: undefined,
    reflections: undefined,
    rollups: undefined,
    activity,
  });
  const activityWrite = (plan: ReturnType<typeof planWrites>) =>
    plan.ok ? (plan.writes.find((w) => w.target === 'activity')?.value as ActivityLog) : undefined;
  const month = () => '2026-11';

  it.each<[string, number | null, number | null, number | null]>([
    ['the file’s older fold point wins, so none of its log is asked about too late', workerCut, fileCut, fileCut],
    ['the stored fold point wins when it is the older', fileCut, workerCut, fileCut],
    ['none stored: the file’s', null, fileCut, fileCut],
    ['none in the file: the stored one', workerCut, null, workerCut],
    ['none anywhere', null, null, null],
  ])('%s', (_, storedCut, fileFold, expected) => {
    const plan = planWrites(
      { checkIns: [], activity: fileLog, foldedUntil: fileFold },
      stored({ log: [{ at: today + 8 * HOUR, state: 'active', observed: true }], foldedUntil: storedCut }),
      month,
    );
    expect(activityWrite(plan)?.foldedUntil).toBe(expected);
  });

  it('the restored days reach the rollups at the worker’s next fold, none lost', () => {
    const plan = planWrites(
      { checkIns: [], activity: fileLog, foldedUntil: fileCut },
      stored({ log: [{ at: today + 8 * HOUR, state: 'active', observed: true }], foldedUntil: workerCut }),
      month,
    );
    const merged = activityWrite(plan) as ActivityLog;
    const detectionSec = 60;
    const folded = fold({ ...merged, rollups: [] }, today + 9 * HOUR, 0, detectionSec);
    const minutes = Object.fromEntries(folded.rollups.map((r) => [r.day, r.activeMinByHour[9]]));
    // Going idle ends activity a detection interval before it is reported; locking, at once.
    expect(minutes).toEqual({
      [dayKey(fileCut / DAY_MS)]: 20 - detectionSec / 60,
      [dayKey(fileCut / DAY_MS + 1)]: 25,
    });
  });
});
