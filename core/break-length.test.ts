import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_SEGMENT_SEC, planStretch, type Segment, segmentAt, shorterSec, trimSegments } from './break-length';
import { CATALOG, findMove, type Move, type MoveId } from './exercises';

const move = (id: MoveId): Move => {
  const found = findMove(id);
  if (!found) throw new Error(`no move ${id}`);
  return found;
};
const total = (segments: readonly Segment[]) => segments.reduce((sum, s) => sum + s.seconds, 0);
const ids = (segments: readonly Segment[]) => segments.map((s) => s.move.id);
const first = () => 0;
/** A seeded stream in [0, 1), so a property's run can be replayed. */
const stream = (seed: number) => {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
};

const tilt = move('neck-side-tilt');
const fold = move('seated-forward-fold');

describe('planStretch', () => {
  it.each<[string, number, readonly Move[], string[], number[]]>([
    // Each move runs its own length; the last one gets what is left.
    [
      'two moves fill 60 s',
      60,
      [tilt, fold],
      ['neck-side-tilt', 'seated-forward-fold'],
      [tilt.durationSec, 60 - tilt.durationSec],
    ],
    ['shorter than one move: that move, cut', 10, [tilt, fold], ['neck-side-tilt'], [10]],
    ['one move allowed: it runs the whole time', 120, [tilt], ['neck-side-tilt'], [120]],
    ['nothing allowed: nothing', 120, [], [], []],
  ])('%s', (_, seconds, catalog, expectedIds, expectedSeconds) => {
    const plan = planStretch(seconds, { catalog, hiddenMoveIds: [], random: first });
    expect(ids(plan)).toEqual(expectedIds);
    expect(plan.map((s) => s.seconds)).toEqual(expectedSeconds);
  });

  it('the default two minutes is several moves, never the same one twice in a row', () => {
    const plan = planStretch(120, { hiddenMoveIds: [], random: stream(7) });
    expect(plan.length).toBeGreaterThan(1);
    expect(total(plan)).toBe(120);
  });

  it('starts with a move other than the last break’s', () => {
    const plan = planStretch(60, { catalog: [tilt, fold], hiddenMoveIds: [], random: first, lastMoveId: tilt.id });
    expect(plan[0]?.move.id).toBe(fold.id);
  });

  it('on a bad-pain day every move is gentle; hidden moves never come', () => {
    const hidden = CATALOG.filter((m) => m.intensity === 'gentle')
      .slice(0, 3)
      .map((m) => m.id);
    const plan = planStretch(300, {
      hiddenMoveIds: hidden,
      latestCheckIn: { pain: 8, mood: 3 },
      random: stream(3),
    });
    expect(plan.every((s) => s.move.intensity === 'gentle' && !hidden.includes(s.move.id))).toBe(true);
  });

  it('never offers a move the "moves to avoid" check rules out', () => {
    const avoidConditions = ['backSurgery', 'dizziness'] as const;
    const plan = planStretch(600, { hiddenMoveIds: [], avoidConditions, random: stream(11) });
    expect(plan.length).toBeGreaterThan(1);
    expect(
      plan.filter((s) => s.move.avoidWith.some((c) => (avoidConditions as readonly string[]).includes(c))),
    ).toEqual([]);
  });

  it('always adds up to the set length, each piece long enough, no move twice in a row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 1800 }),
        fc.integer(),
        fc.integer({ min: 0, max: 10 }),
        (sec, seed, pain) => {
          const plan = planStretch(sec, { hiddenMoveIds: [], latestCheckIn: { pain, mood: 3 }, random: stream(seed) });
          expect(total(plan)).toBe(sec);
          for (let i = 1; i < plan.length; i++) {
            expect(plan[i]?.move.id).not.toBe(plan[i - 1]?.move.id);
            expect(plan[i]?.seconds).toBeGreaterThanOrEqual(MIN_SEGMENT_SEC);
          }
        },
      ),
    );
  });
});

describe('segmentAt', () => {
  const plan: Segment[] = [
    { move: tilt, seconds: 30 },
    { move: fold, seconds: 20 },
  ];
  it.each([
    [0, 0],
    [29.9, 0],
    [30, 1],
    [49, 1],
    [50, 1],
    [500, 1],
  ])('%s s in: segment %s', (elapsed, index) => {
    expect(segmentAt(plan, elapsed)).toBe(index);
  });
  it('an empty plan is segment 0', () => {
    expect(segmentAt([], 5)).toBe(0);
  });
});

describe('shorterSec', () => {
  it.each<[number, number | null]>([
    [300, 150],
    [120, 60],
    [20, 10],
    [25, 15],
    [15, 10],
    [10, null],
    [1800, 900],
    [45, 25],
  ])('%s s → %s', (full, expected) => {
    expect(shorterSec(full)).toBe(expected);
  });

  it('is about half and never the same length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 1800 }), (full) => {
        const sec = shorterSec(full);
        if (sec === null) return;
        expect(sec).toBeLessThan(full);
        expect(Math.abs(sec - full / 2)).toBeLessThanOrEqual(5);
      }),
    );
  });
});

describe('trimSegments', () => {
  const plan: Segment[] = [
    { move: tilt, seconds: 30 },
    { move: fold, seconds: 30 },
    { move: tilt, seconds: 60 },
  ];
  it.each<[number, number[]]>([
    [60, [30, 30]],
    [45, [30, 15]],
    [35, [35]],
    [20, [20]],
  ])('%s s keeps %j', (sec, expected) => {
    const trimmed = trimSegments(plan, sec);
    expect(trimmed.map((s) => s.seconds)).toEqual(expected);
    expect(total(trimmed)).toBe(sec);
  });
});
