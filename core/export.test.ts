import { describe, expect, it } from 'vitest';
import { at, full, minimal } from '../tests/export-samples';
import { localIsoTime, sortedByTime } from './export';

describe('localIsoTime', () => {
  it.each([
    ['UTC+1', at, 60, '2026-11-24T14:05:00+01:00'],
    ['UTC−5', at, -300, '2026-11-24T08:05:00-05:00'],
    ['UTC, as +00:00', at, 0, '2026-11-24T13:05:00+00:00'],
    ['UTC+5:45 (Nepal)', at, 345, '2026-11-24T18:50:00+05:45'],
    ['UTC−9:30 (Marquesas)', at, -570, '2026-11-24T03:35:00-09:30'],
    ['UTC+14 crossing into the next day', at, 840, '2026-11-25T03:05:00+14:00'],
    ['UTC−12 back into the day before', Date.UTC(2026, 10, 24, 5), -720, '2026-11-23T17:00:00-12:00'],
    ['seconds', at + 7_000, 60, '2026-11-24T14:05:07+01:00'],
    ['milliseconds, only when not zero', at + 7_045, 60, '2026-11-24T14:05:07.045+01:00'],
    ['a leap day', Date.UTC(2028, 1, 29, 23, 59, 59), 0, '2028-02-29T23:59:59+00:00'],
  ])('%s', (_, time, zone, expected) => {
    expect(localIsoTime(time, zone)).toBe(expected);
  });
});

describe('sortedByTime', () => {
  it('orders by time, then by id, and leaves the input as it was', () => {
    const sameTime = { ...minimal, id: 'mhx1c2a0-a000' };
    const input = [minimal, full, sameTime];
    expect(sortedByTime(input)).toEqual([full, sameTime, minimal]);
    expect(input).toEqual([minimal, full, sameTime]);
  });

  it('orders any timed record with an id, as the PHQ-2 results in the FHIR bundle', () => {
    const phq2 = (id: string, atMs: number) => ({ id, at: atMs, tzOffsetMin: 0, interest: 0, down: 0 }) as const;
    expect(sortedByTime([phq2('b', 2), phq2('c', 1), phq2('a', 2)]).map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });
});
