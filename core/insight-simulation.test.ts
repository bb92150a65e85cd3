// The insights stay quiet when nothing is there, and speak when something is (issue
// 12). Fixed seeds; a few users per figure so it stays quick — the bench
// (bench/insights.mjs) runs a thousand and more for the figures in bench/results.json.
import { describe, expect, it } from 'vitest';
import { buildDayFacts } from './day-facts';
import { insightsOf, simulateDiary, simulateRates } from './insight-simulation';
import { computeInsights, INSIGHT_MIN_DAYS, INSIGHT_MIN_DAYS_EACH_SIDE } from './insights';
import { DAY_MS } from './time';

describe('simulateDiary', () => {
  it('is the same diary for the same seed, with one to three check-ins a day', () => {
    const a = simulateDiary({ days: 21, seed: 4 });
    expect(simulateDiary({ days: 21, seed: 4 })).toEqual(a);
    expect(a.activity).toHaveLength(21);
    expect(a.checkIns.length).toBeGreaterThanOrEqual(21);
    expect(a.checkIns.length).toBeLessThanOrEqual(63);
    for (const c of a.checkIns) {
      const { pain = -1, mood = -1 } = c;
      expect(pain >= 0 && pain <= 10 && mood >= 1 && mood <= 5).toBe(true);
    }
  });
});

describe('insights on simulated diaries', () => {
  it('rarely claims a difference when no factor has any effect (14 and 30 days)', () => {
    const r14 = simulateRates({ users: 120, days: 14 }, 1000);
    const r30 = simulateRates({ users: 120, days: 30 }, 2000);
    expect(r14.falseRate).toBeLessThanOrEqual(0.08);
    expect(r30.falseRate).toBeLessThanOrEqual(0.08);
  });

  it('finds lower pain on walk days when walking truly lowers it by 1.5 points (60 days)', () => {
    const r = simulateRates({ users: 60, days: 60, walkEffect: -1.5 }, 3000);
    // The bench's figure over 1,000 users is about 0.87 (goal 0.8); 60 users scatter by ±0.05.
    expect(r.power).toBeGreaterThanOrEqual(0.7);
    // The other factors still have no effect.
    expect(r.falseRate).toBeLessThanOrEqual(0.1);
  });

  it('gives the same words for the same diary', () => {
    expect(insightsOf({ days: 40, seed: 77, walkEffect: -1 })).toEqual(
      insightsOf({ days: 40, seed: 77, walkEffect: -1 }),
    );
  });

  it('never decides from too little, and never throws, with a month kept aside and a gap of weeks', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { checkIns, activity } = simulateDiary({ days: 120, seed, walkEffect: seed % 2 ? -1.5 : 0 });
      const start = checkIns[0]?.at ?? 0;
      // Days 30–60 kept aside (quarantined), and days 80–101 never logged; activity stays.
      const kept = checkIns.filter((c) => {
        const d = Math.floor((c.at - start) / DAY_MS);
        return !(d >= 30 && d < 60) && !(d >= 80 && d < 101);
      });
      // A day with activity and no check-in, and a row whose mood could not be read.
      const days = [
        ...buildDayFacts(kept, activity),
        { day: '2027-01-01', entries: 1, meanPain: 4, meanMood: Number.NaN },
      ];
      const insights = computeInsights(days, kept, '2027-01-01');
      for (const i of insights) {
        if (i.kind !== 'comparison' || i.factor === 'breaks') continue;
        expect(i.withDays + i.withoutDays).toBeGreaterThanOrEqual(INSIGHT_MIN_DAYS);
        expect(Math.min(i.withDays, i.withoutDays)).toBeGreaterThanOrEqual(INSIGHT_MIN_DAYS_EACH_SIDE);
        expect(i.withDays + i.withoutDays).toBeLessThanOrEqual(120 - 30 - 21);
      }
    }
  });
});
