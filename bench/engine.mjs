// Break-engine benchmarks (issue 3): wakes per active hour and folding a year, on the
// pure core in Node; the worker's heap after a simulated working day, in Chromium.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { CHROME_ARGS, findChrome } from '../tests/e2e/harness.mjs';
import { attachWorker } from './worker-session.mjs';

const MIN = 60_000;
const HOUR = 60 * MIN;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function loadCore() {
  const root = process.cwd();
  const { module } = await runnerImport(resolve(root, 'bench/core-entry.ts'), {
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': root } },
  });
  return module;
}

/** A working day: 09:00–17:00 active, lunch away 12:00–12:45, two short pauses to read. */
function workday(start) {
  const at = (h, m = 0) => start + h * HOUR + m * MIN;
  const ev = (t, state) => ({ at: t, event: { type: 'idleState', state } });
  return [
    { at: at(0), event: { type: 'start', state: 'active' } },
    ev(at(1, 37), 'idle'),
    ev(at(1, 39), 'active'),
    ev(at(3), 'idle'),
    ev(at(3, 45), 'active'),
    ev(at(5, 12), 'idle'),
    ev(at(5, 13), 'active'),
    ev(at(8), 'locked'),
  ];
}

export async function benchEngineCore() {
  const core = await loadCore();
  const start = Date.UTC(2026, 10, 24, 9, 0);
  const result = core.simulateDay(core.DEFAULT_SETTINGS, workday(start), {
    startAt: start,
    tzOffsetMin: 0,
    untilAt: start + 8 * HOUR,
    respond: () => ({ afterMs: 30_000, event: { type: 'done' } }),
  });
  // An active hour: at least 45 min of active time in it.
  const hours = result.hours.filter((h) => h.activeMs >= 45 * MIN);
  const worker = hours.map((h) => h.alarms + h.wakes);
  // The worst hour, too: idle changes are the person's doing, so an hour with a short
  // break can exceed its own due + 2 (here by one); a per-minute tick would be 60.
  const worstExcess = Math.max(...hours.map((h) => h.alarms + h.wakes - h.due));
  const withClicks = hours.map((h) => h.alarms + h.wakes + h.userEvents);

  // A year of idle transitions, ~50 a day, folded into daily rollups.
  const yearStart = Date.UTC(2025, 10, 24);
  const log = [];
  for (let d = 0; d < 365; d++) {
    for (let k = 0; k < 25; k++) {
      const t = yearStart + d * 24 * HOUR + 8 * HOUR + k * 20 * MIN;
      log.push({ at: t, state: 'active' }, { at: t + 15 * MIN, state: k % 5 === 4 ? 'locked' : 'idle' });
    }
  }
  const now = yearStart + 366 * 24 * HOUR;
  const foldMs = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    core.fold({ log, foldedUntil: yearStart, rollups: [] }, now, 0, 60);
    foldMs.push(performance.now() - t0);
  }
  const m = (value, unit, budget, ok) => ({ value, unit, budget, ok });
  return {
    'worker.wakesPerActiveHour': m(
      median(worker),
      'wakes',
      median(hours.map((h) => h.due)) + 2,
      median(worker) <= median(hours.map((h) => h.due)) + 2,
    ),
    'worker.wakesPerActiveHour.worstExcessOverDue': m(worstExcess, 'wakes', null, null),
    'worker.wakesPerActiveHour.withClicks': m(median(withClicks), 'wakes', null, null),
    'activity.foldYearMs': m(Math.round(median(foldMs) * 10) / 10, 'ms', 200, median(foldMs) <= 200),
  };
}

/**
 * The worker's JS heap after a simulated working day, over an empty extension
 * worker's in the same browser. The day runs for real in the worker, 480× fast
 * (8 h in a minute), with every nudge answered Done from a page.
 */
export async function benchWorkerHeap({ extensionDir } = {}) {
  const outDir = '.output-bench-480';
  if (!extensionDir) {
    const built = spawnSync('npx', ['wxt', 'build'], {
      stdio: 'ignore',
      env: { ...process.env, WXT_TIME_SCALE: '480', LIMBER_OUT_DIR: outDir },
    });
    if (built.status !== 0) throw new Error('the 480× build failed');
  }
  const limber = extensionDir ?? resolve(outDir, 'chrome-mv3');
  const empty = mkdtempSync(join(tmpdir(), 'empty-ext-'));
  writeFileSync(
    join(empty, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Empty', version: '1.0', background: { service_worker: 'sw.js' } }),
  );
  writeFileSync(join(empty, 'sw.js'), 'self.addEventListener("message", () => {});\n');
  const profile = mkdtempSync(join(tmpdir(), 'limber-heap-'));
  const args = CHROME_ARGS(`${limber},${empty}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless: true,
    args,
  });
  try {
    const workers = async () => {
      for (let i = 0; i < 50 && context.serviceWorkers().length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      return context.serviceWorkers();
    };
    const [a, b] = await workers();
    const limberWorker = [a, b].find((w) => w.url().endsWith('/background.js'));
    const base = `chrome-extension://${new URL(limberWorker.url()).host}`;
    const page = await context.newPage();
    await page.goto(`${base}/popup.html`);
    const dayMs = Number(process.env.LIMBER_BENCH_DAY_MS ?? 60_000);
    const end = Date.now() + dayMs;
    let nudges = 0;
    while (Date.now() < end) {
      const shown = await page.evaluate(() => chrome.notifications.getAll());
      if (shown['limber:nudge']) {
        nudges++;
        await page.evaluate(() => chrome.runtime.sendMessage({ type: 'engine/outcome', action: 'done' }));
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const cdp = await context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const heap = async (target) => {
      const worker = await attachWorker(cdp, target.targetId);
      await worker.call('HeapProfiler.collectGarbage');
      const { usedSize } = await worker.call('Runtime.getHeapUsage');
      await worker.detach();
      return usedSize;
    };
    const sw = targetInfos.filter((t) => t.type === 'service_worker');
    const limberTarget = sw.find((t) => t.url.startsWith(base));
    const emptyTarget = sw.find((t) => !t.url.startsWith(base));
    const [limberHeap, emptyHeap] = [await heap(limberTarget), await heap(emptyTarget)];
    const ratio = limberHeap / emptyHeap;
    return {
      'worker.heapRatio': { value: Math.round(ratio * 100) / 100, unit: '×', budget: 2, ok: ratio <= 2 },
      'worker.heapBytes': { value: limberHeap, unit: 'bytes', budget: null, ok: null },
      'worker.nudgesInSimulatedDay': { value: nudges, unit: 'nudges', budget: null, ok: null },
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchEngineCore());
  console.log(await benchWorkerHeap());
}
