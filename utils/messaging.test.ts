import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANSWER_TIMEOUT_MS } from '@/core/retry';
import { send } from './messaging';

const save = {
  type: 'checkin/add',
  checkIn: { id: 'mhx1c2a0-k2j9', at: 0, tzOffsetMin: 0, mood: 3, pain: 4, source: 'popup' },
} as const;

describe('send', () => {
  afterEach(() => vi.useRealTimers());

  it('sends a save again with the same message when its answer was lost, and gives the answer', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      if (sent.length === 1) throw new Error('The message port closed before a response was received.');
      if (sent.length === 2) return undefined;
      return { ok: true, alreadySaved: true };
    });
    expect(await send(save)).toEqual({ ok: true, alreadySaved: true });
    expect(sent).toEqual([save, save, save]);
  });

  it('retries a save that got no answer in time once, then says it got none', async () => {
    vi.useFakeTimers();
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => {}));
    const reply = send(save);
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS);
    expect(spy).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS);
    expect(await reply).toEqual({ ok: false, error: { kind: 'unreachable' } });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('never repeats a request that is not safe to repeat', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('gone'));
    expect(await send({ type: 'engine/takeBreakNow', nudge: 'walk' })).toEqual({
      ok: false,
      error: { kind: 'unreachable' },
    });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  // Pages send without the polyfill (utils/page-browser.ts): a background that failed
  // answers with the polyfill's rejection object, which is no answer at all.
  it.each([
    ['the polyfill rejection object', { __mozWebExtensionPolyfillReject__: true, message: 'boom' }],
    ['a bare string', 'ok'],
    ['null', null],
    ['an object without ok', { alreadySaved: true }],
  ])('counts %s as a lost answer and sends again', async (_, odd) => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return sent.length === 1 ? odd : { ok: true };
    });
    expect(await send(save)).toEqual({ ok: true });
    expect(sent).toEqual([save, save]);
  });
});
