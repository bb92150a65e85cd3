// @ts-check
// Polling, for the end-to-end suites of both browsers (tests/e2e*/): wait for what a page
// or the background does on its own time, and fail with what was last seen.
import assert from 'node:assert/strict';

/**
 * Polls `read` every `everyMs` until `ok(value)`; fails with the last value after `timeoutMs`.
 * @template T
 * @param {() => T} read
 * @param {(value: Awaited<T>) => unknown} ok
 * @returns {Promise<Awaited<T>>}
 */
export async function until(read, ok, timeoutMs = 10_000, everyMs = 100) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) assert.fail(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
