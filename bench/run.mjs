// @ts-check
// `npm run bench`: a benchmark, not a timed test. Everything is measured in one
// Chromium run against a baseline measured in the same run, alternating, and
// reported as medians (these machines are shared and noisy). Writes
// bench/results.json as { metric: { value, unit, budget, ok } } and prints a table.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launch } from '../tests/e2e/harness.mjs';
import { diaryMetrics, measureDaylioImport, measureEntries, measureSaves } from './diary.mjs';
import { benchEngineCore, benchWorker } from './engine.mjs';
import { benchHistory, seedTenYears } from './history.mjs';
import { benchInsights } from './insights.mjs';
import { median, mergeResults, metric, printTable, round, writeResults } from './lib.mjs';

const OPENS = 20;
const SAVES = 30;
const TEN_YEARS_DAYS = 3650;
const PER_DAY = 10; // 36,500 check-ins

/**
 * Everything a popup open loads, JS and CSS, gzipped: the first view's files and the
 * module it imports after hydrating (recorded from a real open, not read off the HTML),
 * and the CSS inlined in popup.html.
 */
async function popupGzipBytes() {
  /** @type {Set<string>} */
  const popupAssets = new Set();
  const assetPage = await env.context.newPage();
  assetPage.on('request', (r) => {
    if (/\.(js|css)$/.test(new URL(r.url()).pathname)) popupAssets.add(r.url());
  });
  await assetPage.goto(`${env.base}/popup.html`);
  await assetPage.waitForSelector('[data-testid="next-nudge"]');
  await assetPage.waitForLoadState('networkidle');
  await assetPage.close();
  const gzip = (/** @type {string | Buffer} */ text) => gzipSync(text, { level: 9 }).length;
  const assets = [...popupAssets].map((url) => new URL(url).pathname.slice(1));
  const inlineCss = [...readFileSync(resolve(EXTENSION_DIR, 'popup.html'), 'utf8').matchAll(/<style>(.*?)<\/style>/gs)];
  return (
    assets.reduce((n, file) => n + gzip(readFileSync(resolve(EXTENSION_DIR, file))), 0) +
    inlineCss.reduce((n, [, css]) => n + gzip(css ?? ''), 0)
  );
}

// `LIMBER_BENCH_ONLY=insights`: the simulated diaries alone (Node, no build, no browser).
if (process.env.LIMBER_BENCH_ONLY === 'insights') {
  const fresh = await benchInsights();
  // insights.ms.10y is measured in the history page, with the full bench: keep it.
  mergeResults(fresh, (name) => !name.startsWith('insights.') || name === 'insights.ms.10y');
  printTable(fresh);
  process.exit(0);
}

if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

// `LIMBER_BENCH_ONLY=worker`: the engine and worker metrics alone, written over their
// old values in bench/results.json; every other metric keeps its last full run.
if (process.env.LIMBER_BENCH_ONLY === 'worker') {
  const fresh = { ...(await benchEngineCore()), ...(await benchWorker({ extensionDir: EXTENSION_DIR })) };
  mergeResults(fresh, (name) => !name.startsWith('worker.'));
  printTable(fresh);
  process.exit(0);
}

// `LIMBER_BENCH_ONLY=diary`: the save, entry-list and Daylio import metrics alone (bench/diary.mjs),
// with ten years seeded, written over their old values in bench/results.json.
if (process.env.LIMBER_BENCH_ONLY === 'diary') {
  const diaryEnv = await launch({ extensionDir: EXTENSION_DIR });
  await seedTenYears(diaryEnv, { days: TEN_YEARS_DAYS, perDay: PER_DAY });
  const fresh = diaryMetrics(
    await measureSaves(diaryEnv, SAVES),
    await measureEntries(diaryEnv),
    await measureDaylioImport(diaryEnv),
  );
  await diaryEnv.close();
  mergeResults(fresh);
  printTable(fresh);
  process.exit(0);
}

// The baseline: a blank page with one button, inside the same extension (so it pays
// the same extension-page costs), added to a copy of the build, never shipped.
const dir = mkdtempSync(join(tmpdir(), 'limber-bench-'));
cpSync(EXTENSION_DIR, dir, { recursive: true });
writeFileSync(
  join(dir, 'blank.html'),
  '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><button>OK</button></body></html>',
);

const env = await launch({ extensionDir: dir });

// Records, inside each page, when it became usable: for the popup, both radio groups
// present with enabled radios; for the blank page, its first button. Also when the
// popup finished hydrating (informational).
await env.context.addInitScript(() => {
  /** @type {Window['__limberBench']} */
  const marks = {};
  Object.defineProperty(window, '__limberBench', { value: marks });
  const check = () => {
    if (marks.readyAt === undefined) {
      const groups = document.querySelectorAll('[role="radiogroup"]');
      const popupReady =
        groups.length === 2 && [...groups].every((g) => g.querySelector('input[type="radio"]:not(:disabled)'));
      const blankReady = location.pathname === '/blank.html' && document.querySelector('button');
      if (popupReady || blankReady) marks.readyAt = performance.now();
    }
    if (marks.hydratedAt === undefined && document.documentElement?.dataset.hydrated) {
      marks.hydratedAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
});

/** @param {string} path */
async function open(path) {
  const page = await env.context.newPage();
  await page.goto(`${env.base}/${path}`);
  const marks = await page.waitForFunction((isPopup) => {
    const m = window.__limberBench;
    return m.readyAt !== undefined && (!isPopup || m.hydratedAt !== undefined) && m;
  }, path === 'popup.html');
  const value = /** @type {Window['__limberBench']} */ (await marks.jsonValue());
  await page.close();
  // readyAt is there (the wait asked for it), and hydratedAt for the popup.
  return { readyAt: Number(value.readyAt), hydratedAt: Number(value.hydratedAt) };
}

async function openings() {
  const popup = [];
  const blank = [];
  const hydrated = [];
  await open('blank.html'); // warm up both once
  await open('popup.html');
  for (let i = 0; i < OPENS; i++) {
    const b = await open('blank.html');
    const p = await open('popup.html');
    blank.push(b.readyAt);
    popup.push(p.readyAt);
    hydrated.push(p.hydratedAt);
  }
  return {
    blankMs: median(blank),
    popupMs: median(popup),
    hydratedMs: median(hydrated),
    readyRatio: median(popup) / median(blank),
    hydratedRatio: median(hydrated) / median(blank),
  };
}

/**
 * The JS heap of one page once it is ready, after a forced GC (two, so weak references clear too).
 * @param {string} path
 * @param {(page: import('playwright-core').Page) => Promise<unknown>} ready
 */
async function heapOf(path, ready) {
  const page = await env.context.newPage();
  await page.goto(`${env.base}/${path}`);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300); // whatever settles after the last request
  const cdp = await env.context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  await page.close();
  return usedSize;
}

/**
 * popup.heapRatio: the popup's heap once its status and today's list are shown (three
 * check-ins today, saved through the background as the popup saves them) over the blank
 * page's, both read alone (extension pages share one renderer, so nothing else is open),
 * alternating, medians.
 */
async function popupHeap(rounds = 7) {
  const seed = await env.context.newPage();
  await seed.goto(`${env.base}/blank.html`);
  await seed.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      const at = Date.now() - i * 60_000;
      const checkIn = {
        id: `bench-heap-${i}`,
        at,
        tzOffsetMin: -new Date(at).getTimezoneOffset(),
        mood: 3,
        pain: 4,
        source: 'popup',
      };
      const reply = await chrome.runtime.sendMessage({ type: 'checkin/add', checkIn });
      if (!reply?.ok) throw new Error(`seed failed: ${JSON.stringify(reply)}`);
    }
  });
  await seed.close();
  const popupReady = async (/** @type {import('playwright-core').Page} */ page) => {
    await page.waitForSelector('[data-testid="next-nudge"]');
    await page.waitForFunction(() => document.querySelectorAll('.today-list li').length >= 3);
  };
  const blankReady = (/** @type {import('playwright-core').Page} */ page) => page.waitForSelector('button');
  const popup = [];
  const blank = [];
  await heapOf('blank.html', blankReady); // warm up both once
  await heapOf('popup.html', popupReady);
  for (let i = 0; i < rounds; i++) {
    if (i % 2) {
      popup.push(await heapOf('popup.html', popupReady));
      blank.push(await heapOf('blank.html', blankReady));
    } else {
      blank.push(await heapOf('blank.html', blankReady));
      popup.push(await heapOf('popup.html', popupReady));
    }
  }
  return { popupBytes: median(popup), blankBytes: median(blank), ratio: median(popup) / median(blank) };
}

const empty = await openings();
const heap = await popupHeap();
const heapMetric = () => metric(heap.ratio, '×', 1.2);
if (process.env.LIMBER_BENCH_ONLY === 'popup') {
  // The popup's metrics alone, written over their old values in bench/results.json.
  const gzipBytes = await popupGzipBytes();
  await env.close();
  rmSync(dir, { recursive: true, force: true });
  const fresh = {
    'popup.readyRatio': metric(empty.readyRatio, '×', 1.3),
    'popup.gzipBytes': metric(gzipBytes, 'bytes', 30_000),
    'popup.heapRatio': heapMetric(),
    'popup.hydratedRatio': metric(empty.hydratedRatio, '×', null),
  };
  mergeResults(fresh);
  console.log(empty, heap);
  printTable(fresh);
  process.exit(0);
}

// Ten years: 36,500 check-ins, ten a day, in their per-month keys, with PHQ-2 checks
// and weekly reflections (the same seed the history benchmark uses).
await seedTenYears(env, { days: TEN_YEARS_DAYS, perDay: PER_DAY });
const seedPage = await env.context.newPage();
await seedPage.goto(`${env.base}/blank.html`);
const storageBytes = await seedPage.evaluate(() => chrome.storage.local.getBytesInUse(null));
const storedCount = await seedPage.evaluate(async () => {
  const all = await chrome.storage.local.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith('checkins:'))
    .reduce((n, k) => n + all[k].length, 0);
});
await seedPage.close();

const tenYears = await openings();

// Saving one check-in with ten years stored: the real path, a message to the
// background writer, which validates, checks the id and rewrites this month only.
const saveMs = await measureSaves(env, SAVES);
const entriesMs = await measureEntries(env);
const daylioMs = await measureDaylioImport(env);

// With the same ten years stored: the history page, insights and the report (issue 6),
// and export and import (issue 5), where that benchmark exists.
const more = await benchHistory(env);
if (existsSync(resolve('bench/data.mjs'))) {
  const { benchData } = await import('./data.mjs');
  Object.assign(more, await benchData(env));
}
const gzipBytes = await popupGzipBytes();
await env.close();
rmSync(dir, { recursive: true, force: true });

const results = {
  'popup.readyRatio': metric(empty.readyRatio, '×', 1.3),
  'popup.readyRatio.10y': metric(tenYears.readyRatio, '×', 1.3),
  'popup.gzipBytes': metric(gzipBytes, 'bytes', 30_000),
  'popup.heapRatio': heapMetric(),
  'storage.bytes.10y': metric(storageBytes, 'bytes', 6_000_000),
  // Informational, no budget: when the popup has also hydrated (its script ran).
  'popup.hydratedRatio': metric(empty.hydratedRatio, '×', null),
  'popup.hydratedRatio.10y': metric(tenYears.hydratedRatio, '×', null),
};
Object.assign(
  results,
  diaryMetrics(saveMs, entriesMs, daylioMs),
  more,
  await benchEngineCore(),
  await benchWorker({ extensionDir: EXTENSION_DIR }),
  await benchInsights(),
);
writeResults(results);

console.log(
  `\nBlank page, first button: median ${round(empty.blankMs)} ms (${round(tenYears.blankMs)} ms with ten years).`,
);
console.log(
  `Popup, both groups ready: median ${round(empty.popupMs)} ms (${round(tenYears.popupMs)} ms with ten years).`,
);
console.log(`Ten years seeded: ${storedCount} check-ins.\n`);
printTable(results);
