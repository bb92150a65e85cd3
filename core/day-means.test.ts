import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToTally, type DayMeans, dayMeans, emptyTally, type Ratings } from './day-means';

const tallyOf = (list: readonly Ratings[]) => list.reduce(addToTally, emptyTally());

describe('dayMeans: a day is the mean of its check-ins, a skipped rating not counted', () => {
  it.each<[string, Ratings[], number, DayMeans]>([
    ['no check-ins', [], 0, { meanPain: null, meanMood: null, meanSleep: null }],
    ['one check-in', [{ pain: 4, mood: 3 }], 1, { meanPain: 4, meanMood: 3, meanSleep: null }],
    [
      'two check-ins',
      [
        { pain: 2, mood: 4 },
        { pain: 5, mood: 1 },
      ],
      2,
      { meanPain: 3.5, meanMood: 2.5, meanSleep: null },
    ],
    [
      'pain 0 counts as a rating',
      [
        { pain: 0, mood: 5 },
        { pain: 6, mood: 5 },
      ],
      2,
      { meanPain: 3, meanMood: 5, meanSleep: null },
    ],
    [
      'a skipped pain is left out of pain only',
      [{ pain: 6, mood: 2 }, { mood: 4 }],
      2,
      { meanPain: 6, meanMood: 3, meanSleep: null },
    ],
    [
      'a skipped mood is left out of mood only',
      [{ pain: 1, mood: 5 }, { pain: 3 }],
      2,
      { meanPain: 2, meanMood: 5, meanSleep: null },
    ],
    ['every check-in skipped mood', [{ pain: 7 }, { pain: 8 }], 2, { meanPain: 7.5, meanMood: null, meanSleep: null }],
    ['every check-in skipped pain', [{ mood: 1 }], 1, { meanPain: null, meanMood: 1, meanSleep: null }],
    [
      'sleep, over those that gave it',
      [{ pain: 2, sleep: 6 }, { pain: 2 }, { mood: 3, sleep: 3 }],
      3,
      { meanPain: 2, meanMood: 3, meanSleep: 4.5 },
    ],
    ['sleep 0 counts', [{ mood: 2, sleep: 0 }], 1, { meanPain: null, meanMood: 2, meanSleep: 0 }],
  ])('%s', (_, list, entries, means) => {
    const tally = tallyOf(list);
    expect(tally.entries).toBe(entries);
    expect(dayMeans(tally)).toEqual(means);
  });

  it('hands the whole-number sum and its count to a mean of the caller’s own', () => {
    // The daily CSV rounds from the sum: 201/200 is 1.01, while (201/200)·100 rounds to 100.
    const ratings: Ratings[] = [...Array.from({ length: 199 }, () => ({ pain: 1 })), { pain: 2 }, { mood: 4 }];
    const rounded = (sum: number, count: number) => Math.round((sum * 100) / count) / 100;
    const seen: [number, number][] = [];
    const means = dayMeans(tallyOf(ratings), (sum, count) => {
      seen.push([sum, count]);
      return rounded(sum, count);
    });
    expect(seen).toEqual([
      [201, 200],
      [4, 1],
    ]);
    expect(means).toEqual({ meanPain: 1.01, meanMood: 4, meanSleep: null });
  });

  it('is never asked for a mean over no ratings', () => {
    const mean = (sum: number, count: number) => {
      if (count === 0) throw new Error(`asked for ${sum}/0`);
      return sum / count;
    };
    expect(dayMeans(tallyOf([{ pain: 3 }, {}]), mean)).toEqual({ meanPain: 3, meanMood: null, meanSleep: null });
  });
});

describe('dayMeans properties', () => {
  // Each rating present or absent, as a stored check-in has it.
  const checkIn: fc.Arbitrary<Ratings> = fc.record(
    {
      pain: fc.integer({ min: 0, max: 10 }),
      mood: fc.integer({ min: 1, max: 5 }),
      sleep: fc.integer({ min: 0, max: 10 }),
    },
    { requiredKeys: [] },
  );

  it('each mean is the plain mean of the ratings given, null when none was, and every check-in is an entry', () => {
    fc.assert(
      fc.property(fc.array(checkIn, { maxLength: 40 }), (list) => {
        const tally = tallyOf(list);
        expect(tally.entries).toBe(list.length);
        const means = dayMeans(tally);
        for (const [key, field] of [
          ['meanPain', 'pain'],
          ['meanMood', 'mood'],
          ['meanSleep', 'sleep'],
        ] as const) {
          const given = list.map((c) => c[field]).filter((x) => x !== undefined);
          if (given.length === 0) expect(means[key]).toBeNull();
          else expect(means[key]).toBeCloseTo(given.reduce((a, b) => a + b, 0) / given.length, 12);
        }
      }),
    );
  });

  it('does not depend on the order of the day’s check-ins', () => {
    fc.assert(
      fc.property(fc.array(checkIn, { maxLength: 40 }), fc.infiniteStream(fc.nat()), (list, picks) => {
        const shuffled: Ratings[] = [...list];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (picks.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as Ratings, shuffled[i] as Ratings];
        }
        // Whole-number ratings sum exactly, so the means are equal to the bit.
        expect(dayMeans(tallyOf(shuffled))).toEqual(dayMeans(tallyOf(list)));
      }),
    );
  });
});
