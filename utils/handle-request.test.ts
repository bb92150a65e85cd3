import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckIn } from '@/core/checkins';
import { readMonth } from './checkin-store';
import { handleRequest } from './handle-request';

const at = Date.UTC(2026, 10, 24, 13, 5);
const checkIn: CheckIn = { id: 'mhx1c2a0-k2j9', at, tzOffsetMin: 60, mood: 3, pain: 4, source: 'popup' };
const all = () => fakeBrowser.storage.local.get(null);

describe('handleRequest (the background writer)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a check-in under its local month and reads it back', async () => {
    expect(await handleRequest({ type: 'checkin/add', checkIn }, at)).toEqual({ ok: true });
    expect(await all()).toEqual({ 'checkins:2026-11': [checkIn] });
    expect(await readMonth('2026-11')).toEqual({ checkIns: [checkIn], damaged: false });
  });

  it('answers a save sent again (same id, same content) as already saved, and stores it once', async () => {
    expect(await handleRequest({ type: 'checkin/add', checkIn }, at)).toEqual({ ok: true });
    expect(await handleRequest({ type: 'checkin/add', checkIn: { ...checkIn } }, at)).toEqual({
      ok: true,
      alreadySaved: true,
    });
    expect(await all()).toEqual({ 'checkins:2026-11': [checkIn] });
  });

  it('updates an entry in place, or moves it to the month its new time is in', async () => {
    await handleRequest({ type: 'checkin/add', checkIn }, at);
    const amended = { ...checkIn, note: 'after lunch', tags: ['walked'] };
    expect(await handleRequest({ type: 'checkin/update', from: '2026-11', checkIn: amended }, at)).toEqual({
      ok: true,
    });
    expect(await all()).toEqual({ 'checkins:2026-11': [amended] });
    const earlier = { ...amended, at: Date.UTC(2026, 9, 30, 9), mood: undefined };
    const { mood: _m, ...moved } = earlier;
    expect(await handleRequest({ type: 'checkin/update', from: '2026-11', checkIn: moved }, at)).toEqual({ ok: true });
    expect(await all()).toEqual({ 'checkins:2026-11': [], 'checkins:2026-10': [moved] });
    const { pain: _p, ...neither } = moved;
    expect(await handleRequest({ type: 'checkin/update', from: '2026-10', checkIn: neither }, at)).toEqual({
      ok: false,
      error: { kind: 'invalidCheckIn', problems: [{ kind: 'noMoodOrPain' }] },
    });
    expect(await all()).toEqual({ 'checkins:2026-11': [], 'checkins:2026-10': [moved] });
  });

  it('refuses a repeated id and keeps what was stored', async () => {
    await handleRequest({ type: 'checkin/add', checkIn }, at);
    const reply = await handleRequest({ type: 'checkin/add', checkIn: { ...checkIn, pain: 9 } }, at);
    expect(reply).toEqual({ ok: false, error: { kind: 'duplicateId' } });
    expect(await all()).toEqual({ 'checkins:2026-11': [checkIn] });
  });

  it.each([
    ['pain out of range', { type: 'checkin/add', checkIn: { ...checkIn, pain: 12 } }, 'invalidCheckIn'],
    ['an unknown field', { type: 'checkin/add', checkIn: { ...checkIn, extra: 1 } }, 'invalidCheckIn'],
    ['an unknown message', { type: 'everything/delete' }, 'badMessage'],
    ['no message at all', null, 'badMessage'],
  ])('refuses %s and changes nothing', async (_, message, kind) => {
    await handleRequest({ type: 'checkin/add', checkIn }, at);
    const before = await all();
    const reply = await handleRequest(message, at);
    expect(reply).toMatchObject({ ok: false, error: { kind } });
    expect(await all()).toEqual(before);
  });

  it('removes a check-in by id (Undo)', async () => {
    await handleRequest({ type: 'checkin/add', checkIn }, at);
    expect(await handleRequest({ type: 'checkin/remove', month: '2026-11', id: checkIn.id }, at)).toEqual({ ok: true });
    expect(await readMonth('2026-11')).toEqual({ checkIns: [], damaged: false });
  });

  it('keeps a damaged month aside, keeps its valid entries, and writes the new one', async () => {
    const raw = [checkIn, { id: 'broken', mood: 'sunny' }];
    await fakeBrowser.storage.local.set({ 'checkins:2026-11': raw });
    const next = { ...checkIn, id: 'mhx1c2a0-zzzz', at: at + 60_000 };
    expect(await handleRequest({ type: 'checkin/add', checkIn: next }, at + 60_000)).toEqual({ ok: true });
    const stored = await all();
    expect(stored['checkins:2026-11']).toEqual([checkIn, next]);
    expect(stored.quarantine).toEqual([
      { source: 'checkins:2026-11', at: at + 60_000, kept: 1, raw, dismissed: false },
    ]);
    expect(await handleRequest({ type: 'quarantine/dismiss' }, at)).toEqual({ ok: true });
    expect((await all()).quarantine).toEqual([
      { source: 'checkins:2026-11', at: at + 60_000, kept: 1, raw, dismissed: true },
    ]);
  });

  it('repairs a month that is not even a list without losing it', async () => {
    await fakeBrowser.storage.local.set({ 'checkins:2026-10': 'garbage' });
    expect(await handleRequest({ type: 'checkins/repair', month: '2026-10' }, at)).toEqual({ ok: true });
    const stored = await all();
    expect(stored['checkins:2026-10']).toEqual([]);
    expect(stored.quarantine).toMatchObject([{ source: 'checkins:2026-10', raw: 'garbage', kept: 0 }]);
  });

  it('reads months for the popup: every valid entry, a damaged month kept aside by the writer', async () => {
    const october = { ...checkIn, id: 'mhx1c2a0-oct1', at: Date.UTC(2026, 9, 3, 9) };
    await fakeBrowser.storage.local.set({
      'checkins:2026-10': [october, { mood: 9 }],
      'checkins:2026-11': [checkIn],
    });
    expect(await handleRequest({ type: 'checkins/read', months: ['2026-10', '2026-11', '2026-12'] }, at)).toEqual({
      ok: true,
      checkIns: [october, checkIn],
    });
    const stored = await all();
    expect(stored['checkins:2026-10']).toEqual([october]);
    expect(stored.quarantine).toMatchObject([{ source: 'checkins:2026-10', raw: [october, { mood: 9 }], kept: 1 }]);
    expect(stored['checkins:2026-11']).toEqual([checkIn]);
  });

  it.each([
    ['no months', { type: 'checkins/read', months: [] }],
    ['a bad month', { type: 'checkins/read', months: ['2026-13'] }],
    ['more than a year', { type: 'checkins/read', months: Array.from({ length: 13 }, () => '2026-01') }],
  ])('refuses a read of %s', async (_, request) => {
    expect(await handleRequest(request, at)).toEqual({ ok: false, error: { kind: 'badMessage' } });
  });

  it('loses nothing when many saves race', async () => {
    const saves = Array.from({ length: 40 }, (_, i) =>
      handleRequest(
        { type: 'checkin/add', checkIn: { ...checkIn, id: `race-${String(i).padStart(3, '0')}`, at: at + i } },
        at,
      ),
    );
    expect(await Promise.all(saves)).toEqual(Array(40).fill({ ok: true }));
    expect((await readMonth('2026-11')).checkIns).toHaveLength(40);
  });
});
