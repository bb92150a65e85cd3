import { describe, expect, it } from 'vitest';
import type { InsightActivity } from './day-facts';
import type { DayActivity } from './history';
import { insightActivity } from './insight-activity';

describe('insightActivity', () => {
  it.each<[string, DayActivity, InsightActivity]>([
    ['a day with nothing known', { day: '2026-11-24' }, { day: '2026-11-24' }],
    ['active minutes only', { day: '2026-11-24', activeMinutes: 90 }, { day: '2026-11-24', activeMinutes: 90 }],
    [
      'done, skipped and natural breaks',
      { day: '2026-11-24', taken: 3, snoozed: 2, skipped: 1, natural: 2 },
      { day: '2026-11-24', nudgesDue: 6, nudgesTaken: 5 },
    ],
    ['only snoozes: nothing answered yet', { day: '2026-11-24', snoozed: 1 }, { day: '2026-11-24' }],
    [
      'a walk taken',
      { day: '2026-11-24', taken: 1, walkMinutes: 5 },
      { day: '2026-11-24', nudgesDue: 1, nudgesTaken: 1, walked: true },
    ],
    [
      'no walk minutes',
      { day: '2026-11-24', skipped: 1, walkMinutes: 0 },
      { day: '2026-11-24', nudgesDue: 1, nudgesTaken: 0, walked: false },
    ],
  ])('%s', (_, row, expected) => {
    expect(insightActivity([row])).toEqual([expected]);
  });
});
