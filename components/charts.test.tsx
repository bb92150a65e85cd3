import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { buildHistoryIndex, type DayRange, daysIn } from '@/core/history';
import { DAY_MS, dayNumber, HOUR_MS } from '@/core/time';
import { ActivityCharts } from './ActivityCharts';
import { CalendarChart } from './CalendarChart';
import { linePath } from './DailyLineChart';
import { painLevel, yearBlocks } from './PainCalendar';
import { PainMoodCharts } from './PainMoodCharts';

const day = (key: string, hour: number, pain: number, mood: number) => ({
  at: dayNumber(key) * DAY_MS + hour * HOUR_MS,
  tzOffsetMin: 0,
  pain,
  mood,
});

describe('linePath', () => {
  it('joins consecutive days only: a missing day is a gap, not a zero', () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 1, y: 2 }, null, { x: 3, y: 4 }])).toBe('M0.0 1.0L1.0 2.0M3.0 4.0');
    expect(linePath([null, null])).toBe('');
  });
});

describe('PainCalendar', () => {
  it.each([
    [0, 1],
    [1.9, 1],
    [2, 2],
    [4, 3],
    [7.9, 4],
    [8, 5],
    [10, 5],
  ])('puts a day with mean pain %s in step %i', (pain, level) => {
    expect(painLevel(pain)).toBe(level);
  });

  it('splits a range into calendar years, Monday-started weeks', () => {
    const blocks = yearBlocks({ from: dayNumber('2025-12-29'), to: dayNumber('2026-01-11') });
    expect(blocks.map((b) => [b.year, b.weeks])).toEqual([
      [2025, 1],
      [2026, 2],
    ]);
  });
});

describe('history charts', () => {
  const range: DayRange = { from: dayNumber('2026-11-01'), to: dayNumber('2026-11-07') };
  const index = buildHistoryIndex([
    day('2026-11-01', 9, 2, 4),
    day('2026-11-01', 15, 4, 2),
    day('2026-11-03', 9, 8, 1),
  ]);
  const rows = daysIn(index, range);

  it('names each drawing with its numbers, and opens a captioned table on demand', async () => {
    render(<PainMoodCharts rows={rows} range={range} />);
    const pain = screen.getByRole('img', { name: /daily pain/ });
    expect(pain.getAttribute('aria-label')).toContain('2 days logged (3 check-ins), average 5.5 out of 10');
    expect(screen.queryByRole('table')).toBeNull();
    const details = screen.getAllByText('Show as a table')[0]?.closest('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const table = await screen.findByRole('table', { name: /Pain and mood each day/ });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(table.textContent).toContain('2026-11-01');
  });

  it('draws one calendar cell per day of the range, empty ones outlined', () => {
    const { container } = render(<CalendarChart rows={rows} range={range} />);
    expect(container.querySelectorAll('rect.cell')).toHaveLength(7);
    expect(container.querySelectorAll('rect.cell.none')).toHaveLength(5);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('1 day with pain 4 or more');
  });

  it('with no screen-time or break data, says so instead of drawing zeros', () => {
    const { container } = render(<ActivityCharts activity={[]} range={range} walkGoalMin={20} />);
    expect(container.querySelectorAll('svg')).toHaveLength(0);
    expect(screen.getByText(/^No screen-time data yet/)).toBeTruthy();
    expect(screen.getAllByText(/^No break data yet/)).toHaveLength(2);
  });

  it('draws break outcomes and walk minutes from the engine, when there are some', () => {
    const activity = [
      { day: '2026-11-02', activeMinutes: 300, taken: 5, natural: 2, snoozed: 1, skipped: 1, walkMinutes: 25 },
    ];
    const { container } = render(<ActivityCharts activity={activity} range={range} walkGoalMin={20} />);
    expect(container.querySelectorAll('svg[role="img"]')).toHaveLength(3);
    expect(screen.getByRole('img', { name: /breaks: 5 done, 2 natural, 1 snoozed, 1 skipped/ })).toBeTruthy();
    expect(container.querySelector('line.goal')).toBeTruthy();
  });
});
