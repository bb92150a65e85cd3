import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { CareSignal } from '@/core/care';
import { CareCard } from './CareCard';

const signal = (show: boolean): CareSignal => ({
  show,
  painDays: { high: 12, logged: 16, spansWindow: true },
  moodDays: { low: 8, logged: 11, spansWindow: true },
});

describe('CareCard', () => {
  it('says calmly what it saw, with both counts, and offers the self-check, the report and help', () => {
    render(<CareCard signal={signal(true)} newTab />);
    const card = screen.getByRole('region', { name: 'Pain and low mood, for a while now' });
    expect(card.textContent).toContain('pain was 4 or more on 12 of 16 logged days');
    expect(card.textContent).toContain('mood was low on 8 of 11 logged days');
    expect(card.textContent).toContain('worth talking over with a GP or physiotherapist');
    expect(card.textContent).not.toMatch(/diagnos|depress|warning/i);
    const selfCheck = screen.getByRole('link', { name: 'Answer two questions about mood' });
    expect(selfCheck.getAttribute('href')).toBe('/journal.html#self-check');
    expect(selfCheck.getAttribute('target')).toBe('_blank');
    expect(screen.getByRole('link', { name: 'Make a report to take along' }).getAttribute('href')).toBe('/report.html');
    expect(screen.getByRole('link', { name: 'Need help now?' }).getAttribute('href')).toBe('/help.html');
  });

  it.each([
    ['the rule does not hold', signal(false)],
    ['nothing is known yet', null],
  ])('shows nothing when %s', (_, s) => {
    const { container } = render(<CareCard signal={s} />);
    expect(container.innerHTML).toBe('');
  });
});
