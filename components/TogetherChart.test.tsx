import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { buildHistoryIndex, type DayActivity, type DayRange, daysIn } from '@/core/history';
import { DAY_MS, dayNumber, HOUR_MS } from '@/core/time';
import { TogetherChart } from './TogetherChart';

const at = (key: string, hour: number) => dayNumber(key) * DAY_MS + hour * HOUR_MS;
const range: DayRange = { from: dayNumber('2026-11-01'), to: dayNumber('2026-11-07') };

function setup() {
  const index = buildHistoryIndex([
    { at: at('2026-11-02', 9), tzOffsetMin: 0, pain: 6, mood: 2, note: 'Stiff' },
    { at: at('2026-11-02', 15), tzOffsetMin: 0, pain: 4, mood: 3 },
    { at: at('2026-11-05', 10), tzOffsetMin: 0, pain: 3, mood: 4 },
  ]);
  const activity: DayActivity[] = [
    { day: '2026-11-02', activeMinutes: 339, taken: 3, natural: 1, skipped: 2, walkMinutes: 10 },
    { day: '2026-11-06', activeMinutes: 45 },
  ];
  render(<TogetherChart rows={daysIn(index, range)} activity={activity} range={range} />);
  return screen.getByRole('slider');
}

describe('TogetherChart', () => {
  it('reads out the latest day with data first, and each day as the slider moves', () => {
    const slider = setup();
    const readout = () => document.querySelector('.together-readout')?.textContent ?? '';
    expect(readout()).toContain('45 min active');
    expect(readout()).toContain('no check-in');
    fireEvent.input(slider, { target: { value: '1' } });
    expect(readout()).toContain('pain 5.0 and mood 2.5 (2 check-ins)');
    expect(readout()).toContain('5 h 39 min active');
    expect(readout()).toContain('4 breaks done, 2 skipped');
    expect(readout()).toContain('10 min walking');
    expect(readout()).toContain('1 note');
    expect(slider.getAttribute('aria-valuetext')).toBe(readout());
    fireEvent.input(slider, { target: { value: '0' } });
    expect(readout()).toContain('no check-in; no screen-time or break data');
  });

  it('has a table alternative with every day that has data, and units on its axes', () => {
    setup();
    fireEvent.click(screen.getByText('Show as a table'));
    const details = document.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('2026-11-02');
    expect(rows[0]).toContain('5 h 39 min');
    const units = [...document.querySelectorAll('svg .unit')].map((t) => t.textContent);
    expect(units).toEqual(['Pain (0–10)', 'Mood (1–5)', 'Hours', 'Breaks']);
  });
});
