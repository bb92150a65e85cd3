// The popup's save flow against the real background writer (handleRequest over
// fakeBrowser storage): two choices save, later changes amend, a lost answer is
// retried with the same id, and no answer at all is said truly.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckIn } from '@/core/checkins';
import { ANSWER_TIMEOUT_MS } from '@/core/retry';
import { handleRequest } from '@/utils/handle-request';
import { chose, KEYBOARD_SETTLE_MS, save, undo } from './actions';
import { createPopupStore } from './store';

const now = Date.UTC(2026, 10, 24, 9, 30);
const stored = async (): Promise<CheckIn[]> =>
  Object.entries(await fakeBrowser.storage.local.get(null))
    .filter(([key]) => key.startsWith('checkins:'))
    .flatMap(([, list]) => list as CheckIn[]);

/** Messages reach the real handler; `cut(n)` loses the answer of the n-th message (after it was handled). */
function background({ lose = new Set<number>(), silent = false } = {}) {
  const sent: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    if (silent) return new Promise(() => {});
    const reply = await handleRequest(message, now);
    if (lose.has(sent.length)) throw new Error('The message port closed before a response was received.');
    return reply;
  });
  return sent;
}

describe('popup save flow', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it.each([
    ['mood first', 'mood'],
    ['pain first', 'pain'],
  ])('with the details folded, the second choice saves (%s)', async (_, first) => {
    background();
    const store = createPopupStore();
    store.today.value = [];
    if (first === 'mood') store.mood.value = 4;
    else store.pain.value = 6;
    chose(store);
    expect(await stored()).toEqual([]);
    if (first === 'mood') store.pain.value = 6;
    else store.mood.value = 4;
    chose(store);
    await vi.waitFor(async () => expect(await stored()).toHaveLength(1));
    expect(await stored()).toMatchObject([{ mood: 4, pain: 6, source: 'popup', at: now }]);
    expect(store.feedback.value?.kind).toBe('saved');
    expect(store.today.value).toHaveLength(1);
  });

  it('with the details open, choosing saves nothing until Save', async () => {
    background();
    const store = createPopupStore();
    store.detailsOpen.value = true;
    store.mood.value = 2;
    chose(store);
    store.pain.value = 3;
    chose(store);
    await vi.advanceTimersByTimeAsync(KEYBOARD_SETTLE_MS * 2);
    expect(await stored()).toEqual([]);
    await save(store);
    expect(await stored()).toMatchObject([{ mood: 2, pain: 3 }]);
  });

  it('a keyboard choice waits a moment, so "1" then "0" saves 10 once', async () => {
    const sent = background();
    const store = createPopupStore();
    store.mood.value = 3;
    store.pain.value = 1;
    chose(store, { keyboard: true });
    store.pain.value = 10;
    chose(store, { keyboard: true });
    await vi.advanceTimersByTimeAsync(KEYBOARD_SETTLE_MS);
    await vi.waitFor(async () => expect(await stored()).toHaveLength(1));
    expect(sent).toHaveLength(1);
    expect(await stored()).toMatchObject([{ pain: 10 }]);
  });

  it('after a save, details and changes amend that entry (same id), and Undo removes it', async () => {
    const sent = background();
    const store = createPopupStore();
    store.mood.value = 4;
    store.pain.value = 6;
    await save(store);
    const [first] = await stored();
    store.detailsOpen.value = true;
    store.regions.value = ['lower'];
    store.note.value = 'after the meeting';
    await save(store);
    expect(await stored()).toEqual([{ ...first, regions: ['lower'], note: 'after the meeting' }]);
    expect(store.feedback.value?.kind).toBe('updated');
    expect(sent.map((m) => (m as { type: string }).type)).toEqual(['checkin/add', 'checkin/update']);
    // Nothing changed: nothing sent.
    await save(store);
    expect(sent).toHaveLength(2);
    await undo(store, store.saved.value as CheckIn);
    expect(await stored()).toEqual([]);
    expect([store.mood.value, store.pain.value, store.saved.value]).toEqual([null, null, null]);
  });

  it('a save whose answer was lost is sent again with the same id, stored once, and said saved', async () => {
    const sent = background({ lose: new Set([1]) });
    const store = createPopupStore();
    store.mood.value = 3;
    store.pain.value = 5;
    await save(store);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toEqual(sent[1]);
    expect(await stored()).toHaveLength(1);
    expect(store.feedback.value?.kind).toBe('saved');
  });

  it('with no answer at all, it says it may not be saved, keeps the choices, and the next save keeps one entry', async () => {
    background({ silent: true });
    const store = createPopupStore();
    store.mood.value = 3;
    store.pain.value = 5;
    const saving = save(store);
    await vi.advanceTimersByTimeAsync(2 * ANSWER_TIMEOUT_MS);
    await saving;
    expect(store.feedback.value).toEqual({
      kind: 'error',
      text: expect.stringMatching(/may not be saved yet\. Your choices are still here/),
    });
    expect(store.feedback.value).not.toMatchObject({ text: expect.stringMatching(/nothing was saved/) });
    expect([store.mood.value, store.pain.value]).toEqual([3, 5]);
    const sentFirst = store.unsure.value as CheckIn;
    // The worker answers again; the first attempt had in fact been stored.
    await handleRequest({ type: 'checkin/add', checkIn: sentFirst }, now);
    vi.mocked(fakeBrowser.runtime.sendMessage).mockRestore();
    const sent = background();
    store.pain.value = 6;
    await save(store);
    expect(sent).toMatchObject([{ type: 'checkin/update', checkIn: { id: sentFirst.id, pain: 6 } }]);
    expect(await stored()).toEqual([{ ...sentFirst, pain: 6 }]);
    expect(store.feedback.value?.kind).toBe('saved');
  });
});
