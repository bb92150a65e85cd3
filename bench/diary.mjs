// The diary's own metrics (issue 15), each with ten years stored by the caller:
// `checkin.saveMs.10y` (a save sent to the background, validated, its id checked
// against the month, one month rewritten) and `history.entriesMs.10y` (the history
// page's entry list for the shown month: that month read and the list painted).
// `LIMBER_BENCH_ONLY=diary npm run bench` measures just these two (bench/run.mjs).

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

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

export const diaryMetrics = (saveMs, entriesMs) => ({
  'checkin.saveMs.10y': { value: saveMs, unit: 'ms', budget: 20, ok: saveMs <= 20 },
  'history.entriesMs.10y': { value: entriesMs, unit: 'ms', budget: 100, ok: entriesMs <= 100 },
});
