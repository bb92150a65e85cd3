import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckIn } from '@/core/checkins';
import { backupJson, checkInsCsv } from '@/core/export';
import { parseImport } from '@/core/import';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { installFakeIdle } from '../tests/fake-idle';
import { readAllData, readCheckInIds } from './all-data';
import { deleteAllData, importCheckIns } from './data-store';
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

describe('importCheckIns (the background writer of imports)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merges by id across months: new ones added in time order, stored ones never replaced', async () => {
    const stored = make(1);
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': [stored] });
    const changed = { ...stored, pain: 9 }; // same id, different content: the stored one stays
    const incoming = [make(3, 9), make(2), changed, make(4, 11)];
    expect(await handleRequest({ type: 'data/import', checkIns: incoming }, at)).toEqual({ ok: true });
    const after = await all();
    expect(after['checkins:2026-10']).toEqual([make(3, 9)]);
    expect(after['checkins:2026-11']).toEqual([stored, make(2)].sort((a, b) => a.at - b.at));
    expect(after['checkins:2026-12']).toEqual([make(4, 11)]);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const list = Array.from({ length: 30 }, (_, i) => make(i, i % 3));
    await importCheckIns(list);
    const once = await all();
    expect(await importCheckIns(list)).toEqual({ ok: true });
    expect(await all()).toEqual(once);
  });

  it.each([
    ['a check-in with pain 11', { pain: 11 }, { kind: 'invalidField', field: 'pain' }],
    ['an unknown field', { admin: true }, { kind: 'unknownField', field: 'admin' }],
    ['a bad time', { at: 'yesterday' }, { kind: 'invalidField', field: 'at' }],
  ])('refuses a list with %s, names its row, and writes nothing', async (_, bad, problem) => {
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': [make(1)] });
    const before = await all();
    const list: unknown[] = [make(2), make(3, 9), { ...make(4), ...bad }, make(5)];
    expect(await importCheckIns(list)).toEqual({
      ok: false,
      error: { kind: 'invalidImport', row: 3, problems: [problem] },
    });
    expect(await all()).toEqual(before);
  });

  it.each([
    ['not a list', { length: 1 }],
    ['a string', 'checkins'],
    ['null', null],
  ])('refuses %s', async (_, input) => {
    expect(await importCheckIns(input)).toEqual({ ok: false, error: { kind: 'badMessage' } });
    expect(await all()).toEqual({});
  });

  it('puts back the months already written when a write fails midway', async () => {
    await fakeBrowser.storage.local.set({ 'checkins:2025-10': [make(1, 9)] });
    const before = await all();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let writes = 0;
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      writes++;
      if (writes === 2) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    // Two years of months: the first year is written, the second fails, the first is put back.
    const year = (y: number) =>
      Array.from({ length: 12 }, (_, m) => ({ ...make(m * 3 + y), at: Date.UTC(y, m, 10, 9) }));
    const list = [...year(2024), ...year(2025), make(2, 9)].map((c, i) => ({
      ...c,
      id: `imp${String(i).padStart(5, '0')}`,
    }));
    const reply = await importCheckIns(list);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'storage' } });
    spy.mockRestore();
    expect(await all()).toEqual(before);
  });

  it('leaves a damaged month for repair and writes nothing', async () => {
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': [make(1), { id: 'broken' }] });
    const before = await all();
    const reply = await importCheckIns([make(2, 10), make(3, 9)]);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'storage' } });
    expect(await all()).toEqual(before);
  });

  it('never touches Object.prototype, whatever the records hold', async () => {
    const hostile = JSON.parse(
      '[{"__proto__":{"polluted":1},"id":"evil0001","at":1790000000000,"tzOffsetMin":0,"mood":3,"pain":2,"source":"popup"},' +
        '{"constructor":{"prototype":{"polluted":1}},"id":"evil0002"}]',
    );
    const reply = await importCheckIns(hostile);
    expect(reply.ok).toBe(false);
    expect(await all()).toEqual({});
  });

  it('fuzzed lists: either everything valid is stored, or nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 400 }).map((i) => make(i, i % 12) as unknown),
            fc.anything(),
            fc.record({ id: fc.string(), pain: fc.integer() }),
          ),
          { maxLength: 12 },
        ),
        async (list) => {
          fakeBrowser.reset();
          await fakeBrowser.storage.local.set({ 'checkins:2026-11': [make(1)] });
          const before = await all();
          const reply = await importCheckIns(list);
          const after = await all();
          if (!reply.ok) expect(after).toEqual(before);
          else {
            const ids = new Set(Object.values(after).flatMap((m) => (m as CheckIn[]).map((c) => c.id)));
            for (const c of list as CheckIn[]) expect(ids.has(c.id)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
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

describe('export → import round trip', () => {
  beforeEach(() => fakeBrowser.reset());

  const seed = async () => {
    const list = Array.from({ length: 120 }, (_, i) =>
      make(i, i % 12, {
        ...(i % 3 === 0 ? { note: i % 2 ? '=SUM(A1), "quoted"\nnext line' : 'Stiff; walked' } : {}),
        ...(i % 4 === 0 ? { regions: ['lower', 'neck'] as CheckIn['regions'] } : {}),
        ...(i % 5 === 0 ? { tags: ['walked'] as CheckIn['tags'], sleep: i % 11 } : {}),
        ...(i % 7 === 0 ? { tzOffsetMin: -300, source: 'break' as const } : {}),
      }),
    );
    expect(await importCheckIns(list)).toEqual({ ok: true });
    return list;
  };
  const checkInKeys = (store: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(store).filter(([k]) => k.startsWith('checkins:')));

  it.each([
    ['the JSON backup', 'limber-backup.json', (checkIns: CheckIn[]) => JSON.stringify(backupJson({ checkIns }, at))],
    ['the check-ins CSV', 'limber-checkins.csv', (checkIns: CheckIn[]) => checkInsCsv(checkIns, { bom: true })],
  ])('%s brings back exactly what was stored', async (_, fileName, write) => {
    await seed();
    const stored = checkInKeys(await all());
    const text = write((await readAllData()).checkIns);

    await deleteAllData();
    expect(await all()).toEqual({});
    const parsed = parseImport(text, fileName, await readCheckInIds());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.preview).toMatchObject({ count: 120, alreadyHere: 0 });
    expect(await importCheckIns(parsed.value.checkIns)).toEqual({ ok: true });
    expect(checkInKeys(await all())).toEqual(stored);
  });
});
