import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckIn } from '@/core/checkins';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { dayNumber } from '@/core/time';
import { readActivity, readCheckIns, readLoggedSpan } from './history-data';

const c = (id: string, at: number): CheckIn => ({ id, at, tzOffsetMin: 0, mood: 3, pain: 4, source: 'popup' });
const oct = c('mhx1c2a0-0001', Date.UTC(2026, 9, 5, 9));
const nov = c('mhx1c2a0-0002', Date.UTC(2026, 10, 5, 9));
const dec = c('mhx1c2a0-0003', Date.UTC(2026, 11, 5, 9));

describe('readCheckIns (read-only)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      'checkins:2026-12': [dec],
      'checkins:2026-10': [oct],
      'checkins:2026-11': [nov, { id: 'broken' }],
      quarantine: [],
    });
  });

  it('reads only the months asked for, in time order, and reports damage without writing', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const loaded = await readCheckIns(['2026-11', '2026-12', '2027-01']);
    expect(get).toHaveBeenCalledOnce();
    expect(get).toHaveBeenCalledWith(['checkins:2026-11', 'checkins:2026-12', 'checkins:2027-01']);
    expect(loaded).toEqual({ checkIns: [nov, dec], damagedMonths: ['2026-11'], months: ['2026-11', '2026-12'] });
    expect(set).not.toHaveBeenCalled();
  });

  it('reads every stored month for "all"', async () => {
    const loaded = await readCheckIns('all');
    expect(loaded.checkIns).toEqual([oct, nov, dec]);
    expect(loaded.months).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('finds the diary’s first and last logged days in one read, skipping months with nothing valid', async () => {
    await fakeBrowser.storage.local.set({ 'checkins:2026-09': ['garbage'], 'checkins:2027-01': [] });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await readLoggedSpan()).toEqual({ first: dayNumber('2026-10-05'), last: dayNumber('2026-12-05') });
    expect(get).toHaveBeenCalledOnce();
  });

  it('finds no span in a diary with nothing readable', async () => {
    fakeBrowser.reset();
    expect(await readLoggedSpan()).toBeNull();
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': [{ id: 'broken' }] });
    expect(await readLoggedSpan()).toBeNull();
  });

  it('has no activity until the break engine records some', async () => {
    expect(await readActivity('all')).toEqual([]);
  });

  it("reads the engine's recorded outcomes as per-day break counts", async () => {
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(0);
    const at = Date.UTC(2026, 10, 24, 10);
    await fakeBrowser.storage.local.set({
      'outcomes:2026-11': [
        { nudge: 'walk', kind: 'due', at },
        { nudge: 'walk', kind: 'done', at },
        { nudge: 'posture', kind: 'skipped', at },
        'junk',
      ],
    });
    expect(await readActivity(['2026-11'])).toEqual([
      { day: '2026-11-24', taken: 1, snoozed: 0, skipped: 1, natural: 0, walkMinutes: 5 },
    ]);
  });

  it.each([
    ['a walk credited 10 minutes', { creditedSec: 600 }, 10],
    ['a record from before creditedSec (the default length)', {}, DEFAULT_SETTINGS.nudges.walk.durationSec / 60],
  ])('%s keeps its minutes when the walk length setting changes', async (_, credit, minutes) => {
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(0);
    const at = Date.UTC(2026, 10, 24, 10);
    await fakeBrowser.storage.local.set({ 'outcomes:2026-11': [{ nudge: 'walk', kind: 'done', at, ...credit }] });
    const before = await readActivity(['2026-11']);
    await fakeBrowser.storage.local.set({
      settings: {
        ...DEFAULT_SETTINGS,
        nudges: { ...DEFAULT_SETTINGS.nudges, walk: { enabled: true, intervalMin: 60, durationSec: 900 } },
      },
    });
    const after = await readActivity(['2026-11']);
    expect(before[0]?.walkMinutes).toBe(minutes);
    expect(after[0]?.walkMinutes).toBe(minutes);
  });
});
