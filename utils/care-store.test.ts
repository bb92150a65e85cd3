import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Phq2Result } from '@/core/care';
import { DAY_MS } from '@/core/time';
import { addPhq2, saveReflection } from './care-store';
import { handleRequest } from './handle-request';
import { readPhq2, readReflections } from './history-data';

const DAY = DAY_MS;
const at = Date.UTC(2026, 10, 24, 9);
const phq2 = (over: Partial<Phq2Result> = {}): Phq2Result => ({
  id: 'mhx1c2a0-p001',
  at,
  tzOffsetMin: 60,
  interest: 2,
  down: 1,
  ...over,
});
const stored = () => fakeBrowser.storage.local.get(null);

describe('PHQ-2 store (background writer)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a valid self-check, through the request handler', async () => {
    expect(await handleRequest({ type: 'phq2/add', result: phq2() }, at)).toEqual({ ok: true });
    expect(await readPhq2()).toEqual([phq2()]);
  });

  it('refuses a second one within 14 days and says when it is due', async () => {
    await addPhq2(phq2(), at);
    const reply = await addPhq2(phq2({ id: 'mhx1c2a0-p002', at: at + 13 * DAY }), at + 13 * DAY);
    expect(reply).toEqual({ ok: false, error: { kind: 'tooSoon', nextAt: at + 14 * DAY } });
    expect(await addPhq2(phq2({ id: 'mhx1c2a0-p003', at: at + 14 * DAY }), at + 14 * DAY)).toEqual({ ok: true });
    expect((await readPhq2()).map((r) => r.id)).toEqual(['mhx1c2a0-p001', 'mhx1c2a0-p003']);
  });

  it.each([
    ['an answer of 4', { ...phq2(), down: 4 }, ['down']],
    ['an unknown field', { ...phq2(), score: 6 }, ['score']],
    ['not an object', 'yes', ['(not an object)']],
  ])('refuses %s, naming the field, and stores nothing', async (_, result, fields) => {
    const reply = await handleRequest({ type: 'phq2/add', result }, at);
    expect(reply).toEqual({ ok: false, error: { kind: 'invalidRecord', record: 'phq2', fields } });
    expect(await stored()).toEqual({});
  });

  it('keeps a damaged stored list aside before rewriting it', async () => {
    const raw = [phq2({ at: at - 30 * DAY }), { id: 'broken' }];
    await fakeBrowser.storage.local.set({ phq2: raw });
    expect(await addPhq2(phq2({ id: 'mhx1c2a0-p009' }), at)).toEqual({ ok: true });
    const all = await stored();
    expect(all.phq2).toEqual([phq2({ at: at - 30 * DAY }), phq2({ id: 'mhx1c2a0-p009' })]);
    expect(all.quarantine).toEqual([{ source: 'phq2', at, kept: 1, raw, dismissed: false }]);
  });
});

describe('weekly reflections store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves one per week; a second save for the week replaces it', async () => {
    expect(
      await handleRequest(
        { type: 'reflection/save', reflection: { weekStart: '2026-11-23', enjoyment: 6, activity: 4 } },
        at,
      ),
    ).toEqual({ ok: true });
    await saveReflection({ weekStart: '2026-11-16', enjoyment: 2, activity: 3 }, at);
    await saveReflection({ weekStart: '2026-11-23', enjoyment: 5, activity: 5 }, at);
    expect(await readReflections()).toEqual([
      { weekStart: '2026-11-16', enjoyment: 2, activity: 3 },
      { weekStart: '2026-11-23', enjoyment: 5, activity: 5 },
    ]);
  });

  it.each([
    ['a rating of 11', { weekStart: '2026-11-23', enjoyment: 11, activity: 4 }, ['enjoyment']],
    ['a date that does not exist', { weekStart: '2026-02-30', enjoyment: 1, activity: 4 }, ['weekStart']],
  ])('refuses %s and stores nothing', async (_, reflection, fields) => {
    const reply = await handleRequest({ type: 'reflection/save', reflection }, at);
    expect(reply).toEqual({ ok: false, error: { kind: 'invalidRecord', record: 'reflection', fields } });
    expect(await stored()).toEqual({});
  });
});
