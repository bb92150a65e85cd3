// @ts-check
// "Your data" in Firefox, through the options page as a person uses it: a full
// backup downloaded with <a download> (into the test's own folder), delete
// everything with the typed confirmation, then the file imported back: what a
// backup holds comes back identical.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TIME_UNITS } from '../time-units.mjs';
import {
  ask,
  clickButton,
  downloaded,
  jsonFaithful,
  launch,
  openPage,
  pick,
  readStorage,
  screenshotPath,
  until,
  waitForElement,
  waitForText,
} from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;

before(async () => {
  // In UTC, where -getTimezoneOffset() is −0: Firefox's storage keeps −0 and a JSON
  // backup brings it back as 0, so this is where a round trip could differ.
  env = await launch({ timeZone: 'UTC' });
});

after(async () => {
  await env?.close();
});

/** @typedef {import('./harness.mjs').Stored} Stored */
/** @typedef {import('../e2e/harness.mjs').CheckIn} CheckIn */

/**
 * What a full backup holds and an import brings back: check-ins, break records, PHQ-2, reflections, settings.
 * @param {Stored} stored all of storage, as readStorage gives it
 */
const restorable = (stored) =>
  // Some of its keys, each with its value: still what Limber stores.
  /** @type {Stored} */ (
    Object.fromEntries(
      Object.entries(stored).filter(([k]) => /^(checkins|outcomes):|^(phq2|reflections|settings)$/.test(k)),
    )
  );

/**
 * 90 check-ins, two PHQ-2 results, two reflections and a walk's break records, all
 * before the instant this takes once, written straight into storage (seeding).
 * @param {import('./harness.mjs').Page} page
 */
function seed(page) {
  return page.evaluate(async ({ DAY_MS, HOUR_MS, MINUTE_MS }) => {
    const now = Date.now() - MINUTE_MS; // before the check-in the popup saves
    const monthOf = (/** @type {number} */ at) => {
      const local = new Date(at - new Date(at).getTimezoneOffset() * MINUTE_MS);
      return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
    };
    const tzOf = (/** @type {number} */ at) => -new Date(at).getTimezoneOffset() || 0; // as utils/time-zone.ts
    /** @type {Stored} */
    const data = {};
    /** @type {Record<string, CheckIn[]>} the check-in months, put in `data` below */
    const months = {};
    for (let i = 0; i < 90; i++) {
      const at = now - HOUR_MS - i * 11 * HOUR_MS;
      /** @type {CheckIn} */
      const checkIn = {
        id: `ffdata${String(i).padStart(4, '0')}`,
        at,
        tzOffsetMin: tzOf(at),
        mood: 1 + (i % 5),
        pain: i % 11,
        source: 'popup',
      };
      if (i % 3 === 0) checkIn.note = i % 2 ? '=HYPERLINK("x"), "quoted"' : 'Stiff; walked, café';
      if (i % 4 === 0) checkIn.regions = ['lower', 'neck'];
      if (i % 6 === 0) checkIn.tags = ['stressed'];
      if (i % 5 === 0) checkIn.sleep = 6;
      const key = `checkins:${monthOf(at)}`;
      months[key] ??= [];
      months[key].push(checkIn);
    }
    for (const list of Object.values(months)) list.sort((a, b) => a.at - b.at);
    Object.assign(data, months);
    const phq = now - 40 * DAY_MS;
    data.phq2 = [
      { id: 'ffdata-phq2-1', at: phq, tzOffsetMin: tzOf(phq), interest: 1, down: 2 },
      { id: 'ffdata-phq2-2', at: phq + 14 * DAY_MS, tzOffsetMin: tzOf(phq + 14 * DAY_MS), interest: 0, down: 0 },
    ];
    data.reflections = [
      { weekStart: '2026-01-05', enjoyment: 3, activity: 4 },
      { weekStart: '2026-01-12', enjoyment: 7, activity: 2 },
    ];
    const walk = now - 20 * DAY_MS;
    data[`outcomes:${monthOf(walk)}`] = [
      { nudge: 'walk', kind: 'due', at: walk },
      { nudge: 'walk', kind: 'shown', at: walk + 1000 },
      { nudge: 'walk', kind: 'done', at: walk + MINUTE_MS },
    ];
    await browser.storage.local.set(data);
    return now;
  }, TIME_UNITS);
}

describe('your data in Firefox', () => {
  test('export, delete everything (typed DELETE), import: what the backup holds comes back identical', async () => {
    const mark = env.mark();
    const page = await openPage(env, 'options.html', 'html[data-ready]');
    await page.setViewport({ width: 900, height: 1000 });
    // The background writes its state when it starts; let it, before seeding.
    await until(() => readStorage(page).then((s) => s.engine ?? null), Boolean);
    await seed(page);
    // A changed setting, through the background as the page's own fields send it.
    assert.deepEqual(await ask(page, { type: 'settings/update', patch: { nudges: { posture: { intervalMin: 7 } } } }), {
      ok: true,
    });
    // And one check-in saved through the popup, its time zone worked out by Limber.
    const popup = await openPage(env, 'popup.html', 'html[data-hydrated]');
    await pick(popup, 'Low');
    await pick(popup, '5');
    await waitForText(popup, 'Saved. Thank you for checking in.');
    await popup.close();
    const stored = restorable(await readStorage(page));
    const checkIns = Object.entries(stored).flatMap(([k, list]) =>
      // The key says what its value is.
      k.startsWith('checkins:') ? /** @type {CheckIn[]} */ (list) : [],
    );
    assert.equal(checkIns.length, 91);
    const saved = checkIns.filter((c) => !c.id.startsWith('ffdata'));
    assert.deepEqual(
      saved.map((c) => [c.mood, c.pain, c.source, c.tzOffsetMin]),
      [[2, 5, 'popup', 0]],
    );
    assert.equal(stored.settings?.nudges.posture.intervalMin, 7);

    // Export through the button: Firefox saves the file into the test's download folder.
    await clickButton(page, 'Full backup (JSON)');
    const [name] = await until(
      () => downloaded(env).filter((n) => n.endsWith('.json')),
      (list) => list.length === 1,
    );
    assert.ok(name, 'the backup was downloaded');
    assert.match(name, /^limber-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(env.downloads, name);
    const backup = await until(() => {
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        return null; // still being written
      }
    }, Boolean);
    assert.equal(backup.format, 'limber-backup');
    assert.equal(backup.checkIns.length, 91);
    assert.equal(backup.settings.nudges.posture.intervalMin, 7);

    // Delete everything: the button stays disabled until DELETE is typed.
    await clickButton(page, 'Delete all data…');
    const confirm = await waitForElement(page, '::-p-aria([name="Delete everything"][role="button"])');
    assert.equal(await confirm.evaluate((b) => b instanceof HTMLButtonElement && b.disabled), true);
    await page.type('::-p-aria([name="Type DELETE to confirm."][role="textbox"])', 'DELETE');
    await until(
      () => confirm.evaluate((b) => b instanceof HTMLButtonElement && b.disabled),
      (disabled) => disabled === false,
    );
    await confirm.click();
    await waitForText(page, 'Everything Limber stored has been deleted.');
    assert.deepEqual(restorable(await readStorage(page)), {});

    // Import the downloaded file through the file field, preview, then Import.
    const input = await waitForElement(page, 'input#import-file');
    await input.uploadFile(file);
    const preview = await waitForElement(page, '[data-testid="import-preview"]');
    assert.match(
      await preview.evaluate((p) => p.textContent),
      /: 91 check-ins, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}, 0 already here\.$/,
    );
    assert.equal(
      await page.$eval('[data-testid="import-restores"]', (p) => p.textContent),
      'Also restores your settings, 2 PHQ-2 self-checks, 2 weekly reflections, 3 break records, and 1 entry of the last week’s screen-time log.',
    );
    await preview.scrollIntoView();
    await page.screenshot({ path: screenshotPath('firefox-options-import-preview') });
    await clickButton(page, 'Import');
    await waitForText(
      page,
      'Imported. 91 check-ins added; 0 check-ins were already here. Also restored your settings, 2 PHQ-2 self-checks, 2 weekly reflections, 3 break records, and 1 entry of the last week’s screen-time log.',
    );
    assert.deepEqual(restorable(await readStorage(page)), stored);
    assert.deepEqual(jsonFaithful(await readStorage(page)), []);
    assert.deepEqual(await env.errorsSince(mark, page), []);
    await page.close();
  });
});
