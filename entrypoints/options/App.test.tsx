import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply, Request } from '@/core/messages';
import { DEFAULT_SETTINGS, type SettingsV1 } from '@/core/settings';
import { localMonthKey } from '@/core/time';
import { repairMonth } from '@/utils/checkin-store';
import { deleteAllData } from '@/utils/data-store';
import { resetStoredSettings, updateStoredSettings } from '@/utils/settings-store';
import { localOffsetMin } from '@/utils/time-zone';
import { App } from './App';
import { createOptionsActions, type OptionsDeps } from './actions';
import { loadSettings } from './settings-actions';
import { createOptionsStore } from './store';

const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings as SettingsV1 | undefined;

/** The background's settings writer, as the page's `send` sees it. */
async function background(request: Request): Promise<Reply> {
  if (request.type === 'settings/update') return updateStoredSettings(request.patch, Date.now());
  if (request.type === 'settings/reset') return resetStoredSettings();
  if (request.type === 'checkins/repair') return repairMonth(request.month, Date.now());
  return { ok: true };
}

async function setup(initial?: SettingsV1, overrides: Partial<OptionsDeps> = {}) {
  if (initial) await fakeBrowser.storage.local.set({ settings: initial });
  const store = createOptionsStore();
  const send = vi.fn(background);
  const download = vi.fn();
  const actions = createOptionsActions(store, { send, now: () => Date.UTC(2026, 10, 24, 9), download, ...overrides });
  await loadSettings(store);
  const view = render(<App store={store} actions={actions} now={() => Date.UTC(2026, 10, 24, 9)} />);
  return { store, actions, send, download, view };
}

const walk = () => screen.getByRole('group', { name: 'Walk' });
const walkInterval = () => within(walk()).getByRole('spinbutton', { name: 'Every' }) as HTMLInputElement;

describe('options page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names the keyboard shortcut and where the browser changes it', async () => {
    await setup();
    expect(screen.getByTestId('shortcut').textContent).toBe(
      'Open Limber from the keyboard with Alt+Shift+K (the default). To change it, go to chrome://extensions/shortcuts (in Edge, edge://extensions/shortcuts).',
    );
  });

  it('working hours are shown but cannot be changed while off, and can once on', async () => {
    await setup();
    const week = screen.getByRole('group', { name: /^Working hours, day by day/ }) as HTMLFieldSetElement;
    const monday = within(week).getByRole('group', { name: 'Monday' });
    const controls = () => [...monday.querySelectorAll('input, button')] as (HTMLInputElement | HTMLButtonElement)[];
    expect(controls().length).toBeGreaterThan(0);
    expect(week.disabled).toBe(true);
    // A disabled fieldset disables every control inside it (checked in Chromium by tests/e2e/pages.test.mjs).
    for (const c of controls()) expect(c.closest('fieldset.week')).toBe(week);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nudge only during working hours' }));
    await waitFor(() => expect(week.disabled).toBe(false));
    // The change is saved before the next test starts.
    await waitFor(async () => expect((await stored())?.workingHours.enabled).toBe(true));
  });

  it('says once that settings are replaced by a backup, and that nothing else is', async () => {
    await setup();
    const intro = screen.getByText(/^A Limber backup/).textContent ?? '';
    expect(intro).toContain('none you have is replaced or removed');
    expect(intro).toContain('brings back the settings it holds in place of yours');
    expect(intro).not.toContain('none of them is replaced');
  });

  it('labels every field, in named groups', async () => {
    const { view } = await setup();
    for (const name of ['Posture check', 'Stretch', 'Walk']) {
      const group = screen.getByRole('group', { name });
      within(group).getByRole('checkbox', { name: 'On' });
      within(group).getByRole('spinbutton', { name: 'Every' });
      const lasts = within(group).getByRole('group', { name: 'Lasts' });
      within(lasts).getByRole('spinbutton', { name: 'Minutes' });
      within(lasts).getByRole('spinbutton', { name: 'Seconds' });
    }
    for (const name of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      screen.getByRole('group', { name });
    }
    screen.getByRole('spinbutton', { name: 'Count me as away after' });
    screen.getByRole('spinbutton', { name: 'Snooze for' });
    screen.getByRole('spinbutton', { name: 'Snoozes in a row' });
    screen.getByRole('spinbutton', { name: 'Wait at most' });
    screen.getByRole('spinbutton', { name: 'Daily walking goal' });
    screen.getByRole('checkbox', { name: 'Nudge only during working hours' });
    screen.getByRole('checkbox', { name: 'Wait while a window is full screen or a tab plays sound' });
    screen.getByRole('checkbox', { name: 'Remind me to check in each day' });
    screen.getByRole('checkbox', { name: 'Sync settings through my browser account' });
    screen.getByRole('radiogroup', { name: 'Show nudges as' });
    screen.getByRole('combobox', { name: 'Country for help lines' });
    screen.getByRole('button', { name: 'Send a test nudge' });
    expect(screen.getByText(/Your check-ins and everything else never leave this device/)).toBeTruthy();
    // No field without a name.
    for (const field of view.container.querySelectorAll('input, select, textarea')) {
      const el = field as HTMLInputElement;
      const named = (el.labels?.length ?? 0) > 0 || el.getAttribute('aria-label');
      expect(named, el.outerHTML).toBeTruthy();
    }
    expect(walkInterval().value).toBe('60');
  });

  it('shows why an interval is refused beside it, keeps what was typed, and stores nothing', async () => {
    const { send } = await setup();
    const input = walkInterval();
    fireEvent.input(input, { target: { value: '500' } });
    const error = await screen.findByText('Interval must be between 5 and 240 minutes.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error.closest('p')?.id);
    expect(input.value).toBe('500');
    expect(screen.getByTestId('save-status').textContent).toMatch(/Not saved yet/);
    await new Promise((r) => setTimeout(r, 500));
    expect(send).not.toHaveBeenCalled();
    expect(await stored()).toBeUndefined();

    // Fixing it clears the reason and saves.
    fireEvent.input(input, { target: { value: '45' } });
    expect(screen.queryByText('Interval must be between 5 and 240 minutes.')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Saved'));
    expect((await stored())?.nudges.walk.intervalMin).toBe(45);
  });

  it('shows a break’s length in minutes and seconds, reads them back, and refuses what is not whole', async () => {
    await setup();
    const lasts = within(walk()).getByRole('group', { name: 'Lasts' });
    const minutes = within(lasts).getByRole('spinbutton', { name: 'Minutes' }) as HTMLInputElement;
    const seconds = within(lasts).getByRole('spinbutton', { name: 'Seconds' }) as HTMLInputElement;
    expect([minutes.value, seconds.value]).toEqual(['5', '0']);
    fireEvent.input(seconds, { target: { value: '30' } });
    await waitFor(async () => expect((await stored())?.nudges.walk.durationSec).toBe(330));

    fireEvent.input(minutes, { target: { value: '31' } });
    const words = 'A break must last between 10 seconds and 30 minutes, in whole minutes and seconds.';
    const error = await screen.findByText(words);
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(seconds.getAttribute('aria-describedby')?.split(' ')).toContain(error.closest('p')?.id);
    expect(minutes.value).toBe('31');
    fireEvent.input(minutes, { target: { value: '-2' } });
    expect(screen.getByText(words)).toBeTruthy();
    expect((await stored())?.nudges.walk.durationSec).toBe(330);

    fireEvent.input(minutes, { target: { value: '2' } });
    expect(screen.queryByText(words)).toBeNull();
    await waitFor(async () => expect((await stored())?.nudges.walk.durationSec).toBe(150));
  });

  it('turns the heads-up on and sets how long before, refusing what is out of range', async () => {
    await setup();
    const toggle = screen.getByRole('checkbox', { name: 'Give me a heads-up before a break' }) as HTMLInputElement;
    const lead = screen.getByRole('spinbutton', { name: 'Heads-up' }) as HTMLInputElement;
    expect([toggle.checked, lead.disabled, lead.value]).toEqual([false, true, '30']);
    fireEvent.click(toggle);
    await waitFor(async () => expect((await stored())?.headsUp.enabled).toBe(true));
    fireEvent.input(lead, { target: { value: '5' } });
    await screen.findByText('The heads-up must come between 10 and 300 seconds before the break.');
    fireEvent.input(lead, { target: { value: '60' } });
    await waitFor(async () => expect((await stored())?.headsUp).toEqual({ enabled: true, leadSec: 60 }));
  });

  it('turns the end-of-break chime on (off by default)', async () => {
    await setup();
    const chime = screen.getByRole('checkbox', {
      name: 'Play a soft chime when a break’s time is up',
    }) as HTMLInputElement;
    expect(chime.checked).toBe(false);
    fireEvent.click(chime);
    await waitFor(async () => expect((await stored())?.chime).toBe(true));
  });

  it('sets the weekday the popup offers the weekly reflection, or never', async () => {
    await setup();
    const select = screen.getByRole('combobox', { name: 'Offer the weekly reflection on' }) as HTMLSelectElement;
    expect(select.value).toBe('5');
    fireEvent.change(select, { target: { value: '1' } });
    await waitFor(async () => expect((await stored())?.reflectionWeekday).toBe(1));
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(async () => expect((await stored())?.reflectionWeekday).toBeNull());
  });

  it('sends one patch for quick typing, after a short pause', async () => {
    const { send } = await setup();
    const input = walkInterval();
    fireEvent.input(input, { target: { value: '4' } });
    fireEvent.input(input, { target: { value: '45' } });
    await waitFor(() => expect(send).toHaveBeenCalledOnce());
    expect(send).toHaveBeenCalledWith({ type: 'settings/update', patch: { nudges: { walk: { intervalMin: 45 } } } });
  });

  it('shows the background’s refusal beside the field and what is really stored', async () => {
    const refuse = vi.fn(
      async (): Promise<Reply> => ({
        ok: false,
        error: { kind: 'invalidSettings', problems: [{ field: 'snoozeMin', kind: 'range', min: 1, max: 30 }] },
      }),
    );
    await setup(undefined, { send: refuse });
    const snooze = screen.getByRole('spinbutton', { name: 'Snooze for' }) as HTMLInputElement;
    fireEvent.input(snooze, { target: { value: '12' } });
    await screen.findByText('Snooze length must be between 1 and 30 minutes.');
    expect(snooze.getAttribute('aria-invalid')).toBe('true');
    expect(snooze.value).toBe('12');
  });

  it('adds, names and removes nudges of your own, up to five', async () => {
    await setup();
    const add = () => fireEvent.click(screen.getByRole('button', { name: 'Add a nudge' }));
    add();
    const group = await screen.findByRole('group', { name: 'My break' });
    const name = within(group).getByRole('textbox', { name: 'Name' });
    fireEvent.input(name, { target: { value: '' } });
    await within(group).findByText('The name must be 1 to 40 characters.');
    fireEvent.input(name, { target: { value: 'Drink water' } });
    await waitFor(async () => expect((await stored())?.customNudges.map((c) => c.name)).toEqual(['Drink water']));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Drink water' }));
    await waitFor(async () => expect((await stored())?.customNudges).toEqual([]));
  });

  it('stops offering more nudges at five', async () => {
    const five = Array.from({ length: 5 }, (_, i) => ({
      id: `c${i}`,
      name: `Nudge ${i}`,
      enabled: true,
      intervalMin: 30,
      durationSec: 30,
    }));
    await setup({ ...DEFAULT_SETTINGS, customNudges: five });
    expect(screen.queryByRole('button', { name: 'Add a nudge' })).toBeNull();
    screen.getByText('You have 5 nudges of your own, the most Limber keeps.');
  });

  it('refuses working hours that end before they start, and saves a second range', async () => {
    await setup();
    const monday = screen.getByRole('group', { name: 'Monday' });
    const to = within(monday).getByLabelText('To') as HTMLInputElement;
    fireEvent.input(to, { target: { value: '08:00' } });
    await within(monday).findByText('The end must be after the start.');
    expect(to.value).toBe('08:00');
    fireEvent.input(to, { target: { value: '12:00' } });
    fireEvent.click(within(monday).getByRole('button', { name: 'Add hours' }));
    await waitFor(async () =>
      expect((await stored())?.workingHours.days[1]).toEqual([
        { startMin: 540, endMin: 720 },
        { startMin: 780, endMin: 840 },
      ]),
    );
  });

  it('lists hidden moves by name and brings one back', async () => {
    await setup({ ...DEFAULT_SETTINGS, hiddenMoves: ['chin-tuck', 'retired-move'] });
    screen.getByText('Chin tuck');
    screen.getByText('A move no longer in the list (retired-move)');
    fireEvent.click(screen.getByRole('button', { name: 'Bring back Chin tuck' }));
    await waitFor(async () => expect((await stored())?.hiddenMoves).toEqual(['retired-move']));
  });

  it('resets to the defaults only after confirmation', async () => {
    const { send } = await setup({ ...DEFAULT_SETTINGS, snoozeMin: 9, syncSettings: true });
    fireEvent.click(screen.getByRole('button', { name: 'Reset settings to defaults…' }));
    screen.getByText(/Put every setting back to its default\?/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset settings to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset settings' }));
    await screen.findByText('Settings are back to their defaults.');
    expect(send).toHaveBeenCalledWith({ type: 'settings/reset' });
    expect((screen.getByRole('spinbutton', { name: 'Snooze for' }) as HTMLInputElement).value).toBe('5');
  });

  it('says plainly when notifications are blocked, and sends a test nudge', async () => {
    const { store, send } = await setup();
    expect(screen.queryByRole('note')).toBeNull();
    store.notificationsBlocked.value = true;
    await screen.findByRole('note');
    expect(screen.getByRole('note').textContent).toMatch(/Notifications are turned off/);
    fireEvent.click(screen.getByRole('button', { name: 'Send a test nudge' }));
    await screen.findByText('A test nudge is on its way.');
    expect(send).toHaveBeenCalledWith({ type: 'engine/testNudge' });
    fireEvent.click(screen.getByRole('radio', { name: 'A small window' }));
    await waitFor(async () => expect((await stored())?.notificationStyle).toBe('window'));
  });

  it('exports a backup named by date, holding check-ins and settings', async () => {
    const checkIn = {
      id: 'abcdef-0001',
      at: Date.UTC(2026, 10, 20, 9),
      tzOffsetMin: 0,
      mood: 4,
      pain: 3,
      source: 'popup',
    };
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': [checkIn] });
    const { download } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Full backup (JSON)' }));
    await screen.findByText('Downloaded limber-backup-2026-11-24.json.');
    const [name, blob] = download.mock.calls[0] as [string, Blob];
    expect(name).toBe('limber-backup-2026-11-24.json');
    const backup = JSON.parse(await blob.text());
    expect(backup).toMatchObject({ format: 'limber-backup', schemaVersion: 1, checkIns: [checkIn] });
    expect(backup.settings).toEqual(DEFAULT_SETTINGS);
    fireEvent.click(screen.getByRole('button', { name: 'Check-ins (CSV)' }));
    await screen.findByText('Downloaded limber-checkins-2026-11-24.csv.');
  });

  it('exports a daily summary with the active minutes the engine rolled up and its nudges', async () => {
    const day = '2026-11-02';
    const at = (h: number) => Date.UTC(2026, 10, 2, h) - localOffsetMin(Date.UTC(2026, 10, 2, h)) * 60_000;
    const activeMinByHour = Array.from({ length: 24 }, (_, h) => (h === 9 ? 45 : h === 10 ? 30 : 0));
    await fakeBrowser.storage.local.set({
      rollups: [{ day, activeMinByHour }],
      'outcomes:2026-11': [
        { nudge: 'walk', kind: 'done', at: at(10) },
        { nudge: 'posture', kind: 'snoozed', at: at(9) },
      ],
    });
    const { download } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Daily summary (CSV)' }));
    await screen.findByText('Downloaded limber-daily-2026-11-24.csv.');
    const [, blob] = download.mock.calls[0] as [string, Blob];
    const [header, ...rows] = (await blob.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const columns = (header as string).split(',');
    const row = Object.fromEntries((rows[0] as string).split(',').map((cell, i) => [columns[i], cell]));
    expect(row).toMatchObject({ date: day, entries: '0', activeMinutes: '75', nudgesTaken: '1', snoozed: '1' });
    expect(Number(row.walkMinutes)).toBe(DEFAULT_SETTINGS.nudges.walk.durationSec / 60);
  });

  it('shows settings changed elsewhere, before an import and after it', async () => {
    await setup();
    const snooze = () => (screen.getByRole('spinbutton', { name: 'Snooze for' }) as HTMLInputElement).value;
    // Another tab saves, through the background.
    await updateStoredSettings({ snoozeMin: 12 }, Date.now());
    await waitFor(() => expect(snooze()).toBe('12'));

    const csv = ['id,time,mood,pain,source', 'abcdef-0002,2024-03-01T09:00:00+00:00,2,6,popup'].join('\n');
    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([csv], 'old.csv', { type: 'text/csv' })] } });
    await screen.findByTestId('import-preview');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/Imported\./);

    await updateStoredSettings({ snoozeMin: 15 }, Date.now());
    await waitFor(() => expect(snooze()).toBe('15'));
  });

  it('previews an import, then imports on confirmation', async () => {
    const here = {
      id: 'abcdef-0001',
      at: Date.UTC(2026, 10, 20, 9),
      tzOffsetMin: 0,
      mood: 4,
      pain: 3,
      source: 'popup',
    };
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': [here] });
    const { send } = await setup();
    const csv = [
      'id,time,mood,pain,source',
      'abcdef-0001,2026-11-20T09:00:00+00:00,4,3,popup',
      'abcdef-0002,2024-03-01T09:00:00+00:00,2,6,popup',
    ].join('\n');
    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([csv], 'old.csv', { type: 'text/csv' })] } });
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toBe('old.csv: 2 check-ins, 2024-03-01 to 2026-11-20, 1 already here.');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/Imported\. 1 check-in added; 1 check-in were already here\./);
    // The page writes the import itself, under the all-check-ins lock: nothing is sent.
    expect(send).not.toHaveBeenCalled();
    const months = await fakeBrowser.storage.local.get(['checkins:2024-03', 'checkins:2026-11']);
    expect(months).toEqual({
      'checkins:2024-03': [
        { id: 'abcdef-0002', at: Date.UTC(2024, 2, 1, 9), tzOffsetMin: 0, mood: 2, pain: 6, source: 'popup' },
      ],
      'checkins:2026-11': [here],
    });
  });

  describe('a Daylio export', () => {
    const daylio = [
      'full_date,date,weekday,time,mood,activities,note_title,note',
      '2026-11-22,November 22,Sunday,20:05,super,work | walk,Long day,stiff back',
      '2026-11-21,November 21,Saturday,8:05 pm,Super,,,',
      '2026-11-20,November 20,Friday,20:05,so-so,work,,',
      '2026-11-19,November 19,Thursday,20:05,bad,,,',
    ].join('\n');
    const choose = async () => {
      const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
      fireEvent.change(input, { target: { files: [new File([daylio], 'daylio_export.csv', { type: 'text/csv' })] } });
      await screen.findByTestId('daylio-choices');
    };
    const importButton = () => screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement;
    const select = (name: RegExp) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

    it('lists each mood with its count, a default face chosen, and waits until every custom one is mapped or skipped', async () => {
      await setup();
      await choose();
      expect(select(/^“super”, 2 check-ins$/).value).toBe('');
      expect(select(/^“so-so”, 1 check-in$/).value).toBe('');
      expect(select(/^“bad”, 1 check-in$/).value).toBe('2');
      expect(importButton().disabled).toBe(true);
      const why = screen.getByTestId('import-why');
      expect(why.textContent).toBe('Import waits: choose a face for each of “super” and “so-so” above, or skip them.');
      expect(importButton().getAttribute('aria-describedby')).toBe(why.id);

      fireEvent.change(select(/“super”/), { target: { value: '5' } });
      expect(screen.getByTestId('import-why').textContent).toBe(
        'Import waits: choose a face for “so-so” above, or skip it.',
      );
      fireEvent.change(select(/“so-so”/), { target: { value: 'skip' } });
      expect(screen.queryByTestId('import-why')).toBeNull();
      expect(importButton().disabled).toBe(false);
      expect(screen.getByText('The 1 check-in with “so-so” will be left out.')).toBeTruthy();
      expect(screen.getByTestId('daylio-skipped').textContent).toBe('Left out as you chose: 1 check-in.');
      expect(screen.getByTestId('import-preview').textContent).toBe(
        'daylio_export.csv: 3 check-ins, 2026-11-19 to 2026-11-22, 0 already here.',
      );
    });

    it.each([
      ['tags', { tags: ['work', 'walk'], note: 'Long day\nstiff back' }],
      ['note', { note: 'Long day\nstiff back\nActivities: work, walk' }],
    ] as const)(
      'imports with activities as %s, the mapped faces and the skipped rows left out',
      async (place, first) => {
        await setup();
        await choose();
        fireEvent.change(select(/“super”/), { target: { value: '4' } });
        fireEvent.change(select(/“so-so”/), { target: { value: 'skip' } });
        fireEvent.change(select(/“bad”/), { target: { value: '1' } });
        if (place === 'note') fireEvent.click(screen.getByRole('radio', { name: /In the note/ }));
        expect(
          (screen.getByRole('radio', { name: place === 'tags' ? 'As tags' : /In the note/ }) as HTMLInputElement)
            .checked,
        ).toBe(true);
        fireEvent.click(importButton());
        await screen.findByText(/Imported\. 3 check-ins added/);
        const stored = ((await fakeBrowser.storage.local.get('checkins:2026-11'))['checkins:2026-11'] ?? []) as {
          at: number;
          mood: number;
          tags?: string[];
          note?: string;
        }[];
        const byTime = [...stored].sort((a, b) => b.at - a.at);
        expect(byTime.map((c) => c.mood)).toEqual([4, 4, 1]);
        expect(byTime[0]).toMatchObject(first);
        if (place === 'note') expect(byTime[0]?.tags).toBeUndefined();
      },
    );

    it('says beside the choices why a choice cannot be read, offers no Import, and changes nothing', async () => {
      const long = 'x'.repeat(490);
      const text = [
        'full_date,date,weekday,time,mood,activities,note_title,note',
        `2026-11-22,November 22,Sunday,20:05,good,work | walk,,${long}`,
      ].join('\n');
      await setup();
      const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
      fireEvent.change(input, { target: { files: [new File([text], 'daylio_export.csv', { type: 'text/csv' })] } });
      await screen.findByTestId('daylio-choices');
      expect(importButton().disabled).toBe(false);
      fireEvent.click(screen.getByRole('radio', { name: /In the note/ }));
      const problems = screen.getByTestId('daylio-problems');
      expect(problems.textContent).toContain('With these choices the file cannot be imported; nothing has changed:');
      expect(problems.textContent).toContain('Row 2:');
      expect(importButton().disabled).toBe(true);
      expect(screen.getByTestId('import-why').textContent).toMatch(/^Import waits until the file can be read/);
      fireEvent.click(screen.getByRole('radio', { name: 'As tags' }));
      expect(screen.queryByTestId('daylio-problems')).toBeNull();
      expect(importButton().disabled).toBe(false);
      expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('checkins:2026-11');
    });
  });

  it('has the background keep a damaged month aside, then imports into it', async () => {
    const here = {
      id: 'abcdef-0001',
      at: Date.UTC(2026, 10, 20, 9),
      tzOffsetMin: 0,
      mood: 4,
      pain: 3,
      source: 'popup',
    };
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': [here, { id: 'broken' }] });
    const { send } = await setup();
    const csv = ['id,time,mood,pain,source', 'abcdef-0002,2026-11-21T09:00:00+00:00,2,6,popup'].join('\n');
    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([csv], 'new.csv', { type: 'text/csv' })] } });
    await screen.findByTestId('import-preview');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/Imported\. 1 check-in added; 0 check-ins were already here\./);
    expect(send).toHaveBeenCalledWith({ type: 'checkins/repair', month: '2026-11' });
    const after = await fakeBrowser.storage.local.get(null);
    expect(after['checkins:2026-11']).toEqual([
      here,
      { id: 'abcdef-0002', at: Date.UTC(2026, 10, 21, 9), tzOffsetMin: 0, mood: 2, pain: 6, source: 'popup' },
    ]);
    expect(after.quarantine).toMatchObject([{ source: 'checkins:2026-11', raw: [here, { id: 'broken' }] }]);
  });

  it('export → delete → import brings back everything, settings through the background', async () => {
    const march = Date.UTC(2026, 2, 10, 12);
    await fakeBrowser.storage.local.set({
      'checkins:2026-11': [
        { id: 'abcdef-0001', at: Date.UTC(2026, 10, 20, 9), tzOffsetMin: 0, mood: 4, pain: 3, source: 'popup' },
      ],
      phq2: [{ id: 'phq2-0001', at: Date.UTC(2026, 0, 5), tzOffsetMin: 60, interest: 1, down: 0 }],
      reflections: [{ weekStart: '2026-01-05', enjoyment: 4, activity: 6 }],
      [`outcomes:${localMonthKey(march, localOffsetMin(march))}`]: [
        { nudge: 'walk', kind: 'due', at: march },
        { nudge: 'walk', kind: 'done', at: march + 60_000 },
      ],
      settings: { ...DEFAULT_SETTINGS, snoozeMin: 10, helpCountry: 'IE' },
    });
    const before = await fakeBrowser.storage.local.get(null);
    const { download, send } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Full backup (JSON)' }));
    await screen.findByText(/Downloaded limber-backup/);
    const [name, blob] = download.mock.calls[0] as [string, Blob];

    await deleteAllData();
    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([await blob.text()], name)] } });
    const preview = await screen.findByTestId('import-restores');
    expect(preview.textContent).toBe(
      'Also restores your settings, 1 PHQ-2 self-check, 1 weekly reflection, and 2 break records.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(
      'Imported. 1 check-in added; 0 check-ins were already here. Also restored your settings, 1 PHQ-2 self-check, 1 weekly reflection, and 2 break records.',
      { normalizer: (text) => text.replace('✓', '').trim() },
    );
    expect(send).toHaveBeenCalledWith({ type: 'settings/update', patch: before.settings });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('says why a backup’s settings stay as they are, and restores the rest', async () => {
    const backup = {
      format: 'limber-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-24T09:00:00.000Z',
      checkIns: [],
      settings: { ...DEFAULT_SETTINGS, snoozeMin: 0 },
      reflections: [{ weekStart: '2026-01-05', enjoyment: 4, activity: 6 }],
    };
    const { send } = await setup();
    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(backup)], 'b.json')] } });
    const note = await screen.findByTestId('import-settings-invalid');
    expect(note.textContent).toMatch(
      /^This file’s settings are not valid, so yours stay as they are\. “snoozeMin”: .+\.$/,
    );
    expect(screen.getByTestId('import-restores').textContent).toBe('Also restores 1 weekly reflection.');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/Also restored 1 weekly reflection\./);
    expect(send).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('reflections')).reflections).toEqual(backup.reflections);
  });

  it('names the record and field of a bad PHQ-2 self-check in a backup, and changes nothing', async () => {
    const backup = {
      format: 'limber-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-24T09:00:00.000Z',
      checkIns: [],
      phq2: [{ id: 'phq2-0001', at: Date.UTC(2026, 0, 5), tzOffsetMin: 60, interest: 7, down: 0 }],
    };
    await setup();
    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(backup)], 'b.json')] } });
    const problems = await screen.findByTestId('import-problems');
    expect(problems.textContent).toContain('PHQ-2 self-check 1 in the backup: “interest” is not valid.');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('names the row and field of a broken file, and sends nothing', async () => {
    const { send } = await setup();
    const csv = ['id,time,mood,pain,source', 'abcdef-0002,2026-11-20T09:00:00+00:00,4,12,popup'].join('\n');
    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([csv], 'broken.csv')] } });
    const problems = await screen.findByTestId('import-problems');
    expect(problems.textContent).toContain('broken.csv was not imported, and nothing changed:');
    expect(problems.textContent).toContain('Row 2: pain must be a whole number from 0 to 10.');
    expect(send).not.toHaveBeenCalled();
  });

  it('deletes everything only once DELETE is typed', async () => {
    const { send } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    const word = screen.getByRole('textbox', { name: 'Type DELETE to confirm.' });
    const confirm = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(word, { target: { value: 'delete' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.input(word, { target: { value: 'DELETE' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await screen.findByText('Everything Limber stored has been deleted.');
    expect(send).toHaveBeenCalledWith({ type: 'data/deleteAll' });
  });
});
