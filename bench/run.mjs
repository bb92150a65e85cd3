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
import { diaryMetrics, measureEntries, measureSaves } from './diary.mjs';
import { benchEngineCore, benchWorker } from './engine.mjs';
import { benchHistory, seedTenYears } from './history.mjs';
import { benchInsights } from './insights.mjs';

const OPENS = 20;
const SAVES = 30;
const TEN_YEARS_DAYS = 3650;
const PER_DAY = 10; // 36,500 check-ins

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? Number(s[m]) : (Number(s[m - 1]) + Number(s[m])) / 2;
};
const round = (/** @type {number} */ x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * @param {number} value
 * @param {string} unit
 * @param {number | null} budget
 * @param {boolean | null} ok
 */
const metric = (value, unit, budget, ok) => ({ value, unit, budget, ok });
/** @param {Record<string, { value: number, unit: string, budget: number | null, goal?: number, ok: boolean | null }>} results */
function printTable(results) {
  console.log('| metric | value | budget | ok |');
  console.log('|---|---|---|---|');
  for (const [name, m] of Object.entries(results)) {
    console.log(
      `| ${name} | ${m.value} ${m.unit} | ${m.budget !== null ? `≤ ${m.budget} ${m.unit}` : m.goal !== undefined ? `goal ≥ ${m.goal}` : '—'} | ${m.ok === null ? '—' : m.ok ? 'yes' : 'NO'} |`,
    );
  }
}

// `LIMBER_BENCH_ONLY=insights`: the simulated diaries alone (Node, no build, no browser).
if (process.env.LIMBER_BENCH_ONLY === 'insights') {
  const fresh = await benchInsights();
  const file = resolve('bench/results.json');
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  // insights.ms.10y is measured in the history page, with the full bench: keep it.
  const kept = Object.fromEntries(
    Object.entries(previous).filter(([name]) => !name.startsWith('insights.') || name === 'insights.ms.10y'),
  );
  writeFileSync(file, `${JSON.stringify({ ...kept, ...fresh }, null, 2)}\n`);
  printTable(fresh);
  process.exit(0);
}

if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

// `LIMBER_BENCH_ONLY=worker`: the engine and worker metrics alone, written over their
// old values in bench/results.json; every other metric keeps its last full run.
if (process.env.LIMBER_BENCH_ONLY === 'worker') {
  const file = resolve('bench/results.json');
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const fresh = { ...(await benchEngineCore()), ...(await benchWorker({ extensionDir: EXTENSION_DIR })) };
  const kept = Object.fromEntries(Object.entries(previous).filter(([name]) => !name.startsWith('worker.')));
  writeFileSync(file, `${JSON.stringify({ ...kept, ...fresh }, null, 2)}\n`);
  printTable(fresh);
  process.exit(0);
}

// `LIMBER_BENCH_ONLY=diary`: the save and entry-list metrics alone (bench/diary.mjs),
// with ten years seeded, written over their old values in bench/results.json.
if (process.env.LIMBER_BENCH_ONLY === 'diary') {
  const file = resolve('bench/results.json');
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const diaryEnv = await launch({ extensionDir: EXTENSION_DIR });
  await seedTenYears(diaryEnv, { days: TEN_YEARS_DAYS, perDay: PER_DAY });
  const fresh = diaryMetrics(await measureSaves(diaryEnv, SAVES), await measureEntries(diaryEnv));
  await diaryEnv.close();
  writeFileSync(file, `${JSON.stringify({ ...previous, ...fresh }, null, 2)}\n`);
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

const empty = await openings();
if (process.env.LIMBER_BENCH_ONLY === 'popup') {
  console.log(empty);
  await env.close();
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

// What one popup open loads, after everything it defers has arrived.
const popupAssets = new Set();
const assetPage = await env.context.newPage();
assetPage.on('request', (r) => {
  if (/\.(js|css)$/.test(new URL(r.url()).pathname)) popupAssets.add(r.url());
});
await assetPage.goto(`${env.base}/popup.html`);
await assetPage.waitForSelector('[data-testid="next-nudge"]');
await assetPage.waitForLoadState('networkidle');
await assetPage.close();

// With the same ten years stored: the history page, insights and the report (issue 6),
// and export and import (issue 5), where that benchmark exists.
const more = await benchHistory(env);
if (existsSync(resolve('bench/data.mjs'))) {
  const { benchData } = await import('./data.mjs');
  Object.assign(more, await benchData(env));
}
await env.close();
rmSync(dir, { recursive: true, force: true });

// Everything a popup open loads, JS and CSS, gzipped: the first view's files and the
// module it imports after hydrating (recorded from a real open, not read off the HTML),
// and the CSS inlined in popup.html.
const gzip = (/** @type {string | Buffer} */ text) => gzipSync(text, { level: 9 }).length;
const assets = [...popupAssets].map((url) => new URL(url).pathname.slice(1));
const inlineCss = [...readFileSync(resolve(EXTENSION_DIR, 'popup.html'), 'utf8').matchAll(/<style>(.*?)<\/style>/gs)];
const gzipBytes =
  assets.reduce((n, file) => n + gzip(readFileSync(resolve(EXTENSION_DIR, file))), 0) +
  inlineCss.reduce((n, [, css]) => n + gzip(css ?? ''), 0);

const results = {
  'popup.readyRatio': metric(round(empty.readyRatio), '×', 1.3, empty.readyRatio <= 1.3),
  'popup.readyRatio.10y': metric(round(tenYears.readyRatio), '×', 1.3, tenYears.readyRatio <= 1.3),
  'popup.gzipBytes': metric(gzipBytes, 'bytes', 30_000, gzipBytes <= 30_000),
  'storage.bytes.10y': metric(storageBytes, 'bytes', 6_000_000, storageBytes <= 6_000_000),
  // Informational, no budget: when the popup has also hydrated (its script ran).
  'popup.hydratedRatio': metric(round(empty.hydratedRatio), '×', null, null),
  'popup.hydratedRatio.10y': metric(round(tenYears.hydratedRatio), '×', null, null),
};
Object.assign(
  results,
  diaryMetrics(saveMs, entriesMs),
  more,
  await benchEngineCore(),
  await benchWorker({ extensionDir: EXTENSION_DIR }),
  await benchInsights(),
);
writeFileSync(resolve('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(
  `\nBlank page, first button: median ${round(empty.blankMs)} ms (${round(tenYears.blankMs)} ms with ten years).`,
);
console.log(
  `Popup, both groups ready: median ${round(empty.popupMs)} ms (${round(tenYears.popupMs)} ms with ten years).`,
);
console.log(`Ten years seeded: ${storedCount} check-ins.\n`);
printTable(results);
