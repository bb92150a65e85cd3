import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { pauseEndAt } from '@/core/pause-end';
import { localOffsetMin } from '@/utils/time-zone';
import { App, type PopupActions } from './App';
import { createPopupStore } from './store';

const actions = (): PopupActions => ({
  save: vi.fn(),
  chose: vi.fn(),
  undo: vi.fn(),
  dismissNotices: vi.fn(),
  takeBreak: vi.fn(),
  pause: vi.fn(),
  resume: vi.fn(),
  saveReflection: vi.fn(async () => ({ ok: true as const })),
});

const status = (over: Partial<NonNullable<ReturnType<typeof createPopupStore>['status']['value']>> = {}) => ({
  activeMs: 25 * 60_000,
  waiting: null,
  next: { nudge: 'stretch', at: Date.now() + 10 * 60_000 },
  pausedUntil: null,
  walk: { walkMin: 5, goalMin: 20, reached: false },
  ...over,
});

function renderWithStatus(over = {}) {
  const store = createPopupStore();
  store.status.value = status(over);
  const act = actions();
  render(<App store={store} actions={act} />);
  return { store, act };
}

describe('popup status panel', () => {
  it('comes after the check-in, in reading and Tab order', () => {
    renderWithStatus();
    const firstMood = screen.getByRole('radio', { name: 'Very low' });
    const takeBreak = screen.getByText('Take a break now');
    // DOCUMENT_POSITION_FOLLOWING: the break panel follows the check-in.
    expect(firstMood.compareDocumentPosition(takeBreak) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('names its two regions apart', () => {
    renderWithStatus();
    expect(screen.getByRole('region', { name: 'Breaks today' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Check-ins today' })).toBeTruthy();
  });

  it('"Take a break now" offers posture, stretch, walk and breathe, and opens the one chosen', () => {
    const { act } = renderWithStatus();
    const menu = screen.getByText('Take a break now').closest('details') as HTMLDetailsElement;
    menu.open = true;
    const names = [...menu.querySelectorAll('button')].map((b) => b.textContent);
    expect(names).toEqual(['Posture check', 'Stretch', 'Walk', 'Breathe']);
    fireEvent.click(screen.getByRole('button', { name: 'Breathe' }));
    expect(act.takeBreak).toHaveBeenCalledWith('breathe');
  });

  it('a waiting nudge of the person’s own is offered first, by its name', () => {
    const store = createPopupStore();
    store.nudgeNames.value = { water: 'Drink water' };
    store.status.value = status({ waiting: 'water', next: null });
    const act = actions();
    render(<App store={store} actions={act} />);
    const menu = screen.getByText('Take a break now').closest('details') as HTMLDetailsElement;
    expect(menu.querySelector('button')?.textContent).toBe('Drink water');
    fireEvent.click(screen.getByRole('button', { name: 'Drink water' }));
    expect(act.takeBreak).toHaveBeenCalledWith('water');
  });

  it('Escape closes a menu and puts focus back on its summary', () => {
    renderWithStatus();
    const summary = screen.getByText('Pause');
    const menu = summary.closest('details') as HTMLDetailsElement;
    menu.open = true;
    const option = screen.getByRole('button', { name: 'For 1 hour' });
    option.focus();
    fireEvent.keyDown(option, { key: 'Escape' });
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it('a pause until tomorrow says "tomorrow", never a midnight clock time', () => {
    // A fixed instant, late in the evening in every zone the suite runs in but Chatham's.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 24, 22, 50));
    try {
      renderWithStatus({ pausedUntil: pauseEndAt('tomorrow', Date.now(), localOffsetMin) });
      expect(screen.getByTestId('next-nudge').textContent).toBe('Paused until tomorrow');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a pause that ends outside working hours says when they start, not midnight', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 24, 22, 50));
    try {
      const pausedUntil = pauseEndAt('tomorrow', Date.now(), localOffsetMin);
      // Tomorrow's working hours start at 9:00 local (core/status.ts computes this).
      const resumesAt = pausedUntil + 9 * 60 * 60_000;
      renderWithStatus({ pausedUntil, resumesAt });
      const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(resumesAt);
      expect(screen.getByTestId('next-nudge').textContent).toBe(`Paused until tomorrow, ${clock}`);
    } finally {
      vi.useRealTimers();
    }
  });
});
