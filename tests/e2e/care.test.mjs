// @ts-check
// Care and safety end to end (issue 13), in real Chromium with the built extension:
// the help country chosen in Settings changes the numbers on every page that shows
// them, the emergency tier names that country's number, and each care-card pattern
// shows on the history page and (compact) in the popup, its control showing nothing.
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is the text as a reader sees it
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FIXED_NOW, fixClock, launch, openPage, readStorage, screenshotPath } from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;

before(async () => {
  env = await launch();
  await fixClock(env, FIXED_NOW);
});

after(async () => {
  const foreign = env.foreignRequests();
  await env.close();
  assert.deepEqual(foreign, [], 'the extension made requests outside its own pages');
});

/**
 * Opens a page with `navigator.language` set to `locale` (an en-US browser by default).
 * @param {string} path
 */
async function openAs(path, locale = 'en-US') {
  const page = await env.context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript((l) => Object.defineProperty(navigator, 'language', { get: () => l }), locale);
  await page.goto(`${env.base}/${path}`);
  return { page, errors };
}

/**
 * Sets the help country through the background, as the options page does.
 * @param {string | null} helpCountry a country code, or null for the browser locale's
 */
async function chooseCountry(helpCountry) {
  const { page } = await openPage(env, 'options.html');
  const reply = await page.evaluate(
    (helpCountry) => chrome.runtime.sendMessage({ type: 'settings/update', patch: { helpCountry } }),
    helpCountry,
  );
  assert.equal(reply?.ok, true, JSON.stringify(reply));
  await page.close();
}

describe('the chosen help country wins, on every page', () => {
  test('an en-US browser with United Kingdom chosen sees UK numbers on the help page, the report and a PHQ-2 result', async () => {
    await chooseCountry(null);
    const before = await openAs('help.html');
    await before.page.getByRole('table', { name: /United States/ }).waitFor();
    assert.match(await before.page.getByText(/in danger right now/).innerText(), /call 911/);
    await before.page.close();

    await chooseCountry('GB');
    const { page, errors } = await openAs('help.html');
    const table = page.getByRole('table', { name: 'Crisis and health lines in United Kingdom' });
    await table.waitFor();
    assert.match(await table.innerText(), /Samaritans\s+116 123/);
    assert.doesNotMatch(await table.innerText(), /988/);
    assert.match(await page.getByText(/in danger right now/).innerText(), /call 999 or 112/);
    // The emergency tier names the chosen country's number.
    assert.match(
      await page.getByRole('heading', { level: 3, name: /^Call 999 or 112 or go to A&E/ }).innerText(),
      /emergency department now/,
    );
    assert.match(await page.getByText(/^The lines for United Kingdom were checked on/).innerText(), /2026/);
    await page.setViewportSize({ width: 800, height: 900 });
    await page.screenshot({ path: screenshotPath('care-help-gb'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('care-help-gb-dark'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();

    const report = await openAs('report.html');
    const line = report.page.locator('.crisis-line');
    await line.waitFor();
    await report.page.getByRole('link', { name: '116 123' }).waitFor();
    assert.match(await line.innerText(), /harming yourself, contact a crisis line now\. Samaritans, 116 123\./);
    await report.page.close();

    const history = await openAs('journal.html');
    await history.page.waitForSelector('html[data-ready]');
    const selfCheck = history.page.locator('#self-check');
    await selfCheck
      .getByRole('group', { name: /Little interest/ })
      .getByLabel(/Not at all/)
      .check();
    await selfCheck
      .getByRole('group', { name: /Feeling down/ })
      .getByLabel(/Not at all/)
      .check();
    await selfCheck.getByRole('button', { name: 'See my total' }).click();
    const result = history.page.getByRole('status').filter({ hasText: 'Your total' });
    await result.getByRole('link', { name: '116 123' }).waitFor();
    assert.match(await result.innerText(), /contact a crisis line now\. Samaritans, 116 123\./);
    await history.page.close();
  });

  test('a country picked on the help page is saved, and the next page agrees', async () => {
    await chooseCountry(null);
    const { page } = await openAs('help.html', 'en');
    await page.getByText('Choose your country to see its lines here.').waitFor();
    assert.match(await page.getByText(/in danger right now/).innerText(), /112 works from mobile phones/);
    await page.getByLabel('Your country').selectOption('NZ');
    await page.getByRole('heading', { level: 3, name: /^Call 111 or go to A&E/ }).waitFor();
    await page.waitForFunction(async () => (await chrome.storage.local.get('settings')).settings?.helpCountry === 'NZ');
    await page.close();
    const report = await openAs('report.html', 'en-GB');
    await report.page.getByRole('link', { name: '1737' }).waitFor();
    await report.page.close();
    const stored = await readStorage((await openPage(env, 'options.html')).page);
    assert.equal(stored.settings?.helpCountry, 'NZ');
  });
});

/**
 * Replaces the check-ins with one a day at noon, `from` to `to` days before the
 * page's today (FIXED_NOW is 07:30, so today itself is left empty), each with its
 * zone's offset at that instant.
 * @param {number} from
 * @param {number} to
 * @param {number} pain
 * @param {number} mood
 */
async function seedDaily(from, to, pain, mood) {
  const { page } = await openPage(env, 'options.html');
  await page.evaluate(
    async ({ from, to, pain, mood }) => {
      const keep = await chrome.storage.local.get('settings');
      await chrome.storage.local.clear();
      await chrome.storage.local.set(keep);
      const now = new Date();
      /** @type {Record<string, unknown[]>} */
      const months = {};
      for (let d = from; d <= to; d++) {
        const local = new Date(now.getFullYear(), now.getMonth(), now.getDate() - d, 12, 0);
        const key = `checkins:${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}`;
        months[key] ??= [];
        months[key].push({
          id: `care${String(d).padStart(6, '0')}`,
          at: local.getTime(),
          tzOffsetMin: -local.getTimezoneOffset(),
          mood,
          pain,
          source: 'popup',
        });
      }
      await chrome.storage.local.set(months);
    },
    { from, to, pain, mood },
  );
  await page.close();
}

/** @type {[string, [number, number, number, number], string | null, 'mood' | 'pain' | 'both' | 'none'][]} */
const CARDS = [
  // name, seed [from, to, pain, mood], the card's heading (null: none), the popup's kind
  ['low mood for two weeks, mild pain', [1, 13, 2, 1], 'Low mood on most days, for two weeks now', 'mood'],
  ['its control: okay mood', [1, 13, 2, 3], null, 'none'],
  ['pain 7 for six weeks, okay mood', [1, 41, 7, 3], 'Pain on most days, for six weeks now', 'pain'],
  ['its control: pain 7 for five weeks', [1, 34, 7, 3], null, 'none'],
  ['pain and low mood for three weeks', [1, 20, 6, 1], 'Pain and low mood, for a while now', 'both'],
  ['its control: pain with okay mood for three weeks', [1, 20, 6, 3], null, 'none'],
];

describe('the care cards', () => {
  for (const [name, [from, to, pain, mood], heading, kind] of CARDS) {
    test(`${name}: ${heading ?? 'no card'}, the same in the popup`, async () => {
      await seedDaily(from, to, pain, mood);
      const history = await openAs('journal.html');
      await history.page.waitForSelector('html[data-ready]');
      const cards = history.page.locator('section.care-card');
      if (heading) {
        const card = history.page.getByRole('region', { name: heading });
        assert.ok(kind !== 'none', 'a card with a heading has a kind');
        // On how many days it rests: every seeded day inside the card's window, all flagged.
        const window = { mood: 14, pain: 42, both: 21 }[kind];
        const n = Math.min(to, window - 1) - from + 1;
        assert.match(await card.innerText(), new RegExp(`on ${n} of ${n} logged days`));
        assert.equal(await card.getByRole('link', { name: 'Make a report to take along' }).count(), 1);
        if (kind === 'pain') await history.page.setViewportSize({ width: 900, height: 700 });
        if (kind === 'pain') await card.screenshot({ path: screenshotPath('care-card-pain') });
      } else {
        assert.equal(await cards.count(), 0);
      }
      await history.page.close();

      const popup = await openAs('popup.html');
      await popup.page.waitForSelector(`html[data-care="${kind}"]`);
      const line = popup.page.locator('.care-card.care-compact');
      if (heading) {
        assert.match(await line.innerText(), new RegExp(`^${heading}`));
        assert.equal(
          await line.getByRole('link', { name: 'More in History' }).getAttribute('href'),
          '/journal.html#care',
        );
        if (kind === 'both') {
          await popup.page.setViewportSize({ width: 380, height: 760 });
          await popup.page.screenshot({ path: screenshotPath('care-popup-card'), fullPage: true });
          await popup.page.emulateMedia({ colorScheme: 'dark' });
          await popup.page.screenshot({ path: screenshotPath('care-popup-card-dark'), fullPage: true });
        }
      } else {
        assert.equal(await line.count(), 0);
      }
      // Help is never gated: the footer link is there whatever the rule said.
      assert.equal(await popup.page.locator('footer a[href="/help.html"]').innerText(), 'Need help now?');
      assert.deepEqual(popup.errors, []);
      await popup.page.close();
    });
  }
});

describe('options', () => {
  test('the moves-to-avoid check saves to Settings', async () => {
    const { page, errors } = await openPage(env, 'options.html');
    const box = page.getByRole('checkbox', { name: 'A hip replacement' });
    await box.check();
    await page.waitForFunction(async () =>
      (await chrome.storage.local.get('settings')).settings?.movesToAvoid?.includes('hipReplacement'),
    );
    await page.setViewportSize({ width: 800, height: 900 });
    await page.getByRole('group', { name: 'Moves to avoid (optional)' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('care-options') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('care-options-dark') });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
