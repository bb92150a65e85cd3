// @ts-check
// Break-engine benchmarks (issue 3): wakes per active hour and folding a year, on the
// pure core in Node; the worker's heap, growth and awake share, in Chromium (issue 10).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';
import { DAY_MS, HOUR_MS as HOUR, MINUTE_MS as MIN } from '../tests/time-units.mjs';
import { median, metric } from './lib.mjs';
import { awakeShareOfHour, measureDay, measureLifetimes, measureStartHeaps } from './worker-life.mjs';

/**
 * The pure core, loaded through Vite at run time (bench/core-entry.ts). This file's
 * checker (tsconfig.scripts.json) cannot follow core's `@/` imports, so the parts the
 * benchmarks use are named here.
 * @typedef {{ nudges: Record<string, { durationSec: number }> & { walk: { durationSec: number } }, customNudges: { id: string, durationSec: number }[], headsUp?: { enabled: boolean, leadSec: number } }} Settings
 * @typedef {{ startAt: number, activeMs: number, alarms: number, wakes: number, userEvents: number, due: number }} Hour
 * @typedef {{ at: number, event: { type: string, state?: string } }} TimedEvent
 * @typedef {{
 *   DEFAULT_SETTINGS: Settings,
 *   simulateDay: (settings: Settings, events: TimedEvent[], options: object) => { hours: Hour[], steps: { at: number }[] },
 *   fold: (history: object, now: number, tzOffsetMin: number, detectionSec: number) => unknown,
 * }} Core
 */

/** @returns {Promise<Core>} */
async function loadCore() {
  const root = process.cwd();
  const { module } = await runnerImport(resolve(root, 'bench/core-entry.ts'), {
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': root } },
  });
  return module;
}

/**
 * A working day: 09:00–17:00 active, lunch away 12:00–12:45, two short pauses to read.
 * @param {number} start
 * @returns {TimedEvent[]}
 */
function workday(start) {
  const at = (/** @type {number} */ h, m = 0) => start + h * HOUR + m * MIN;
  const ev = (/** @type {number} */ t, /** @type {string} */ state) => ({ at: t, event: { type: 'idleState', state } });
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

/**
 * How long after a nudge the simulated person presses Done: when the break is over,
 * the nudge's own duration (posture 20 s, stretch 2 min, walk 5 min by default), the
 * way a person who takes the break answers (an id not in settings counts as a walk).
 * A fixed 30 s for every nudge, as before, fell just as Chrome stopped the worker
 * (30 s after the nudge's wake) and so always cost a second wake: a posture check's
 * Done now falls in the nudge's own wake, a stretch's or walk's gets its own.
 * @param {Settings} settings
 * @param {string} nudge
 */
function doneAfterMs(settings, nudge) {
  const own = settings.nudges[nudge] ?? settings.customNudges.find((n) => n.id === nudge);
  return (own?.durationSec ?? settings.nudges.walk.durationSec) * 1000;
}

/**
 * The default settings (or `settings`) over the working day, every nudge answered Done
 * when its break ends.
 * @param {Core} core
 * @param {Settings} [settings]
 */
function simulatedWorkday(core, settings = core.DEFAULT_SETTINGS) {
  const start = Date.UTC(2026, 10, 24, 9, 0);
  return core.simulateDay(settings, workday(start), {
    startAt: start,
    tzOffsetMin: 0,
    untilAt: start + 8 * HOUR,
    respond: (/** @type {{ nudge: string }} */ effect) => ({
      afterMs: doneAfterMs(settings, effect.nudge),
      event: { type: 'done' },
    }),
  });
}

export async function benchEngineCore() {
  const core = await loadCore();
  const result = simulatedWorkday(core);
  // An active hour: at least 45 min of active time in it.
  const hours = result.hours.filter((h) => h.activeMs >= 45 * MIN);
  const worker = hours.map((h) => h.alarms + h.wakes);
  // The worst hour, too: idle changes are the person's doing, so an hour with a short
  // break can exceed its own due + 2 (here by one); a per-minute tick would be 60.
  const worstExcess = Math.max(...hours.map((h) => h.alarms + h.wakes - h.due));
  const withClicks = hours.map((h) => h.alarms + h.wakes + h.userEvents);
  // The same day with the heads-up on (off by default): one more wake per nudge at most.
  const headsUpHours = simulatedWorkday(core, {
    ...core.DEFAULT_SETTINGS,
    headsUp: { enabled: true, leadSec: 30 },
  }).hours.filter((h) => h.activeMs >= 45 * MIN);
  const headsUpWorker = median(headsUpHours.map((h) => h.alarms + h.wakes));
  const headsUpBudget = 2 * median(headsUpHours.map((h) => h.due)) + 2;

  // A year of idle transitions, ~50 a day, folded into daily rollups.
  const yearStart = Date.UTC(2025, 10, 24);
  const log = [];
  for (let d = 0; d < 365; d++) {
    for (let k = 0; k < 25; k++) {
      const t = yearStart + d * DAY_MS + 8 * HOUR + k * 20 * MIN;
      log.push({ at: t, state: 'active' }, { at: t + 15 * MIN, state: k % 5 === 4 ? 'locked' : 'idle' });
    }
  }
  const now = yearStart + 366 * DAY_MS;
  const foldMs = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    core.fold({ log, foldedUntil: yearStart, rollups: [] }, now, 0, 60);
    foldMs.push(performance.now() - t0);
  }
  return {
    'worker.wakesPerActiveHour': metric(median(worker), 'wakes', median(hours.map((h) => h.due)) + 2),
    'worker.wakesPerActiveHour.worstExcessOverDue': metric(worstExcess, 'wakes', null),
    'worker.wakesPerActiveHour.withClicks': metric(median(withClicks), 'wakes', null),
    'worker.wakesPerActiveHour.headsUp': metric(headsUpWorker, 'wakes', headsUpBudget),
    'activity.foldYearMs': metric(median(foldMs), 'ms', 200, { digits: 1 }),
  };
}

/**
 * The worker's memory as a person's machine holds it (issue 10, part 3):
 * - its heap once loaded, over an empty extension worker's (fresh browsers, alternating);
 * - its growth over a working day run for real in the worker at 480×;
 * - the share of an active hour it runs, derived: Chrome's idle stop is not scaled by a
 *   fast build, so the lifetime of one wake is measured in a real Chromium with nothing
 *   attached to the worker, and laid over every event of the simulated day (alarms,
 *   idle changes, the start, the person's Done when each break ends), overlapping
 *   wakes counted once;
 * - heap at start × that share: the average memory over an active hour.
 * `extensionDir` is the normal build (default `.output/chrome-mv3`, built by the caller).
 */
export async function benchWorker({ extensionDir = resolve('.output/chrome-mv3') } = {}) {
  const outDir = '.output-bench-480';
  const built = spawnSync('npx', ['wxt', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, WXT_TIME_SCALE: '480', LIMBER_OUT_DIR: outDir },
  });
  if (built.status !== 0) throw new Error('the 480× build failed');
  try {
    const start = await measureStartHeaps({ limberDir: extensionDir });
    const day = await measureDay({
      fastDir: resolve(outDir, 'chrome-mv3'),
      dayMs: Number(process.env.LIMBER_BENCH_DAY_MS ?? 60_000),
    });
    const wakes = await measureLifetimes({ limberDir: extensionDir });
    const timed = wakes.filter((w) => w.kind !== 'install');
    const lifetimeMs = median(timed.map((w) => w.limberMs));
    const emptyLifetimeMs = median(timed.map((w) => w.emptyMs));

    const core = await loadCore();
    const { hours, steps } = simulatedWorkday(core);
    const shares = hours
      .filter((h) => h.activeMs >= 45 * MIN)
      .map((h) =>
        awakeShareOfHour(
          steps.map((s) => s.at),
          lifetimeMs,
          h.startAt,
        ),
      );
    const awake = median(shares);
    const heapStart = median(start.limber);
    const kiB = (heapStart / 1024) * awake;
    return {
      'worker.heapRatio.start': metric(start.ratio, '×', 2.4),
      'worker.heapBytes.start': metric(heapStart, 'bytes', null),
      'worker.heapGrowth.day': metric(day.growth, '×', 1.3),
      'worker.heapBytes': metric(day.endHeap, 'bytes', null),
      'worker.nudgesInSimulatedDay': metric(day.nudges, 'nudges', null),
      'worker.lifetimePerWakeS': metric(lifetimeMs / 1000, 's', null),
      'worker.lifetimePerWakeS.empty': metric(emptyLifetimeMs / 1000, 's', null),
      'worker.awakeFraction.hour': metric(awake, 'of the hour', 0.05, { digits: 4 }),
      'worker.memoryKiB.hour': metric(kiB, 'KiB', 60, { digits: 1 }),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchEngineCore());
  console.log(await benchWorker());
}
