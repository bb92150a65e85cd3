// @ts-check
// Insights on simulated diaries (issue 12), in Node on the pure core: how often a
// user with no real effect sees a claimed difference, and how often one whose walks
// truly lower pain by 1.5 points sees it. The simulator is core/insight-simulation.ts,
// the same one the unit test uses. Run alone: `LIMBER_BENCH_ONLY=insights npm run bench`
// or `node bench/insights.mjs`.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';
import { goalMetric, metric } from './lib.mjs';

const USERS = 1000;

async function loadSimulation() {
  const root = process.cwd();
  const { module } = await runnerImport(resolve(root, 'core/insight-simulation.ts'), {
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': root } },
  });
  return module;
}

/** Share metrics, to 3 digits: `budget` is a ceiling, `goal` a floor (ok is written against it). */
const ceiling = (/** @type {number} */ value, /** @type {number | null} */ budget) =>
  metric(value, 'share', budget, { digits: 3 });
const floor = (/** @type {number} */ value, /** @type {number} */ goal) =>
  goalMetric(value, 'share', goal, { digits: 3 });

export async function benchInsights() {
  const { simulateRates } = await loadSimulation();
  const started = performance.now();
  // Different seeds for each figure, so no two share a user.
  const null14 = simulateRates({ users: USERS, days: 14 }, 100_000);
  const null30 = simulateRates({ users: USERS, days: 30 }, 200_000);
  const walk30 = simulateRates({ users: USERS, days: 30, walkEffect: -1.5 }, 300_000);
  const walk60 = simulateRates({ users: USERS, days: 60, walkEffect: -1.5 }, 400_000);
  const seconds = (performance.now() - started) / 1000;
  return {
    'insights.falseRate.14d': ceiling(null14.falseRate, 0.05),
    'insights.falseRate.30d': ceiling(null30.falseRate, 0.05),
    'insights.power.30d': floor(walk30.power, 0.5),
    'insights.power.60d': floor(walk60.power, 0.8),
    // Informational: claims on the factors without an effect while walking has one.
    'insights.falseRateWithWalk.30d': ceiling(walk30.falseRate, null),
    'insights.simulationSeconds': metric(seconds, 's', null, { digits: 1 }),
    ...(await benchBreakPairs()),
    ...(await benchInsightsPage()),
  };
}

/**
 * The start and end of the same break (core/break-simulation.ts, issue 12 item 3), 60
 * days each: `falseRate`, breaks changing nothing while popup check-ins are made when it
 * hurts (budget ≤ 0.05); `power`, a true 1-point drop at each break's end (goal ≥ 0.8).
 */
async function benchBreakPairs() {
  const { module } = await runnerImport(resolve(process.cwd(), 'core/break-simulation.ts'), {
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': process.cwd() } },
  });
  const none = module.simulateBreakRates({ users: USERS, days: 60 }, 500_000);
  const drop = module.simulateBreakRates({ users: USERS, days: 60, breakEffect: -1 }, 600_000);
  return {
    'insights.breakPairs.falseRate': ceiling(none.claimRate, 0.05),
    'insights.breakPairs.power': floor(drop.dropRate, 0.8),
    // Informational: the retired before/after comparison on the same people.
    'insights.breakPairs.retiredFalseRate': ceiling(none.retiredDropRate, null),
  };
}

/**
 * With `LIMBER_INSIGHTS_PAGE=1`: also `insights.ms.10y`, measured in the history page of
 * the existing build (bench/history.mjs, ten years seeded; build first with `npx wxt build`),
 * so it can be refreshed without the whole bench.
 * @returns {Promise<Record<string, { value: number, unit: string, budget: number | null, ok: boolean | null }>>}
 */
async function benchInsightsPage() {
  if (process.env.LIMBER_INSIGHTS_PAGE !== '1') return {};
  const { launch } = await import('../tests/e2e/harness.mjs');
  const { benchHistory, seedTenYears } = await import('./history.mjs');
  const env = await launch();
  try {
    await seedTenYears(env);
    const page = await benchHistory(env);
    const ms = page['insights.ms.10y'];
    return ms ? { 'insights.ms.10y': ms } : {};
  } finally {
    await env.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchInsights());
}
