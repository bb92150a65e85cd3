import { describe, expect, it } from 'vitest';
import { monthWords } from './month-words';

// The expectation is made with the runtime's own formatter, so the test holds in any language.
const expected = (year: number, monthIndex: number) =>
  new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, monthIndex),
  );

describe('monthWords', () => {
  it.each([
    ['2026-10', 2026, 9],
    ['2026-01', 2026, 0],
    ['1999-12', 1999, 11],
  ])('%s is its month and year', (month, year, index) => {
    expect(monthWords(month)).toBe(expected(year, index));
  });

  it('names the month itself, not the one before or after in any zone (the date is read in UTC)', () => {
    const words = monthWords('2026-03');
    expect(words).toBe(expected(2026, 2));
    expect(words).not.toBe(expected(2026, 1));
    expect(words).toContain('2026');
  });
});
