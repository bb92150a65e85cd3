import { describe, expect, it } from 'vitest';
import { outcomeDays } from './outcome-days';

const day = (d: number, h: number) => Date.UTC(2026, 10, d, h);

describe('outcomeDays', () => {
  it('counts each kind per local day and walk minutes from walks taken', () => {
    const rows = outcomeDays(
      [
        { nudge: 'posture', kind: 'due', at: day(24, 9) },
        { nudge: 'posture', kind: 'done', at: day(24, 9) },
        { nudge: 'stretch', kind: 'snoozed', at: day(24, 10) },
        { nudge: 'stretch', kind: 'skipped', at: day(24, 10) },
        { nudge: 'walk', kind: 'done', at: day(24, 11) },
        { nudge: 'walk', kind: 'natural', at: day(24, 13) },
        { nudge: 'posture', kind: 'natural', at: day(26, 9) },
      ],
      () => 0,
      300,
    );
    expect(rows).toEqual([
      { day: '2026-11-24', taken: 2, snoozed: 1, skipped: 1, natural: 1, walkMinutes: 10 },
      { day: '2026-11-26', taken: 0, snoozed: 0, skipped: 0, natural: 1, walkMinutes: 0 },
    ]);
  });

  it.each([
    [0, '2026-11-24'],
    [120, '2026-11-25'],
  ])('places outcomes on the local day (UTC%+d)', (tz, expected) => {
    expect(outcomeDays([{ nudge: 'walk', kind: 'done', at: day(24, 23) }], () => tz, 300)[0]?.day).toBe(expected);
  });

  it('leaves days with only due or shown records out', () => {
    expect(outcomeDays([{ nudge: 'walk', kind: 'due', at: day(24, 9) }], () => 0, 300)).toEqual([]);
  });
});
