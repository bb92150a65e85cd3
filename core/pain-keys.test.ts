import { describe, expect, it } from 'vitest';
import { painFromKey } from './pain-keys';

describe('painFromKey', () => {
  it.each([
    ['0 alone', { key: '0', at: 1000 }, null, 0],
    ['7 alone', { key: '7', at: 1000 }, null, 7],
    ['1 then 0 quickly', { key: '0', at: 1500 }, { key: '1', at: 1000 }, 10],
    ['1 then 0 at the edge', { key: '0', at: 1800 }, { key: '1', at: 1000 }, 10],
    ['1 then 0 too slowly', { key: '0', at: 1801 }, { key: '1', at: 1000 }, 0],
    ['2 then 0', { key: '0', at: 1100 }, { key: '2', at: 1000 }, 0],
    ['a letter', { key: 'a', at: 1000 }, null, null],
    ['a key name', { key: 'Enter', at: 1000 }, null, null],
    ['two digits at once', { key: '10', at: 1000 }, null, null],
  ])('%s', (_, press, previous, expected) => {
    expect(painFromKey(press, previous)).toBe(expected);
  });
});
