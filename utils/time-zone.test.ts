import { describe, expect, it, vi } from 'vitest';
import { localOffsetMin } from './time-zone';

describe('localOffsetMin', () => {
  // getTimezoneOffset is minutes to add to local time for UTC: UTC+1 gives −60.
  it.each([
    { zone: 'UTC', getTimezoneOffset: 0, expected: 0 },
    { zone: 'UTC+1', getTimezoneOffset: -60, expected: 60 },
    { zone: 'UTC+5:30', getTimezoneOffset: -330, expected: 330 },
    { zone: 'UTC+13:45', getTimezoneOffset: -825, expected: 825 },
    { zone: 'UTC−5', getTimezoneOffset: 300, expected: -300 },
  ])('$zone → $expected', ({ getTimezoneOffset, expected }) => {
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(getTimezoneOffset);
    // Object.is: in UTC, −0 is not good enough. Firefox's storage keeps −0 (structured
    // clone), while a backup writes it as 0, so a round trip would not be identical.
    expect(Object.is(localOffsetMin(Date.UTC(2026, 0, 15)), expected)).toBe(true);
  });

  it('asks for the offset at the instant given, not now', () => {
    const spy = vi.spyOn(Date.prototype, 'getTimezoneOffset').mockImplementation(function (this: Date) {
      return this.getTime() < Date.UTC(2026, 2, 29, 1) ? 0 : -60; // London, before and after BST starts
    });
    expect(localOffsetMin(Date.UTC(2026, 2, 29, 0, 59))).toBe(0);
    expect(localOffsetMin(Date.UTC(2026, 2, 29, 1))).toBe(60);
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
