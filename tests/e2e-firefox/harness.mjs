// @ts-check
// Loads the built Firefox extension in Debian's firefox-esr through puppeteer-core
// over WebDriver BiDi (never a browser download). FIREFOX_PATH picks the browser;
// see DESIGN.md "Toolchain facts". What Firefox does differently from Chromium here:
// - moz-extension:// pages send no load event, so `page.goto` never resolves: the
//   navigation is started, not awaited, and a selector says the page is ready;
// - no console, error or network events reach puppeteer for extension pages: console
//   errors and uncaught exceptions are read from Firefox's stdout
//   (`devtools.console.stdout.content`);
// - the theme is a launch pref (`layout.css.prefers-color-scheme.content-override`).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { until } from '../until.mjs';

/** @typedef {import('puppeteer-core').Page} Page */
/** A Firefox with Limber installed, as `launch` gives it. */
/** @typedef {Awaited<ReturnType<typeof launch>>} Env */

export const OUT_DIR = resolve(process.env.LIMBER_OUT_DIR ?? '.output');
export const EXTENSION_DIR = resolve(OUT_DIR, 'firefox-mv3');
/** The test-only build with a 60× clock (WXT_TIME_SCALE=60), for the break engine's test. */
export const FAST_EXTENSION_DIR = resolve(`${OUT_DIR}-fast`, 'firefox-mv3');
/** Limber's id in its Firefox manifest (wxt.config.ts). */
export const ADDON_ID = 'limber@limber.app';
/** A fixed internal UUID, so every page is at moz-extension://UUID/… from the start. */
export const UUID = '3d5c2a1e-8f4b-4c7a-9e21-6b0d7f5a4c13';
export const BASE = `moz-extension://${UUID}`;

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox() {
  if (process.env.FIREFOX_PATH) {
    if (existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
    throw new Error(`FIREFOX_PATH is set to ${process.env.FIREFOX_PATH}, but there is no browser there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Firefox found, so the Firefox end-to-end tests cannot run. ' +
        'Install one (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  return found;
}

/**
 * Limber's errors among lines of Firefox's stdout: a page's or the background's
 * `console.error`, or an uncaught exception or rejection in one of its moz-extension://
 * documents. A message is its first line and the indented lines after it. Firefox's
 * own modules log there too (`console.error: RSLoader: …` when it cannot reach remote
 * settings, with a stack in resource:// or chrome:// code): those are not Limber's.
 * @param {readonly string[]} lines
 * @param {string} [base]
 */
export function extensionErrors(lines, base = BASE) {
  /** @type {[string, ...string[]][]} A message: its first line, then its indented ones. */
  const messages = [];
  for (const line of lines) {
    const last = messages.at(-1);
    if (/^\s/.test(line) && last) last.push(line);
    else messages.push([line]);
  }
  return messages
    .filter(([first, ...rest]) => {
      if (first.startsWith(`JavaScript error: ${base}/`)) return true;
      if (!first.startsWith('console.error: ')) return false;
      const text = [first, ...rest].join('\n');
      return text.includes(`${base}/`) || !/\b(resource|chrome):\/\//.test(text);
    })
    .map((message) => message.join('\n'));
}

/**
 * Starts Firefox in a fresh profile with Limber installed as a temporary add-on.
 * `theme`: 'light' or 'dark' (a launch pref; Firefox cannot switch it later).
 * `prefs`: more Firefox prefs, e.g. `extensions.background.idle.timeout` in ms.
 * `timeZone`: an IANA zone for Firefox (its TZ); by default the one this process runs in.
 * @param {{ extensionDir?: string, theme?: string, prefs?: Record<string, unknown>, timeZone?: string }} [options]
 */
export async function launch({ extensionDir = EXTENSION_DIR, theme = 'light', prefs = {}, timeZone } = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No Firefox build in ${extensionDir}: run \`npx wxt build -b firefox\` first (see README "Tests").`,
    );
  }
  mkdirSync(resolve(OUT_DIR, 'screenshots'), { recursive: true });
  const downloads = mkdtempSync(join(tmpdir(), 'limber-e2e-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
    env: timeZone ? { ...process.env, TZ: timeZone } : process.env,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'devtools.console.stdout.content': true,
      // Firefox's own chrome logs go to stdout too (remote settings it cannot reach, …): not ours.
      'devtools.console.stdout.chrome': false,
      'layout.css.prefers-color-scheme.content-override': theme === 'dark' ? 0 : 1,
      // <a download> saves straight into a folder of the test's own, never asking.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      ...prefs,
    },
  });
  /** @type {string[]} */
  const lines = [];
  // Each stream in whole lines of its own, so stdout and stderr never splice one line.
  /** @param {import('node:stream').Readable | null} stream */
  const collect = (stream) => {
    if (!stream) throw new Error('Firefox was started without a pipe for its output, so its console cannot be read.');
    let partial = '';
    stream.on('data', (/** @type {Buffer | string} */ chunk) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      lines.push(...parts);
    });
  };
  // puppeteer started Firefox itself (launch), so there is a process and its output is piped.
  const firefox = browser.process();
  if (!firefox) throw new Error('Firefox was not started by this harness, so its console cannot be read.');
  collect(firefox.stdout);
  collect(firefox.stderr);
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== ADDON_ID) throw new Error(`Installed ${id}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    rmSync(downloads, { recursive: true, force: true });
    throw error;
  }
  let sentinel = 0;
  return {
    browser,
    base: BASE,
    downloads,
    /** Every line Firefox wrote so far. */
    lines,
    /** Where the error log stands now: pass it to `errorsSince` later. */
    mark: () => lines.length,
    /**
     * Limber's console errors and uncaught exceptions written since `mark`. `page` (any
     * open extension page) logs a sentinel first and waits for it, so nothing written
     * before this call is still in the pipe.
     * @param {number} mark
     * @param {Page} page
     */
    async errorsSince(mark, page) {
      const token = `limber-e2e-sentinel-${++sentinel}`;
      await page.evaluate((t) => console.log(t), token);
      await until(() => lines.some((line) => line.includes(token)), Boolean, 5_000);
      return extensionErrors(lines.slice(mark));
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page and waits until `ready` (a CSS or puppeteer selector) is
 * there. The navigation is started, not awaited: Firefox never reports it loaded.
 * @param {Env} env
 * @param {string} path the page and its query, `popup.html`
 * @param {string} [ready]
 */
export async function openPage(env, path, ready) {
  const page = await env.browser.newPage();
  // It rejects when the page closes, having never "loaded": that is expected.
  page.goto(`${env.base}/${path}`).catch(() => {});
  if (ready) await waitForSelectorAcrossNavigation(page, ready);
  return page;
}

/**
 * `waitForSelector` that outlives the switch from about:blank to the extension page:
 * a query that lands in the document being replaced fails in Firefox's BiDi with a
 * protocol error rather than being retried, so it is asked again.
 * @param {Page} page
 * @param {string} selector
 */
export async function waitForSelectorAcrossNavigation(page, selector, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    let handle;
    try {
      handle = await page.waitForSelector(selector, { timeout: Math.max(1, end - Date.now()) });
    } catch (error) {
      if ((error instanceof Error && error.name === 'TimeoutError') || Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    // puppeteer answers null only when told to wait for an element to go.
    if (!handle) throw new Error(`${selector} is not on the page`);
    return handle;
  }
}

/**
 * Waits for `selector` and gives its handle: an element that must appear, never null.
 * @template {string} S
 * @param {Page} page
 * @param {S} selector
 */
export async function waitForElement(page, selector) {
  const handle = await page.waitForSelector(selector);
  // puppeteer answers null only when told to wait for an element to go.
  if (!handle) throw new Error(`${selector} is not on the page`);
  return handle;
}

/** @typedef {import('../e2e/harness.mjs').Stored} Stored */
/** @typedef {import('../e2e/harness.mjs').CheckInKey} CheckInKey */
/** @typedef {import('../e2e/harness.mjs').OutcomeKey} OutcomeKey */
/** @typedef {import('../e2e/harness.mjs').Outcome} Outcome */

/**
 * Everything in browser.storage.local, read from an extension page: each key as
 * Limber writes it (tests/e2e/harness.mjs `Stored`).
 * @param {Page} page
 * @returns {Promise<Stored>}
 */
export function readStorage(page) {
  return /** @type {Promise<Stored>} */ (page.evaluate(() => browser.storage.local.get(null)));
}

/**
 * All stored check-ins, across month keys.
 * @param {Page} page
 */
export async function storedCheckIns(page) {
  const all = await readStorage(page);
  // Every key read is present: `?? []` only tells the checker so.
  return Object.keys(all)
    .filter(isCheckInKey)
    .flatMap((key) => all[key] ?? []);
}

/**
 * Whether `key` names a month of check-ins, `checkins:YYYY-MM`.
 * @param {string} key
 * @returns {key is CheckInKey}
 */
const isCheckInKey = (key) => /^checkins:\d{4}-\d{2}$/.test(key);

/**
 * Every stored break record (core/outcomes.ts), across month keys.
 * @param {Page} page
 * @returns {Promise<Outcome[]>}
 */
export async function storedOutcomes(page) {
  const all = await readStorage(page);
  // Every key read is present: `?? []` only tells the checker so.
  return Object.keys(all)
    .filter(isOutcomeKey)
    .flatMap((key) => all[key] ?? []);
}

/**
 * Whether `key` names a month of break records, `outcomes:YYYY-MM`.
 * @param {string} key
 * @returns {key is OutcomeKey}
 */
const isOutcomeKey = (key) => /^outcomes:\d{4}-\d{2}$/.test(key);

/**
 * Sends a request to the background from an extension page, as Limber's pages do.
 * @param {Page} page
 * @param {{ type: string } & Record<string, unknown>} request any request, a malformed one too
 * @returns {Promise<import('@/core/messages.ts').Reply>} the background's reply (core/messages.ts)
 */
export function ask(page, request) {
  return /** @type {Promise<import('@/core/messages.ts').Reply>} */ (
    page.evaluate((r) => browser.runtime.sendMessage(r), request)
  );
}

/**
 * Picks a face or a pain number the way a person does: by clicking its label.
 * @param {Page} page
 * @param {string} name
 */
export async function pick(page, name) {
  const radio = await waitForElement(page, `::-p-aria([name="${name}"][role="radio"])`);
  // The handle of `closest('label')`: puppeteer's asElement() forgets it is an element.
  const label = /** @type {import('puppeteer-core').ElementHandle<HTMLLabelElement> | null} */ (
    (await radio.evaluateHandle((input) => input.closest('label'))).asElement()
  );
  if (!label) throw new Error(`The ${name} choice has no label around it to click.`);
  await label.click();
  await radio.dispose();
}

/**
 * Clicks the button with this accessible name.
 * @param {Page} page
 * @param {string} name
 */
export async function clickButton(page, name) {
  const button = await waitForElement(page, `::-p-aria([name="${name}"][role="button"])`);
  await button.click();
  await button.dispose();
}

/**
 * Waits until `page` shows `text` somewhere in its body.
 * @param {Page} page
 * @param {string} text
 */
export function waitForText(page, text, timeout = 15_000) {
  // biome-ignore lint/performance/useDomNodeTextContent: the text as a reader sees it, hidden text apart
  return page.waitForFunction((t) => document.body?.innerText.includes(t), { timeout }, text);
}

/**
 * Marks the running event page from `page` (kept open) and resolves once Firefox has
 * suspended it: the marked background window is then a dead object. It does not wake
 * the background to look.
 * @param {Page} page
 */
export async function waitForSuspension(page, timeoutMs = 20_000) {
  await page.evaluate(async () => {
    globalThis.__limberBackground = await browser.runtime.getBackgroundPage();
  });
  await until(
    () =>
      page.evaluate(() => {
        try {
          return globalThis.__limberBackground?.closed ?? true;
        } catch {
          return true; // "can't access dead object": the window is gone
        }
      }),
    Boolean,
    timeoutMs,
  );
}

/**
 * Files downloaded so far into the test's folder, by name.
 * @param {Env} env
 */
export function downloaded(env) {
  return readdirSync(env.downloads).filter((name) => !name.endsWith('.part'));
}

/** Polling, shared with the Chromium suites (tests/until.mjs). */
export { until };

/**
 * Relative luminance (0 black … 1 white) of a CSS `rgb(…)` colour.
 * @param {string} rgb
 */
export function luminance(rgb) {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  if (r === undefined || g === undefined || b === undefined) throw new Error(`Not an rgb() colour: ${rgb}`);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** @param {string} name */
export function screenshotPath(name) {
  return resolve(OUT_DIR, 'screenshots', `${name}.png`);
}

/**
 * Where `stored` would not survive JSON unchanged (an empty list when it all would).
 * Firefox's storage keeps what Chrome's drops or rewrites (−0, keys whose value is
 * undefined), and a backup is JSON: such a value makes the browsers differ and a
 * round trip inexact.
 * @param {Record<string, unknown>} stored
 */
export function jsonFaithful(stored) {
  /** @type {string[]} */
  const differences = [];
  /** @type {(value: unknown, path: string) => void} */
  const walk = (value, path) => {
    if (Object.is(value, -0)) differences.push(`${path} is −0`);
    else if (value === undefined) differences.push(`${path} is undefined`);
    else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (value && typeof value === 'object') {
      if (Object.getPrototypeOf(value) !== Object.prototype) differences.push(`${path} is not a plain object`);
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    } else if (typeof value === 'number' && !Number.isFinite(value)) differences.push(`${path} is ${value}`);
  };
  for (const [key, value] of Object.entries(stored)) walk(value, key);
  return differences;
}
