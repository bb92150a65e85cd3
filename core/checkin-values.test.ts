import { describe, expect, it } from 'vitest';
import { checkInCandidate, checkInsOnDay, dayOf, monthOf, sameCheckIn } from './checkin-values';
import type { CheckIn } from './checkins';
import { DAY_MS } from './time';

const at = Date.UTC(2026, 10, 30, 23, 30);
const base: CheckIn = { id: 'mhx1c2a0-k2j9', at, tzOffsetMin: 0, mood: 3, pain: 4, source: 'popup' };

describe('checkInCandidate', () => {
  it.each([
    ['mood and pain only', { mood: 3, pain: 4, source: 'popup' as const }, { mood: 3, pain: 4 }],
    [
      'empty lists, a blank note and no sleep dropped',
      { mood: 3, pain: 4, regions: [], tags: [], note: '   ', source: 'popup' as const },
      { mood: 3, pain: 4 },
    ],
    [
      'details kept, the note trimmed',
      {
        mood: 3,
        pain: 4,
        regions: ['lower' as const],
        tags: ['walked'],
        sleep: 0,
        note: ' stiff ',
        source: 'popup' as const,
      },
      { mood: 3, pain: 4, regions: ['lower'], tags: ['walked'], sleep: 0, note: 'stiff' },
    ],
    ['pain only', { pain: 7, source: 'break' as const }, { pain: 7, source: 'break' }],
    // Kept so that the validation refuses it, never silently dropped.
    [
      'an unknown field kept',
      { mood: 3, pain: 4, colour: 'red', source: 'popup' as const },
      { mood: 3, pain: 4, colour: 'red' },
    ],
  ])('%s', (_, draft, expected) => {
    const candidate = checkInCandidate(draft, at, 330, 'mhx1c2a0-k2j9');
    expect(candidate).toEqual({ id: 'mhx1c2a0-k2j9', at, tzOffsetMin: 330, source: 'popup', ...expected });
  });
});

describe('the month and day a check-in belongs to, in its own zone', () => {
  it.each([
    [0, '2026-11', '2026-11-30'],
    [330, '2026-12', '2026-12-01'],
    [-600, '2026-11', '2026-11-30'],
  ])('at offset %i: %s, %s', (tzOffsetMin, month, day) => {
    const c = { ...base, tzOffsetMin };
    expect(monthOf(c)).toBe(month);
    expect(dayOf(c)).toBe(day);
    expect(checkInsOnDay([c, { ...c, at: at - DAY_MS }], day)).toEqual([c]);
  });
});

describe('sameCheckIn', () => {
  const lowerUpper: CheckIn = { ...base, regions: ['lower', 'upper'] };
  it.each([
    ['itself', base, base, true],
    ['a copy', base, { ...base }, true],
    ['another pain', base, { ...base, pain: 5 }, false],
    ['the same regions', lowerUpper, { ...base, regions: ['lower', 'upper'] }, true],
    ['regions in another order', lowerUpper, { ...base, regions: ['upper', 'lower'] }, false],
    ['a note added', base, { ...base, note: 'x' }, false],
  ] as const)('%s: %s', (_, a, b, same) => {
    expect(sameCheckIn(a, b as CheckIn)).toBe(same);
  });
});
