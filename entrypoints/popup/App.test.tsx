import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CareCard } from '@/components/CareCard';
import { CheckInDetailsBody } from '@/components/CheckInDetailsBody';
import { WeeklyReflection } from '@/components/WeeklyReflection';
import { noticesOf } from '@/core/quarantine';
import { monthWords } from '@/utils/month-words';
import { keptSourceOf } from '@/utils/storage-keys';
import { App, type PopupActions } from './App';
import { renderFirstView } from './prerender';
import { createPopupStore } from './store';

const actions = (): PopupActions => ({
  chose: vi.fn(),
  save: vi.fn(),
  undo: vi.fn(),
  dismissNotices: vi.fn(),
  takeBreak: vi.fn(),
  pause: vi.fn(),
  resume: vi.fn(),
  saveReflection: vi.fn(async () => ({ ok: true as const })),
});

describe('popup App', () => {
  it('offers Mood and Pain as named radio groups; each choice is passed on, and folded there is no Save', () => {
    const store = createPopupStore();
    const act = actions();
    render(<App store={store} actions={act} />);
    const mood = screen.getByRole('radiogroup', { name: 'Mood' });
    const pain = screen.getByRole('radiogroup', { name: 'Pain' });
    expect(mood.querySelectorAll('input[type=radio]')).toHaveLength(5);
    expect(pain.querySelectorAll('input[type=radio]')).toHaveLength(11);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.getByText('Choose a face and a pain number; it saves as soon as both are chosen.')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Okay' }));
    fireEvent.click(screen.getByRole('radio', { name: '10, worst imaginable' }));
    expect(store.mood.value).toBe(3);
    expect(store.pain.value).toBe(10);
    expect(act.chose).toHaveBeenCalledTimes(2);
  });

  it('with the details open, Save is explicit: enabled once both are chosen', async () => {
    const store = createPopupStore();
    const act = actions();
    render(<App store={store} actions={act} />);
    store.detailsOpen.value = true;
    const save = await screen.findByRole('button', { name: 'Save' });
    expect(save).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Okay' }));
    expect(save).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('radio', { name: '3' }));
    expect(save).toHaveProperty('disabled', false);
    fireEvent.submit(save.closest('form') as HTMLFormElement);
    expect(act.save).toHaveBeenCalledOnce();
  });

  it('shows the note counter and keeps the note within 500 characters', async () => {
    const store = createPopupStore();
    render(<App store={store} actions={actions()} />);
    (screen.getByText('Add details (optional)').closest('details') as HTMLDetailsElement).open = true;
    // The fields are not part of the first view: main.tsx loads them on the first open.
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    store.detailsBody.value = CheckInDetailsBody;
    const note = (await screen.findByRole('textbox', { name: 'Note' })) as HTMLTextAreaElement;
    expect(note.maxLength).toBe(500);
    fireEvent.input(note, { target: { value: 'Stiff after lunch' } });
    expect(store.note.value).toBe('Stiff after lunch');
    expect(await screen.findByText('17 of 500 characters')).toBeTruthy();
  });

  it('offers Undo after a save, and says nothing about today before it has loaded', async () => {
    const store = createPopupStore();
    const act = actions();
    render(<App store={store} actions={act} />);
    expect(screen.queryByText('No check-ins yet today.')).toBeNull();
    const checkIn = {
      id: 'abcdefgh-1234',
      at: Date.UTC(2026, 10, 24, 9),
      tzOffsetMin: 0,
      mood: 4,
      pain: 2,
      source: 'popup' as const,
    };
    store.saved.value = checkIn;
    store.feedback.value = { kind: 'saved', checkIn };
    store.today.value = [checkIn];
    // The confirmation can take focus (main.tsx moves it there; the e2e suite checks it);
    // "Add details" opens the details to amend this entry.
    await screen.findByText('Saved. Thank you for checking in.');
    expect(screen.getByRole('status').tabIndex).toBe(-1);
    fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
    expect(store.detailsOpen.value).toBe(true);
    expect(await screen.findByRole('button', { name: 'Save details' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(act.undo).toHaveBeenCalledWith(checkIn);
    expect(await screen.findByText('Mood 4 (Good), pain 2')).toBeTruthy();
  });

  it('tells the user when stored entries were kept aside', () => {
    const store = createPopupStore();
    const act = actions();
    store.notices.value = noticesOf(
      [{ source: 'checkins:2026-10', at: 1, kept: 3, raw: [], dismissed: false }],
      keptSourceOf,
    );
    render(<App store={store} actions={act} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Some saved data could not be read and is kept aside, unchanged.');
    expect(alert.textContent).toContain(`Check-ins from ${monthWords('2026-10')}.`);
    expect(screen.getByRole('link', { name: /See what was kept aside/ }).getAttribute('href')).toBe(
      '/options.html#kept-aside',
    );
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(act.dismissNotices).toHaveBeenCalledOnce();
  });

  it.each([
    ['phq2', 'PHQ-2 self-checks. The ones that could be read are still in place.'],
    ['reflections', 'Weekly reflections. The ones that could be read are still in place.'],
    ['rollups', 'Screen-time history. What could be read is still shown.'],
    ['quarantine', "Limber's own list of what was kept aside. It is kept, whole, inside a fresh list."],
  ])('a set-aside %s is told in words, not an empty alert', (source, words) => {
    const store = createPopupStore();
    store.notices.value = noticesOf([{ source, at: 1, kept: 0, raw: 'x', dismissed: false }], keptSourceOf);
    render(<App store={store} actions={actions()} />);
    expect(screen.getByRole('alert').textContent).toContain(words);
  });

  it('prerenders exactly the first view the client renders', () => {
    const { container } = render(<App store={createPopupStore()} actions={actions()} />);
    const prerendered = new DOMParser().parseFromString(renderFirstView(), 'text/html').body;
    // renderToString writes <select value> as a `selected` option; the browser selects
    // that (first) option by default, so the state is the same.
    for (const option of prerendered.querySelectorAll('option[selected]')) option.removeAttribute('selected');
    // Same elements, attributes and text; attribute order may differ.
    expect(prerendered.firstElementChild?.isEqualNode(container.firstElementChild)).toBe(true);
  });

  it('keeps Need help now? in the footer', () => {
    render(<App store={createPopupStore()} actions={actions()} />);
    expect(screen.getByRole('link', { name: 'Need help now?' }).getAttribute('href')).toBe('/help.html');
  });

  it('shows the calm care card when the care rule says so, and offers the weekly reflection', async () => {
    const store = createPopupStore();
    const act = actions();
    render(<App store={store} actions={act} />);
    expect(screen.queryByRole('region', { name: /worth talking/i })).toBeNull();
    const window = (flagged: number, logged: number, days: number) => ({
      flagged,
      logged,
      days,
      enough: true,
      holds: true,
    });
    store.care.value = {
      kind: 'both',
      show: true,
      pain: window(30, 40, 42),
      recentPain: window(15, 18, 21),
      mood: window(10, 12, 14),
    };
    store.reflection.value = { weekStart: '2026-11-23', initial: null };
    store.careViews.value = { CareCard, WeeklyReflection };
    expect(await screen.findByText("This week's reflection (optional)")).toBeTruthy();
    // Compact in the popup: one line, one link to the full card in History.
    expect(document.querySelector('.care-card.care-compact a')?.getAttribute('href')).toBe('/journal.html#care');
    // The footer's link stays, whatever the card says.
    expect(document.querySelector('footer a[href="/help.html"]')?.textContent).toBe('Need help now?');
  });
});
