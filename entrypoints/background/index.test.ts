import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeIdle } from '../../tests/fake-idle';
import background from './index';

// fakeBrowser.runtime.sendMessage sends an empty sender and ignores promise replies,
// so these tests deliver messages the way the polyfill does: trigger the listener.
const deliver = async (message: unknown, sender = { id: fakeBrowser.runtime.id }) => {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return reply;
};

describe('background main()', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installFakeIdle();
    background.main();
  });

  it('answers a page that saves a check-in, and the check-in is stored', async () => {
    const checkIn = {
      id: 'abcdefgh-1234',
      at: Date.UTC(2026, 10, 24, 9),
      tzOffsetMin: 0,
      mood: 2,
      pain: 7,
      source: 'popup',
    };
    expect(await deliver({ type: 'checkin/add', checkIn })).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get('checkins:2026-11')).toEqual({ 'checkins:2026-11': [checkIn] });
  });

  it('refuses a malformed message from one of its pages', async () => {
    expect(await deliver({ type: 'checkin/add' })).toEqual({ ok: false, error: { kind: 'badMessage' } });
  });

  it('does not answer anyone but its own pages', async () => {
    expect(await deliver({ type: 'quarantine/dismiss' }, { id: 'some-other-extension' })).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it.each([
    { reason: 'install', opened: ['/welcome.html'] },
    { reason: 'update', opened: [] },
    { reason: 'chrome_update', opened: [] },
    { reason: 'shared_module_update', opened: [] },
  ] as const)('on $reason, opens the welcome page: $opened', async ({ reason, opened }) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger({ reason } as Parameters<
      typeof fakeBrowser.runtime.onInstalled.trigger
    >[0]);
    expect(create.mock.calls.map(([tab]) => new URL(tab.url ?? '').pathname)).toEqual(opened);
    create.mockRestore();
  });
});
