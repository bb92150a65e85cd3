// The real background main() with fakeBrowser: the break engine end to end in memory.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { localMonthKey } from '@/core/time';
import { NEXT_ALARM } from '@/utils/alarms';
import { NUDGE_NOTIFICATION } from '@/utils/nudges';
import { localOffsetMin } from '@/utils/time-zone';
import { installFakeIdle } from '../../tests/fake-idle';
import background from './index';

const MIN = 60_000;
const start = Date.UTC(2026, 10, 24, 9, 0);

const alarm = () => fakeBrowser.alarms.get(NEXT_ALARM);
const notification = () => fakeBrowser.notifications.getAllCreateOptions()[NUDGE_NOTIFICATION];
const outcomes = async () => {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.entries(all)
    .filter(([k]) => k.startsWith('outcomes:'))
    .flatMap(([, v]) => v as { nudge: string; kind: string }[]);
};

/** Moves the clock to the armed alarm and fires it, as Chrome would. */
async function fireAlarm() {
  const armed = await alarm();
  expect(armed).toBeDefined();
  vi.setSystemTime((armed as { scheduledTime: number }).scheduledTime);
  await fakeBrowser.alarms.onAlarm.trigger(armed as never);
}

describe('background: the break engine', () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    fakeBrowser.reset();
    installFakeIdle('active');
    Object.assign(fakeBrowser.notifications, { getPermissionLevel: async () => 'granted' });
    background.main();
    await vi.waitFor(async () => expect(await alarm()).toBeDefined());
  });
  afterEach(() => vi.useRealTimers());

  it('arms one alarm on start, for the first nudge of active time', async () => {
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect((await alarm())?.scheduledTime).toBe(start + DEFAULT_SETTINGS.nudges.posture.intervalMin * MIN);
  });

  it('shows a posture nudge with Done and Snooze buttons when the alarm fires', async () => {
    await fireAlarm();
    await vi.waitFor(() => expect(notification()).toBeDefined());
    expect(notification()).toMatchObject({
      title: 'Time for a posture check',
      buttons: [{ title: 'Done' }, { title: 'Snooze 5 min' }],
    });
    await vi.waitFor(async () => expect(await outcomes()).toContainEqual(expect.objectContaining({ kind: 'due' })));
  });

  it('Done records the outcome, closes the nudge and re-arms', async () => {
    await fireAlarm();
    await vi.waitFor(() => expect(notification()).toBeDefined());
    await fakeBrowser.notifications.onButtonClicked.trigger(NUDGE_NOTIFICATION, 0);
    await vi.waitFor(async () =>
      expect(await outcomes()).toContainEqual(expect.objectContaining({ nudge: 'posture', kind: 'done' })),
    );
    expect(notification()).toBeUndefined();
    expect((await alarm())?.scheduledTime).toBeGreaterThan(Date.now());
  });

  it('Snooze defers by five minutes; at the limit the button becomes Skip', async () => {
    for (let i = 0; i < DEFAULT_SETTINGS.snoozeLimit; i++) {
      await fireAlarm();
      await vi.waitFor(() => expect(notification()).toBeDefined());
      expect(notification()?.buttons?.[1]?.title).toBe('Snooze 5 min');
      const shownAt = Date.now();
      await fakeBrowser.notifications.onButtonClicked.trigger(NUDGE_NOTIFICATION, 1);
      await vi.waitFor(async () => expect((await alarm())?.scheduledTime).toBe(shownAt + 5 * MIN));
    }
    await fireAlarm();
    await vi.waitFor(() => expect(notification()?.buttons?.[1]?.title).toBe('Skip'));
    await fakeBrowser.notifications.onButtonClicked.trigger(NUDGE_NOTIFICATION, 1);
    await vi.waitFor(async () => expect(await outcomes()).toContainEqual(expect.objectContaining({ kind: 'skipped' })));
    expect((await outcomes()).filter((o) => o.kind === 'snoozed')).toHaveLength(DEFAULT_SETTINGS.snoozeLimit);
  });

  it('a pause from the popup shows the pause mark and clears nudges until it ends', async () => {
    const pausedAt = Date.now();
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'engine/pause', option: '1h' },
      { id: fakeBrowser.runtime.id },
      () => {},
    );
    expect(reply).toEqual({ ok: true });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('||');
    expect(await fakeBrowser.storage.local.get('engine')).toMatchObject({
      engine: { pausedUntil: pausedAt + 60 * MIN },
    });
    // No nudge while paused, whatever alarms fire before the pause ends.
    while (((await alarm())?.scheduledTime ?? Number.POSITIVE_INFINITY) < pausedAt + 60 * MIN) await fireAlarm();
    expect(notification()).toBeUndefined();
  });

  it('an unreadable stored schedule is kept aside and the schedule restarts from now', async () => {
    await fakeBrowser.storage.local.set({ engine: { v: 99, nonsense: true } });
    await fakeBrowser.alarms.clearAll();
    background.main(); // a fresh worker
    await vi.waitFor(async () => expect(await alarm()).toBeDefined());
    const stored = await fakeBrowser.storage.local.get(['quarantine', 'engine']);
    expect(stored.quarantine).toContainEqual(
      expect.objectContaining({ source: 'engine', raw: { v: 99, nonsense: true } }),
    );
    expect(stored.engine).toMatchObject({ v: 1 });
  });

  it('a break-record month that is not a list is kept aside before the next record is written', async () => {
    const key = `outcomes:${localMonthKey(start, localOffsetMin(start))}`;
    await fakeBrowser.storage.local.set({ [key]: { not: 'a list' } });
    await fireAlarm();
    await vi.waitFor(() => expect(notification()).toBeDefined());
    await fakeBrowser.notifications.onButtonClicked.trigger(NUDGE_NOTIFICATION, 0);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('quarantine')).quarantine).toContainEqual(
        expect.objectContaining({ source: key, raw: { not: 'a list' }, kept: 0 }),
      ),
    );
    // The records go on in a fresh list.
    await vi.waitFor(async () =>
      expect(await outcomes()).toContainEqual(expect.objectContaining({ nudge: 'posture', kind: 'done' })),
    );
  });
});
