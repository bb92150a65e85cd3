// @ts-check
// History page, insights and clinician report with ten years seeded (issue 6).
// `benchHistory(env)` takes a harness env (tests/e2e/harness.mjs `launch()`) whose
// storage already holds ten years, and returns metrics in bench/results.json's shape.
// Run alone (`node bench/history.mjs`), it builds nothing: it loads the existing
// build (LIMBER_OUT_DIR), seeds ten years itself and prints the table.
import { pathToFileURL } from 'node:url';
import { DAY_MS, TIME_UNITS } from '../tests/time-units.mjs';
import { median, metric, printTable } from './lib.mjs';

const OPENS = 10;
/** @typedef {Awaited<ReturnType<typeof import('../tests/e2e/harness.mjs').launch>>} Env */

// Inside each page: when the first chart's drawing was inserted and then painted
// (the next animation frame), and when the page said it was ready (html[data-ready]).
function marksScript() {
  /** @type {Window['__limberBench']} */
  const marks = {};
  Object.defineProperty(window, '__limberHistoryBench', { value: marks });
  const check = () => {
    if (marks.chartAt === undefined && document.querySelector('figure.chart svg[role="img"]')) {
      marks.chartAt = -1;
      requestAnimationFrame(() => {
        marks.chartAt = performance.now();
      });
    }
    if (marks.readyAt === undefined && document.documentElement?.dataset.ready) marks.readyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
}

/**
 * @param {Env} env
 * @param {string} path
 */
async function open(env, path) {
  const page = await env.context.newPage();
  await page.addInitScript(marksScript);
  await page.goto(`${env.base}/${path}`);
  const handle = await page.waitForFunction(() => {
    const m = window.__limberHistoryBench;
    return m.readyAt !== undefined && (m.chartAt === undefined || m.chartAt >= 0) && m;
  });
  const marks = /** @type {Window['__limberBench']} */ (await handle.jsonValue());
  const insights = await page.evaluate(() => performance.getEntriesByName('limber:insights')[0]?.duration ?? null);
  await page.close();
  // readyAt is there: the wait above asked for it.
  return { chartAt: marks.chartAt, readyAt: Number(marks.readyAt), insights };
}

/**
 * Measures with the caller's ten years already stored.
 * @param {Env} env
 */
export async function benchHistory(env) {
  const history = [];
  const historyReady = [];
  const insights = [];
  const report = [];
  const reportAll = [];
  const tenYearsAgo = new Date(Date.now() - 3650 * DAY_MS).toISOString().slice(0, 10);
  await open(env, 'journal.html'); // warm up once
  await open(env, 'report.html');
  for (let i = 0; i < OPENS; i++) {
    const h = await open(env, 'journal.html');
    if (h.chartAt === undefined) throw new Error('the history page drew no chart: is anything seeded?');
    history.push(h.chartAt);
    historyReady.push(h.readyAt);
    if (h.insights === null) throw new Error('the history page did not compute insights');
    insights.push(h.insights);
    report.push((await open(env, 'report.html')).readyAt);
    reportAll.push((await open(env, `report.html?from=${tenYearsAgo}`)).readyAt);
  }
  return {
    'history.firstChartMs.10y': metric(median(history), 'ms', 300),
    'insights.ms.10y': metric(median(insights), 'ms', 50),
    'report.ms.10y': metric(median(report), 'ms', 1000),
    // Informational: everything read (ten years), insights and the care rule done;
    // and a report over all ten years rather than the default 90 days.
    'history.allReadyMs.10y': metric(median(historyReady), 'ms', null),
    'report.allMs.10y': metric(median(reportAll), 'ms', null),
  };
}

/** Ten years of check-ins, ten a day (bench/run.mjs's shape), plus a PHQ-2 every 14 days and weekly reflections. */
/**
 * @param {Env} env
 * @param {{ days?: number, perDay?: number }} [options]
 */
export async function seedTenYears(env, { days = 3650, perDay = 10 } = {}) {
  const page = await env.context.newPage();
  await page.goto(`${env.base}/options.html`);
  await page.evaluate(
    async ({ days, perDay, units: { DAY_MS, HOUR_MS, MINUTE_MS } }) => {
      const tz = -new Date().getTimezoneOffset();
      const start = Date.now() - days * DAY_MS;
      /** @type {Record<string, object[]>} */
      const items = { phq2: [], reflections: [] };
      for (let d = 0; d < days; d++) {
        for (let k = 0; k < perDay; k++) {
          const at = start + d * DAY_MS + k * HOUR_MS;
          const local = new Date(at + tz * MINUTE_MS);
          const key = `checkins:${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
          /** @type {Record<string, unknown>} */
          const checkIn = {
            id: `${at.toString(36)}-${String(k).padStart(4, '0')}`,
            at,
            tzOffsetMin: tz,
            mood: 1 + ((d + k) % 5),
            pain: (d * 3 + k) % 11,
            source: k % 3 === 2 ? 'break' : 'popup',
          };
          if (k === 0) checkIn.note = 'Stiff after a long meeting; walked at lunch.';
          if (k === 1) checkIn.regions = ['lower'];
          if (k === 0) checkIn.sleep = d % 10;
          items[key] ??= [];
          items[key]?.push(checkIn);
        }
        const at = start + d * DAY_MS;
        if (d % 14 === 0)
          items.phq2?.push({ id: `phq${at.toString(36)}`, at, tzOffsetMin: tz, interest: d % 4, down: (d >> 1) % 4 });
        if (d % 7 === 0) {
          items.reflections?.push({
            weekStart: new Date(at).toISOString().slice(0, 10),
            enjoyment: d % 11,
            activity: (d >> 2) % 11,
          });
        }
      }
      await chrome.storage.local.set(items);
    },
    { days, perDay, units: TIME_UNITS },
  );
  await page.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { launch } = await import('../tests/e2e/harness.mjs');
  const env = await launch();
  try {
    await seedTenYears(env);
    const results = await benchHistory(env);
    printTable(results);
  } finally {
    await env.close();
  }
}
