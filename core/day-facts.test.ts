import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckIn, REGIONS, TAGS } from './checkins';
import { buildDayFacts, unionInto } from './day-facts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';

const start = Date.UTC(2026, 0, 1);
const dayKey = (i: number) => new Date(start + i * DAY_MS).toISOString().slice(0, 10);
type Entry = Pick<CheckIn, 'at' | 'tzOffsetMin' | 'pain' | 'mood' | 'sleep' | 'tags' | 'regions'>;
/** A check-in on day `day` (from 2026-01-01) at h:m UTC. */
const entry = (day: number, h: number, m: number, patch: Partial<Entry> = {}): Entry => ({
  at: start + day * DAY_MS + h * HOUR_MS + m * MINUTE_MS,
  tzOffsetMin: 0,
  ...patch,
});

describe('buildDayFacts', () => {
  it('makes one row per logged day: means, last night’s sleep, and that day’s activity', () => {
    const checkIns = [
      entry(1, 9, 0, { pain: 2, mood: 4, sleep: 3 }),
      entry(0, 9, 0, { pain: 6, mood: 2 }),
      entry(0, 15, 0, { pain: 3, mood: 3, sleep: 6 }),
      entry(0, 18, 0, { pain: 4, mood: 5, sleep: 0 }),
    ];
    const activity = [
      { day: dayKey(0), activeMinutes: 300, nudgesDue: 10, nudgesTaken: 8, walked: true },
      { day: dayKey(1), walked: false },
      { day: dayKey(2), activeMinutes: 500, walked: true }, // no check-in: dropped
    ];
    expect(buildDayFacts(checkIns, activity)).toEqual([
      {
        day: dayKey(0),
        entries: 3,
        meanPain: 13 / 3,
        meanMood: 10 / 3,
        sleep: 3,
        activeMinutes: 300,
        nudgesDue: 10,
        nudgesTaken: 8,
        walked: true,
      },
      { day: dayKey(1), entries: 1, meanPain: 2, meanMood: 4, sleep: 3, walked: false },
    ]);
  });

  it('files each check-in under its own local day', () => {
    const late = entry(0, 23, 30, { pain: 7, mood: 1, tzOffsetMin: 60 });
    expect(buildDayFacts([late]).map((d) => d.day)).toEqual([dayKey(1)]);
    expect(buildDayFacts([])).toEqual([]);
  });

  it('joins the tags and regions of a day’s check-ins, once each, in the vocabulary’s order', () => {
    const [a, b] = [TAGS[0], TAGS[1]] as const;
    const [low, mid] = [REGIONS[0], REGIONS[1]] as const;
    const rows = buildDayFacts([
      entry(0, 9, 0, { pain: 5, mood: 3, tags: [b], regions: [mid] }),
      entry(0, 12, 0, { pain: 5, mood: 3, tags: [a, b], regions: [low] }),
      entry(1, 9, 0, { pain: 5, mood: 3 }),
    ]);
    expect(rows).toEqual([
      { day: dayKey(0), entries: 2, meanPain: 5, meanMood: 3, tags: [a, b], regions: [low, mid] },
      { day: dayKey(1), entries: 1, meanPain: 5, meanMood: 3 },
    ]);
  });
});

describe('unionInto', () => {
  const words = ['a', 'b', 'c', 'd'] as const;
  it.each([
    // into, items, result
    [undefined, undefined, undefined],
    [undefined, [], undefined],
    [['b'], undefined, ['b']],
    [undefined, ['c', 'a'], ['a', 'c']],
    [['d'], ['b', 'd'], ['b', 'd']],
    [undefined, ['a', 'not-a-word'], ['a']],
  ] as const)('%j ∪ %j → %j', (into, items, result) => {
    expect(unionInto(words, into, items)).toEqual(result);
  });

  it('is the vocabulary filtered to what either side holds', () => {
    fc.assert(
      fc.property(fc.subarray([...words]), fc.array(fc.constantFrom(...words, 'x')), (into, items) => {
        const got = unionInto(words, into, items) ?? into;
        expect(got).toEqual(words.filter((w) => into.includes(w) || items.includes(w)));
      }),
    );
  });
});
