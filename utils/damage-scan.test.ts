// Garbage in every stored key (issue 15 item 7): nothing throws on a page's reads or
// on a save, the garbage is kept aside whole, the notice tells it on the first open,
// and every other key is as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckIn } from '@/core/checkins';
import { parseMonth } from '@/core/checkins';
import { CATALOG } from '@/core/exercises';
import { noticesOf, parseQuarantine } from '@/core/quarantine';
import { initialScheduleState, parseScheduleState } from '@/core/schedule';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { statusSnapshot } from '@/core/status';
import { isStatusSnapshot } from '@/core/status-snapshot';
import { DAY_MS, HOUR_MS, localMonthKey } from '@/core/time';
import { installFakeIdle } from '../tests/fake-idle';
import { readMonth } from './checkin-store';
import { handleRequest } from './handle-request';
import { readActivity, readCheckIns, readPhq2, readReflections } from './history-data';
import { readNotices, readStored } from './page-storage';
import { readSettings } from './settings-store';
import { DOCUMENTED_KEYS } from './storage';
import { CHECKINS, KEY, keptSourceOf, OUTCOMES } from './storage-keys';
import { localOffsetMin } from './time-zone';

const at = Date.UTC(2026, 10, 24, 13, 5);
const month = localMonthKey(at, localOffsetMin(at));
const checkIn: CheckIn = {
  id: 'mhx1c2a0-k2j9',
  at: at - HOUR_MS,
  tzOffsetMin: localOffsetMin(at),
  mood: 3,
  pain: 4,
  source: 'popup',
};
const engine = initialScheduleState(at - 60_000, DEFAULT_SETTINGS, localOffsetMin(at));

/** A valid value in every key Limber stores. */
const SEED: Record<string, unknown> = {
  [CHECKINS.key(month)]: [checkIn],
  [OUTCOMES.key(month)]: [{ nudge: 'walk', kind: 'done', at: at - 7_200_000, creditedSec: 300 }],
  [KEY.settings]: DEFAULT_SETTINGS,
  [KEY.engine]: engine,
  [KEY.status]: statusSnapshot(engine, DEFAULT_SETTINGS, at - 60_000, localOffsetMin(at)),
  [KEY.activity]: { log: [{ at: at - 600_000, state: 'active' }], foldedUntil: null },
  [KEY.rollups]: [{ day: '2026-11-01', activeMinByHour: Array.from({ length: 24 }, (_, h) => (h === 9 ? 30 : 0)) }],
  [KEY.phq2]: [{ id: 'mhx1c2a0-k2j8', at: at - DAY_MS, tzOffsetMin: 60, interest: 1, down: 0 }],
  [KEY.reflections]: [{ weekStart: '2026-11-16', enjoyment: 4, activity: 7 }],
  [KEY.lastMove]: CATALOG[0]?.id,
  [KEY.quarantine]: [],
};

const GARBAGE: [string, unknown][] = [
  ['a string', 'garbage'],
  ['a number', 42],
  ['an object of the wrong shape', { hello: 'world', at: 'noon' }],
  ['a list of wrong items', [1, 'two', { three: 3 }]],
];

/** What each page reads when it opens (popup, history, options, break page). */
async function openEveryPage() {
  await readMonth(month);
  await readNotices();
  isStatusSnapshot(await readStored(KEY.status));
  await Promise.all([readCheckIns('all'), readActivity('all'), readPhq2(), readReflections()]);
  await readSettings();
  const stored = await fakeBrowser.storage.local.get(null);
  parseScheduleState(stored.engine);
  parseMonth(stored[CHECKINS.key(month)]);
}

describe('garbage in every stored key', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installFakeIdle('active');
  });

  it('covers every key utils/storage.ts declares (both month families too)', () => {
    const seeded = Object.keys(SEED).map((k) => k.replace(/\d{4}-\d{2}$/, 'YYYY-MM'));
    expect(seeded.sort()).toEqual(DOCUMENTED_KEYS.filter((k) => !k.startsWith('sync:')).sort());
  });

  const cases = Object.keys(SEED).flatMap((key) => GARBAGE.map(([shape, raw]) => [key, shape, raw] as const));
  it.each(cases)('%s holding %s', async (key, _shape, garbage) => {
    await fakeBrowser.storage.local.set({ ...SEED, [key]: garbage });
    // Nothing throws on opening any page, before the background has looked.
    await openEveryPage();
    expect(await handleRequest({ type: 'data/check' }, at)).toEqual({ ok: true });
    const after = await fakeBrowser.storage.local.get(null);
    // The garbage is kept aside whole, under its key.
    const { entries, damaged } = parseQuarantine(after.quarantine);
    expect(damaged).toBe(false);
    expect(entries).toContainEqual(expect.objectContaining({ source: key, raw: garbage, dismissed: false }));
    // The person is told, in the kind's own words, on this first open.
    expect(noticesOf(after.quarantine, keptSourceOf).kinds).toContain(keptSourceOf(key)?.kind);
    // Every other key is as it was (the engine's own restart rewrites engine and status).
    // The engine's restart rewrites engine and status, and adds what it observed to the log.
    const rewritten = key === KEY.engine ? [KEY.engine, KEY.status, KEY.activity] : [];
    if (key === KEY.engine)
      expect((after.activity as { log: unknown[] }).log).toEqual(
        expect.arrayContaining((SEED.activity as { log: unknown[] }).log),
      );
    for (const other of Object.keys(SEED)) {
      if (other === key || other === KEY.quarantine || rewritten.includes(other as never)) continue;
      expect(after[other], other).toEqual(SEED[other]);
    }
    // Saves work, into that month too; a second look finds nothing more.
    await openEveryPage();
    const fresh = { ...checkIn, id: 'mhx1c2a0-zzzz', at: at - 60_000 };
    expect(await handleRequest({ type: 'checkin/add', checkIn: fresh }, at)).toEqual({ ok: true });
    expect(
      await handleRequest(
        {
          type: 'reflection/save',
          reflection: { weekStart: '2026-11-23', enjoyment: 5, activity: 5 },
        },
        at,
      ),
    ).toEqual({ ok: true });
    expect(await handleRequest({ type: 'settings/update', patch: { walkGoalMin: 25 } }, at)).toEqual({ ok: true });
    expect((await readMonth(month)).checkIns.map((c) => c.id)).toContain(fresh.id);
    const count = parseQuarantine((await fakeBrowser.storage.local.get(KEY.quarantine)).quarantine).entries.length;
    expect(await handleRequest({ type: 'data/check' }, at)).toEqual({ ok: true });
    expect(parseQuarantine((await fakeBrowser.storage.local.get(KEY.quarantine)).quarantine).entries).toHaveLength(
      count,
    );
  });

  it.each([null, undefined])(
    '%s in every key reads as nothing stored: nothing to keep aside, nothing throws',
    async (absent) => {
      await fakeBrowser.storage.local.set(Object.fromEntries(Object.keys(SEED).map((k) => [k, absent])));
      await openEveryPage();
      expect(await handleRequest({ type: 'data/check' }, at)).toEqual({ ok: true });
      expect(parseQuarantine((await fakeBrowser.storage.local.get(KEY.quarantine)).quarantine).entries).toEqual([]);
    },
  );
});

describe("the popup's narrow look (data/check with months)", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installFakeIdle('active');
  });

  const earlier = '2020-01';
  it.each([
    ['a named month that is damaged is kept aside', [month], CHECKINS.key(month), true],
    ['a month not named is left for the pages that read everything', [month], CHECKINS.key(earlier), false],
    ['a single key is always looked at', [month], KEY.settings, true],
    ['without months, every month is looked at', undefined, CHECKINS.key(earlier), true],
  ] as const)('%s', async (_, months, key, kept) => {
    await fakeBrowser.storage.local.set({ ...SEED, [key]: 'garbage' });
    const request = months === undefined ? { type: 'data/check' } : { type: 'data/check', months: [...months] };
    expect(await handleRequest(request, at)).toEqual({ ok: true });
    const { entries } = parseQuarantine((await fakeBrowser.storage.local.get(KEY.quarantine)).quarantine);
    expect(entries.some((e) => e.source === key)).toBe(kept);
  });

  it('refuses months that are not YYYY-MM, saying so', async () => {
    const reply = await handleRequest({ type: 'data/check', months: ['last month'] }, at);
    expect(reply.ok).toBe(false);
  });
});
