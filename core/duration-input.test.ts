import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMinSec, splitMinSec } from './duration-input';

describe('splitMinSec', () => {
  it.each([
    [300, { min: 5, sec: 0 }],
    [20, { min: 0, sec: 20 }],
    [150, { min: 2, sec: 30 }],
    [0, { min: 0, sec: 0 }],
    [1800, { min: 30, sec: 0 }],
  ])('%s s → %o', (seconds, expected) => {
    expect(splitMinSec(seconds)).toEqual(expected);
  });
});

describe('parseMinSec', () => {
  it.each<[string, string, number | null]>([
    ['5', '0', 300],
    ['5', '', 300],
    ['', '20', 20],
    ['2', '30', 150],
    [' 2 ', ' 30 ', 150],
    ['0', '90', 90],
    ['', '', 0],
    ['-1', '0', null],
    ['1.5', '0', null],
    ['abc', '0', null],
    ['2', '3e1', null],
    ['2', '-5', null],
  ])('%j min %j s → %s', (min, sec, expected) => {
    expect(parseMinSec(min, sec)).toBe(expected);
  });

  it('reads back what splitMinSec shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (seconds) => {
        const { min, sec } = splitMinSec(seconds);
        expect(parseMinSec(String(min), String(sec))).toBe(seconds);
      }),
    );
  });
});
