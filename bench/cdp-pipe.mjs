// @ts-check
// Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe), with
// nothing attached that we do not attach ourselves. playwright-core and puppeteer
// auto-attach to every service worker, and a worker with a debugger attached is never
// stopped for being idle; this client attaches to nothing unless asked, so the
// worker's lifetime is Chrome's own.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS, findChrome } from '../tests/e2e/harness.mjs';

/**
 * @typedef {{ method: string, params: any, sessionId?: string }} CdpEvent
 * @typedef {{
 *   send: (method: string, params?: object, sessionId?: string) => Promise<any>,
 *   on: (listener: (event: CdpEvent) => void) => void,
 *   close: () => Promise<void>,
 * }} Browser
 */

/**
 * Starts a headless Chromium with the given unpacked extensions in a fresh profile.
 * @param {string[]} extensionDirs
 * @returns {Promise<Browser>}
 */
export async function launchOverPipe(extensionDirs) {
  const profile = mkdtempSync(join(tmpdir(), 'limber-pipe-'));
  const child = spawn(
    findChrome(),
    [
      ...CHROME_ARGS(extensionDirs.join(',')),
      '--headless=new',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = /** @type {import('node:stream').Writable} */ (child.stdio[3]);
  const fromBrowser = /** @type {import('node:stream').Readable} */ (child.stdio[4]);
  let lastId = 0;
  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
  const pending = new Map();
  /** @type {((event: CdpEvent) => void)[]} */
  const listeners = [];
  let buffer = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\0'); end !== -1; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(`${message.error.message} (${message.error.code})`));
        else waiter?.resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  /** @type {Browser['send']} */
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  await send('Browser.getVersion');
  return {
    send,
    on: (listener) => void listeners.push(listener),
    close: async () => {
      await send('Browser.close').catch(() => {});
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `expression` in a new tab at `url` (an extension page), then closes the tab.
 * Only the page is attached; the worker it talks to is not.
 * @param {Browser} browser
 * @param {string} url
 * @param {string} expression
 */
export async function evaluateInPage(browser, url, expression) {
  const { targetId } = await browser.send('Target.createTarget', { url });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  try {
    for (let i = 0; i < 100; i++) {
      const { result } = await browser.send(
        'Runtime.evaluate',
        {
          expression: 'document.readyState === "complete" && typeof chrome.runtime?.id === "string"',
          returnByValue: true,
        },
        sessionId,
      );
      if (result.value === true) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const { result, exceptionDetails } = await browser.send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (exceptionDetails)
      throw new Error(`in ${url}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await browser.send('Target.closeTarget', { targetId });
  }
}
