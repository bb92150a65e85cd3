// The pages' own reads of storage.local: the raw value or undefined, a watch that
// hears its key only (in the local area only) until unwatched, and the notices read
// and kept fresh from the stored quarantine as the writer leaves it.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_NOTICES } from '@/core/quarantine';
import { readNotices, readStored, watchNotices, watchStored } from './page-storage';
import { keepAside } from './quarantine';
import { CHECKINS, KEY } from './storage-keys';

const at = Date.UTC(2026, 10, 24, 13, 5);
const month = '2026-11';

describe('readStored', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, unknown]>([
    ['an object', { next: 'walk' }],
    ['garbage', 'garbage'],
    ['an empty list', []],
  ])('reads %s as stored', async (_, value) => {
    await fakeBrowser.storage.local.set({ [KEY.status]: value });
    expect(await readStored(KEY.status)).toEqual(value);
  });

  it('reads a key that is not stored as undefined, and a month by its key', async () => {
    expect(await readStored(KEY.status)).toBeUndefined();
    await fakeBrowser.storage.local.set({ [CHECKINS.key(month)]: [1] });
    expect(await readStored(CHECKINS.key(month))).toEqual([1]);
    expect(await readStored(CHECKINS.key('2026-10'))).toBeUndefined();
  });
});

describe('watchStored', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hears each change of its key, and its removal, until unwatched', async () => {
    const heard: unknown[] = [];
    const unwatch = watchStored(KEY.status, (value) => heard.push(value));
    await fakeBrowser.storage.local.set({ [KEY.status]: { n: 1 } });
    await fakeBrowser.storage.local.set({ [KEY.status]: { n: 2 } });
    await fakeBrowser.storage.local.remove(KEY.status);
    unwatch();
    await fakeBrowser.storage.local.set({ [KEY.status]: { n: 3 } });
    expect(heard.slice(0, 2)).toEqual([{ n: 1 }, { n: 2 }]);
    // Removed: Chrome gives no newValue, the test browser null.
    expect(heard).toHaveLength(3);
    expect(heard[2]).toBeOneOf([undefined, null]);
  });

  it('does not hear other keys, other months, or the sync area', async () => {
    const heard: unknown[] = [];
    watchStored(CHECKINS.key(month), (value) => heard.push(value));
    await fakeBrowser.storage.local.set({ [KEY.settings]: {}, [CHECKINS.key('2026-10')]: [] });
    await fakeBrowser.storage.sync.set({ [CHECKINS.key(month)]: ['in sync'] });
    expect(heard).toEqual([]);
    await fakeBrowser.storage.local.set({ [CHECKINS.key(month)]: ['here'] });
    expect(heard).toEqual([['here']]);
  });
});

describe('the notices', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are none with nothing kept aside, or an empty quarantine', async () => {
    expect(await readNotices()).toEqual(NO_NOTICES);
    await fakeBrowser.storage.local.set({ [KEY.quarantine]: [] });
    expect(await readNotices()).toEqual(NO_NOTICES);
  });

  it('tell what the writer keeps aside, now and after each change', async () => {
    await keepAside(CHECKINS.key(month), 'garbage', 0, at);
    const told: unknown[] = [];
    await watchNotices((notices) => told.push(notices));
    await keepAside(KEY.settings, 42, 0, at);
    expect(told).toEqual([
      { kinds: ['checkIns'], months: [month] },
      { kinds: ['checkIns', 'settings'], months: [month] },
    ]);
  });

  it('call a damaged quarantine itself damaged', async () => {
    await fakeBrowser.storage.local.set({ [KEY.quarantine]: 'not a list' });
    expect((await readNotices()).kinds).toEqual(['quarantine']);
  });
});
