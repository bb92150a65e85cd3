import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Phq2Result, WeeklyReflection } from '@/core/care';
import type { CheckIn } from '@/core/checkins';
import { backupJson } from '@/core/export-backup';
import { checkInsCsv } from '@/core/export-csv';
import { parseImport } from '@/core/import';
import type { Outcome } from '@/core/outcomes';
import { readRestore } from '@/core/restore';
import { localMonthKey } from '@/core/time';
import { readAllData } from './all-data';
import { saveReflection } from './care-store';
import { addCheckIn } from './checkin-store';
import { deleteAllData } from './data-store';
import { readStoredIdentities, writeImport } from './import-writer';
import { localOffsetMin } from './time-zone';

const all = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const byTime = (a: CheckIn, b: CheckIn) => a.at - b.at || (a.id < b.id ? -1 : 1);

const at = Date.UTC(2026, 10, 24, 13, 5);
const NONE = { phq2: 0, reflections: 0, outcomes: 0, rollups: 0, activity: 0 };
const make = (i: number, month = 10, extra: Partial<CheckIn> = {}): CheckIn => ({
  id: `imp${String(i).padStart(5, '0')}`,
  at: Date.UTC(2026, month, 3 + (i % 20), 9, i % 60),
  tzOffsetMin: 60,
  mood: 1 + (i % 5),
  pain: i % 11,
  source: 'popup',
  ...extra,
});

/**
 * Storage whose `set` fails on the given calls (1-based), as a full quota would, but
 * only among the first calls made together: an import sends all its writes at once,
 * and the put-back that follows a failure is assumed to succeed.
 */
function failingSetOn(calls: ReadonlySet<number>) {
  const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  let n = 0;
  let together: boolean | undefined;
  return vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    n++;
    if (together === undefined) {
      together = true;
      queueMicrotask(() => {
        together = false;
      });
    }
    if (together && calls.has(n)) throw new Error('QUOTA_BYTES quota exceeded');
    return realSet(items);
  });
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  vi.restoreAllMocks();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('writeImport: check-ins (the options page writes an import itself)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merges by id across months: new ones added in time order, stored ones never replaced', async () => {
    const stored = make(1);
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': [stored] });
    const changed = { ...stored, pain: 9 }; // same id, different content: the stored one stays
    const incoming = [make(3, 9), make(2), changed, make(4, 11)];
    expect(await writeImport({ checkIns: incoming })).toEqual({
      ok: true,
      added: NONE,
      checkIns: { added: 3, alreadyHere: 0, conflicts: 1 },
    });
    const after = await all();
    expect(after['checkins:2026-10']).toEqual([make(3, 9)]);
    expect(after['checkins:2026-11']).toEqual([stored, make(2)].sort(byTime));
    expect(after['checkins:2026-12']).toEqual([make(4, 11)]);
  });

  it('never stores an id twice: one stored in another month is kept, the incoming one is not added', async () => {
    const stored = make(1, 9);
    await fakeBrowser.storage.local.set({ 'checkins:2026-10': [stored] });
    const moved = { ...stored, at: Date.UTC(2026, 10, 5, 9) }; // same id, a month later
    expect(await writeImport({ checkIns: [moved, make(2)] })).toEqual({
      ok: true,
      added: NONE,
      checkIns: { added: 1, alreadyHere: 0, conflicts: 1 },
    });
    expect(await all()).toEqual({ 'checkins:2026-10': [stored], 'checkins:2026-11': [make(2)] });
  });

  it('importing the same check-ins twice changes nothing the second time', async () => {
    const list = Array.from({ length: 30 }, (_, i) => make(i, i % 3));
    await writeImport({ checkIns: list });
    const once = await all();
    expect(await writeImport({ checkIns: list })).toEqual({
      ok: true,
      added: NONE,
      checkIns: { added: 0, alreadyHere: 30, conflicts: 0 },
    });
    expect(await all()).toEqual(once);
  });

  it('writes nothing for an empty list', async () => {
    expect(await writeImport({ checkIns: [] })).toEqual({
      ok: true,
      added: NONE,
      checkIns: { added: 0, alreadyHere: 0, conflicts: 0 },
    });
    expect(await all()).toEqual({});
  });

  it('reports each step as it ends, in order', async () => {
    const steps: string[] = [];
    await writeImport({ checkIns: [make(1)] }, { onStep: (step) => steps.push(step) });
    expect(steps).toEqual(['lock', 'merge', 'set']);
  });

  it('puts back every month when one write fails, and says why', async () => {
    await fakeBrowser.storage.local.set({ 'checkins:2025-10': [make(1, 9)], settings: { keep: true } });
    const before = await all();
    failingSetOn(new Set([2]));
    // Two years of months and one more in a month already stored.
    const year = (y: number) =>
      Array.from({ length: 12 }, (_, m) => ({ ...make(m * 3 + y), at: Date.UTC(y, m, 10, 9) }));
    const list = [...year(2024), ...year(2025)].map((c, i) => ({ ...c, id: `imp${String(i).padStart(5, '0')}` }));
    const result = await writeImport({ checkIns: list });
    expect(result).toEqual({ ok: false, error: { kind: 'storage', detail: 'Error: QUOTA_BYTES quota exceeded' } });
    vi.restoreAllMocks();
    expect(await all()).toEqual(before);
  });

  it('refuses to rewrite a damaged month, naming it, and writes nothing', async () => {
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': [make(1), { id: 'broken' }] });
    const before = await all();
    expect(await writeImport({ checkIns: [make(2, 10), make(3, 9)] })).toEqual({
      ok: false,
      error: { kind: 'damaged', months: ['2026-11'] },
    });
    expect(await all()).toEqual(before);
  });

  it('a check-in saved by the background at the same moment is kept too', async () => {
    const saved = make(50);
    const [imported, added] = await Promise.all([writeImport({ checkIns: [make(1), make(2)] }), addCheckIn(saved, at)]);
    expect(imported.ok).toBe(true);
    expect(added).toEqual({ ok: true });
    expect(await all()).toEqual({ 'checkins:2026-11': [make(1), make(2), saved].sort(byTime) });
  });

  it('fuzzed: whatever write fails, either every check-in is stored or nothing changed', async () => {
    const arbList = fc.uniqueArray(
      fc.integer({ min: 0, max: 400 }).map((i) => make(i, i % 12)),
      { selector: (c) => c.id, maxLength: 30 },
    );
    await fc.assert(
      fc.asyncProperty(
        arbList,
        fc.uniqueArray(fc.integer({ min: 1, max: 14 }), { maxLength: 3 }),
        async (list, fails) => {
          fakeBrowser.reset();
          vi.restoreAllMocks();
          await fakeBrowser.storage.local.set({ 'checkins:2026-11': [make(1)] });
          const before = await all();
          failingSetOn(new Set(fails));
          const result = await writeImport({ checkIns: list });
          vi.restoreAllMocks();
          const after = await all();
          if (!result.ok) expect(after).toEqual(before);
          else {
            const ids = new Set(Object.values(after).flatMap((m) => (m as CheckIn[]).map((c) => c.id)));
            for (const c of list) expect(ids.has(c.id)).toBe(true);
            expect(ids.size).toBe(new Set([...list.map((c) => c.id), make(1).id]).size);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('writeImport: a backup’s other records', () => {
  beforeEach(() => fakeBrowser.reset());

  const phq = (i: number, extra: Partial<Phq2Result> = {}): Phq2Result => ({
    id: `phq2-${String(i).padStart(4, '0')}`,
    at: Date.UTC(2026, 0, 1 + i * 14, 9),
    tzOffsetMin: 60,
    interest: (i % 4) as Phq2Result['interest'],
    down: 1,
    ...extra,
  });
  const week = (day: number, enjoyment = 3): WeeklyReflection => ({
    weekStart: `2026-03-${String(day).padStart(2, '0')}`,
    enjoyment,
    activity: 4,
  });
  const outcome = (at: number, kind: Outcome['kind'] = 'done', nudge = 'walk'): Outcome => ({ nudge, kind, at });
  const outcomesKey = (at: number) => `outcomes:${localMonthKey(at, localOffsetMin(at))}`;

  it('adds new PHQ-2 self-checks, reflections and break records by identity, keeping what is stored', async () => {
    const march = Date.UTC(2026, 2, 10, 12);
    const april = Date.UTC(2026, 3, 10, 12);
    await fakeBrowser.storage.local.set({
      phq2: [phq(2)],
      reflections: [week(9, 7)],
      [outcomesKey(march)]: [outcome(march, 'due'), outcome(march)],
    });
    const result = await writeImport({
      checkIns: [],
      phq2: [phq(3), phq(1), { ...phq(2), down: 3 }],
      // The same week with other answers: the stored reflection stays.
      reflections: [week(16), week(9, 1), week(2)],
      outcomes: [outcome(april), outcome(march), outcome(march - 1000, 'shown')],
    });
    expect(result).toEqual({
      ok: true,
      checkIns: { added: 0, alreadyHere: 0, conflicts: 0 },
      added: { phq2: 2, reflections: 2, outcomes: 2, rollups: 0, activity: 0 },
    });
    const after = await all();
    expect(after.phq2).toEqual([phq(1), phq(2), phq(3)]);
    expect(after.reflections).toEqual([week(2), week(9, 7), week(16)]);
    expect(after[outcomesKey(march)]).toEqual([outcome(march - 1000, 'shown'), outcome(march, 'due'), outcome(march)]);
    expect(after[outcomesKey(april)]).toEqual([outcome(april)]);
  });

  it('keeps a damaged stored list aside before rewriting it with its valid entries and the new ones', async () => {
    await fakeBrowser.storage.local.set({ phq2: [phq(1), { id: 'broken' }] });
    expect(await writeImport({ checkIns: [], phq2: [phq(2)] }, { now: at })).toMatchObject({ ok: true });
    const after = await all();
    expect(after.phq2).toEqual([phq(1), phq(2)]);
    expect(after.quarantine).toEqual([
      { source: 'phq2', at, kept: 1, raw: [phq(1), { id: 'broken' }], dismissed: false },
    ]);
  });

  it('leaves a damaged stored list alone when nothing is added to it', async () => {
    await fakeBrowser.storage.local.set({ reflections: [week(2), 'broken'] });
    const before = await all();
    expect(await writeImport({ checkIns: [], reflections: [week(2)] })).toMatchObject({ ok: true });
    expect(await all()).toEqual(before);
  });

  it('puts back every key, check-ins and records alike, when one write fails', async () => {
    await fakeBrowser.storage.local.set({ phq2: [phq(1)], 'checkins:2026-11': [make(1)] });
    const before = await all();
    failingSetOn(new Set([3]));
    const result = await writeImport({
      checkIns: [make(2), make(3, 9)],
      phq2: [phq(2)],
      reflections: [week(2)],
      outcomes: [outcome(at)],
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'storage' } });
    vi.restoreAllMocks();
    expect(await all()).toEqual(before);
  });

  it('a reflection saved by the background at the same moment is kept too', async () => {
    const [imported, saved] = await Promise.all([
      writeImport({ checkIns: [], reflections: [week(2), week(9)] }),
      saveReflection(week(16), at),
    ]);
    expect(imported.ok).toBe(true);
    expect(saved).toEqual({ ok: true });
    expect((await all()).reflections).toEqual([week(2), week(9), week(16)]);
  });

  it('readStoredIdentities: what is here, for the preview', async () => {
    const march = Date.UTC(2026, 2, 10, 12);
    await fakeBrowser.storage.local.set({
      'checkins:2026-11': [make(1), { id: 'broken-but-counted' }],
      phq2: [phq(1)],
      reflections: [week(2)],
      [outcomesKey(march)]: [outcome(march)],
      settings: { ignored: true },
    });
    expect(await readStoredIdentities()).toEqual({
      checkIns: new Set([make(1).id, 'broken-but-counted']),
      records: {
        phq2: new Set([phq(1).id]),
        reflections: new Set(['2026-03-02']),
        outcomes: new Set([`${march} walk done`]),
        rollups: new Set(),
        activity: new Set(),
      },
    });
  });
});

describe('a file, read and then written', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never touches Object.prototype, whatever the file holds', async () => {
    const text =
      '{"format":"limber-backup","schemaVersion":1,"exportedAt":"2026-11-24T13:05:00.000Z","checkIns":[' +
      '{"__proto__":{"polluted":1},"id":"evil0001","at":1790000000000,"tzOffsetMin":0,"mood":3,"pain":2,"source":"popup"},' +
      '{"constructor":{"prototype":{"polluted":1}},"id":"evil0002","at":1790000000001,"tzOffsetMin":0,"mood":3,"pain":2,"source":"popup"}]}';
    const parsed = parseImport(text, 'evil.json', new Set());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(await writeImport({ checkIns: parsed.value.checkIns })).toMatchObject({ ok: true });
    for (const c of Object.values(await all()).flat() as object[]) {
      expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
      expect(Object.keys(c)).not.toContain('__proto__');
      expect(Object.keys(c)).not.toContain('constructor');
    }
  });

  const seed = async () => {
    const list = Array.from({ length: 120 }, (_, i) =>
      make(i, i % 12, {
        ...(i % 3 === 0 ? { note: i % 2 ? '=SUM(A1), "quoted"\nnext line' : 'Stiff; walked' } : {}),
        ...(i % 4 === 0 ? { regions: ['lower', 'neck'] as CheckIn['regions'] } : {}),
        ...(i % 5 === 0 ? { tags: ['walked'] as CheckIn['tags'], sleep: i % 11 } : {}),
        ...(i % 7 === 0 ? { tzOffsetMin: -300, source: 'break' as const } : {}),
      }),
    );
    expect(await writeImport({ checkIns: list })).toMatchObject({ ok: true });
    return list;
  };
  const checkInKeys = (store: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(store).filter(([k]) => k.startsWith('checkins:')));

  it.each([
    ['the JSON backup', 'limber-backup.json', (checkIns: CheckIn[]) => JSON.stringify(backupJson({ checkIns }, at))],
    ['the check-ins CSV', 'limber-checkins.csv', (checkIns: CheckIn[]) => checkInsCsv(checkIns, { bom: true })],
  ])('export → delete → import: %s brings back exactly what was stored', async (_, fileName, write) => {
    await seed();
    const stored = checkInKeys(await all());
    const text = write((await readAllData()).checkIns);

    await deleteAllData();
    expect(await all()).toEqual({});
    const parsed = parseImport(text, fileName, (await readStoredIdentities()).checkIns);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.preview).toMatchObject({ count: 120, alreadyHere: 0 });
    expect(await writeImport({ checkIns: parsed.value.checkIns })).toEqual({
      ok: true,
      added: NONE,
      checkIns: { added: 120, alreadyHere: 0, conflicts: 0 },
    });
    expect(checkInKeys(await all())).toEqual(stored);
  });

  it('export → delete → import: the JSON backup brings back every record identically', async () => {
    await seed();
    const march = Date.UTC(2026, 2, 10, 12);
    await fakeBrowser.storage.local.set({
      phq2: [
        { id: 'phq2-0001', at: Date.UTC(2026, 0, 5), tzOffsetMin: 60, interest: 1, down: 0 },
        { id: 'phq2-0002', at: Date.UTC(2026, 0, 19), tzOffsetMin: 60, interest: 3, down: 2 },
      ],
      reflections: [
        { weekStart: '2026-01-05', enjoyment: 4, activity: 6 },
        { weekStart: '2026-01-12', enjoyment: 0, activity: 10 },
      ],
      [`outcomes:${localMonthKey(march, localOffsetMin(march))}`]: [
        { nudge: 'walk', kind: 'due', at: march },
        { nudge: 'walk', kind: 'shown', at: march },
        { nudge: 'walk', kind: 'done', at: march + 60_000 },
        { nudge: 'my-break', kind: 'skipped', at: march + 120_000 },
      ],
    });
    const stored = await all();
    const { checkIns, settings, outcomes, phq2, reflections } = await readAllData();
    const text = JSON.stringify(backupJson({ checkIns, settings, outcomes, phq2, reflections }, at));

    await deleteAllData();
    const parsed = parseImport(text, 'limber-backup.json', new Set());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const restore = readRestore(parsed.value);
    if (!restore.ok) throw new Error(JSON.stringify(restore.problems));
    const { phq2: p, reflections: r, outcomes: o } = restore.value;
    expect(await writeImport({ checkIns: parsed.value.checkIns, phq2: p, reflections: r, outcomes: o })).toEqual({
      ok: true,
      checkIns: { added: 120, alreadyHere: 0, conflicts: 0 },
      added: { phq2: 2, reflections: 2, outcomes: 4, rollups: 0, activity: 0 },
    });
    // Settings are the background's to write (the page sends them: App.test.tsx).
    expect(await all()).toEqual(stored);
  });
});
