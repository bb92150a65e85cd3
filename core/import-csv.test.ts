import { describe, expect, it } from 'vitest';
import { localIsoTime } from './export';
import { integerCell, parseLocalIsoTime } from './import-csv';

const at = Date.UTC(2026, 10, 24, 13, 5);

describe('parseLocalIsoTime', () => {
  it.each([
    ['2026-11-24T14:05:00+01:00', at, 60],
    ['2026-11-24T08:05:00-05:00', at, -300],
    ['2026-11-24T13:05:00+00:00', at, 0],
    ['2026-11-24T13:05:00Z', at, 0],
    ['2026-11-24T13:05:00-00:00', at, 0],
    ['2026-11-24T14:05+01:00', at, 60],
    ['2026-11-24T14:05:07.5+01:00', at + 7_500, 60],
    ['2026-11-24T14:05:07.05+01:00', at + 7_050, 60],
    ['2026-11-24T14:05:07.045+01:00', at + 7_045, 60],
    ['2026-11-25T03:05:00+14:00', at, 840],
    ['2026-11-24T18:50:00+05:45', at, 345],
    ['2028-02-29T00:00:00+00:00', Date.UTC(2028, 1, 29), 0],
  ])('reads %s', (text, expectedAt, tzOffsetMin) => {
    expect(parseLocalIsoTime(text)).toEqual({ at: expectedAt, tzOffsetMin });
  });

  it.each([
    ['no offset', '2026-11-24T14:05:00'],
    ['a space for T', '2026-11-24 14:05:00+01:00'],
    ['a date alone', '2026-11-24'],
    ['February 30', '2026-02-30T10:00:00Z'],
    ['Feb 29 in a common year', '2027-02-29T10:00:00Z'],
    ['month 13', '2026-13-01T10:00:00Z'],
    ['day 0', '2026-11-00T10:00:00Z'],
    ['hour 24', '2026-11-24T24:00:00Z'],
    ['minute 60', '2026-11-24T10:60:00Z'],
    ['second 60', '2026-11-24T10:00:60Z'],
    ['offset minutes 60', '2026-11-24T10:00:00+01:60'],
    ['four fraction digits', '2026-11-24T10:00:00.1234Z'],
    ['a trailing space', '2026-11-24T10:00:00Z '],
    ['a lowercase z', '2026-11-24T10:00:00z'],
    ['empty', ''],
  ])('refuses %s', (_, text) => {
    expect(parseLocalIsoTime(text)).toBeUndefined();
  });

  it.each([
    [at, 60],
    [at + 1, -720],
    [at + 999, 840],
    [946_684_800_000, 0],
    [4_102_444_800_000, -300],
  ])('reads back exactly what localIsoTime(%i, %i) wrote', (time, zone) => {
    expect(parseLocalIsoTime(localIsoTime(time, zone))).toEqual({ at: time, tzOffsetMin: zone });
  });
});

describe('integerCell', () => {
  it.each([
    ['4', 4],
    ['-300', -300],
    ['4,0', 4],
    ['4.00', 4],
    ['4,5', Number.NaN],
    ['', Number.NaN],
    [' 4', Number.NaN],
    ['1e3', Number.NaN],
  ])('reads %j as %d', (text, expected) => {
    expect(integerCell(text)).toBe(expected);
  });
});
