// Loads the built extension in real Chromium through playwright-core (never a
// browser download). CHROME_PATH picks the browser; see DESIGN.md "Toolchain facts".
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** A browser with Limber loaded, as `launch` gives it. */
/** @typedef {Awaited<ReturnType<typeof launch>>} Env */

export const OUT_DIR = resolve(process.env.LIMBER_OUT_DIR ?? '.output');
export const EXTENSION_DIR = resolve(OUT_DIR, 'chrome-mv3');
/** The test-only build with a 60× clock (WXT_TIME_SCALE=60), for the break engine's tests. */
export const FAST_EXTENSION_DIR = resolve(`${OUT_DIR}-fast`, 'chrome-mv3');
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChrome() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no browser there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome found, so the end-to-end tests cannot run. ' +
        'Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

/** @param {string} dir the unpacked extension */
export const CHROME_ARGS = (dir) => [
  '--no-sandbox',
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-gpu',
];

/** Starts Chromium with Limber in a fresh profile; records every request anything makes. */
export async function launch({ extensionDir = EXTENSION_DIR } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'limber-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChrome(),
    headless: true,
    args: CHROME_ARGS(extensionDir),
  });
  /** @type {string[]} */
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const base = `chrome-extension://${extensionId}`;
  // A fresh profile is an install: Limber opens its welcome page once. Closed here, so
  // every suite starts from the same tabs; `welcomeOpened` says how many there were.
  // Only once it has rendered: Chromium fetches an extension's messages for its whole
  // renderer process on the first i18n call, and a page closed during that call leaves
  // every later page of the process with empty strings (seen 1 in 30 launches).
  const welcomes = await waitForPages(context, `${base}/welcome.html`);
  for (const page of welcomes) {
    await page.waitForSelector('html[data-ready]', { timeout: 10_000 }).catch(() => {});
    await page.close();
  }
  await assertMessagesLoaded(context, base);
  return {
    welcomeOpened: welcomes.length,
    context,
    extensionId,
    base,
    requests,
    /** Every request made to anything but the extension's own pages (Limber makes none). */
    foreignRequests: () => requests.filter((url) => !url.startsWith(`${base}/`)),
    worker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Throws, in words, when Chromium gives Limber's pages no messages (see `launch`).
 * @param {BrowserContext} context
 * @param {string} base
 */
async function assertMessagesLoaded(context, base) {
  const page = await context.newPage();
  try {
    await page.goto(`${base}/help.html`);
    const summary = await page.evaluate(() => chrome.i18n.getMessage('extension_summary'));
    if (!summary) throw new Error("Chromium started Limber's pages without their messages (chrome.i18n is empty)");
  } finally {
    await page.close();
  }
}

/**
 * The pages at `url` that open within `timeoutMs` (waiting for the first only).
 * @param {BrowserContext} context
 * @param {string} url
 */
async function waitForPages(context, url, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = context.pages().filter((page) => page.url() === url);
    if (found.length > 0 || Date.now() > end) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The instant date-dependent tests take as "now": 07:30 local time on Monday
 * 2 November 2026, in whatever zone the suite runs (`npm test` runs it in
 * America/St_Johns, UTC-3:30, one day after its autumn DST change). Early morning,
 * so a seed that assumes "later today" fails at once rather than only before 09:00;
 * and a date where local and UTC days differ for much of the world. `fixClock`
 * gives it to every page of a browser; the worker keeps the real clock.
 */
export const FIXED_NOW = new Date(2026, 10, 2, 7, 30).getTime();

/**
 * The local calendar date of `at` as the date inputs want it (`2026-11-02`), never the UTC date.
 * @param {number} at
 */
export function localDateInput(at) {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Fixes `Date` at `at` in every page of this browser, open or opened later (timers
 * still run). Playwright's clock belongs to the whole context, and it does not reach
 * the service worker: a suite that needs both clocks to agree launches a second browser.
 * @param {Env} env
 * @param {number} at
 */
export async function fixClock(env, at) {
  await env.context.clock.setFixedTime(at);
}

/**
 * Waits until local midnight is more than `marginMs` away, so a test that saves
 * "today" and reads it back never straddles two days, whatever the hour it runs.
 */
export async function clearOfMidnight(marginMs = 15_000) {
  const now = new Date();
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  if (next - now.getTime() < marginMs) await new Promise((r) => setTimeout(r, next - now.getTime() + 1000));
}

/**
 * Opens an extension page and collects console errors and uncaught exceptions.
 * @param {Env} env
 * @param {string} path the page and its query, `popup.html`
 */
export async function openPage(env, path) {
  const page = await env.context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.base}/${path}`);
  return { page, errors };
}

// ---- What is stored -------------------------------------------------------
// The app's own types, through its `@/` alias, which tsconfig.e2e.json maps. The
// benchmarks import this module unchecked (tsconfig.scripts.json, no alias) and read
// no storage through it.

/** @typedef {import('@/core/checkins.ts').CheckIn} CheckIn */
/** @typedef {import('@/core/outcomes.ts').Outcome} Outcome */
/** @typedef {import('@/core/settings-defaults.ts').SettingsV1} Settings */
/** @typedef {import('@/utils/storage-keys.ts').SingleKey} SingleKey */
/** @typedef {ReturnType<typeof import('@/utils/storage-keys.ts').CHECKINS.key>} CheckInKey `checkins:YYYY-MM` */
/** @typedef {ReturnType<typeof import('@/utils/storage-keys.ts').OUTCOMES.key>} OutcomeKey `outcomes:YYYY-MM` */

/**
 * What Limber writes under each single key of storage.local (utils/storage-keys.ts KEY,
 * where each key's comment names the same type): a key declared there and not typed
 * here fails the check.
 * @typedef {{ [K in SingleKey]: {
 *   settings: Settings,
 *   engine: import('@/core/schedule-state.ts').ScheduleStateV1,
 *   status: import('@/core/status-snapshot.ts').StatusSnapshot,
 *   activity: Omit<import('@/core/activity.ts').ActivityHistory, 'rollups'>,
 *   rollups: import('@/core/activity.ts').DayRollup[],
 *   phq2: import('@/core/care.ts').Phq2Result[],
 *   reflections: import('@/core/care.ts').WeeklyReflection[],
 *   lastMove: string,
 *   quarantine: import('@/core/quarantine.ts').QuarantineEntry[],
 * }[K] }} StoredSingle
 */

/**
 * All of storage.local as Limber writes it: every declared key with its stored type,
 * each possibly absent; any other key (an older version's, a test's) is `unknown`. A
 * test that stored something else under a declared key itself knows it.
 * @typedef {Partial<StoredSingle>
 *   & { [K in CheckInKey]?: CheckIn[] }
 *   & { [K in OutcomeKey]?: Outcome[] }
 *   & { [key: string]: unknown }} Stored
 */

/**
 * Everything in chrome.storage.local, or one key's value, read from an extension page.
 * @overload
 * @param {Page} page
 * @returns {Promise<Stored>}
 */
/**
 * @template {import('@/utils/storage-keys.ts').StoredKey} K a declared key
 * @overload
 * @param {Page} page
 * @param {K} key
 * @returns {Promise<Stored[K]>} undefined when nothing is stored under it
 */
/**
 * @param {Page} page
 * @param {import('@/utils/storage-keys.ts').StoredKey} [key]
 */
export function readStorage(page, key) {
  return key === undefined
    ? page.evaluate(() => chrome.storage.local.get(null))
    : page.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/**
 * All stored check-ins, across month keys.
 * @param {Page} page
 * @returns {Promise<CheckIn[]>}
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
export const isCheckInKey = (key) => /^checkins:\d{4}-\d{2}$/.test(key);

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
 * Stops the service worker the way Chrome does when it goes idle (DevTools protocol).
 * @param {Env} env
 * @param {Page} page any page of the browser, for its DevTools session
 */
export async function killWorker(env, page) {
  const cdp = await env.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(env.base));
  for (const target of workers) await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await cdp.detach();
  return workers.length;
}

/** @param {string} name */
export function screenshotPath(name) {
  return resolve(OUT_DIR, 'screenshots', `${name}.png`);
}

// ---- Accessibility --------------------------------------------------------

const require = createRequire(import.meta.url);
/** @type {string | undefined} */
let axeSource;
/** The rules every page is held to: WCAG 2.2 A and AA (target size included) and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core (the devDependency) in `page` as it is now, and returns its serious
 * and critical violations, minus those `waivers` names: `{ ruleId: 'why it is waived' }`
 * (write the reason where the waiver is given). axe is evaluated through the DevTools
 * protocol, which an extension page's CSP does not block. Other suites may call it.
 * @param {Page} page
 * @param {{ waivers?: Record<string, string> }} [options]
 */
export async function axeViolations(page, { waivers = {} } = {}) {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }));
  }, AXE_TAGS);
  return violations.filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !(v.id in waivers));
}
