import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckIn } from '@/core/checkins';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { installFakeIdle } from '../tests/fake-idle';
import { deleteAllData } from './data-store';
import { handleRequest } from './handle-request';

const all = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

const at = Date.UTC(2026, 10, 24, 13, 5);
const make = (i: number, month = 10, extra: Partial<CheckIn> = {}): CheckIn => ({
  id: `imp${String(i).padStart(5, '0')}`,
  at: Date.UTC(2026, month, 3 + (i % 20), 9, i % 60),
  tzOffsetMin: 60,
  mood: 1 + (i % 5),
  pain: i % 11,
  source: 'popup',
  ...extra,
});

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('deleteAllData', () => {
  beforeEach(() => fakeBrowser.reset());

  it('removes every Limber key, locally and the synced settings', async () => {
    await fakeBrowser.storage.local.set({
      'checkins:2026-10': [make(1, 9)],
      'checkins:2026-11': [make(2)],
      'outcomes:2026-11': [{ nudge: 'walk', kind: 'done', at }],
      engine: { version: 1 },
      settings: DEFAULT_SETTINGS,
      phq2: [{ id: 'p1' }],
      reflections: [{ weekStart: '2026-11-23' }],
      quarantine: [{ source: 'checkins:2026-09', raw: 'x' }],
    });
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS });
    installFakeIdle();
    expect(await handleRequest({ type: 'data/deleteAll' }, at)).toEqual({ ok: true });
    // Everything old is gone; the break schedule, its status and activity log start afresh.
    const left = await all();
    expect(Object.keys(left).sort()).toEqual(['activity', 'engine', 'status']);
    expect(left.activity).toMatchObject({ log: [{ state: 'active', observed: true }] });
    expect(left.engine).toMatchObject({ v: 1, pending: null, pausedUntil: null });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('refuses extra fields in the request and deletes nothing', async () => {
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': [make(2)] });
    expect(await handleRequest({ type: 'data/deleteAll', confirm: true }, at)).toEqual({
      ok: false,
      error: { kind: 'badMessage' },
    });
    expect(Object.keys(await all())).toEqual(['checkins:2026-11']);
  });

  it('works on an empty store', async () => {
    expect(await deleteAllData()).toEqual({ ok: true });
  });
});
