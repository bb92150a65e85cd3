import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { CareKind, CareSignal, CareWindow } from '@/core/care';
import { CareCard } from './CareCard';

const w = (flagged: number, logged: number, days: number, holds = true): CareWindow => ({
  flagged,
  logged,
  days,
  enough: holds,
  holds,
});
const signal = (kind: CareKind | null): CareSignal => ({
  kind,
  show: kind !== null,
  pain: w(30, 40, 42),
  recentPain: w(12, 16, 21),
  mood: w(8, 11, 14),
});

describe('CareCard', () => {
  it('both: says calmly what it saw, with both counts, and offers the self-check, the report and help', () => {
    render(<CareCard signal={signal('both')} newTab />);
    const card = screen.getByRole('region', { name: 'Pain and low mood, for a while now' });
    expect(card.textContent).toContain('pain was 4 or more on 12 of 16 logged days');
    expect(card.textContent).toContain('mood was low at some point on 8 of 11 logged days');
    expect(card.textContent).toContain('worth talking over with a GP or physiotherapist');
    expect(card.textContent).toContain('not proof');
    expect(card.textContent).not.toMatch(/diagnos|depress|warning/i);
    const selfCheck = screen.getByRole('link', { name: 'Answer two questions about mood' });
    expect(selfCheck.getAttribute('href')).toBe('/journal.html#self-check');
    expect(selfCheck.getAttribute('target')).toBe('_blank');
    expect(screen.getByRole('link', { name: 'Make a report to take along' }).getAttribute('href')).toBe('/report.html');
    expect(screen.getByRole('link', { name: 'Need help now?' }).getAttribute('href')).toBe('/help.html');
  });

  it.each<[CareKind, RegExp, RegExp, boolean]>([
    ['pain', /six weeks/, /pain was 4 or more on 30 of 40 logged days/, false],
    ['mood', /two weeks/, /mood was low at some point on 8 of 11 logged days/, true],
  ])(
    '%s: its own words and counts, the report, and the self-check only for mood',
    (kind, heading, counts, selfCheck) => {
      render(<CareCard signal={signal(kind)} />);
      const card = screen.getByRole('region', { name: heading });
      expect(card.textContent).toMatch(counts);
      expect(screen.getByRole('link', { name: 'Make a report to take along' })).toBeTruthy();
      expect(screen.queryByRole('link', { name: 'Answer two questions about mood' }) !== null).toBe(selfCheck);
    },
  );

  it('compact (the popup): one line and one link to the full card in History', () => {
    const { container } = render(<CareCard signal={signal('mood')} compact newTab />);
    expect(container.querySelectorAll('a')).toHaveLength(1);
    const link = screen.getByRole('link', { name: 'More in History' });
    expect(link.getAttribute('href')).toBe('/journal.html#care');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(container.textContent).toMatch(/^Low mood on most days, for two weeks now/);
  });

  it.each([
    ['the rule does not hold', signal(null)],
    ['nothing is known yet', null],
  ])('shows nothing when %s', (_, s) => {
    const { container } = render(<CareCard signal={s} />);
    expect(container.innerHTML).toBe('');
  });
});
