// The diary's own metrics (issue 15), each with ten years stored by the caller:
// `checkin.saveMs.10y` (a save sent to the background, validated, its id checked
// against the month, one month rewritten) and `history.entriesMs.10y` (the history
// page's entry list for the shown month: that month read and the list painted) and
// `import.daylio.ms` (ten years of a Daylio export, about 11,000 rows, read, parsed,
// previewed and written by the options page's own import, into a fresh state).
// `LIMBER_BENCH_ONLY=diary npm run bench` measures just these three (bench/run.mjs).

import { median, metric, round } from './lib.mjs';

/** Median ms of `saves` saves from an extension page, the first three (warming the worker) left out. */
export async function measureSaves(env, saves) {
  const page = await env.context.newPage();
  await page.goto(`${env.base}/popup.html`);
  const times = await page.evaluate(async (n) => {
    const times = [];
    for (let i = 0; i < n + 3; i++) {
      const at = Date.now();
      const checkIn = {
        id: `bench-save-${String(i).padStart(4, '0')}`,
        at,
        tzOffsetMin: -new Date().getTimezoneOffset(),
        mood: 3,
        pain: 4,
        source: 'popup',
      };
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'checkin/add', checkIn });
      const t1 = performance.now();
      if (!reply?.ok) throw new Error(`save failed: ${JSON.stringify(reply)}`);
      if (i >= 3) times.push(t1 - t0);
    }
    return times;
  }, saves);
  // Clean up, so the history metrics that follow see the seed alone.
  await page.evaluate(async (n) => {
    for (let i = 0; i < n + 3; i++) {
      const id = `bench-save-${String(i).padStart(4, '0')}`;
      const d = new Date();
      const month = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
      await chrome.runtime.sendMessage({ type: 'checkin/remove', month, id });
    }
  }, saves);
  await page.close();
  return round(median(times));
}

/** Median ms from a month's read starting to its entry list painted (last month, ~300 entries, chosen once the page has loaded), over `opens` opens. */
export async function measureEntries(env, opens = 10) {
  const times = [];
  for (let i = 0; i < opens + 1; i++) {
    const page = await env.context.newPage();
    await page.goto(`${env.base}/journal.html`);
    await page.waitForSelector('html[data-entries="ready"]');
    // The page has read all ten years for its charts and insights (data-ready): the
    // switch below is then timed alone, as a person would click it, not mixed with
    // the page's own first load (which history.firstChartMs.10y and
    // history.allReadyMs.10y measure).
    await page.waitForSelector('html[data-ready="true"]');
    // Last month is always whole (this one may have begun today): show it, and time that.
    await page.getByRole('button', { name: '‹ Earlier month' }).click();
    await page.waitForFunction(() => performance.getEntriesByName('limber:entries').length >= 2);
    const ms = await page.evaluate(() => performance.getEntriesByName('limber:entries').at(-1).duration);
    const shown = await page.locator('section.entries li.entry').count();
    await page.close();
    if (ms === null || shown === 0) throw new Error('the entry list showed nothing: is anything seeded?');
    if (i > 0) times.push(ms); // the first open warms up
  }
  return round(median(times));
}

const DAYLIO_MOODS = ['rad', 'good', 'meh', 'bad', 'awful'];
const DAYLIO_ACTIVITIES = [
  'work',
  'walk',
  'friends',
  'family',
  'reading',
  'gym',
  'bad sleep',
  'good meal',
  'movies / tv',
];
const pad = (n) => String(n).padStart(2, '0');

/**
 * Ten years of a Daylio export ending the day before `now` (local days), newest first
 * as Daylio writes them: 1 to 5 entries a day (about 11,000 in all), each with 0–3
 * activities, a note on every third and a title on every seventh. A fixed generator, so
 * every run reads the same rows.
 */
export function daylioTenYears(now, days = 3650) {
  // mulberry32: small, fixed, and good in every bit.
  let seed = 20261201;
  const next = (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
  const rows = ['full_date,date,weekday,time,mood,activities,note_title,note'];
  const today = new Date(now);
  let count = 0;
  for (let i = 1; i <= days; i++) {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i);
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const label = d.toLocaleDateString('en-US', { month: 'long', day: 'numeric' });
    const weekday = d.toLocaleDateString('en-US', { weekday: 'long' });
    const entries = 1 + next(5);
    for (let e = entries - 1; e >= 0; e--, count++) {
      const minutes = 8 * 60 + Math.floor((e * 14 * 60) / entries) + next(50);
      const activities = Array.from({ length: next(4) }, () => DAYLIO_ACTIVITIES[next(DAYLIO_ACTIVITIES.length)]);
      const title = count % 7 === 0 ? `Day ${count}` : '';
      const note = count % 3 === 0 ? `"Back stiff after sitting, <br>walked at lunch (${count})"` : '';
      rows.push(
        `${day},${label.replace(',', '')},${weekday},${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)},${DAYLIO_MOODS[next(5)]},"${activities.join(' | ')}",${title},${note}`,
      );
    }
  }
  return { text: `${rows.join('\n')}\n`, rows: count };
}

/**
 * Median ms of `runs` Daylio imports (after one to warm up) through the options page:
 * the file chosen, read, parsed, validated and previewed (`limber:import-read`), then
 * Import clicked and every month written (`limber:import-write`), each into a fresh
 * state (everything deleted first, not timed). Daylio's own five moods need no
 * choice, so Import is offered as the preview shows. The storage found is put back.
 */
export async function measureDaylioImport(env, runs = 5) {
  const page = await env.context.newPage();
  await page.goto(`${env.base}/options.html`);
  await page.waitForSelector('html[data-ready]');
  await page.evaluate(async () => {
    Object.defineProperty(window, '__limberSnapshot', { value: await chrome.storage.local.get(null) });
  });
  const { text, rows } = daylioTenYears(Date.now());
  const file = { name: 'daylio_export.csv', mimeType: 'text/csv', buffer: Buffer.from(text) };
  const times = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'data/deleteAll' }));
      if (!reply?.ok) throw new Error(`deleteAll failed: ${JSON.stringify(reply)}`);
      await page.evaluate(() => performance.clearMeasures());
      await page.getByLabel('Choose a file to import').setInputFiles(file);
      await page.getByTestId('daylio-choices').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const done = page.getByText(/Imported\. ([\d,]+) check-ins added/);
      await done.waitFor({ timeout: 60_000 });
      const added = Number((await done.textContent()).match(/Imported\. ([\d,]+)/)[1].replaceAll(',', ''));
      if (added !== rows) throw new Error(`the import added ${added} check-ins of ${rows} rows`);
      const ms = await page.evaluate(() =>
        ['limber:import-read', 'limber:import-write'].reduce(
          (sum, name) => sum + (performance.getEntriesByName(name).at(-1)?.duration ?? Number.NaN),
          0,
        ),
      );
      if (Number.isNaN(ms)) throw new Error('the page measured no import');
      if (i > 0) times.push(ms); // the first run warms up
    }
  } finally {
    await page.evaluate(async () => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(window.__limberSnapshot);
    });
    await page.close();
  }
  return round(median(times));
}

export const diaryMetrics = (saveMs, entriesMs, daylioMs) => ({
  'checkin.saveMs.10y': metric(saveMs, 'ms', 20),
  'history.entriesMs.10y': metric(entriesMs, 'ms', 100),
  'import.daylio.ms': metric(daylioMs, 'ms', 1000),
});
