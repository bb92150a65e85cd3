// @ts-check
// Settings, history, the clinician report, the break page and help, rendered in
// Firefox with seeded data and no console errors. Firefox reports extension pages'
// errors only on its stdout, so the first test proves the harness hears them.
// biome-ignore-all lint/performance/useDomNodeTextContent: innerText is the text as a reader sees it, table cells apart
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TIME_UNITS } from '../time-units.mjs';
import { clickButton, launch, openPage, pick, readStorage, screenshotPath, until } from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;
/** @type {import('./harness.mjs').Page} An extension page kept open to seed storage. */
let helper;

before(async () => {
  env = await launch();
  helper = await openPage(env, 'help.html', 'h1');
  // The background writes its state when it starts; let it, before seeding.
  await until(() => helper.evaluate(async () => (await browser.storage.local.get('engine')).engine ?? null), Boolean);
  await seed(helper);
});

after(async () => {
  await env?.close();
});

/**
 * 60 days of check-ins, two a day, ending an hour before the instant this takes once,
 * written straight into storage (seeding, not the code under test). Returns that instant.
 * @param {import('./harness.mjs').Page} page
 */
function seed(page) {
  return page.evaluate(async ({ HOUR_MS, MINUTE_MS }) => {
    const now = Date.now();
    /** @type {Record<string, import('../e2e/harness.mjs').CheckIn[]>} */
    const months = {};
    for (let i = 0; i < 120; i++) {
      const at = now - HOUR_MS - i * 12 * HOUR_MS;
      const tz = -new Date(at).getTimezoneOffset();
      const local = new Date(at + tz * MINUTE_MS);
      const key = `checkins:${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
      /** @type {import('../e2e/harness.mjs').CheckIn} */
      const checkIn = {
        id: `ffseed${String(i).padStart(4, '0')}`,
        at,
        tzOffsetMin: tz,
        mood: 1 + (i % 5),
        pain: (i * 7) % 11,
        source: i % 4 ? 'popup' : 'break',
      };
      if (i % 3 === 0) checkIn.sleep = i % 2 ? 3 : 8;
      if (i % 5 === 0) checkIn.note = 'Stiff after a long meeting.';
      if (i % 4 === 0) checkIn.regions = ['lower'];
      months[key] ??= [];
      months[key].push(checkIn);
    }
    for (const list of Object.values(months)) list.sort((a, b) => a.at - b.at);
    await browser.storage.local.set(months);
    return now;
  }, TIME_UNITS);
}

/**
 * Opens `path`, waits for `ready` and screenshots it; `errors()` gives Limber's errors since it opened.
 * @param {string} path the page and its query
 * @param {string} ready a selector that is there once it has rendered
 * @param {string} name of the screenshot, `firefox-NAME`
 * @param {{ width?: number, height?: number }} [viewport]
 */
async function render(path, ready, name, { width = 900, height = 1000 } = {}) {
  const mark = env.mark();
  const page = await openPage(env, path, ready);
  await page.setViewport({ width, height });
  await page.screenshot({ path: screenshotPath(`firefox-${name}`), fullPage: true });
  return { page, errors: () => env.errorsSince(mark, page) };
}

/**
 * The text of `selector`'s element as a reader sees it.
 * @param {import('./harness.mjs').Page} page
 * @param {string} selector of an HTML element
 */
const text = (page, selector) => page.$eval(selector, (el) => /** @type {HTMLElement} */ (el).innerText);

describe('pages in Firefox', () => {
  test('the harness hears a page’s and the background’s errors on stdout', async () => {
    const mark = env.mark();
    await helper.evaluate(async () => {
      console.error('limber-e2e-probe: console.error in a page');
      setTimeout(() => {
        throw new Error('limber-e2e-probe: thrown in a page');
      });
      const background = await browser.runtime.getBackgroundPage();
      background.setTimeout(() => {
        throw new Error('limber-e2e-probe: thrown in the background');
      });
      await new Promise((r) => setTimeout(r, 200));
    });
    const errors = await env.errorsSince(mark, helper);
    for (const probe of ['console.error in a page', 'thrown in a page', 'thrown in the background']) {
      assert.ok(
        errors.some((line) => line.includes(`limber-e2e-probe: ${probe}`)),
        `${probe}: ${JSON.stringify(errors)}`,
      );
    }
  });

  test('settings render every group', async () => {
    const { page, errors } = await render('options.html', 'html[data-ready]', 'options');
    for (const name of ['Posture check', 'Stretch', 'Walk', 'Monday', 'Sunday']) {
      await page.waitForSelector(`::-p-aria([name="${name}"][role="group"])`);
    }
    await page.waitForSelector('::-p-aria([name="Your data"][role="heading"])');
    assert.deepEqual(await errors(), []);
    await page.close();
  });

  test('history draws the seeded check-ins, with summaries', async () => {
    const { page, errors } = await render('journal.html', 'html[data-ready]', 'history');
    assert.equal(await text(page, 'h1'), 'History');
    for (const id of ['pain-daily', 'mood-daily', 'pain-hour', 'pain-calendar']) {
      const label =
        (await page.$eval(`figure[data-chart="${id}"] svg[role="img"]`, (svg) => svg.getAttribute('aria-label'))) ?? '';
      assert.ok(label.length > 20, `${id} has a summary: ${label}`);
    }
    // 60 days seeded, two a day: the 30-day range has a line with data in it.
    const d = (await page.$eval('figure[data-chart="pain-daily"] path.series', (p) => p.getAttribute('d'))) ?? '';
    assert.ok(d.split('L').length > 20, d);
    assert.deepEqual(await errors(), []);
    await page.close();
  });

  test('with "A small window" chosen, Send a test nudge opens the break page in a popup window', async () => {
    const mark = env.mark();
    const page = await openPage(env, 'options.html', 'html[data-ready]');
    await pick(page, 'A small window');
    await until(
      () => readStorage(page).then((s) => s.settings?.notificationStyle),
      (style) => style === 'window',
    );
    await clickButton(page, 'Send a test nudge');
    const windows = await until(
      () => page.evaluate(() => browser.windows.getAll({ populate: true })),
      // A new window's tab has no URL for a moment: wait for the page's.
      (list) => list.some((w) => w.type === 'popup' && w.tabs?.[0]?.url?.includes('/break.html')),
    );
    const popup = windows.find((w) => w.type === 'popup');
    assert.ok(popup?.tabs, 'a popup window, with its tabs');
    assert.equal(popup.tabs.length, 1);
    const tabUrl = popup.tabs[0]?.url;
    assert.ok(tabUrl, 'the popup window shows a page');
    const url = new URL(tabUrl);
    assert.equal(url.pathname, '/break.html');
    assert.equal(url.searchParams.get('mode'), 'window');
    // Puppeteer hears of no navigation in extension pages: find the window's page by asking each.
    const win = await until(async () => {
      for (const candidate of await env.browser.pages()) {
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (href.includes('mode=window')) return candidate;
      }
      return null;
    }, Boolean);
    assert.ok(win, 'the window has its page');
    await win.waitForSelector('html[data-ready]');
    await win.waitForSelector('::-p-aria([name="Done"][role="button"])');
    await win.screenshot({ path: screenshotPath('firefox-break-window') });
    assert.deepEqual(await env.errorsSince(mark, page), []);
    const windowId = popup.id;
    assert.ok(windowId !== undefined, 'the popup window has an id');
    await page.evaluate((id) => browser.windows.remove(id), windowId);
    await page.close();
  });

  test('the clinician report shows the seeded range with averages', async () => {
    const { page, errors } = await render('report.html', 'html[data-ready]', 'report');
    assert.equal(await text(page, 'h1'), 'Pain and mood diary');
    const summary = await text(page, '::-p-aria([name="Summary of these dates"][role="table"])');
    assert.match(summary, /Days with a check-in\s+\d+ days of \d+/);
    assert.match(summary, /Average pain \(0–10\)\s+\d\.\d, over \d+ days/);
    await page.waitForSelector('figure[data-chart="pain-daily"] svg[role="img"]');
    assert.deepEqual(await errors(), []);
    await page.close();
  });

  test('the break page renders a stretch', async () => {
    const { page, errors } = await render('break.html?nudge=stretch', 'html[data-ready]', 'break-stretch', {
      width: 760,
      height: 720,
    });
    assert.equal(await text(page, 'h1'), 'A stretch for your back');
    await page.waitForSelector('::-p-aria([name="Done"][role="button"])');
    await page.waitForSelector('[role="timer"]');
    assert.deepEqual(await errors(), []);
    await page.close();
  });

  test('help lists the urgent signs and always offers findahelpline.com', async () => {
    const { page, errors } = await render('help.html', 'h1', 'help');
    assert.equal(await text(page, 'h1'), 'Need help now?');
    // Two tiers of back and neck warning signs: 9 for the emergency number now, 10 for a doctor soon.
    assert.equal(await page.$$eval('.tier-emergency li', (items) => items.length), 9);
    assert.equal(await page.$$eval('.tier-soon li', (items) => items.length), 10);
    assert.equal(
      await page.$eval('a[href="https://findahelpline.com"]', (a) => a.innerText.includes('findahelpline.com')),
      true,
    );
    assert.deepEqual(await errors(), []);
    await page.close();
  });
});
