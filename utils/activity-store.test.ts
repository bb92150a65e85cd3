import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { observe, readActiveDays } from './activity-store';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const t0 = Date.UTC(2026, 10, 2, 9, 0); // a Monday, UTC

describe('activity store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns observations into active minutes per local hour', async () => {
    await observe([{ at: t0, state: 'active', observed: true }], t0, 0, 60);
    await observe([{ at: t0 + 30 * MIN, state: 'idle' }], t0 + 30 * MIN, 0, 60);
    const days = await readActiveDays(t0 + 31 * MIN, 0, 60);
    expect(days).toHaveLength(1);
    expect(days[0]?.day).toBe('2026-11-02');
    // Half an hour active, less the minute of detection before "idle".
    expect(days[0]?.activeMinByHour[9]).toBeCloseTo(29, 5);
  });

  it('folds what is older than a week into rollups, and reads the same totals after', async () => {
    await observe([{ at: t0, state: 'active', observed: true }], t0, 0, 60);
    await observe([{ at: t0 + 60 * MIN, state: 'locked' }], t0 + 60 * MIN, 0, 60);
    const before = await readActiveDays(t0 + 61 * MIN, 0, 60);
    const later = t0 + 9 * DAY;
    await observe([{ at: later, state: 'active', observed: true }], later, 0, 60);
    const stored = await fakeBrowser.storage.local.get(['activity', 'rollups']);
    expect(stored.rollups).toEqual(before);
    expect((stored.activity as { log: unknown[] }).log.every((o) => (o as { at: number }).at >= t0 + 60 * MIN)).toBe(
      true,
    );
    expect((await readActiveDays(later, 0, 60)).find((d) => d.day === '2026-11-02')).toEqual(before[0]);
  });

  it('reads an unreadable log as empty and keeps going', async () => {
    await fakeBrowser.storage.local.set({ activity: 'junk', rollups: [{ day: 'x' }] });
    expect(await readActiveDays(t0, 0, 60)).toEqual([]);
    await observe([{ at: t0, state: 'active', observed: true }], t0, 0, 60);
    expect(await fakeBrowser.storage.local.get('activity')).toMatchObject({ activity: { log: [{ at: t0 }] } });
  });

  it.each<[string, unknown]>([
    ['not a list', 'years of active time'],
    ['a list with an unreadable day', [{ day: '2026-10-01', activeMinByHour: Array(24).fill(1) }, { day: 'x' }]],
  ])('keeps unreadable rollups (%s) aside before the next fold writes them', async (_name, rollups) => {
    await observe([{ at: t0, state: 'active', observed: true }], t0, 0, 60);
    await observe([{ at: t0 + 60 * MIN, state: 'locked' }], t0 + 60 * MIN, 0, 60);
    await fakeBrowser.storage.local.set({ rollups });
    const later = t0 + 9 * DAY;
    await observe([{ at: later, state: 'active', observed: true }], later, 0, 60);
    const stored = await fakeBrowser.storage.local.get(['rollups', 'quarantine']);
    expect(stored.quarantine).toEqual([
      { source: 'rollups', at: later, kept: Array.isArray(rollups) ? 1 : 0, raw: rollups, dismissed: false },
    ]);
    // The readable day stays, and the newly folded one is added.
    expect((stored.rollups as { day: string }[]).map((r) => r.day)).toEqual(
      Array.isArray(rollups) ? ['2026-10-01', '2026-11-02'] : ['2026-11-02'],
    );
  });

  it('keeps an unreadable log aside before the next write', async () => {
    await fakeBrowser.storage.local.set({
      activity: { log: [{ at: t0 - MIN, state: 'active' }, 'junk'], foldedUntil: 'x' },
    });
    await observe([{ at: t0, state: 'idle' }], t0, 0, 60);
    const stored = await fakeBrowser.storage.local.get(['activity', 'quarantine']);
    expect(stored.quarantine).toMatchObject([
      { source: 'activity', kept: 1, raw: { log: [{ at: t0 - MIN }, 'junk'] } },
    ]);
    expect((stored.activity as { log: unknown[] }).log).toEqual([
      { at: t0 - MIN, state: 'active' },
      { at: t0, state: 'idle' },
    ]);
  });
});
