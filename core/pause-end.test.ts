import { describe, expect, it } from 'vitest';
import { nudgesResumeAt, pauseEnd, pauseEndAt } from './pause-end';
import { HOUR_MS, localWeekday, MINUTE_MS, type MinuteRange } from './time';

const fixed = (offsetMin: number) => () => offsetMin;
// St John's: UTC-2:30 in summer, -3:30 from 1 Nov 2026 04:30 UTC (the autumn change).
const CHANGE = Date.UTC(2026, 10, 1, 4, 30);
const stJohns = (at: number) => (at < CHANGE ? -150 : -210);

describe('pauseEnd: the words for when a pause ends', () => {
  it.each([
    {
      name: 'later today, UTC',
      now: Date.UTC(2026, 10, 24, 9),
      until: Date.UTC(2026, 10, 24, 9, 30),
      tz: 0,
      kind: 'today',
    },
    {
      name: 'at the last minute of today',
      now: Date.UTC(2026, 10, 24, 22),
      until: Date.UTC(2026, 10, 24, 23, 59),
      tz: 0,
      kind: 'today',
    },
    {
      name: 'exactly the next midnight',
      now: Date.UTC(2026, 10, 24, 22),
      until: Date.UTC(2026, 10, 25),
      tz: 0,
      kind: 'tomorrow',
    },
    {
      name: 'a 2 h pause past midnight',
      now: Date.UTC(2026, 10, 24, 23),
      until: Date.UTC(2026, 10, 25, 1),
      tz: 0,
      kind: 'tomorrowAt',
    },
    { name: 'two days off', now: Date.UTC(2026, 10, 24, 9), until: Date.UTC(2026, 10, 26, 9), tz: 0, kind: 'later' },
    // 23:00 UTC is 04:30 the next day in Kolkata: the next local midnight is 18:30 UTC.
    {
      name: 'Kolkata, the next local midnight',
      now: Date.UTC(2026, 10, 24, 10),
      until: Date.UTC(2026, 10, 24, 18, 30),
      tz: 330,
      kind: 'tomorrow',
    },
    {
      name: 'Kolkata, UTC midnight is 05:30 tomorrow',
      now: Date.UTC(2026, 10, 24, 10),
      until: Date.UTC(2026, 10, 25),
      tz: 330,
      kind: 'tomorrowAt',
    },
    {
      name: 'Chatham +13:45, UTC evening is the next morning',
      now: Date.UTC(2026, 10, 24, 1),
      until: Date.UTC(2026, 10, 24, 10, 15),
      tz: 825,
      kind: 'tomorrow',
    },
  ])('$name → $kind', ({ now, until, tz, kind }) => {
    expect(pauseEnd(until, now, fixed(tz)).kind).toBe(kind);
  });

  it('keeps the instant for a time it names', () => {
    const now = Date.UTC(2026, 10, 24, 9);
    expect(pauseEnd(now + 30 * MINUTE_MS, now, fixed(0))).toEqual({ kind: 'today', at: now + 30 * MINUTE_MS });
    expect(pauseEnd(now + 40 * HOUR_MS, now, fixed(0))).toEqual({ kind: 'later', at: now + 40 * HOUR_MS });
  });

  it('"Until tomorrow" reads as tomorrow in every zone and across a DST change', () => {
    const zones = [fixed(0), fixed(330), fixed(825), fixed(-210), stJohns];
    const nows = [
      Date.UTC(2026, 10, 24, 0, 5),
      Date.UTC(2026, 10, 24, 12),
      Date.UTC(2026, 10, 24, 23, 55),
      CHANGE - HOUR_MS,
    ];
    for (const tz of zones) {
      for (const now of nows) expect(pauseEnd(pauseEndAt('tomorrow', now, tz), now, tz)).toEqual({ kind: 'tomorrow' });
    }
  });

  it('pauses of 30 min, 1 h and 2 h read as a time, today or tomorrow', () => {
    const now = Date.UTC(2026, 10, 24, 23, 15);
    expect(pauseEnd(pauseEndAt('30min', now, 0), now, fixed(0)).kind).toBe('today');
    expect(pauseEnd(pauseEndAt('1h', now, 0), now, fixed(0)).kind).toBe('tomorrowAt');
  });
});

describe('pauseEndAt: when a Pause choice ends', () => {
  const T0 = Date.UTC(2026, 10, 23, 9, 0); // Monday 09:00 UTC
  const at = (min: number) => T0 + min * MINUTE_MS;

  it.each([
    { option: '30min', tz: 0, expected: at(30) },
    { option: '1h', tz: 0, expected: at(60) },
    { option: '2h', tz: 0, expected: at(120) },
    { option: 'tomorrow', tz: 0, expected: Date.UTC(2026, 10, 24) },
    { option: 'tomorrow', tz: 60, expected: Date.UTC(2026, 10, 23, 23) },
    { option: 'tomorrow', tz: -300, expected: Date.UTC(2026, 10, 24, 5) },
  ] as const)('pauseEndAt($option) in UTC%+d', ({ option, tz, expected }) => {
    expect(pauseEndAt(option, T0, tz)).toBe(expected);
  });

  // Europe/London 2026: BST (+60) until 2026-10-25 01:00Z, GMT after.
  const london = (t: number) => (t >= Date.UTC(2026, 2, 29, 1) && t < Date.UTC(2026, 9, 25, 1) ? 60 : 0);
  it.each([
    {
      name: '00:30 BST on the night clocks go back',
      now: Date.UTC(2026, 9, 24, 23, 30),
      expected: Date.UTC(2026, 9, 26),
    },
    { name: '22:00 BST the evening before', now: Date.UTC(2026, 9, 24, 21), expected: Date.UTC(2026, 9, 24, 23) },
    {
      name: '00:30 GMT on the night clocks go forward',
      now: Date.UTC(2026, 2, 29, 0, 30),
      expected: Date.UTC(2026, 2, 29, 23),
    },
  ])("pauseEndAt('tomorrow') follows the zone: $name", ({ now, expected }) => {
    expect(pauseEndAt('tomorrow', now, london)).toBe(expected);
  });
});

describe('nudgesResumeAt: when nudges can come again after a pause', () => {
  // Monday to Friday, 9:00–17:00; the weekday indexes come from localWeekday itself.
  const nineToFive = { startMin: 9 * 60, endMin: 17 * 60 };
  const weekdaysOnly = (tz: number) => {
    const days: MinuteRange[][] = [[], [], [], [], [], [], []];
    // 2026-11-23 is a Monday: the five days from it are the working ones.
    for (let d = 0; d < 5; d++) days[localWeekday(Date.UTC(2026, 10, 23 + d, 12) - tz * MINUTE_MS, tz)] = [nineToFive];
    return days;
  };
  const local = (tz: number, day: number, h: number, m = 0) => Date.UTC(2026, 10, day, h, m) - tz * MINUTE_MS;

  it.each([
    // [name, tz, pausedUntil (local: day of Nov 2026, hour), working hours on, expected (local day, hour) or 'same']
    ['hours off: the pause end itself', 0, [25, 0], false, 'same'],
    ['midnight before a Wednesday: 9:00 that day', 0, [25, 0], true, [25, 9]],
    ['ends inside working hours: itself', 0, [25, 10], true, 'same'],
    ['ends exactly as hours start: itself', 0, [25, 9], true, 'same'],
    ['ends after 17:00: 9:00 the next day', 0, [25, 18], true, [26, 9]],
    ['midnight before a Saturday: Monday 9:00', 0, [28, 0], true, [30, 9]],
    ['Kolkata, midnight before a Wednesday', 330, [25, 0], true, [25, 9]],
    ['Chatham, midnight before a Saturday', 825, [28, 0], true, [30, 9]],
  ] as const)('%s', (_, tz, [day, hour], enabled, expected) => {
    const until = local(tz, day, hour);
    const at = nudgesResumeAt(until, { enabled, days: weekdaysOnly(tz) }, tz);
    expect(at).toBe(expected === 'same' ? until : local(tz, expected[0], expected[1]));
  });

  it('a week with no working hours at all: the pause end itself', () => {
    const until = Date.UTC(2026, 10, 25);
    expect(nudgesResumeAt(until, { enabled: true, days: [[], [], [], [], [], [], []] }, 0)).toBe(until);
  });

  it('reads as "tomorrow, 9:00" and not as midnight when chosen the evening before', () => {
    const now = Date.UTC(2026, 10, 24, 20);
    const at = nudgesResumeAt(pauseEndAt('tomorrow', now, 0), { enabled: true, days: weekdaysOnly(0) }, 0);
    expect(pauseEnd(at, now, fixed(0))).toEqual({ kind: 'tomorrowAt', at: Date.UTC(2026, 10, 25, 9) });
  });
});
