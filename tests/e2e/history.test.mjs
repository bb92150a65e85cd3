// @ts-check
// The history page, the clinician report and the help page, end to end, in real
// Chromium with the built extension and seeded data.
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is the text as a reader sees it, table cells apart
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  FIXED_NOW,
  fixClock,
  launch,
  localDateInput,
  openPage,
  readStorage,
  screenshotPath,
  storedCheckIns,
} from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;

before(async () => {
  env = await launch();
  // Every page of this browser reads FIXED_NOW: the seeds and the days shown never
  // depend on the hour or the date the suite runs.
  await fixClock(env, FIXED_NOW);
});

after(async () => {
  // Limber asked for nothing but its own pages during the whole file.
  const foreign = env.foreignRequests();
  await env.close();
  assert.deepEqual(foreign, [], 'the extension made requests outside its own pages');
});

/**
 * Replaces everything stored with `days` days of check-ins ending on the page's
 * today, two a day (09:00 and 15:00 local), from an extension page whose clock is
 * fixed at FIXED_NOW (07:30), so today's two are always still to come and the seed
 * is the same at any hour. Each check-in carries the offset its zone had at that
 * instant, as the popup would have stored it (the suite's zone has DST).
 * `pain[(d + k) % n]` / `mood[…]` give the values for day `d` days ago; every
 * `skipEvery`-th day is left empty.
 * @param {import('./harness.mjs').Page} page
 * @param {{ days: number, pain: number[], mood: number[], skipEvery?: number, breaks?: boolean, pairs?: boolean }} plan
 */
async function seed(page, { days, pain, mood, skipEvery = 0, breaks = false, pairs = false }) {
  await page.evaluate(
    async ({ days, pain, mood, skipEvery, breaks, pairs }) => {
      await chrome.storage.local.clear();
      const now = new Date();
      /** @type {Record<string, import('./harness.mjs').CheckIn[]>} */
      const months = {};
      let n = 0;
      for (let d = days - 1; d >= 0; d--) {
        if (skipEvery && d % skipEvery === skipEvery - 1) continue;
        for (const [k, hour] of [9, 15].entries()) {
          const local = new Date(now.getFullYear(), now.getMonth(), now.getDate() - d, hour, k);
          const at = local.getTime();
          if (at > now.getTime()) continue;
          const key = `checkins:${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}`;
          /** @type {import('./harness.mjs').CheckIn} */
          const checkIn = {
            id: `seed${String(n++).padStart(6, '0')}`,
            at,
            tzOffsetMin: -local.getTimezoneOffset(),
            mood: mood[(d + k) % mood.length],
            pain: pain[(d + k) % pain.length],
            source: breaks && k === 1 ? 'break' : 'popup',
          };
          if (k === 0) checkIn.sleep = d % 3 === 0 ? 3 : 7;
          if (k === 0 && d % 5 === 0) checkIn.note = 'Stiff after a long meeting.';
          if (k === 1 && d % 4 === 0) checkIn.regions = ['lower'];
          if (!months[key]) months[key] = [];
          // `pairs`: the break check-in is a break's end, with its start five minutes
          // before, 0, 1 or 2 points worse (core/break-pairs.ts).
          if (pairs && checkIn.source === 'break') {
            const breakId = `seedbrk${String(n).padStart(6, '0')}`;
            months[key].push({
              ...checkIn,
              id: `seed${String(n++).padStart(6, '0')}`,
              at: at - 5 * 60_000,
              // Every seeded check-in has a pain (`?? NaN` only tells the checker so).
              pain: Math.min(10, (checkIn.pain ?? NaN) + (d % 3)),
              regions: undefined,
              breakId,
              breakPhase: 'start',
            });
            Object.assign(checkIn, { breakId, breakPhase: 'end' });
          }
          if (checkIn.regions === undefined) delete checkIn.regions;
          months[key].push(checkIn);
        }
      }
      for (const list of Object.values(months)) for (const c of list) if (c.regions === undefined) delete c.regions;
      await chrome.storage.local.set(months);
    },
    { days, pain, mood, skipEvery, breaks, pairs },
  );
}

/**
 * How many of the last `window` days (today included) `seed` gave a check-in at or
 * before FIXED_NOW: the expectation, computed from what was seeded.
 * @param {{ skipEvery?: number }} plan what `seed` was given
 * @param {number} window
 */
function loggedDays({ skipEvery = 0 }, window) {
  const now = new Date(FIXED_NOW);
  let n = 0;
  for (let d = 0; d < window; d++) {
    if (skipEvery && d % skipEvery === skipEvery - 1) continue;
    if (new Date(now.getFullYear(), now.getMonth(), now.getDate() - d, 9, 0).getTime() <= FIXED_NOW) n++;
  }
  return n;
}

// Pain 4–7 and mood 1–2 on every logged day: the care rule's pattern, over 200 days.
const PATTERN = { days: 200, pain: [5, 6, 4, 7, 6], mood: [2, 1, 2, 2], skipEvery: 6, breaks: true };
// The same rhythm with mild pain and good mood.
const CONTROL = { days: 200, pain: [1, 2, 3, 2], mood: [4, 5, 4, 3], skipEvery: 6, breaks: true };

const CHARTS = [
  'together',
  'pain-daily',
  'mood-daily',
  'pain-hour',
  'active-hour',
  'pain-calendar',
  'active-daily',
  'nudges-daily',
  'walk-daily',
];
const DRAWN = ['together', 'pain-daily', 'mood-daily', 'pain-hour', 'pain-calendar'];
const NO_DATA_YET = ['active-hour', 'active-daily', 'nudges-daily', 'walk-daily'];

async function openHistory(query = '', on = env) {
  const opened = await openPage(on, `journal.html${query}`);
  await opened.page.waitForSelector('html[data-ready]');
  return opened;
}

describe('history page', () => {
  test('the start and end of the same break: the comparison with its counts, and the low-point words', async () => {
    const { page: seedPage } = await openPage(env, 'options.html');
    await seed(seedPage, { ...PATTERN, days: 60, pairs: true });
    const stored = await storedCheckIns(seedPage);
    await seedPage.close();
    const starts = stored.filter((c) => c.breakPhase === 'start');
    const ends = new Set(stored.filter((c) => c.breakPhase === 'end').map((c) => c.breakId));
    const paired = starts.filter((c) => ends.has(c.breakId));
    const days = new Set(paired.map((c) => new Date(c.at).toDateString())).size;
    // Every seeded pair has a pain; one without would make the mean NaN, as before.
    const mean = (/** @type {{ pain?: number }[]} */ list) =>
      list.reduce((a, c) => a + (c.pain ?? NaN), 0) / list.length;
    const startMean = mean(paired).toFixed(1);
    const endMean = mean(
      stored.filter((c) => c.breakPhase === 'end' && paired.some((s) => s.breakId === c.breakId)),
    ).toFixed(1);

    const { page, errors } = await openHistory();
    await page.setViewportSize({ width: 900, height: 1000 });
    const card = page.locator('.insight[data-factor="breaks"]');
    await card.waitFor();
    const text = await card.innerText();
    assert.match(text, /The start and the end of a break/);
    assert.ok(
      text.includes(
        `Over ${paired.length} breaks on ${days} days, pain averaged ${startMean} at the start and ${endMean} at the end.`,
      ),
      text,
    );
    // A drop of 0, 1 or 2 points every break, steady over weeks: claimed, with its range,
    // worded by its size (computed from what was seeded).
    const drop = (Number(startMean) - Number(endMean)).toFixed(1);
    assert.ok(text.toLowerCase().includes(`about ${drop} points lower by the end`), text);
    assert.match(text, /likely between \d\.\d and \d\.\d points lower/);
    assert.match(text, /A low point tends to be followed by a better one anyway, break or no break\./);
    assert.doesNotMatch(text, /because|causes|caused|reduces/i);
    for (const scheme of /** @type {const} */ (['light', 'dark'])) {
      await page.emulateMedia({ colorScheme: scheme });
      await card.screenshot({ path: screenshotPath(`history-break-pairs-${scheme}`) });
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('with the seeded pattern: every chart renders, with a table, and the care card shows', async () => {
    const { page: seedPage } = await openPage(env, 'options.html');
    await seed(seedPage, PATTERN);
    await seedPage.close();

    const { page, errors } = await openHistory();
    await page.setViewportSize({ width: 900, height: 1000 });
    assert.equal(await page.getByRole('heading', { level: 1, name: 'History' }).count(), 1);
    for (const id of CHARTS) assert.equal(await page.locator(`figure[data-chart="${id}"]`).count(), 1, id);
    for (const id of DRAWN) {
      const img = page.locator(`figure[data-chart="${id}"] svg[role="img"]`);
      assert.equal(await img.count(), 1, `${id} is drawn`);
      assert.ok(((await img.getAttribute('aria-label')) ?? '').length > 20, `${id} has a summary`);
    }
    // No screen-time data exists yet: an honest empty state, not a drawing of zeros.
    for (const id of NO_DATA_YET) {
      assert.equal(await page.locator(`figure[data-chart="${id}"] svg`).count(), 0, id);
      assert.match(
        await page.locator(`figure[data-chart="${id}"] .chart-empty`).innerText(),
        /^No (screen-time|break) data yet/,
      );
    }
    // Gaps are gaps: 30 days with every sixth day missing draws several line segments.
    const d = (await page.locator('figure[data-chart="pain-daily"] path.series').getAttribute('d')) ?? '';
    assert.ok(d.split('M').length - 1 >= 4, 'missing days break the line');
    // Each chart's table opens on demand, with a caption.
    await page.locator('figure[data-chart="pain-daily"] summary').click();
    const table = page.getByRole('table', { name: /Pain and mood each day/ });
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), loggedDays(PATTERN, 30));

    const card = page.getByRole('region', { name: 'Pain and low mood, for a while now' });
    await card.waitFor();
    assert.match(await card.innerText(), /worth talking over with a GP or physiotherapist/);
    assert.equal(
      await card.getByRole('link', { name: 'Answer two questions about mood' }).getAttribute('href'),
      '#self-check',
    );
    assert.equal(
      await card.getByRole('link', { name: 'Make a report to take along' }).getAttribute('href'),
      '/report.html',
    );

    // Insights: enough days for sleep, the lower back and breaks; the rest wait for
    // break data; tags never ticked wait together in one card.
    const insights = page.locator('.insight');
    assert.equal(await insights.count(), 7);
    const sleep = await page.locator('.insight', { hasText: "poor night's sleep" }).innerText();
    assert.match(
      sleep,
      /On \d+ days after a poor night, pain averaged \d\.\d; on \d+ days after a better one, \d\.\d\./,
    );
    assert.match(sleep, /Mood averaged \d\.\d on those \d+ days and \d\.\d on the other \d+ days, out of 5\./);
    // Every verdict says how sure it is: a range, or too early with how many more days.
    assert.match(sleep, /likely (somewhere )?between|Too early to tell/);
    const lower = await page.locator('.insight', { hasText: 'Days you marked “Lower back”' }).innerText();
    assert.match(lower, /On \d+ days you marked “Lower back”, pain averaged/);
    assert.match(await page.locator('.insight', { hasText: 'Walk breaks' }).innerText(), /Waits for break/);
    const waiting = await page.locator('.insight', { hasText: 'From your check-in details' }).innerText();
    assert.match(waiting, /Stressed: on 0 days so far; 5 days more needed\./);
    assert.match(await page.getByText('These are patterns, not proof.').innerText(), /not a cause/);
    assert.doesNotMatch(await page.locator('#insights-heading + *').innerText(), /because|causes|caused|reduces/i);

    // The combined chart at the top: one shared time axis, read out by keyboard.
    const together = page.locator('figure[data-chart="together"]');
    assert.equal(await together.locator('svg[role="img"]').count(), 1);
    const slider = together.getByRole('slider', { name: /Day to read out/ });
    const readout = together.locator('.together-readout');
    const last = await readout.innerText();
    assert.match(last, /pain \d\.\d and mood \d\.\d \(\d check-ins?\); no screen-time or break data/);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    const before = await readout.innerText();
    assert.notEqual(before, last, 'the arrow key moves to another day');
    assert.equal(await slider.getAttribute('aria-valuetext'), before, 'the slider says what the readout shows');
    await page.keyboard.press('Home');
    assert.equal(await slider.inputValue(), '0');
    // End is today, still without a check-in at 07:30; the day before is where it began.
    await page.keyboard.press('End');
    assert.match(await readout.innerText(), /; no check-in; /);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await readout.innerText(), last);
    // And by pointing: the middle of the drawing reads out a middle day.
    await together.locator('svg').scrollIntoViewIfNeeded();
    const box = await together.locator('svg').boundingBox();
    assert.ok(box, 'the drawing is laid out');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    const pointed = Number(await slider.inputValue());
    assert.ok(Math.abs(pointed - 15) <= 1, `pointing picks the day under the pointer: ${pointed}`);
    // Its table alternative: every day with data.
    await together.locator('summary').click();
    const togetherTable = page.getByRole('table', { name: /Each day's pain, mood, screen time and breaks/ });
    await togetherTable.waitFor();
    assert.equal(await togetherTable.locator('tbody tr').count(), loggedDays(PATTERN, 30));

    // Axis text is never under 11 px, at 360 px wide as at 1280, and each value axis has its unit.
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const smallest = await page.evaluate(async () => {
        // Let the resize reach the charts (their text size follows the drawn width).
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        let min = Number.POSITIVE_INFINITY;
        for (const svg of document.querySelectorAll('figure.chart svg.chart-svg')) {
          const scale = svg.getBoundingClientRect().width / /** @type {SVGSVGElement} */ (svg).viewBox.baseVal.width;
          for (const t of svg.querySelectorAll('text'))
            min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale);
        }
        return min;
      });
      assert.ok(smallest >= 10.99, `axis text at ${width} px: ${smallest} px`);
      for (const scheme of /** @type {const} */ (['light', 'dark'])) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: screenshotPath(`history-${width}-${scheme}`), fullPage: true });
        await together.screenshot({ path: screenshotPath(`history-together-${width}-${scheme}`) });
        await page
          .locator('section[aria-labelledby="insights-heading"]')
          .screenshot({ path: screenshotPath(`history-insights-${width}-${scheme}`) });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 900, height: 1000 });
    const units = await page.locator('figure[data-chart="pain-daily"] svg .unit').allTextContents();
    assert.deepEqual(units, ['Pain (0–10)']);

    await page.screenshot({ path: screenshotPath('history-light'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('history-dark'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // Every range draws, by keyboard as well as by click.
    for (const [label, days] of /** @type {[string, number][]} */ ([
      ['7 days', 7],
      ['90 days', 90],
      ['1 year', 365],
      ['Everything', 200],
    ])) {
      await page.getByText(label, { exact: true }).click();
      await page.locator('figure[data-chart="pain-daily"] svg[role="img"]').waitFor();
      const summary = (await page.locator('figure[data-chart="pain-daily"] svg').getAttribute('aria-label')) ?? '';
      assert.match(summary, /days logged/, `${label}: ${summary}`);
      assert.ok(new URL(page.url()).searchParams.get('range'), 'the range is in the address');
      assert.equal(await page.locator('figure[data-chart="pain-calendar"] rect.cell').count(), days, label);
    }
    await page.screenshot({ path: screenshotPath('history-all'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a weekly reflection is saved and drawn as a trend', async () => {
    const { page, errors } = await openHistory();
    const section = page.getByRole('region', { name: 'Weekly reflection' });
    await section
      .getByRole('group', { name: /enjoying life/ })
      .getByText('6', { exact: true })
      .click();
    await section
      .getByRole('group', { name: /usual activities/ })
      .getByText('4', { exact: true })
      .click();
    await section.getByRole('button', { name: 'Save this week' }).click();
    await section.locator('figure[data-chart="reflection-trend"] svg[role="img"]').waitFor();
    const stored = (await readStorage(page, 'reflections')) ?? [];
    assert.equal(stored.length, 1);
    assert.deepEqual([stored[0]?.enjoyment, stored[0]?.activity], [6, 4]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('with the control set, the care card does not show', async () => {
    const { page: seedPage } = await openPage(env, 'options.html');
    await seed(seedPage, CONTROL);
    await seedPage.close();
    const { page, errors } = await openHistory();
    await page.locator('figure[data-chart="pain-daily"] svg[role="img"]').waitFor();
    assert.equal(await page.getByRole('region', { name: 'Pain and low mood, for a while now' }).count(), 0);
    assert.equal(await page.getByText('worth talking over with a GP').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('insights look at the last twelve months, and say so only when the diary is older', async () => {
    const WINDOW_NOTE =
      'These look at the last twelve months. Older days are in the charts and the report, but not compared here.';
    const { page: seedPage } = await openPage(env, 'options.html');
    for (const [days, shown] of /** @type {const} */ ([
      [400, 1],
      [365, 0],
    ])) {
      await seed(seedPage, { days, pain: [3, 5, 4, 6], mood: [3, 4, 2, 3] });
      const { page, errors } = await openHistory();
      // Sleep is never seeded: its card waits for data once insights are computed.
      await page.locator('.insight[data-factor="walk"]').waitFor();
      assert.equal(await page.getByText(WINDOW_NOTE).count(), shown, `${days} days`);
      assert.deepEqual(errors, []);
      await page.close();
    }
    await seedPage.close();
  });

  test('with nothing stored, the page says so calmly', async () => {
    const { page: seedPage } = await openPage(env, 'options.html');
    await seedPage.evaluate(() => chrome.storage.local.clear());
    await seedPage.close();
    const { page, errors } = await openHistory();
    await page.getByText('No check-ins in this range yet. Days appear here').waitFor();
    assert.equal((await page.getByText('Needs 14 more logged days.').count()) >= 1, true);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

// The background refuses a second PHQ-2 inside 14 days by its own clock, which
// Playwright cannot fix: this check runs in a browser of its own, on the real clock
// (it does not depend on the hour or the date).
describe('PHQ-2 self-check, on the real clock', () => {
  /** @type {import('./harness.mjs').Env} */
  let live;
  before(async () => {
    live = await launch();
  });
  after(async () => {
    const foreign = live.foreignRequests();
    await live.close();
    assert.deepEqual(foreign, [], 'the extension made requests outside its own pages');
  });

  test('the PHQ-2 self-check is stored by the background and not offered again for 14 days', async () => {
    const { page, errors } = await openHistory('#self-check', live);
    const form = page.locator('#self-check');
    assert.match(await form.innerText(), /Over the last 2 weeks, how often have you been bothered/);
    assert.match(await form.innerText(), /educational grant from Pfizer Inc/);
    await form.getByRole('radio', { name: 'More than half the days (2)' }).first().check();
    await form
      .getByRole('group', { name: /Feeling down, depressed, or hopeless/ })
      .getByRole('radio', { name: 'Several days (1)' })
      .check();
    await form.getByRole('button', { name: 'See my total' }).click();
    await page.getByText('Your total: 3 out of 6.').waitFor();
    assert.match(await form.innerText(), /worth talking with a GP/);
    assert.match(await form.innerText(), /not a diagnosis/);
    await page.screenshot({ path: screenshotPath('history-phq2'), fullPage: false });
    const stored = (await readStorage(page, 'phq2')) ?? [];
    assert.equal(stored.length, 1);
    assert.deepEqual([stored[0]?.interest, stored[0]?.down], [2, 1]);
    // A second answer inside 14 days is refused by the writer, whoever sends it.
    const reply = await page.evaluate(
      (r) => chrome.runtime.sendMessage({ type: 'phq2/add', result: { ...r, id: 'again-0001' } }),
      stored[0],
    );
    assert.equal(reply.error.kind, 'tooSoon');
    await page.reload();
    await page.waitForSelector('html[data-ready]');
    assert.match(await page.locator('#self-check').innerText(), /offered again from/);
    assert.equal(await page.locator('#self-check').getByRole('button', { name: 'See my total' }).count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('clinician report', () => {
  test('shows a chosen range with averages and counts, and prints to PDF', async () => {
    const { page: seedPage } = await openPage(env, 'options.html');
    await seed(seedPage, PATTERN);
    await seedPage.close();
    const { page, errors } = await openPage(env, 'report.html');
    await page.waitForSelector('html[data-ready]');
    await page.setViewportSize({ width: 900, height: 1000 });
    assert.equal(await page.getByRole('heading', { level: 1, name: 'Pain and mood diary' }).count(), 1);
    const summary = page.getByRole('table', { name: 'Summary of these dates' });
    const logged90 = loggedDays(PATTERN, 90);
    assert.match(await summary.innerText(), new RegExp(`Days with a check-in\\s+${logged90} days of 90`));
    assert.match(await summary.innerText(), new RegExp(`Average pain \\(0–10\\)\\s+\\d\\.\\d, over ${logged90} days`));
    assert.equal(await page.locator('figure[data-chart="pain-daily"] svg[role="img"]').count(), 1);
    assert.match(await page.locator('figure[data-chart="active-daily"]').innerText(), /No screen-time data yet/);
    assert.equal(await page.getByRole('table', { name: /Weekly averages/ }).count(), 1);
    assert.match(await page.locator('.report').innerText(), /Pfizer/);
    // Notes stay out until asked for.
    assert.equal(await page.getByRole('heading', { name: 'Notes' }).count(), 0);
    await page.getByRole('checkbox', { name: 'Include notes' }).check();
    await page.getByRole('table', { name: /Check-ins with a note/ }).waitFor();
    // A shorter range: only those dates.
    await page
      .getByLabel('From', { exact: true })
      .fill(localDateInput(new Date(FIXED_NOW).setDate(new Date(FIXED_NOW).getDate() - 13)));
    await page.getByLabel('From', { exact: true }).dispatchEvent('change');
    await page.waitForSelector('html[data-ready]');
    assert.match(await summary.innerText(), /Days with a check-in\s+\d+ days of 14/);
    assert.equal(await page.getByRole('button', { name: 'Print or save as PDF' }).count(), 1);
    await page.screenshot({ path: screenshotPath('report-light'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('report-dark'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    assert.equal(await page.locator('.report-controls').isVisible(), false, 'controls are not printed');
    await page.screenshot({ path: screenshotPath('report-print'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', path: screenshotPath('report').replace(/\.png$/, '.pdf') });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdf.length > 10_000);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('help page', () => {
  const openHelp = async (/** @type {string} */ locale) => {
    // A country picked on the help page is saved to Settings: start each page with none chosen.
    const { page: settingsPage } = await openPage(env, 'options.html');
    await settingsPage.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'settings/update', patch: { helpCountry: null } }),
    );
    await settingsPage.close();
    const page = await env.context.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript((l) => Object.defineProperty(navigator, 'language', { get: () => l }), locale);
    await page.goto(`${env.base}/help.html`);
    await page.getByRole('heading', { name: 'Need help now?' }).waitFor();
    return { page, errors };
  };

  test('shows the lines for the browser locale, changeable, with the checked-on date', async () => {
    const { page, errors } = await openHelp('en-GB');
    const table = page.getByRole('table', { name: 'Crisis and health lines in United Kingdom' });
    await table.waitFor();
    assert.match(await table.innerText(), /Samaritans\s+116 123/);
    assert.equal(await table.getByRole('link', { name: '116 123' }).getAttribute('href'), 'tel:116123');
    assert.match(await page.getByText('Emergency services:').innerText(), /999 or 112/);
    assert.match(await page.getByText(/^The lines for United Kingdom were checked on/).innerText(), /2026/);
    // The back and neck warning signs in two tiers, and findahelpline.com whatever the country.
    assert.equal(await page.locator('.tier-emergency li').count(), 9);
    assert.equal(await page.locator('.tier-soon li').count(), 10);
    assert.equal(
      await page.getByRole('link', { name: /findahelpline\.com/ }).getAttribute('href'),
      'https://findahelpline.com',
    );
    await page.screenshot({ path: screenshotPath('help-gb'), fullPage: true });
    await page.getByLabel('Your country').selectOption('DE');
    assert.match(await page.getByRole('table', { name: /Germany/ }).innerText(), /TelefonSeelsorge\s+0800 111 0 111/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('help-de-dark'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a country not in the table gets findahelpline.com and a choice, not a guess', async () => {
    for (const locale of ['de-AT', 'en']) {
      const { page, errors } = await openHelp(locale);
      assert.equal(await page.getByRole('table').count(), 0, locale);
      assert.equal(await page.getByLabel('Your country').inputValue(), '');
      await page.getByText('Choose your country to see its lines here.').waitFor();
      assert.equal(await page.getByRole('link', { name: /findahelpline\.com/ }).count(), 1);
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  test('Indonesian gets Indonesia, with an extension number shown but not linked', async () => {
    const { page } = await openHelp('id');
    const table = page.getByRole('table', { name: /Indonesia/ });
    await table.waitFor();
    assert.match(await table.innerText(), /119 ext 8/);
    assert.equal(await table.getByRole('link').count(), 0);
    await page.close();
  });
});
