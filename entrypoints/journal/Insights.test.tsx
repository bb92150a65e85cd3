import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Insight } from '@/core/insights';
import { Insights } from './Insights';

describe('Insights', () => {
  it('gives both averages and both day counts, and calls it a pattern, not proof', () => {
    const insights: Insight[] = [
      {
        kind: 'comparison',
        factor: 'shortSleep',
        withDays: 9,
        withoutDays: 21,
        withPain: 6.2,
        withoutPain: 4.1,
        verdict: 'large',
        withMood: 2.4,
        withoutMood: 3.1,
        moodVerdict: 'difference',
      },
    ];
    render(<Insights insights={insights} />);
    const text = document.body.textContent ?? '';
    expect(text).toContain('On 9 days after a poor night, pain averaged 6.2; on 21 days after a better one, 4.1.');
    expect(text).toContain('A large difference, 2.1 points.');
    expect(text).toContain('Mood averaged 2.4 on those days and 3.1 on the others, out of 5.');
    expect(text).toContain('These are patterns, not proof.');
    expect(text).not.toMatch(/because|causes|caused/i);
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
