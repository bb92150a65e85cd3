// @ts-check
// Export and import of ten years (issue 5): `benchData(env)` takes a harness env
// (tests/e2e/harness.mjs `launch()`) whose storage already holds ten years, and
// returns metrics in bench/results.json's shape. Measured inside the options page,
// through its own buttons, with the page's performance marks:
//   export.ms.10y  the full JSON backup: read every key, build, stringify, hand to the download
//   import.ms.10y  that backup file read, parsed, validated and previewed, plus the page's
//                  own all-or-nothing write of every record under the Web Locks
//                  (utils/import-writer.ts) — into a fresh state (everything deleted
//                  first, not timed), so every month is really written.
// The storage the caller seeded is put back exactly at the end.
// Run alone (`node bench/data.mjs`), it builds nothing: it loads the existing build
// (LIMBER_OUT_DIR), seeds ten years itself and prints the table, then the import's
// steps (the page's `limber:import-read:*` and `limber:import-write:*` measures).
import { pathToFileURL } from 'node:url';
import { median, metric, printTable, round } from './lib.mjs';

const RUNS = 7;
/** @typedef {Awaited<ReturnType<typeof import('../tests/e2e/harness.mjs').launch>>} Env */
/** @typedef {import('playwright-core').Page} Page */

/** The page's last `performance.measure` of that name, in ms. */
const lastMeasure = async (/** @type {Page} */ page, /** @type {string} */ name) => {
  const ms = await page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? null, name);
  if (ms === null) throw new Error(`the page measured no ${name}`);
  return ms;
};

const importSteps = (/** @type {Page} */ page) =>
  page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((e) => /^limber:import-(read|write):/.test(e.name))
        .map((e) => [e.name, e.duration]),
    ),
  );

/**
 * Measures with the caller's ten years already stored; leaves storage as it found it.
 * `log`, if given, is told the median time of each step of an import.
 * @param {Env} env
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function benchData(env, { log } = {}) {
  const page = await env.context.newPage();
  await page.goto(`${env.base}/options.html`);
  await page.waitForSelector('html[data-ready]');
  // Kept inside the page: the ten years to put back at the end.
  const count = await page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    Object.defineProperty(window, '__limberSnapshot', { value: all });
    return Object.keys(all).filter((k) => k.startsWith('checkins:')).length;
  });
  if (count === 0) throw new Error('nothing is seeded: benchData needs ten years in storage');

  const exportOnce = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Full backup (JSON)' }).click(),
    ]);
    const file = await download.path();
    return { file, ms: await lastMeasure(page, 'limber:export:backup') };
  };

  const exports = [];
  let { file } = await exportOnce(); // warm up
  for (let i = 0; i < RUNS; i++) {
    const run = await exportOnce();
    exports.push(run.ms);
    file = run.file;
  }

  const imports = [];
  const steps = [];
  const importFile = page.getByLabel('Choose a file to import');
  try {
    for (let i = 0; i <= RUNS; i++) {
      const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'data/deleteAll' }));
      if (!reply?.ok) throw new Error(`deleteAll failed: ${JSON.stringify(reply)}`);
      await importFile.setInputFiles(file);
      await page.getByTestId('import-preview').waitFor();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByText(/Imported\./).waitFor({ timeout: 60_000 });
      const read = await lastMeasure(page, 'limber:import-read');
      const write = await lastMeasure(page, 'limber:import-write');
      if (i > 0) {
        // The first run warms up.
        imports.push(read + write);
        steps.push(await importSteps(page));
      }
      await page.evaluate(() => performance.clearMeasures());
    }
  } finally {
    await page.evaluate(async () => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(window.__limberSnapshot);
    });
    await page.close();
  }

  if (log) {
    log('import steps (median ms):');
    for (const name of Object.keys(steps[0] ?? {})) {
      log(`  ${name.replace('limber:import-', '')}: ${round(median(steps.map((s) => s[name] ?? 0)), 1)}`);
    }
  }
  return {
    'export.ms.10y': metric(median(exports), 'ms', 1000),
    'import.ms.10y': metric(median(imports), 'ms', 1000),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { launch } = await import('../tests/e2e/harness.mjs');
  const { seedTenYears } = await import('./history.mjs');
  const env = await launch();
  try {
    await seedTenYears(env);
    const results = await benchData(env, { log: console.log });
    printTable(results);
  } finally {
    await env.close();
  }
}
