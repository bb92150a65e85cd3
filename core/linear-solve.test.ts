import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solve } from './linear-solve';

const times = (a: number[][], x: number[]) => a.map((row) => row.reduce((s, v, j) => s + v * (x[j] as number), 0));

describe('solve', () => {
  it.each([
    // a, c, b
    [[[2]], [6], [3]],
    [
      [
        [1, 0],
        [0, 4],
      ],
      [5, 8],
      [5, 2],
    ],
    [
      [
        [0, 1],
        [1, 0],
      ],
      [7, 9],
      [9, 7],
    ], // needs a row swap: the first pivot is 0
    [
      [
        [4, 2, 0],
        [2, 5, 1],
        [0, 1, 3],
      ],
      [6, 8, 4],
      [1, 1, 1],
    ],
  ])('%j · b = %j → b = %j', (a, c, b) => {
    const got = solve(a, c);
    expect(got).not.toBeNull();
    for (const [i, x] of (got?.b ?? []).entries()) expect(x).toBeCloseTo(b[i] as number, 12);
  });

  it.each([
    [
      [
        [1, 2],
        [2, 4],
      ],
    ], // the second row is twice the first
    [
      [
        [0, 0],
        [0, 0],
      ],
    ],
    [
      [
        [1, 1, 0],
        [1, 1, 0],
        [0, 0, 1],
      ],
    ],
  ])('%j is singular: null', (a) => {
    expect(
      solve(
        a,
        a.map(() => 1),
      ),
    ).toBeNull();
  });

  it('gives b with a·b = c and the inverse with a·inverse = I, for well-conditioned systems', () => {
    const entry = fc.double({ min: -1, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((m) =>
            fc.tuple(
              fc.array(fc.array(entry, { minLength: m, maxLength: m }), { minLength: m, maxLength: m }),
              fc.array(entry, { minLength: m, maxLength: m }),
            ),
          ),
        ([noise, c]) => {
          const m = c.length;
          // Diagonally dominant: never singular.
          const a = noise.map((row, i) => row.map((v, j) => (i === j ? v + 2 * m : v)));
          const got = solve(a, c);
          expect(got).not.toBeNull();
          for (const [i, x] of times(a, got?.b ?? []).entries()) expect(x).toBeCloseTo(c[i] as number, 9);
          for (let j = 0; j < m; j++) {
            const column = (got?.inverse ?? []).map((row) => row[j] as number);
            for (const [i, x] of times(a, column).entries()) expect(x).toBeCloseTo(i === j ? 1 : 0, 9);
          }
        },
      ),
    );
  });
});
