import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { monthWords } from '@/utils/month-words';
import { KeptAsideSection } from './KeptAsideSection';
import { createOptionsStore } from './store';

const entry = (source: string, kept = 0, dismissed = false) => ({
  source,
  at: Date.UTC(2026, 10, 24, 9),
  kept,
  raw: 'x',
  dismissed,
});

function renderWith(quarantine: unknown) {
  const store = createOptionsStore();
  store.quarantine.value = quarantine;
  return render(<KeptAsideSection store={store} />);
}

describe('KeptAsideSection', () => {
  it.each([
    ['nothing stored', undefined],
    ['an empty list', []],
    ['only garbage, not yet repaired', 'garbage'],
  ])('shows nothing with %s', (_name, quarantine) => {
    const { container } = renderWith(quarantine);
    expect(container.innerHTML).toBe('');
  });

  it('names each value kept aside in its own words, a month of check-ins with its month, dismissed ones too', () => {
    renderWith([
      entry('checkins:2026-10', 3),
      entry('settings', 0, true),
      entry('outcomes:2026-09', 12),
      entry('an-old-key'),
      entry('checkins:2026-08', 1),
    ]);
    const items = within(screen.getByRole('region', { name: 'Kept aside' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items).toHaveLength(5);
    expect(items[0]).toContain(`Check-ins from ${monthWords('2026-10')}.`);
    expect(items[0]).toContain('(3 readable entries stayed in place.)');
    expect(items[1]).toContain('Your settings.');
    expect(items[1]).not.toContain('stayed in place.)');
    expect(items[2]).toContain('Break records.');
    expect(items[2]).toContain('(12 readable entries stayed in place.)');
    // A key Limber does not know is told as its own list's.
    expect(items[3]).toContain("Limber's own list of what was kept aside.");
    expect(items[4]).toContain('(1 readable entry stayed in place.)');
    expect(screen.getByRole('button', { name: 'Save a copy of what was kept aside (JSON)' })).toBeTruthy();
  });
});
