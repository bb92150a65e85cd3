// Properties of the move choice (core/move-choice.ts) over the real catalog and random
// sub-catalogs, check-ins, hidden sets and random streams.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG, MOVE_REGIONS, type Move } from './exercises';
import { BAD_PAIN, type ChooseMoveInput, chooseMove, eligibleMoves, type LatestCheckIn } from './move-choice';

const allIds = CATALOG.map((move) => move.id);

const checkIn: fc.Arbitrary<LatestCheckIn> = fc.record(
  {
    pain: fc.integer({ min: 0, max: 10 }),
    mood: fc.integer({ min: 1, max: 5 }),
    regions: fc.subarray([...MOVE_REGIONS]),
  },
  { requiredKeys: ['pain', 'mood'] },
);
const badPainCheckIn = checkIn.chain((c) => fc.integer({ min: BAD_PAIN, max: 10 }).map((pain) => ({ ...c, pain })));
// A non-empty sub-catalog, so small pools (one or two moves) come up often.
const catalog: fc.Arbitrary<Move[]> = fc.subarray([...CATALOG], { minLength: 1 });
const hidden = fc.subarray(allIds);
// A replayable random stream: values in [0, 1), read in turn.
const stream = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 40 });
const fromStream = (values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
};

const input = fc.record({
  catalog,
  latestCheckIn: fc.option(checkIn, { nil: undefined }),
  lastMoveId: fc.option(fc.constantFrom(...allIds), { nil: undefined }),
  hiddenMoveIds: hidden,
  values: stream,
});

const choose = ({ values, ...rest }: Omit<ChooseMoveInput, 'random' | 'kind'> & { values: number[] }) =>
  chooseMove({ ...rest, random: fromStream(values), kind: 'stretch' });

describe('chooseMove, for any input', () => {
  it('never offers a regular move when pain is 6 or more', () => {
    fc.assert(
      fc.property(input, badPainCheckIn, (given, latestCheckIn) => {
        const chosen = choose({ ...given, latestCheckIn });
        expect(chosen === null || chosen.intensity === 'gentle').toBe(true);
      }),
    );
  });

  it('never offers a hidden move', () => {
    fc.assert(
      fc.property(input, (given) => {
        const chosen = choose(given);
        if (chosen) expect(given.hiddenMoveIds).not.toContain(chosen.id);
      }),
    );
  });

  it('offers a move from the catalog, and null only when nothing is allowed', () => {
    fc.assert(
      fc.property(input, (given) => {
        const chosen = choose(given);
        const allowed = eligibleMoves(given);
        if (chosen === null) expect(allowed).toEqual([]);
        else expect(allowed).toContain(chosen);
      }),
    );
  });

  it('offers a move for a reported region when one is allowed and new', () => {
    fc.assert(
      fc.property(input, (given) => {
        const chosen = choose(given);
        const regions = given.latestCheckIn?.regions ?? [];
        const forRegion = eligibleMoves(given).filter(
          (move) => move.id !== given.lastMoveId && move.regions.some((region) => regions.includes(region)),
        );
        if (forRegion.length > 0) expect(forRegion).toContain(chosen);
      }),
    );
  });

  it('is deterministic for a given random()', () => {
    fc.assert(
      fc.property(input, (given) => {
        expect(choose(given)).toBe(choose(given));
      }),
    );
  });
});

describe('chooseMove, over a run of breaks', () => {
  it('never offers the same move twice in a row while another is allowed', () => {
    const day = fc.record({
      catalog,
      hiddenMoveIds: hidden,
      values: stream,
      checkIns: fc.array(fc.option(checkIn, { nil: undefined }), { minLength: 2, maxLength: 30 }),
    });
    fc.assert(
      fc.property(day, ({ catalog, hiddenMoveIds, values, checkIns }) => {
        const random = fromStream(values);
        let lastMoveId: string | undefined;
        for (const latestCheckIn of checkIns) {
          const chosen = chooseMove({ catalog, latestCheckIn, lastMoveId, hiddenMoveIds, random, kind: 'stretch' });
          const allowed = eligibleMoves({ catalog, latestCheckIn, hiddenMoveIds });
          if (allowed.length > 1) expect(chosen?.id).not.toBe(lastMoveId);
          // A break with nothing to offer leaves the last move as it was.
          lastMoveId = chosen?.id ?? lastMoveId;
        }
      }),
    );
  });

  it('runs fifty breaks on the whole catalog without a repeat', () => {
    fc.assert(
      fc.property(stream, (values) => {
        const random = fromStream(values);
        let lastMoveId: string | undefined;
        for (let i = 0; i < 50; i++) {
          const chosen = chooseMove({ lastMoveId, hiddenMoveIds: [], random, kind: 'stretch' });
          expect(chosen).not.toBeNull();
          expect(chosen?.id).not.toBe(lastMoveId);
          lastMoveId = chosen?.id;
        }
      }),
    );
  });
});
