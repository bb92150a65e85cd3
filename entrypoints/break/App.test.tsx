import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { i18n } from '#i18n';
import { parseBreakQuery } from '@/core/break-plan';
import type { CheckIn } from '@/core/checkins';
import { CATALOG, type Move } from '@/core/exercises';
import type { Reply, Request } from '@/core/messages';
import { noticesOf } from '@/core/quarantine';
import { initialScheduleState, type PendingBreak } from '@/core/schedule';
import { DEFAULT_SETTINGS, type SettingsV1 } from '@/core/settings';
import { HOUR_MS, localMonthKey } from '@/core/time';
import { engineItem, lastMoveItem, monthItem, settingsItem } from '@/utils/storage';
import { CHECKINS, keptSourceOf } from '@/utils/storage-keys';
import { App } from './App';
import { type BreakDeps, bindActions, load } from './actions';
import { createBreakStore } from './store';

const tzOf = (at: number) => -new Date(at).getTimezoneOffset();

interface Setup {
  settings?: Partial<SettingsV1>;
  pending?: Partial<PendingBreak>;
  checkIn?: Partial<CheckIn>;
  lastMove?: string;
  random?: () => number;
  reply?: Reply;
}

/** Every test's "now": a fixed instant, so no outcome depends on the hour or the date. */
const NOW = Date.UTC(2026, 10, 24, 14, 5);

async function mount(search: string, setup: Setup = {}) {
  const now = NOW;
  const tz = tzOf(now);
  if (setup.settings) await settingsItem.setValue({ ...DEFAULT_SETTINGS, ...setup.settings });
  if (setup.pending) {
    const pending: PendingBreak = {
      nudge: 'stretch',
      dueAt: now,
      shown: true,
      snoozesUsed: 0,
      snoozedUntil: null,
      heldSince: null,
      deferred: false,
      ...setup.pending,
    };
    await engineItem.setValue({ ...initialScheduleState(now, DEFAULT_SETTINGS, tz), pending });
  }
  if (setup.checkIn) {
    const checkIn = {
      id: 'seeded-0001',
      at: now,
      tzOffsetMin: tz,
      mood: 3,
      pain: 2,
      source: 'popup',
      ...setup.checkIn,
    };
    await monthItem(CHECKINS, localMonthKey(now, tz)).setValue([checkIn]);
  }
  if (setup.lastMove) await lastMoveItem.setValue(setup.lastMove);
  const sent: Request[] = [];
  const deps: BreakDeps = {
    send: vi.fn(async (request: Request): Promise<Reply> => {
      sent.push(request);
      return setup.reply ?? { ok: true };
    }),
    close: vi.fn(),
    now: () => now,
    random: setup.random ?? (() => 0),
    chime: vi.fn(),
  };
  const store = createBreakStore(parseBreakQuery(search));
  await load(store, deps);
  render(<App store={store} actions={bindActions(store, deps)} />);
  return { store, deps, sent };
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const moveShown = (): Move => {
  const name = document.querySelector('.move-head h2')?.textContent;
  const move = CATALOG.find((m) => i18n.t(m.name) === name);
  if (!move) throw new Error(`no move named ${name}`);
  return move;
};
/** A person clicking: a pointer press, then the click on the radio's label. */
const clickRadio = (name: string) => {
  const radio = screen.getByRole('radio', { name });
  fireEvent.pointerDown(radio);
  fireEvent.click(radio);
};

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('break page', () => {
  it('posture: the checklist around a 20 s ring, focus on Done', async () => {
    await mount('?nudge=posture');
    expect(screen.getByRole('heading', { level: 1, name: 'Posture check' })).toBeTruthy();
    const items = [...document.querySelectorAll('.checklist li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Sit back in your chair.',
      'Put your feet flat on the floor.',
      'Let your shoulders drop.',
      'Screen at eye level.',
      'Look far away for 20 seconds.',
    ]);
    expect(screen.getByRole('timer').textContent).toBe('Time left 0:20');
    expect(document.activeElement).toBe(button('Done'));
    // Announced once at the start, politely; never every second.
    expect(screen.getByRole('status').textContent).toBe('Posture check: timer started, 20 seconds.');
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });

  it.each([0, 0.3, 0.6, 0.999])('stretch on a pain-7 day shows gentle moves (random %f)', async (r) => {
    await mount('?nudge=stretch', { checkIn: { pain: 7, mood: 3 }, random: () => r });
    expect(document.querySelectorAll('.move-head h2')).toHaveLength(1);
    const move = moveShown();
    expect(move.intensity).toBe('gentle');
    expect(screen.getByText('A gentle move today, because pain is higher.')).toBeTruthy();
    // The ring runs the stretch's set length, not the move's own.
    expect(screen.getByRole('timer').textContent).toBe('Time left 2:00');
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
  });

  it('a stretch fills its set length with moves in turn, never the same one twice in a row', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { store } = await mount('?nudge=stretch', { random: () => 0.4 });
    const plan = store.activity.value?.kind === 'stretch' ? store.activity.value.segments : [];
    expect(plan.length).toBeGreaterThan(1);
    expect(plan.reduce((sum, s) => sum + s.seconds, 0)).toBe(120);
    expect(screen.getByText(new RegExp(`^Move 1 of ${plan.length}`))).toBeTruthy();
    const seen = [moveShown().id];
    for (const segment of plan.slice(0, -1)) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(segment.seconds * 1000);
      });
      seen.push(moveShown().id);
    }
    expect(seen).toEqual(plan.map((s) => s.move.id));
    for (let i = 1; i < seen.length; i++) expect(seen[i]).not.toBe(seen[i - 1]);
    const last = plan.at(-1) as (typeof plan)[number];
    expect(screen.getByRole('status').textContent).toBe(
      `Next move: ${i18n.t(last.move.name)}, ${last.seconds} seconds.`,
    );
  });

  it("follows only today's check-in: yesterday's pain 9 does not make today gentle", async () => {
    const yesterday = NOW - 36 * HOUR_MS;
    await mount('?nudge=stretch', { checkIn: { at: yesterday, tzOffsetMin: tzOf(yesterday), pain: 9 } });
    expect(screen.queryByText('A gentle move today, because pain is higher.')).toBeNull();
  });

  it('never offers the same move as last time, and remembers the new one', async () => {
    const first = CATALOG[0] as Move;
    const { store } = await mount('?nudge=stretch', { lastMove: first.id, random: () => 0 });
    expect(moveShown().id).not.toBe(first.id);
    expect(await lastMoveItem.getValue()).toBe(store.lastMoveId.value);
    expect(store.lastMoveId.value).toBe(moveShown().id);
  });

  it('"Not for me" sends the hiddenMoves patch and offers another move', async () => {
    const { sent } = await mount('?nudge=stretch', { settings: { hiddenMoves: ['chin-tuck'] } });
    const first = moveShown();
    fireEvent.click(button('Not for me'));
    await screen.findByText(`“${i18n.t(first.name)}” will not be offered again. Settings can bring it back.`);
    expect(sent).toEqual([{ type: 'settings/update', patch: { hiddenMoves: ['chin-tuck', first.id] } }]);
    expect(moveShown().id).not.toBe(first.id);
    expect(screen.getByRole('link', { name: 'Open settings' }).getAttribute('href')).toBe('/options.html');
  });

  it('says so when every move is hidden', async () => {
    await mount('?nudge=stretch', { settings: { hiddenMoves: CATALOG.map((m) => m.id) } });
    expect(screen.getByText('You have hidden every move. Settings can bring them back.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Not for me' })).toBeNull();
  });

  it('Snooze is offered until the limit, then only Skip', async () => {
    await mount('?nudge=stretch', { pending: { snoozesUsed: 1 } });
    expect(button('Snooze 5 min')).toBeTruthy();
    expect(button('Skip')).toBeTruthy();
  });

  it('Snooze becomes Skip at the limit, and Skip goes to the engine', async () => {
    const { sent } = await mount('?nudge=stretch', { pending: { snoozesUsed: 2 } });
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    fireEvent.click(button('Skip'));
    await screen.findByText('Skipped. That is fine; there will be another.');
    expect(sent).toEqual([{ type: 'engine/outcome', action: 'skip' }]);
  });

  it('Snooze sends the outcome and says when Limber will ask again', async () => {
    const { sent } = await mount('?nudge=walk', { pending: { nudge: 'walk' } });
    fireEvent.click(button('Snooze 5 min'));
    await screen.findByText('Snoozed. Limber will ask again in 5 min.');
    expect(sent).toEqual([{ type: 'engine/outcome', action: 'snooze' }]);
  });

  it('Shorter version: the same stretch in about half the time, then gone; Done when time is up', async () => {
    const { sent } = await mount('?nudge=stretch', { pending: {}, checkIn: { pain: 3, regions: ['lower'] } });
    const from = moveShown();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    fireEvent.click(button('Shorter version, 1 minute'));
    expect(screen.getByRole('heading', { level: 1, name: 'A shorter version' })).toBeTruthy();
    expect(moveShown().id).toBe(from.id);
    expect(screen.getByRole('timer').textContent).toBe('Time left 1:00');
    expect(screen.queryByRole('button', { name: /Shorter version/ })).toBeNull();
    expect(document.activeElement).toBe(button('Done'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    // Nothing is sent by itself: the page says the time is up, and Done is the one step left.
    expect(sent).toEqual([]);
    expect(screen.getByText('Time is up.')).toBeTruthy();
    expect(document.activeElement).toBe(button('Done'));
    fireEvent.click(button('Done'));
    await screen.findByRole('heading', { name: 'How are you now?' });
    expect(sent).toEqual([{ type: 'engine/outcome', action: 'done' }]);
  });

  it.each<[string, string, string]>([
    ['posture', 'Shorter version, 10 seconds', 'Time left 0:10'],
    ['walk', 'Shorter version, 2 minutes 30 seconds', 'Time left 2:30'],
  ])('the shorter version of a %s is the same break, half as long', async (nudge, label, timer) => {
    await mount(`?nudge=${nudge}`);
    fireEvent.click(button(label));
    expect(screen.getByRole('timer').textContent).toBe(timer);
  });

  it('no shorter version when half would be under 10 seconds', async () => {
    await mount('?nudge=posture', {
      settings: {
        nudges: { ...DEFAULT_SETTINGS.nudges, posture: { enabled: true, intervalMin: 20, durationSec: 10 } },
      },
    });
    expect(screen.queryByRole('button', { name: /Shorter version/ })).toBeNull();
  });

  it('at the end: the words, Done focused, no shorter version, a chime only when it is on', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const quiet = await mount('?nudge=walk');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(300_000);
    });
    expect(screen.getByText('Well done. Choose Done, then say how you feel if you like.')).toBeTruthy();
    expect(document.activeElement).toBe(button('Done'));
    expect(screen.queryByRole('button', { name: /Shorter version/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pause timer' })).toBeNull();
    expect(quiet.deps.chime).not.toHaveBeenCalled();
    cleanup();
    const loud = await mount('?nudge=posture', { settings: { chime: true } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(20_000);
    });
    expect(screen.getByText('Well done. Choose Done when you are ready.')).toBeTruthy();
    expect(loud.deps.chime).toHaveBeenCalledOnce();
  });

  it('?nudge=breathe opens paced breathing with nothing to go back to, and Done sends nothing', async () => {
    const { sent } = await mount('?nudge=breathe');
    expect(screen.getByRole('heading', { level: 1, name: 'Breathe' })).toBeTruthy();
    expect(document.activeElement).toBe(button('Start breathing'));
    expect(screen.queryByRole('button', { name: 'Back to the break' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(button('Start breathing'));
    expect(screen.getByRole('timer').textContent).toBe('Time left 2:00');
    fireEvent.click(button('Done'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Break done. Nice work.' })).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('Done after a stretch offers the quick check-in; two clicks save it with source "break"', async () => {
    const { sent, deps } = await mount('?nudge=stretch&mode=window', { pending: {} });
    fireEvent.click(button('Done'));
    const heading = await screen.findByRole('heading', { name: 'How are you now?' });
    expect(document.activeElement).toBe(heading);
    expect(deps.close).not.toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'engine/outcome', action: 'done' }]);
    clickRadio('Good');
    clickRadio('3');
    await screen.findByText('Saved. Thank you.');
    const add = sent[1] as Extract<Request, { type: 'checkin/add' }>;
    expect(add.type).toBe('checkin/add');
    expect(add.checkIn).toMatchObject({ mood: 4, pain: 3, source: 'break' });
  });

  it('offers the check-in as a stretch or walk starts; two clicks save it with the break id and "start", the end one with the same id and "end"', async () => {
    let draws = 0;
    const { sent, store } = await mount('?nudge=stretch', { pending: {}, random: () => (draws++ % 10) / 10 });
    const start = screen.getByRole('region', { name: 'How are you right now?' });
    // Optional and quiet: focus stays on the break.
    expect(document.activeElement).toBe(button('Done'));
    expect(start.textContent).toContain('Optional');
    clickRadio('Low');
    clickRadio('6');
    await screen.findByText('Noted. Enjoy the break.', { selector: '.start-saved' });
    expect(screen.queryByRole('region', { name: 'How are you right now?' })).toBeNull();
    const breakId = store.breakId.value;
    expect(breakId).toMatch(/^[a-z0-9][a-z0-9-]{5,63}$/);
    expect(sent[0]).toMatchObject({
      type: 'checkin/add',
      checkIn: { mood: 2, pain: 6, source: 'break', breakId, breakPhase: 'start' },
    });
    fireEvent.click(button('Done'));
    await screen.findByRole('heading', { name: 'How are you now?' });
    clickRadio('Okay');
    clickRadio('4');
    await screen.findByText('Saved. Thank you.');
    expect(sent[2]).toMatchObject({
      type: 'checkin/add',
      checkIn: { mood: 3, pain: 4, source: 'break', breakId, breakPhase: 'end' },
    });
    const [first, last] = [sent[0], sent[2]] as Extract<Request, { type: 'checkin/add' }>[];
    expect(last).toBeDefined();
    expect(first?.checkIn).not.toMatchObject({ id: (last as { checkIn: { id: string } }).checkIn.id });
  });

  it('"Not now" puts the start check-in aside, saves nothing, and the end one is still offered with the break id', async () => {
    const { sent, store } = await mount('?nudge=walk');
    fireEvent.click(button('Not now'));
    expect(screen.queryByRole('region', { name: 'How are you right now?' })).toBeNull();
    expect(sent).toEqual([]);
    fireEvent.click(button('Done'));
    await screen.findByRole('heading', { name: 'How are you now?' });
    clickRadio('Good');
    clickRadio('2');
    await screen.findByText('Saved. Thank you.');
    expect(sent[1]).toMatchObject({
      checkIn: { source: 'break', breakId: store.breakId.value, breakPhase: 'end' },
    });
  });

  it.each(['posture', 'breathe'])('a %s break offers no check-in at its start', async (nudge) => {
    const { store } = await mount(`?nudge=${nudge}`);
    expect(screen.queryByRole('region', { name: 'How are you right now?' })).toBeNull();
    expect(store.breakId.value).toBeNull();
  });

  it('a start check-in that is refused keeps its choices and says why', async () => {
    await mount('?nudge=stretch', { reply: { ok: false, error: { kind: 'storage', detail: 'quota' } } });
    clickRadio('Good');
    clickRadio('3');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'How are you right now?' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Good' }) as HTMLInputElement).checked).toBe(true);
  });

  it('a keyboard check-in waits for Save, because arrow keys choose as they move', async () => {
    const { sent } = await mount('?nudge=walk');
    fireEvent.click(button('Done'));
    await screen.findByRole('heading', { name: 'How are you now?' });
    fireEvent.click(screen.getByRole('radio', { name: 'Okay' }));
    fireEvent.click(screen.getByRole('radio', { name: '5' }));
    expect(sent).toEqual([{ type: 'engine/takeBreakNow', nudge: 'walk' }]);
    fireEvent.submit(button('Save').closest('form') as HTMLFormElement);
    await screen.findByText('Saved. Thank you.');
    expect(sent[1]).toMatchObject({ type: 'checkin/add', checkIn: { mood: 3, pain: 5, source: 'break' } });
  });

  it('"No thanks" saves nothing and closes', async () => {
    const { sent, deps } = await mount('?nudge=stretch');
    fireEvent.click(button('Done'));
    fireEvent.click(await screen.findByRole('button', { name: 'No thanks' }));
    expect(deps.close).toHaveBeenCalledOnce();
    expect(sent).toHaveLength(1);
  });

  it('opened with no break waiting, Done is a break taken now', async () => {
    const { sent } = await mount('?nudge=posture', { pending: { nudge: 'walk' } });
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull();
    fireEvent.click(button('Done'));
    // The finished view's main heading says how it ended.
    const heading = await screen.findByRole('heading', { level: 1, name: 'Break done. Nice work.' });
    expect(document.activeElement).toBe(heading);
    expect(sent).toEqual([{ type: 'engine/takeBreakNow', nudge: 'posture' }]);
  });

  it('a break window closes itself after an outcome with no check-in to offer', async () => {
    const { deps } = await mount('?nudge=posture&mode=window', { pending: { nudge: 'posture' } });
    fireEvent.click(button('Done'));
    await waitFor(() => expect(deps.close).toHaveBeenCalledOnce());
  });

  it('keeps the break and says what went wrong when the background does not answer', async () => {
    const { deps } = await mount('?nudge=posture&mode=window', {
      pending: { nudge: 'posture' },
      reply: { ok: false, error: { kind: 'unreachable' } },
    });
    fireEvent.click(button('Done'));
    expect((await screen.findByRole('alert')).textContent).toContain('did not answer');
    expect(button('Done')).toBeTruthy();
    expect(deps.close).not.toHaveBeenCalled();
  });

  it('after a call: "After that call, take a walk", gently', async () => {
    await mount('?nudge=walk&deferred=1');
    expect(screen.getByText('After that call, take a walk. No rush.')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('Time left 5:00');
    expect(screen.getByText('An idea:')).toBeTruthy();
  });

  it.each([
    [{ mood: 2, pain: 3 }, 'Feeling low? A short walk could be a kind break today.'],
    [{ mood: 1, pain: 7 }, 'Feeling low? Some daylight could be a kind break today.'],
    [
      { mood: 4, pain: 8 },
      'Pain is high today. Slow breathing, or a few easy steps, may suit you better than a stretch.',
    ],
  ])('a low-mood or high-pain day suggests a walk, daylight or breathing (%o)', async (checkIn, text) => {
    await mount('?nudge=stretch', { checkIn });
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('tells in words what was kept aside, and OK dismisses it through the background', async () => {
    const { store, sent } = await mount('?nudge=stretch');
    store.notices.value = noticesOf([{ source: 'settings', at: 1, kept: 0, raw: 'x', dismissed: false }], keptSourceOf);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Your settings.'));
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(sent).toContainEqual({ type: 'quarantine/dismiss' });
  });

  it('a custom nudge shows its name and a timer', async () => {
    await mount('?nudge=eye-drops', {
      settings: {
        customNudges: [{ id: 'eye-drops', name: 'Eye drops', enabled: true, intervalMin: 90, durationSec: 45 }],
      },
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Eye drops' })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('Time left 0:45');
  });

  it('Breathe: choose 1–10 minutes, then a calm circle with in and out', async () => {
    await mount('?nudge=posture');
    fireEvent.click(button('Breathe instead'));
    expect(document.activeElement).toBe(button('Start breathing'));
    const minutes = screen.getByRole('combobox', { name: 'How long' }) as HTMLSelectElement;
    expect([...minutes.options].map((o) => o.value)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    fireEvent.change(minutes, { target: { value: '3' } });
    fireEvent.click(button('Start breathing'));
    expect(screen.getByRole('heading', { level: 1, name: 'Breathe' })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('Time left 3:00');
    expect(screen.getByText('Breathe in')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Breathe: timer started, 3 minutes.');
    fireEvent.click(button('Back to the break'));
    expect(screen.getByRole('heading', { level: 1, name: 'Posture check' })).toBeTruthy();
  });

  it('the timer can be paused and resumed, and says when time is up', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await mount('?nudge=posture');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_000);
    });
    expect(screen.getByRole('timer').textContent).toBe('Time left 0:15');
    fireEvent.click(button('Pause timer'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(screen.getByRole('timer').textContent).toBe('Time left 0:15');
    fireEvent.click(button('Resume timer'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(15_000);
    });
    expect(screen.getByRole('timer').textContent).toBe('Time left 0:00');
    expect(screen.getByRole('status').textContent).toBe('Time is up. Choose Done when you are ready.');
  });
});
