// @ts-check
// The worker's memory as a person's machine holds it (issue 10): its heap once loaded,
// how much it grows over a working day, and how long it stays alive per wake when no
// debugger holds it. Everything runs over a bare DevTools pipe (bench/cdp-pipe.mjs);
// the worker is attached only to read its heap, never while its lifetime is timed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOUR_MS } from '../tests/time-units.mjs';
import { evaluateInPage, launchOverPipe } from './cdp-pipe.mjs';
import { median } from './lib.mjs';

/** @typedef {import('./cdp-pipe.mjs').Browser} Browser */

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * An empty MV3 extension. `listening` adds a message and an alarm listener and a page to
 * send from (for timing a wake); without it the worker is the bare baseline the heap
 * ratio has always used (issue 3).
 * @param {{ listening?: boolean }} [options]
 */
export function emptyExtension({ listening = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'empty-ext-'));
  const manifest = { manifest_version: 3, name: 'Empty', version: '1.0', background: { service_worker: 'sw.js' } };
  if (listening) Object.assign(manifest, { permissions: ['alarms'] });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'sw.js'),
    listening
      ? 'chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ ok: true }); });\nchrome.alarms.onAlarm.addListener(() => {});\n'
      : 'self.addEventListener("message", () => {});\n',
  );
  writeFileSync(join(dir, 'page.html'), '<!doctype html><meta charset="utf-8"><title>empty</title>');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Follows the service workers' targets from the browser target (Target.setDiscoverTargets),
 * which attaches to nothing: `running(host)` says whether an extension's worker runs,
 * `next(host, kind)` waits for its next start or stop.
 * @param {Browser} browser
 */
async function watchWorkers(browser) {
  /** @type {Map<string, string>} targetId → extension host */
  const live = new Map();
  /** @type {{ host: string, kind: 'start' | 'stop', resolve: (at: number) => void }[]} */
  const waiting = [];
  /** @type {{ host: string, kind: 'start' | 'stop', at: number }[]} */
  const events = [];
  const emit = (/** @type {string} */ host, /** @type {'start' | 'stop'} */ kind) => {
    const at = performance.now();
    events.push({ host, kind, at });
    for (let i = waiting.length - 1; i >= 0; i--) {
      const w = /** @type {(typeof waiting)[number]} */ (waiting[i]);
      if (w.host === host && w.kind === kind) {
        waiting.splice(i, 1);
        w.resolve(at);
      }
    }
  };
  browser.on(({ method, params }) => {
    if (method === 'Target.targetCreated' && params.targetInfo.type === 'service_worker') {
      const host = new URL(params.targetInfo.url).host;
      live.set(params.targetInfo.targetId, host);
      emit(host, 'start');
    } else if (method === 'Target.targetDestroyed' && live.has(params.targetId)) {
      const host = /** @type {string} */ (live.get(params.targetId));
      live.delete(params.targetId);
      emit(host, 'stop');
    }
  });
  await browser.send('Target.setDiscoverTargets', { discover: true });
  return {
    events,
    /** @param {string} host */
    running: (host) => [...live.values()].includes(host),
    /** @param {string} host */
    targetOf: (host) => [...live.entries()].find(([, h]) => h === host)?.[0],
    hosts: () => [...new Set(live.values())],
    /**
     * @param {string} host
     * @param {'start' | 'stop'} kind
     * @param {number} timeoutMs
     * @returns {Promise<number>}
     */
    next: (host, kind, timeoutMs) =>
      new Promise((resolve, reject) => {
        const entry = { host, kind, resolve };
        waiting.push(entry);
        setTimeout(() => {
          const i = waiting.indexOf(entry);
          if (i === -1) return;
          waiting.splice(i, 1);
          reject(new Error(`the worker of ${host} did not ${kind} within ${timeoutMs / 1000} s`));
        }, timeoutMs);
      }),
  };
}

/**
 * Waits until both workers have started, then returns their hosts (Limber's first).
 * @param {Awaited<ReturnType<typeof watchWorkers>>} watch
 * @param {number} count
 */
async function hostsWhenStarted(watch, count) {
  for (let i = 0; i < 100 && watch.hosts().length < count; i++) await sleep(50);
  if (watch.hosts().length < count) throw new Error('the extensions did not start their workers');
  return watch.hosts();
}

/**
 * One worker's JS heap after a forced GC, through a session opened for this reading only.
 * @param {Browser} browser
 * @param {string} targetId
 */
async function heapOf(browser, targetId) {
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  try {
    await browser.send('HeapProfiler.collectGarbage', {}, sessionId);
    const { usedSize } = await browser.send('Runtime.getHeapUsage', {}, sessionId);
    return /** @type {number} */ (usedSize);
  } finally {
    await browser.send('Target.detachFromTarget', { sessionId });
  }
}

/**
 * The heap once loaded: each round a fresh browser installs Limber and the empty
 * extension, waits `settleMs` for the start run to finish (the first alarm of the
 * default schedule is minutes away, the first idle change a minute), and reads both
 * heaps after a forced GC, alternating which goes first.
 * @param {{ limberDir: string, rounds?: number, settleMs?: number }} options
 */
export async function measureStartHeaps({ limberDir, rounds = 7, settleMs = 2000 }) {
  const empty = emptyExtension();
  /** @type {number[]} */ const limber = [];
  /** @type {number[]} */ const blank = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const browser = await launchOverPipe([limberDir, empty.dir]);
      try {
        const watch = await watchWorkers(browser);
        await hostsWhenStarted(watch, 2);
        await sleep(settleMs);
        const { targetInfos } = await browser.send('Target.getTargets');
        /** @type {{ targetId: string, url: string }[]} */
        const workers = targetInfos.filter((/** @type {any} */ t) => t.type === 'service_worker');
        const limberTarget = workers.find((t) => t.url.endsWith('/background.js'));
        const emptyTarget = workers.find((t) => t.url.endsWith('/sw.js'));
        if (!limberTarget || !emptyTarget) throw new Error('a worker stopped before its heap was read');
        if (round % 2 === 0) {
          limber.push(await heapOf(browser, limberTarget.targetId));
          blank.push(await heapOf(browser, emptyTarget.targetId));
        } else {
          blank.push(await heapOf(browser, emptyTarget.targetId));
          limber.push(await heapOf(browser, limberTarget.targetId));
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    empty.remove();
  }
  return { limber, empty: blank, ratio: median(limber) / median(blank) };
}

/**
 * How long a wake keeps the worker running, with nothing attached to it: from the
 * worker's target appearing to its disappearing. Limber and a listening empty
 * extension are woken side by side, alternately by an alarm (Limber's own alarm, moved
 * to a moment from now, the way every nudge and reconcile arrives) and by a check-in
 * saved from the popup (a message; for the empty extension a message from its page).
 * Opening the popup alone does not wake Limber's worker: the popup reads the stored
 * status. Also the install start.
 * @param {{ limberDir: string, rounds?: number }} options
 */
export async function measureLifetimes({ limberDir, rounds = 2 }) {
  const empty = emptyExtension({ listening: true });
  const browser = await launchOverPipe([limberDir, empty.dir]);
  /** @type {{ kind: string, limberMs: number, emptyMs: number }[]} */
  const wakes = [];
  try {
    const watch = await watchWorkers(browser);
    const t0 = performance.now();
    // Which host is whose: Limber's worker is background.js.
    const { targetInfos } = await browser.send('Target.getTargets');
    /** @type {{ url: string }[]} */
    const workers = targetInfos.filter((/** @type {any} */ t) => t.type === 'service_worker');
    let limberHost = workers.find((t) => t.url.endsWith('/background.js'))?.url;
    let emptyHost = workers.find((t) => t.url.endsWith('/sw.js'))?.url;
    if (!limberHost || !emptyHost) {
      await hostsWhenStarted(watch, 2);
      const again = (await browser.send('Target.getTargets')).targetInfos;
      limberHost = again.find((/** @type {any} */ t) => t.url.endsWith('/background.js'))?.url;
      emptyHost = again.find((/** @type {any} */ t) => t.url.endsWith('/sw.js'))?.url;
    }
    const limber = new URL(/** @type {string} */ (limberHost)).host;
    const blank = new URL(/** @type {string} */ (emptyHost)).host;
    const stopped = (/** @type {string} */ host) =>
      watch.running(host) ? watch.next(host, 'stop', 120_000) : Promise.resolve(performance.now());
    // The install start: the worker started before we listened, so from launch.
    const [installLimber, installEmpty] = await Promise.all([stopped(limber), stopped(blank)]);
    wakes.push({ kind: 'install', limberMs: installLimber - t0, emptyMs: installEmpty - t0 });
    for (let round = 0; round < rounds; round++) {
      for (const kind of ['alarm', 'save']) {
        await Promise.all([stopped(limber), stopped(blank)]);
        /** @type {[Promise<number>, Promise<number>]} */
        const started = [watch.next(limber, 'start', 60_000), watch.next(blank, 'start', 60_000)];
        if (kind === 'alarm') {
          const when = 'Date.now() + 1500';
          await evaluateInPage(
            browser,
            `chrome-extension://${limber}/popup.html`,
            `chrome.alarms.create('limber:next', { when: ${when} }).then(() => true)`,
          );
          await evaluateInPage(
            browser,
            `chrome-extension://${blank}/page.html`,
            `chrome.alarms.create('wake', { when: ${when} }).then(() => true)`,
          );
        } else {
          await Promise.all([
            evaluateInPage(
              browser,
              `chrome-extension://${limber}/popup.html`,
              `chrome.runtime.sendMessage({ type: 'checkin/add', checkIn: { id: 'bench-wake-${round}', at: Date.now(), tzOffsetMin: -new Date().getTimezoneOffset(), mood: 3, pain: 4, source: 'popup' } }).then((r) => { if (!r?.ok) throw new Error(JSON.stringify(r)); return true; })`,
            ),
            evaluateInPage(browser, `chrome-extension://${blank}/page.html`, 'chrome.runtime.sendMessage({})'),
          ]);
        }
        const [limberStart, emptyStart] = await Promise.all(started);
        const [limberStop, emptyStop] = await Promise.all([
          watch.next(limber, 'stop', 120_000),
          watch.next(blank, 'stop', 120_000),
        ]);
        wakes.push({ kind, limberMs: limberStop - limberStart, emptyMs: emptyStop - emptyStart });
      }
    }
  } finally {
    await browser.close();
    empty.remove();
  }
  return wakes;
}

/**
 * A working day run for real in a worker built with a fast clock (480×: 8 h in a
 * minute), every nudge answered Done from a page. Its heap once loaded and after the
 * day, each after a forced GC, in the same worker. A session stays attached all day,
 * so the worker cannot stop and start afresh: whatever it accumulates stays to be
 * measured (the worst case; on a person's machine it restarts every few wakes).
 * @param {{ fastDir: string, dayMs?: number }} options
 */
export async function measureDay({ fastDir, dayMs = 60_000 }) {
  const browser = await launchOverPipe([fastDir]);
  try {
    const watch = await watchWorkers(browser);
    const [host] = await hostsWhenStarted(watch, 1);
    const targetId = /** @type {string} */ (watch.targetOf(/** @type {string} */ (host)));
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    const heap = async () => {
      await browser.send('HeapProfiler.collectGarbage', {}, sessionId);
      return /** @type {number} */ ((await browser.send('Runtime.getHeapUsage', {}, sessionId)).usedSize);
    };
    // Loaded, its start run done, before the first alarm (2.5 s away at 480×).
    await sleep(700);
    const startHeap = await heap();
    const page = await browser.send('Target.createTarget', { url: `chrome-extension://${host}/popup.html` });
    const { sessionId: pageSession } = await browser.send('Target.attachToTarget', {
      targetId: page.targetId,
      flatten: true,
    });
    const evaluate = async (/** @type {string} */ expression) =>
      (await browser.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, pageSession))
        .result.value;
    for (let i = 0; i < 100 && !(await evaluate('typeof chrome.notifications?.getAll === "function"')); i++)
      await sleep(50);
    let nudges = 0;
    const end = performance.now() + dayMs;
    while (performance.now() < end) {
      const shown = await evaluate('chrome.notifications.getAll()');
      if (shown?.['limber:nudge']) {
        nudges++;
        await evaluate("chrome.runtime.sendMessage({ type: 'engine/outcome', action: 'done' })");
      }
      await sleep(200);
    }
    await browser.send('Target.closeTarget', { targetId: page.targetId });
    const endHeap = await heap();
    const restarts = watch.events.filter((e) => e.host === host && e.kind === 'start').length - 1;
    return { startHeap, endHeap, growth: endHeap / startHeap, nudges, restarts };
  } finally {
    await browser.close();
  }
}

/**
 * The share of each hour a worker is running, derived from when it is woken: every
 * event keeps it alive for `lifetimeMs` (Chrome stops an idle worker a fixed time after
 * its last event), and overlapping wakes count once.
 * @param {number[]} eventTimes ms, any order
 * @param {number} lifetimeMs
 * @param {number} hourStart ms
 */
export function awakeShareOfHour(eventTimes, lifetimeMs, hourStart) {
  const hourEnd = hourStart + HOUR_MS;
  const sorted = [...eventTimes].sort((a, b) => a - b);
  let awake = 0;
  let until = -Infinity;
  for (const t of sorted) {
    const from = Math.max(t, until);
    const to = t + lifetimeMs;
    if (to > from) awake += Math.max(0, Math.min(to, hourEnd) - Math.max(from, hourStart));
    until = Math.max(until, to);
  }
  return awake / HOUR_MS;
}
