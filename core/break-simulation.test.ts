// The proof of issue 12 item 3, with fixed seeds (the bench runs 1,000 users per figure:
// bench/insights.mjs).
import { describe, expect, it } from 'vitest';
import { pairBreaks } from './break-pairs';
import { simulateBreakDiary, simulateBreakRates } from './break-simulation';

describe('simulated break diaries', () => {
  it('gives the same diary for the same seed, and start and end check-ins that pair', () => {
    const a = simulateBreakDiary({ days: 21, seed: 7 });
    expect(simulateBreakDiary({ days: 21, seed: 7 })).toEqual(a);
    const pairs = pairBreaks(a);
    // Three breaks a day, each end and start answered 7 times in 10: about half pair.
    expect(pairs.length).toBeGreaterThan(15);
    expect(pairs.length).toBeLessThan(50);
    // Without the start offer, no break check-in carries a marker, so nothing pairs.
    expect(pairBreaks(simulateBreakDiary({ days: 21, seed: 7, startOffer: false }))).toEqual([]);
  });

  it('with breaks changing nothing, but popup check-ins made when it hurts: the retired method claims a drop, the new one stays quiet', () => {
    for (const days of [30, 60]) {
      const rates = simulateBreakRates({ users: 150, days }, 10_000 + days);
      expect(rates.retiredDropRate).toBeGreaterThan(0.5);
      expect(rates.retiredMeanDrop).toBeGreaterThan(0.8);
      expect(rates.claimRate).toBeLessThanOrEqual(0.05);
    }
  });

  it('with a true 1-point drop at the end of each break, the new method finds it in most users with enough breaks', () => {
    const rates = simulateBreakRates({ users: 150, days: 60, breakEffect: -1 }, 20_000);
    expect(rates.dropRate).toBeGreaterThanOrEqual(0.8);
  });
});
