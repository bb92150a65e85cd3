// @ts-check
// Every page, as a person sees it: axe-core (0 serious or critical violations) in light
// and dark and in each state this file visits; a screenshot of each at 360 and 1280 px
// in both themes (.output/screenshots/page-*.png, the README's pictures come from
// them); the popup within Chrome's 600 px in every state; and keyboard-only
// walkthroughs of a whole break, a settings change and an import (the check-in's is in
// popup.test.mjs). The welcome page opened once, on install.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DAY_MS, TIME_UNITS } from '../time-units.mjs';
import { until } from '../until.mjs';
import {
  axeViolations,
  clearOfMidnight,
  FIXED_NOW,
  fixClock,
  launch,
  openPage,
  readStorage,
  screenshotPath,
  storedCheckIns,
} from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;
/** @type {import('./harness.mjs').Page} An extension page kept open to read storage and seed. */
let helper;

before(async () => {
  env = await launch();
  ({ page: helper } = await openPage(env, 'help.html'));
  await until(() => helper.evaluate(async () => (await chrome.storage.local.get('engine')).engine ?? null), Boolean);
});

after(async () => {
  const foreign = env.foreignRequests();
  await env.close();
  assert.deepEqual(foreign, [], 'the extension made requests outside its own pages');
});

const SCHEMES = /** @type {const} */ (['light', 'dark']);
const WIDTHS = [360, 1280];

/** @typedef {import('./harness.mjs').Page} Page */
/** @typedef {{ where: string } & Awaited<ReturnType<typeof axeViolations>>[number]} Finding an axe violation, and the page and state it was found in */

/**
 * axe in both themes, as the page is now; every violation is reported with its page and state.
 * @param {Page} page
 * @param {string} where the page and state, for the report
 * @param {Finding[]} found where each violation is added
 * @param {Record<string, string>} [waivers] as axeViolations takes them
 */
async function axeBothThemes(page, where, found, waivers) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const v of await axeViolations(page, { waivers })) found.push({ where: `${where}, ${colorScheme}`, ...v });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * The page at both widths in both themes, whole (full page), into .output/screenshots/.
 * @param {Page} page
 * @param {string} name
 * @param {{ height?: number }} [options]
 */
async function shootAll(page, name, { height = 800 } = {}) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: screenshotPath(`page-${name}-${width}-${colorScheme}`), fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height });
}

/** 45 days of check-ins before FIXED_NOW, two a day, written straight into storage (seeding). */
async function seedDays() {
  await helper.evaluate(
    async ({ now, units }) => {
      /** @type {Record<string, import('./harness.mjs').CheckIn[]>} */
      const months = {};
      for (let i = 0; i < 90; i++) {
        const at = now - 45 * units.DAY_MS + i * 12 * units.HOUR_MS + units.HOUR_MS;
        const tz = -new Date(at).getTimezoneOffset();
        const local = new Date(at + tz * units.MINUTE_MS);
        const key = `checkins:${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
        months[key] ??= [];
        months[key].push({
          id: `pages${String(i).padStart(5, '0')}`,
          at,
          tzOffsetMin: tz,
          mood: 1 + (i % 5),
          pain: (i * 3) % 11,
          source: 'popup',
        });
      }
      await chrome.storage.local.set(months);
    },
    { now: FIXED_NOW, units: TIME_UNITS },
  );
}

/**
 * Picks a face or a pain number the way a person does: by clicking its label.
 * @param {Page} page
 * @param {string} name
 */
const pick = (page, name) => page.getByRole('radio', { name, exact: true }).locator('xpath=..').click();
const focusedText = (/** @type {Page} */ page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

test('the welcome page opened once, when Limber was installed', () => {
  assert.equal(env.welcomeOpened, 1);
});

describe('every page: axe in light and dark, screenshots at 360 and 1280 px', () => {
  test('the popup, in each state, within 600 px', async () => {
    const { page, errors } = await openPage(env, 'popup.html');
    await page.setViewportSize({ width: 360, height: 600 });
    await page.waitForSelector('html[data-hydrated]');
    await page.getByTestId('next-nudge').waitFor();
    /** @type {Finding[]} */
    const found = [];
    /** @type {Record<string, number>} */
    const heights = {};
    const state = async (/** @type {string} */ name) => {
      heights[name] = await page.evaluate(() => document.documentElement.scrollHeight);
      await axeBothThemes(page, `popup ${name}`, found);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: screenshotPath(`page-popup-${name}-${colorScheme}`) });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    };
    await state('fresh');
    await page.getByText('Take a break now').click();
    await page.getByRole('button', { name: 'Breathe' }).waitFor();
    await state('break-menu');
    await page.getByText('Pause', { exact: true }).click();
    await page.getByRole('button', { name: 'Until tomorrow' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Breathe' }).isVisible(), false, 'one menu open at a time');
    await state('pause-menu');
    await page.keyboard.press('Escape');
    await pick(page, 'Good');
    await pick(page, '4');
    // The second choice saves (two clicks); details opened after that amend the entry.
    await page.getByText('Saved. Thank you for checking in.').waitFor();
    await page.getByText('Add details (optional)').click();
    await page.getByRole('checkbox', { name: 'Lower back' }).check();
    await state('details');
    const save = await page.getByRole('button', { name: 'Save' }).boundingBox();
    assert.ok(save && save.y + save.height <= 600, `Save is in view with details open (${JSON.stringify(save)})`);
    // Good and 4 already saved it (two clicks): Save details amends that entry.
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Updated. Thank you.').waitFor();
    await page.getByRole('listitem').first().waitFor();
    await state('saved');
    for (const [name, h] of Object.entries(heights)) assert.ok(h <= 600, `popup ${name} is ${h} px tall`);
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  const PAGES = [
    { name: 'options', path: 'options.html', ready: 'html[data-ready]' },
    { name: 'welcome', path: 'welcome.html', ready: 'html[data-ready]' },
    { name: 'help', path: 'help.html', ready: 'h1' },
    { name: 'history-empty', path: 'journal.html', ready: 'h1' },
  ];
  for (const { name, path, ready } of PAGES) {
    test(name, async () => {
      const { page, errors } = await openPage(env, path);
      await page.waitForSelector(ready);
      await page.waitForLoadState('networkidle');
      if (name === 'options') {
        // Working hours off: the rows are shown, readable, and cannot be changed.
        const monday = page.getByRole('group', { name: 'Monday' });
        assert.equal(await monday.getByLabel('From').isDisabled(), true);
        assert.equal(await monday.getByRole('button', { name: 'Add hours' }).isDisabled(), true);
      }
      /** @type {Finding[]} */
      const found = [];
      await axeBothThemes(page, name, found);
      await shootAll(page, name);
      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('history and report with 45 seeded days (pages clock fixed at FIXED_NOW)', async () => {
    await seedDays();
    await fixClock(env, FIXED_NOW);
    /** @type {Finding[]} */
    const found = [];
    /** @type {string[]} */
    const errors = [];
    for (const [name, path] of /** @type {const} */ ([
      ['history', 'journal.html'],
      ['report', 'report.html'],
    ])) {
      const opened = await openPage(env, path);
      await opened.page.locator('svg').first().waitFor();
      await axeBothThemes(opened.page, name, found);
      await shootAll(opened.page, name);
      errors.push(...opened.errors);
      await opened.page.close();
    }
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
  });

  for (const kind of ['posture', 'stretch', 'walk', 'breathe']) {
    test(`the break page: ${kind}`, async () => {
      const { page, errors } = await openPage(env, `break.html?nudge=${kind}`);
      await page.waitForSelector('html[data-ready]');
      /** @type {Finding[]} */
      const found = [];
      await axeBothThemes(page, `break ${kind}`, found);
      await shootAll(page, `break-${kind}`);
      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('keyboard alone', () => {
  test('a whole break: Done, then the two-step check-in, saved; axe at each step', async () => {
    await clearOfMidnight();
    const before = (await storedCheckIns(helper)).filter((c) => c.source === 'break').length;
    const { page, errors } = await openPage(env, 'break.html?nudge=walk');
    await page.setViewportSize({ width: 760, height: 720 });
    await page.waitForSelector('html[data-ready]');
    assert.equal(await focusedText(page), 'Done', 'focus starts on Done');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'How are you now?' }).waitFor();
    /** @type {Finding[]} */
    const found = [];
    await axeBothThemes(page, 'break check-in', found);
    await shootAll(page, 'break-checkin');
    // Into the mood faces, choose Okay with the arrows; then the pain scale, from 0 to 3.
    for (
      let i = 0;
      i < 8 &&
      (await page.evaluate(() => /** @type {HTMLInputElement | null} */ (document.activeElement)?.name)) !== 'mood';
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    // Arrow keys choose without saving (they pass through every choice); Save saves.
    for (let i = 0; i < 4 && (await focusedText(page)) !== 'Save'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Saved. Thank you.').waitFor();
    const saved = await until(
      () => storedCheckIns(helper),
      (list) => list.filter((c) => c.source === 'break').length > before,
    );
    const latest = saved.filter((c) => c.source === 'break').reduce((a, b) => (a.at > b.at ? a : b));
    assert.equal(latest.mood, 3);
    assert.equal(latest.pain, 3);
    await axeBothThemes(page, 'break finished', found);
    await shootAll(page, 'break-finished');
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a settings change: Tab to the posture interval, type 25, and it is stored', async () => {
    const { page, errors } = await openPage(env, 'options.html');
    await page.waitForSelector('html[data-ready]');
    const target = 'f-nudges-posture-intervalMin';
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== target; i++) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), target);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('25');
    await page.keyboard.press('Tab');
    await until(
      async () => (await readStorage(page)).settings?.nudges?.posture?.intervalMin,
      (v) => v === 25,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an import: the file chooser opened from the keyboard, then Import with Enter', async () => {
    const { page, errors } = await openPage(env, 'options.html');
    await page.waitForSelector('html[data-ready]');
    // Listening long before Space: Playwright turns on its file-chooser interception
    // when the first listener comes, and a chooser opened before that is lost.
    const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
    chooser.catch(() => {}); // awaited below; a failure before then is reported by its own assert
    for (let i = 0; i < 150 && (await page.evaluate(() => document.activeElement?.id)) !== 'import-file'; i++) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-file');
    const at = new Date(FIXED_NOW - DAY_MS).toISOString();
    const csv = ['id,time,mood,pain,source', `keyboard-0001,${at},4,3,popup`].join('\r\n');
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-preview').waitFor();
    /** @type {Finding[]} */
    const found = [];
    await axeBothThemes(page, 'options import preview', found);
    for (let i = 0; i < 10 && (await focusedText(page)) !== 'Import'; i++) await page.keyboard.press('Tab');
    assert.equal(await focusedText(page), 'Import');
    await page.keyboard.press('Enter');
    await page.getByText(/Imported\. 1 check-in added/).waitFor();
    assert.ok((await storedCheckIns(page)).some((c) => c.id === 'keyboard-0001'));
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
