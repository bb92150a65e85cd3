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
          { kind: 'needMoreData', factor: 'lower', withDays: 364, withoutDays: 0, daysNeeded: 5 },
          { kind: 'needMoreData', factor: 'stressed', withDays: 9, withoutDays: 3, daysNeeded: 2 },
        ]}
      />,
    );
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(1);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Sat long: on 2 days so far; 3 days more needed.',
      'Neck: on 0 days so far; 5 days more needed.',
      // Marked on (nearly) every day: what is missing is days without it.
      'Lower back: on 364 days so far, and not on 0 days; 5 days more needed without it.',
      'Stressed: on 9 days so far, and not on 3 days; 2 days more needed without it.',
    ]);
  });

  it('says how many more days it needs, or that it waits for break data', () => {
    const insights: Insight[] = [
      { kind: 'needMoreData', factor: 'shortSleep', withDays: 3, withoutDays: 6, daysNeeded: 5 },
      { kind: 'needMoreData', factor: 'walk', withDays: 0, withoutDays: 0, daysNeeded: 14 },
      { kind: 'needMoreData', factor: 'breaks', pairs: 2, pairDays: 2, pairsNeeded: 8, daysNeeded: 3 },
    ];
    render(<Insights insights={insights} />);
    const [sleep, walk, breaks] = screen.getAllByRole('article').map((a) => a.textContent ?? '');
    expect(sleep).toContain('Needs 5 more logged days. So far: 3 days after a poor night, 6 days after a better one');
    expect(walk).toContain('Waits for break and screen-time data');
    expect(walk).not.toMatch(/Needs/);
    expect(breaks).toContain(
      'Too early to tell: this is shown once there are 10 breaks with both check-ins, on 5 different days. ' +
        'So far: 2 breaks with both check-ins, on 2 days. About 8 breaks more to go, on 3 more days.',
    );
  });

  it('says beside the break comparison that a low point tends to be followed by a better one', () => {
    render(
      <Insights
        insights={[{ kind: 'needMoreData', factor: 'breaks', pairs: 12, pairDays: 3, pairsNeeded: 0, daysNeeded: 2 }]}
      />,
    );
    const card = screen.getByRole('article').textContent ?? '';
    expect(card).toContain('A low point tends to be followed by a better one anyway, break or no break.');
    // Enough pairs, too few days: each missing day needs a break of its own.
    expect(card).toContain('About 2 breaks more to go, on 2 more days.');
  });

  it('words a claimed change over breaks with its counts, both averages and its range', () => {
    render(
      <Insights
        insights={[
          {
            kind: 'comparison',
            factor: 'breaks',
            pairs: 24,
            pairDays: 15,
            pain: { startMean: 5.2, endMean: 4.1, change: -1.1, low: -1.6, high: -0.5, verdict: 'difference' },
            mood: {
              startMean: 3,
              endMean: 3.2,
              change: 0.2,
              low: -0.3,
              high: 0.6,
              verdict: 'tooEarly',
              morePairs: 20,
            },
          },
        ]}
      />,
    );
    const card = screen.getByRole('article');
    expect(card.textContent).toContain(
      'Over 24 breaks on 15 days, pain averaged 5.2 at the start and 4.1 at the end. ' +
        'About 1.1 points lower by the end, likely between 0.5 and 1.6 points lower.',
    );
    expect(card.querySelector('strong')?.textContent).toBe(
      'About 1.1 points lower by the end, likely between 0.5 and 1.6 points lower.',
    );
    expect(card.textContent).toContain(
      'Mood averaged 3.0 at the start and 3.2 at the end, out of 5. Too early to tell: the change is likely ' +
        'somewhere between 0.3 lower and 0.6 higher. About 20 more breaks with both check-ins would settle it.',
    );
  });

  it('uses "no clear change" for breaks when the whole range is under a point, with no claim', () => {
    render(
      <Insights
        insights={[
          {
            kind: 'comparison',
            factor: 'breaks',
            pairs: 40,
            pairDays: 20,
            pain: { startMean: 4.4, endMean: 4.3, change: -0.1, low: -0.5, high: 0.3, verdict: 'noClearDifference' },
            mood: { startMean: 3, endMean: 3, change: 0, low: -0.2, high: 0.2, verdict: 'noClearDifference' },
          },
        ]}
      />,
    );
    const card = screen.getByRole('article');
    expect(card.textContent).toContain(
      'Over 40 breaks on 20 days, pain averaged 4.4 at the start and 4.3 at the end. No clear change; likely ' +
        'somewhere between 0.5 points lower and 0.3 points higher, less than 1 point either way.',
    );
    expect(card.querySelector('strong')).toBeNull();
  });
  it.each([
    [true, 1],
    [false, 0],
  ])('says the twelve months it looks at only when older days were left out (%s)', (olderLeftOut, count) => {
    render(<Insights insights={[]} olderLeftOut={olderLeftOut} />);
    expect(
      screen.queryAllByText(
        'These look at the last twelve months. Older days are in the charts and the report, but not compared here.',
      ),
    ).toHaveLength(count);
  });
});
