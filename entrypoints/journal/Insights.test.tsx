import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Insight } from '@/core/insights';
import { Insights } from './Insights';

describe('Insights', () => {
  it('gives both averages, both day counts and a plausible range, and calls it a pattern, not proof', () => {
    const insights: Insight[] = [
      {
        kind: 'comparison',
        factor: 'walk',
        withDays: 16,
        withoutDays: 19,
        pain: { withMean: 4.1, withoutMean: 5.5, gap: -1.4, low: -2.5, high: -0.3, verdict: 'difference' },
        mood: { withMean: 3.4, withoutMean: 3.1, gap: 0.3, low: -0.2, high: 0.8, verdict: 'tooEarly', moreDays: 25 },
      },
      {
        kind: 'comparison',
        factor: 'shortSleep',
        withDays: 9,
        withoutDays: 21,
        pain: { withMean: 6.2, withoutMean: 4.1, gap: 2.1, low: 1.1, high: 3.2, verdict: 'large' },
        mood: { withMean: 3, withoutMean: 3.1, gap: -0.1, low: -0.3, high: 0.2, verdict: 'noClearDifference' },
      },
      {
        kind: 'comparison',
        factor: 'stressed',
        withDays: 6,
        withoutDays: 30,
        pain: { withMean: 5, withoutMean: 4.4, gap: 0.6, low: 0.2, high: 1, verdict: 'small' },
        mood: { withMean: 2.8, withoutMean: 3, gap: -0.2, low: null, high: null, verdict: 'tooEarly', moreDays: null },
      },
    ];
    render(<Insights insights={insights} />);
    const [walk, sleep, stressed] = screen.getAllByRole('article').map((a) => a.textContent ?? '');
    expect(walk).toContain('On 16 days with a walk break, pain averaged 4.1; on 19 days without one, 5.5.');
    expect(walk).toContain('About 1.4 points lower on those days, likely between 0.3 and 2.5 points lower.');
    expect(walk).toContain('Mood averaged 3.4 on those 16 days and 3.1 on the other 19 days, out of 5.');
    expect(walk).toContain(
      'Too early to tell: the difference is likely somewhere between 0.2 lower and 0.8 higher. About 25 more logged days would settle it.',
    );
    expect(sleep).toContain(
      'A large difference: about 2.1 points higher on those days, likely between 1.1 and 3.2 points higher.',
    );
    expect(sleep).toContain(
      'No clear difference; likely somewhere between 0.3 lower and 0.2 higher, less than half a face',
    );
    expect(stressed).toContain('Days you ticked “Stressed”');
    expect(stressed).toContain('On 6 days you ticked “Stressed”, pain averaged 5.0; on 30 days without it, 4.4.');
    expect(stressed).toContain(
      'A small difference, about 0.6 points higher on those days (likely between 0.2 and 1.0 points higher)',
    );
    expect(stressed).toContain('Too early to tell. More logged days will tell.');
    const text = document.body.textContent ?? '';
    expect(text).toContain('These are patterns, not proof.');
    expect(text).not.toMatch(/because|causes|caused|leads to|reduces|improves/i);
  });

  it('writes the usual screen time in hours and minutes', () => {
    render(
      <Insights
        insights={[
          {
            kind: 'needMoreData',
            factor: 'screenTime',
            withDays: 3,
            withoutDays: 3,
            daysNeeded: 8,
            medianMinutes: 339,
          },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Long screen days (over your usual 5 h 39 min)');
  });

  it('lists tags and regions still short of days in one card, each with how many more it needs', () => {
    render(
      <Insights
        insights={[
          { kind: 'needMoreData', factor: 'satLong', withDays: 2, withoutDays: 20, daysNeeded: 3 },
          { kind: 'needMoreData', factor: 'neck', withDays: 0, withoutDays: 22, daysNeeded: 5 },
        ]}
      />,
    );
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(1);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Sat long: on 2 days so far; 3 days more needed.',
      'Neck: on 0 days so far; 5 days more needed.',
    ]);
  });

  it('says how many more days it needs, or that it waits for break data', () => {
    const insights: Insight[] = [
      { kind: 'needMoreData', factor: 'shortSleep', withDays: 3, withoutDays: 6, daysNeeded: 5 },
      { kind: 'needMoreData', factor: 'walk', withDays: 0, withoutDays: 0, daysNeeded: 14 },
      { kind: 'needMoreData', factor: 'breaks', loggedDays: 13, pairs: 2, pairDays: 2, daysNeeded: 3 },
    ];
    render(<Insights insights={insights} />);
    const [sleep, walk, breaks] = screen.getAllByRole('article').map((a) => a.textContent ?? '');
    expect(sleep).toContain('Needs 5 more logged days. So far: 3 days after a poor night, 6 days after a better one');
    expect(walk).toContain('Waits for break and screen-time data');
    expect(walk).not.toMatch(/Needs/);
    expect(breaks).toContain(
      'Needs 3 more logged days. So far: 13 days logged, 2 days with a check-in before and after',
    );
  });

  it('uses "no clear difference" under the threshold, with no claim', () => {
    render(
      <Insights
        insights={[
          {
            kind: 'comparison',
            factor: 'breaks',
            pairs: 12,
            pairDays: 8,
            beforePain: 4.4,
            afterPain: 3.9,
            verdict: 'noClearDifference',
            beforeMood: 3,
            afterMood: 3.2,
            moodVerdict: 'noClearDifference',
          },
        ]}
      />,
    );
    expect(screen.getByRole('article').textContent).toContain(
      'over 12 pairs of check-ins on 8 days. No clear difference.',
    );
  });
});
