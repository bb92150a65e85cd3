import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Phq2Result } from '@/core/care';
import type { CheckIn } from '@/core/checkins';
import { DAY_MS } from '@/core/time';
import { installFakeIdle } from '../tests/fake-idle';
import { fakeLocks } from '../tests/fake-locks';
import { observe } from './activity-store';
import { addPhq2, saveReflection } from './care-store';
import { addCheckIn, removeCheckIn, repairMonth } from './checkin-store';
import { deleteAllData } from './data-store';
import { runEngine } from './engine';
import { writeImport } from './import-writer';
import { LOCK_ORDER, type LockName, lockPlan, lockRank, withLocks } from './locks';
import { dismissQuarantineNotices } from './quarantine';
import { resetStoredSettings, updateStoredSettings } from './settings-store';

const at = Date.UTC(2026, 10, 24, 9);
const checkIn = (id: string, over: Partial<CheckIn> = {}): CheckIn => ({
  id,
  at,
  tzOffsetMin: 0,
  mood: 3,
  pain: 4,
  source: 'popup',
  ...over,
});
const phq2 = (id: string, over: Partial<Phq2Result> = {}): Phq2Result => ({
  id,
  at: at - 20 * DAY_MS,
  tzOffsetMin: 0,
  interest: 1,
  down: 1,
  ...over,
});

describe('lockPlan: the one order', () => {
  it.each<[string, LockName[], string[]]>([
    ['sorted by the declared order', ['quarantine', 'engine', 'settings'], ['engine', 'settings', 'quarantine']],
    ['each once', ['phq2', 'phq2', 'quarantine', 'phq2'], ['phq2', 'quarantine']],
    ['a month holds its family shared first', ['checkins:2026-11'], ['checkins (shared)', 'checkins:2026-11']],
    [
      'months in month order, the family shared once',
      ['checkins:2026-11', 'quarantine', 'checkins:2025-01'],
      ['checkins (shared)', 'checkins:2025-01', 'checkins:2026-11', 'quarantine'],
    ],
    ['the whole family held exclusively covers its months', ['checkins:2026-11', 'checkins'], ['checkins']],
    [
      'two families apart',
      ['outcomes:2026-10', 'checkins:2026-12', 'engine'],
      ['engine', 'checkins (shared)', 'checkins:2026-12', 'outcomes (shared)', 'outcomes:2026-10'],
    ],
    ['every lock: what delete everything holds', [...LOCK_ORDER].reverse(), [...LOCK_ORDER]],
  ])('%s', (_, names, expected) => {
    expect(lockPlan(names).map((s) => (s.mode === 'shared' ? `${s.name} (shared)` : s.name))).toEqual(expected);
  });

  it.each(['checkins:2026-13', 'nothing', 'outcomes:'])('refuses %s, which is not a lock', (name) => {
    expect(() => lockPlan([name as LockName])).toThrow(/Not a lock/);
  });

  it('for any request, takes each lock once, in rank order, whatever order it was asked in', () => {
    const month = fc
      .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    const name: fc.Arbitrary<LockName> = fc.oneof(
      fc.constantFrom(...LOCK_ORDER),
      month.map((m) => `checkins:${m}` as LockName),
      month.map((m) => `outcomes:${m}` as LockName),
    );
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), (names) => {
        const plan = lockPlan(names);
        const planNames = plan.map((s) => s.name);
        expect(new Set(planNames).size).toBe(planNames.length);
        for (let i = 1; i < plan.length; i++) {
          const [a, b] = [plan[i - 1]?.name as string, plan[i]?.name as string];
          expect(lockRank(a) < lockRank(b) || (lockRank(a) === lockRank(b) && a < b)).toBe(true);
        }
        expect(lockPlan([...names].reverse())).toEqual(plan);
        // Shared only for a family whose months are taken, never with the family held whole.
        for (const s of plan.filter((p) => p.mode === 'shared'))
          expect(planNames.some((n) => n.startsWith(`${s.name}:`))).toBe(true);
      }),
    );
  });
});

describe('withLocks', () => {
  it('holds every lock of the plan while the task runs, and none after', async () => {
    const locks = fakeLocks();
    const seen = await withLocks(['quarantine', 'checkins:2026-11'], async () =>
      locks.heldNames().map((n) => `${n} ${locks.heldMode(n)}`),
    );
    expect(seen.sort()).toEqual([
      'limber:checkins shared',
      'limber:checkins:2026-11 exclusive',
      'limber:quarantine exclusive',
    ]);
    expect(locks.heldNames()).toEqual([]);
  });

  it('lets single-month writers of different months run together, and a whole-family writer alone', async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = withLocks(['checkins:2026-10'], async () => {
      order.push('oct start');
      await gate;
      order.push('oct end');
    });
    const second = withLocks(['checkins:2026-11'], async () => {
      order.push('nov');
    });
    const whole = withLocks(['checkins'], async () => {
      order.push('all');
    });
    await second;
    release();
    await Promise.all([first, whole]);
    expect(order).toEqual(['oct start', 'nov', 'oct end', 'all']);
  });
});

/** Each writer, run alone: a request never asks for a lock ranked at or before one already held. */
describe('every writer takes its locks in the one order', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    installFakeIdle('active');
    // Damaged values, so that every writer that can keep something aside does.
    await fakeBrowser.storage.local.set({
      'checkins:2026-11': [checkIn('mhx1c2a0-0001'), { id: 'broken' }],
      phq2: 'not a list',
      reflections: [{ weekStart: 'nope' }],
      settings: { version: 'garbage' },
      engine: { v: 'garbage' },
    });
  });

  it.each<[string, () => Promise<unknown>]>([
    ['a check-in save', () => addCheckIn(checkIn('mhx1c2a0-0002'), at)],
    ['a check-in removal', () => removeCheckIn('2026-11', 'mhx1c2a0-0001', at)],
    ['a month repair', () => repairMonth('2026-11', at)],
    ['a PHQ-2 save', () => addPhq2(phq2('mhx1c2a0-p001'), at)],
    ['a reflection save', () => saveReflection({ weekStart: '2026-11-23', enjoyment: 3, activity: 4 }, at)],
    ['a settings change', () => updateStoredSettings({ snoozeMin: 10 }, at)],
    ['a settings reset', () => resetStoredSettings()],
    ['an engine step that records a break', () => runEngine([{ type: 'takeBreakNow', nudge: 'walk' }], at)],
    ['an activity observation', () => observe([{ at, state: 'active' }], at, 0, 60)],
    [
      'an import',
      () =>
        writeImport(
          {
            checkIns: [checkIn('mhx1c2a0-0003', { at: at - 40 * DAY_MS })],
            phq2: [phq2('mhx1c2a0-p002')],
            outcomes: [{ nudge: 'walk', kind: 'done', at }],
          },
          { now: at },
        ),
    ],
    ['dismissing notices', () => dismissQuarantineNotices(0)],
    ['delete everything', () => deleteAllData()],
  ])('%s', async (_, write) => {
    await write();
    const requests = fakeLocks().requests;
    expect(requests.length).toBeGreaterThan(0);
    for (const { name, heldAtRequest } of requests) {
      const rank = lockRank(name.replace(/^limber:/, ''));
      for (const held of heldAtRequest) expect(lockRank(held.replace(/^limber:/, ''))).toBeLessThan(rank);
    }
    expect(fakeLocks().heldNames()).toEqual([]);
  });
});

describe('deleteAllData and the locks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('removes everything while holding every lock, each family exclusively', async () => {
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': [checkIn('mhx1c2a0-0001')], phq2: [] });
    const locks = fakeLocks();
    let heldWhileRemoving: string[] = [];
    const area = {
      get: fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local),
      remove: async (keys: string | string[]) => {
        heldWhileRemoving = locks.heldNames().map((n) => `${n} ${locks.heldMode(n)}`);
        await fakeBrowser.storage.local.remove(keys);
      },
    } as unknown as Parameters<typeof deleteAllData>[0];
    expect(await deleteAllData(area)).toEqual({ ok: true });
    expect(heldWhileRemoving.sort()).toEqual(LOCK_ORDER.map((n) => `limber:${n} exclusive`).sort());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  // Issue 11: 4 PHQ-2 results and 5 reflections came back after "delete everything" when
  // it did not take their locks. Each round: a saved record, then delete racing a save.
  it('racing saves of every kind, brings back nothing saved before it began (50 rounds)', async () => {
    installFakeIdle('active');
    // fakeBrowser's storage answers at once; real storage takes a while, longer some
    // calls than others. Each call waits a few turns, the same for every run.
    let seed = 11;
    const turns = async () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      for (let i = 0; i < seed % 40; i++) await Promise.resolve();
    };
    const area = fakeBrowser.storage.local;
    for (const method of ['get', 'set', 'remove'] as const) {
      const original = area[method].bind(area) as (arg: unknown) => Promise<unknown>;
      vi.spyOn(area, method).mockImplementation((async (arg: unknown) => {
        await turns();
        const result = await original(arg);
        await turns();
        return result;
      }) as never);
    }
    for (let round = 0; round < 50; round++) {
      const before = `r${round}`;
      const saved = [
        await addCheckIn(checkIn(`mhx1c2a0-${before}a`), at),
        await addPhq2(phq2(`mhx1c2a0-${before}a`), at),
        await saveReflection({ weekStart: '2026-11-16', enjoyment: 1, activity: 1 }, at),
        await updateStoredSettings({ snoozeMin: 7 }, at),
      ];
      expect(saved).toEqual(saved.map(() => ({ ok: true })));
      expect((await runEngine([{ type: 'takeBreakNow', nudge: 'posture' }], at)).effects).toContainEqual({
        kind: 'record',
        outcome: { nudge: 'posture', kind: 'done', at },
      });
      // Each save starts a few turns after the delete began, differently each round.
      const saves = [
        () => addCheckIn(checkIn(`mhx1c2a0-${before}b`), at),
        () => addPhq2(phq2(`mhx1c2a0-${before}b`), at),
        () => saveReflection({ weekStart: '2026-11-23', enjoyment: 2, activity: 2 }, at),
        () => updateStoredSettings({ walkGoalMin: 25 }, at),
        () => runEngine([{ type: 'takeBreakNow', nudge: 'walk' }], at + 1),
      ];
      const deleted = deleteAllData();
      const racing = saves.map(async (save) => {
        await turns();
        return save();
      });
      expect(await deleted).toEqual({ ok: true });
      await Promise.all(racing);
      const all: Record<string, unknown> = await fakeBrowser.storage.local.get(null);
      const text = JSON.stringify(all);
      expect(text).not.toContain(`${before}a`);
      expect(text).not.toContain('2026-11-16');
      expect((all.settings as { snoozeMin?: number } | undefined)?.snoozeMin ?? 5).not.toBe(7);
      const outcomes = Object.entries(all)
        .filter(([k]) => k.startsWith('outcomes:'))
        .flatMap(([, v]) => v as { at: number }[]);
      expect(outcomes.every((o) => o.at === at + 1)).toBe(true);
      // Clear what the racing saves left, for the next round.
      await deleteAllData();
    }
  });
});
