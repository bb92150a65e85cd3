// @ts-check
// The options page and "Your data", end to end, in real Chromium with the built
// extension: a changed interval reaches the running schedule (the popup's next
// nudge moves), an export downloads a file that parses, a broken import shows its
// error and changes nothing, and an export imports back identically.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { TIME_UNITS } from '../time-units.mjs';
import { launch, openPage, readStorage, screenshotPath } from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;

before(async () => {
  env = await launch();
});

after(async () => {
  // Limber asked for nothing but its own pages during the whole file.
  const foreign = env.foreignRequests();
  await env.close();
  assert.deepEqual(foreign, [], 'the extension made requests outside its own pages');
});

async function openOptions() {
  const opened = await openPage(env, 'options.html');
  await opened.page.waitForSelector('html[data-ready]');
  return opened;
}

/**
 * 60 days of check-ins, two a day, written straight into storage (seeding, not the code under test).
 * @param {import('./harness.mjs').Page} page
 */
async function seed(page) {
  await page.evaluate(async ({ DAY_MS, HOUR_MS, MINUTE_MS }) => {
    const tz = -new Date().getTimezoneOffset();
    /** @type {Record<string, unknown[]>} */
    const months = {};
    const start = Date.now() - 60 * DAY_MS;
    for (let i = 0; i < 120; i++) {
      const at = start + i * 12 * HOUR_MS;
      const local = new Date(at + tz * MINUTE_MS);
      const key = `checkins:${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
      /** @type {{ id: string, at: number, tzOffsetMin: number, mood: number, pain: number, source: string, note?: string, regions?: string[] }} */
      const checkIn = {
        id: `e2e${String(i).padStart(5, '0')}`,
        at,
        tzOffsetMin: tz,
        mood: 1 + (i % 5),
        pain: i % 11,
        source: 'popup',
      };
      if (i % 3 === 0) checkIn.note = i % 2 ? '=HYPERLINK("x"), "quoted"' : 'Stiff; walked';
      if (i % 4 === 0) checkIn.regions = ['lower'];
      months[key] ??= [];
      months[key].push(checkIn);
    }
    await chrome.storage.local.set(months);
  }, TIME_UNITS);
}

/** @typedef {import('./harness.mjs').Stored} Stored */
/** @typedef {import('./harness.mjs').CheckInKey} CheckInKey */

/**
 * The check-in months of `stored`: every key that starts `checkins:`, the type's own pattern.
 * @param {Stored} stored all of storage, as readStorage gives it
 */
const checkInKeys = (stored) =>
  /** @type {{ [K in CheckInKey]: import('./harness.mjs').CheckIn[] }} */ (
    Object.fromEntries(Object.entries(stored).filter(([k]) => k.startsWith('checkins:')))
  );
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
 * PHQ-2 self-checks, weekly reflections and break records, written straight into storage (seeding).
 * @param {import('./harness.mjs').Page} page
 */
async function seedRecords(page) {
  await page.evaluate(async ({ DAY_MS, MINUTE_MS }) => {
    const at = Date.now() - 40 * DAY_MS;
    const tz = -new Date(at).getTimezoneOffset();
    const local = new Date(at + tz * MINUTE_MS);
    const month = `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
    await chrome.storage.local.set({
      phq2: [
        { id: 'e2e-phq2-1', at, tzOffsetMin: tz, interest: 1, down: 2 },
        { id: 'e2e-phq2-2', at: at + 14 * DAY_MS, tzOffsetMin: tz, interest: 0, down: 0 },
      ],
      reflections: [
        { weekStart: '2026-01-05', enjoyment: 3, activity: 4 },
        { weekStart: '2026-01-12', enjoyment: 7, activity: 2 },
      ],
      [`outcomes:${month}`]: [
        { nudge: 'walk', kind: 'due', at },
        { nudge: 'walk', kind: 'shown', at: at + 1000 },
        { nudge: 'walk', kind: 'done', at: at + MINUTE_MS },
      ],
    });
  }, TIME_UNITS);
}

async function nextNudgeAt() {
  const { page, errors } = await openPage(env, 'popup.html');
  const next = page.getByTestId('next-nudge');
  await next.waitFor();
  await page.waitForFunction(
    () => /** @type {HTMLElement | null} */ (document.querySelector('[data-testid="next-nudge"]'))?.dataset.at,
  );
  const at = Number(await next.getAttribute('data-at'));
  await page.close();
  return { at, errors };
}

describe('options page', () => {
  test('renders every group with no console errors, light and dark', async () => {
    const { page, errors } = await openOptions();
    await page.setViewportSize({ width: 900, height: 1200 });
    for (const name of ['Posture check', 'Stretch', 'Walk', 'Monday', 'Sunday']) {
      await page.getByRole('group', { name, exact: true }).waitFor();
    }
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    await page.screenshot({ path: screenshotPath('options-light') });
    await page.screenshot({ path: screenshotPath('options-light-full'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('options-dark') });
    await page.screenshot({ path: screenshotPath('options-dark-full'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an invalid interval is explained beside the field and never stored', async () => {
    const { page, errors } = await openOptions();
    const before = await readStorage(page);
    const field = page.getByRole('group', { name: 'Stretch' }).getByRole('spinbutton', { name: 'Every' });
    await field.fill('500');
    await page.getByText('Interval must be between 5 and 240 minutes.').waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(await field.inputValue(), '500');
    const describedBy = await field.getAttribute('aria-describedby');
    const errorId = await page.locator('.field-error').first().getAttribute('id');
    assert.ok(errorId, 'the error has an id');
    assert.ok(describedBy?.includes(errorId));
    await page.waitForTimeout(800); // longer than the save delay
    assert.deepEqual(await readStorage(page), before);
    await page.setViewportSize({ width: 900, height: 700 });
    await field.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('options-invalid') });
    // The background refuses it too, whoever asks.
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'settings/update', patch: { nudges: { stretch: { intervalMin: 500 } } } }),
    );
    assert.equal(reply.ok, false);
    assert.deepEqual(await readStorage(page), before);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a changed interval reaches the running schedule: the popup’s next nudge moves', async () => {
    const first = await nextNudgeAt();
    assert.ok(first.at > Date.now(), 'a nudge is scheduled');

    const { page, errors } = await openOptions();
    const field = page.getByRole('group', { name: 'Posture check' }).getByRole('spinbutton', { name: 'Every' });
    await field.fill('7');
    await page.getByTestId('save-status').getByText('Saved').waitFor();
    const stored = await readStorage(page);
    assert.equal(stored.settings?.nudges.posture.intervalMin, 7);

    const second = await nextNudgeAt();
    // Posture came every 20 minutes of active time; now every 7: the next nudge is at least 10 minutes sooner.
    assert.ok(second.at <= first.at - 10 * 60_000, `next nudge moved from ${first.at} to ${second.at}`);
    assert.deepEqual([...errors, ...first.errors, ...second.errors], []);
    await page.close();
  });

  test('an export downloads a file that parses', async () => {
    const { page, errors } = await openOptions();
    await seed(page);

    const [backupDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Full backup (JSON)' }).click(),
    ]);
    assert.match(backupDownload.suggestedFilename(), /^limber-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(await readFile(await backupDownload.path(), 'utf8'));
    assert.equal(backup.format, 'limber-backup');
    assert.equal(backup.checkIns.length, 120);
    assert.equal(backup.settings.nudges.posture.intervalMin, 7);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Check-ins (CSV)' }).click(),
    ]);
    assert.match(csvDownload.suggestedFilename(), /^limber-checkins-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await csvDownload.path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    assert.equal(lines[0], 'id,time,tzOffsetMin,mood,pain,sleep,regions,tags,note,source,breakId,breakPhase');
    // A formula-looking note is guarded; the quoted note keeps its quotes doubled.
    assert.ok(csv.includes(`"'=HYPERLINK(""x""), ""quoted"""`));

    for (const [name, pattern] of /** @type {[string, RegExp][]} */ ([
      ['Daily summary (CSV)', /^limber-daily-/],
      ['For a clinician (FHIR R4)', /^limber-fhir-/],
    ])) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      assert.match(download.suggestedFilename(), pattern);
      const text = await readFile(await download.path(), 'utf8');
      if (name.startsWith('For')) assert.equal(JSON.parse(text).entry.length, 120);
      else assert.match(text, /^\uFEFF?date,meanPain,meanMood,entries/);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a broken import shows its error, row and field, and leaves the data as it was', async () => {
    const { page, errors } = await openOptions();
    const before = await readStorage(page);
    const broken = [
      'id,time,mood,pain,source',
      'brokenrow-01,2026-11-20T09:00:00+00:00,4,3,popup',
      'brokenrow-02,2026-11-20T10:00:00+00:00,4,12,popup',
    ].join('\r\n');
    await page.getByLabel('Choose a file to import').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(broken),
    });
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    assert.ok(text.includes('broken.csv was not imported, and nothing changed:'), text);
    assert.ok(text.includes('Row 3: pain must be a whole number from 0 to 10.'), text);
    await problems.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('options-import-error') });

    // Imports are the options page's own: the background has no import request to abuse.
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'data/import',
        checkIns: [{ id: 'direct-0001', at: Date.now(), tzOffsetMin: 0, mood: 3, pain: 2, source: 'popup' }],
      }),
    );
    assert.deepEqual(reply, { ok: false, error: { kind: 'badMessage' } });
    assert.deepEqual(await readStorage(page), before);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('export, delete everything (typed DELETE), import: everything comes back identical', async () => {
    const { page, errors } = await openOptions();
    await seedRecords(page);
    const stored = restorable(await readStorage(page));
    assert.equal(Object.values(checkInKeys(stored)).flat().length, 120);
    assert.equal(stored.settings?.nudges.posture.intervalMin, 7);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Full backup (JSON)' }).click(),
    ]);
    const file = await download.path();

    await page.getByRole('button', { name: 'Delete all data…' }).click();
    const confirm = page.getByRole('button', { name: 'Delete everything' });
    assert.equal(await confirm.isDisabled(), true);
    await page.getByRole('textbox', { name: 'Type DELETE to confirm.' }).fill('DELETE');
    await confirm.click();
    await page.getByText('Everything Limber stored has been deleted.').waitFor();
    assert.deepEqual(checkInKeys(await readStorage(page)), {});
    assert.equal((await readStorage(page)).settings, undefined);

    await page.getByLabel('Choose a file to import').setInputFiles(file);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    assert.match(
      (await preview.textContent()) ?? '',
      /: 120 check-ins, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}, 0 already here\.$/,
    );
    assert.equal(
      await page.getByTestId('import-restores').textContent(),
      'Also restores your settings, 2 PHQ-2 self-checks, 2 weekly reflections, 3 break records, and 1 entry of the last week’s screen-time log.',
    );
    await page.getByTestId('import-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('options-import-preview') });
    // A check-in saved through the background while the page writes the import (under the
    // all-check-ins Web Lock, which the background's save holds shared) is kept too.
    const saving = page.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'checkin/add',
        checkIn: {
          id: 'during-import-1',
          at: Date.now(),
          tzOffsetMin: -new Date().getTimezoneOffset(),
          mood: 3,
          pain: 2,
          source: 'popup',
        },
      }),
    );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByText(
        'Imported. 120 check-ins added; 0 check-ins were already here. Also restored your settings, 2 PHQ-2 self-checks, 2 weekly reflections, 3 break records, and 1 entry of the last week’s screen-time log.',
      )
      .waitFor();
    assert.deepEqual(await saving, { ok: true });
    const after = restorable(await readStorage(page));
    const savedMeanwhile = Object.values(checkInKeys(after))
      .flat()
      .filter((c) => c.id === 'during-import-1');
    assert.equal(savedMeanwhile.length, 1);
    for (const [key, list] of Object.entries(checkInKeys(after))) {
      const month = /** @type {CheckInKey} */ (key);
      const rest = list.filter((c) => c.id !== 'during-import-1');
      if (rest.length) after[month] = rest;
      else delete after[month];
    }
    assert.deepEqual(after, stored);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('every field is reachable by keyboard', async () => {
    const { page } = await openOptions();
    // Working hours' rows are disabled while off (they cannot be changed then): turn them on.
    await page.getByRole('checkbox', { name: 'Nudge only during working hours' }).check();
    await page.locator('#f-workingHours-days-1-0-startMin:enabled').waitFor();
    await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement)?.blur());
    const reached = new Set();
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
      if (id) reached.add(id);
    }
    for (const id of [
      'f-nudges-walk-intervalMin',
      'f-idleDetectionSec',
      'f-workingHours-days-1-0-startMin',
      'f-helpCountry',
      'import-file',
    ]) {
      assert.ok(reached.has(id), `${id} was reached by Tab`);
    }
    await page.close();
  });
});
