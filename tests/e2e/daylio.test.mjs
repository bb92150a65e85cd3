// @ts-check
// Bringing history from Daylio (issue 15 item 5) and refusing what cannot be true
// (item 6), end to end in real Chromium with the built extension: a Daylio export with
// a renamed mood ("super") and one of the person's own is previewed, each mood mapped
// by the person, activities kept in the note (then, on a second run, as tags), and the
// check-ins found in storage as chosen; a backup with a check-in two days ahead, or a
// PHQ-2 in the future, is refused with its row named and storage left as it was.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TIME_UNITS } from '../time-units.mjs';
import { axeViolations, launch, openPage, readStorage, screenshotPath, storedCheckIns } from './harness.mjs';

const { DAY_MS, MINUTE_MS } = TIME_UNITS;
/** @type {import('./harness.mjs').Env} */
let env;

before(async () => {
  env = await launch();
});

after(async () => {
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
 * The local calendar day `daysAgo` days before now, as Daylio writes it, and that day's y/m/d.
 * @param {number} daysAgo
 */
function dayBefore(daysAgo) {
  const d = new Date(Date.now() - daysAgo * DAY_MS);
  const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { key, y: d.getFullYear(), m: d.getMonth(), d: d.getDate() };
}

// Four days of a Daylio export, newest first, as the app writes it: "super" is Daylio's
// "rad" renamed, "so-so" is one of the person's own; times in both of Daylio's forms.
const days = /** @type {const} */ ([dayBefore(3), dayBefore(4), dayBefore(5), dayBefore(6)]);
const DAYLIO = [
  'full_date,date,weekday,time,mood,activities,note_title,note',
  `${days[0].key},x,x,20:05,super,work | walk,Long day,"Back ok, <br>tired"`,
  `${days[1].key},x,x,8:15 am,so-so,work,,`,
  `${days[2].key},x,x,21:40,good,,,Slept badly`,
  `${days[3].key},x,x,7:00 pm,Super,friends,,`,
].join('\n');
const file = { name: 'daylio_export.csv', mimeType: 'text/csv', buffer: Buffer.from(DAYLIO) };

/**
 * The instant of a local wall time on a seeded day, as the page reads Daylio's zone-less times.
 * @param {ReturnType<typeof dayBefore>} day
 * @param {number} hour
 * @param {number} minute
 */
const localAt = (day, hour, minute) => new Date(day.y, day.m, day.d, hour, minute).getTime();

/**
 * The stored check-ins from the Daylio file, newest first, without their ids.
 * @param {import('./harness.mjs').Page} page
 */
async function imported(page) {
  return (await storedCheckIns(page))
    .filter((c) => c.source === 'import')
    .sort((a, b) => b.at - a.at)
    .map(({ id, ...rest }) => rest);
}

/**
 * The import card as it is, light and dark, each checked by axe.
 * @param {import('./harness.mjs').Page} page
 * @param {string} name
 */
async function shoot(page, name) {
  const card = page.locator('.card', { has: page.getByTestId('import-preview') });
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    await page.emulateMedia({ colorScheme: scheme });
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: screenshotPath(`${name}-${scheme}`) });
    assert.deepEqual(await axeViolations(page), [], `${name}, ${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('importing a Daylio export', () => {
  test('each mood mapped or defaulted, activities kept in the note, then as tags', async () => {
    const { page, errors } = await openOptions();
    await page.getByLabel('Choose a file to import').setInputFiles(file);
    const choices = page.getByTestId('daylio-choices');
    await choices.waitFor();

    // "super" and "Super" are one name; neither it nor "so-so" has a face yet.
    const superMood = page.getByRole('combobox', { name: '“super”, 2 check-ins' });
    const soSo = page.getByRole('combobox', { name: '“so-so”, 1 check-in' });
    const good = page.getByRole('combobox', { name: '“good”, 1 check-in' });
    assert.equal(await superMood.inputValue(), '');
    assert.equal(await good.inputValue(), '4');
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    assert.equal(await importButton.isDisabled(), true);
    assert.equal(
      await page.getByTestId('import-why').textContent(),
      'Import waits: choose a face for each of “super” and “so-so” above, or skip them.',
    );
    await shoot(page, 'options-import-daylio-waiting');

    // Skipping says how many rows are left out; then a face for it instead.
    await soSo.selectOption('skip');
    await page.getByText('The 1 check-in with “so-so” will be left out.').waitFor();
    await superMood.selectOption('5');
    assert.equal(await page.getByTestId('daylio-skipped').textContent(), 'Left out as you chose: 1 check-in.');
    assert.equal(await importButton.isDisabled(), false);
    await soSo.selectOption('3');

    // Activities: by keyboard, from "As tags" (the default) to "In the note".
    const asTags = page.getByRole('radio', { name: 'As tags' });
    assert.equal(await asTags.isChecked(), true);
    await asTags.focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getByRole('radio', { name: /^In the note/ }).isChecked(), true);
    await page.getByTestId('import-preview').filter({ hasText: '4 check-ins' }).waitFor();

    await shoot(page, 'options-import-daylio');

    await importButton.click();
    await page.getByText('Imported. 4 check-ins added; 0 check-ins were already here.').waitFor();
    const tz = (/** @type {number} */ at) => -new Date(at).getTimezoneOffset();
    const expected = [
      { at: localAt(days[0], 20, 5), mood: 5, note: 'Long day\nBack ok,\ntired\nActivities: work, walk' },
      { at: localAt(days[1], 8, 15), mood: 3, note: 'Activities: work' },
      { at: localAt(days[2], 21, 40), mood: 4, note: 'Slept badly' },
      { at: localAt(days[3], 19, 0), mood: 5, note: 'Activities: friends' },
    ].map((c) => ({ ...c, tzOffsetMin: tz(c.at), source: 'import' }));
    assert.deepEqual(await imported(page), expected);

    // The same file again, after everything is deleted, with activities as tags.
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'data/deleteAll' }));
    assert.deepEqual(reply, { ok: true });
    await page.getByLabel('Choose a file to import').setInputFiles(file);
    await choices.waitFor();
    await superMood.selectOption('5');
    await soSo.selectOption('2');
    assert.equal(await asTags.isChecked(), true);
    await importButton.click();
    await page.getByText('Imported. 4 check-ins added; 0 check-ins were already here.').waitFor();
    const withTags = await imported(page);
    assert.deepEqual(
      withTags.map((c) => [c.mood, c.tags, c.note]),
      [
        [5, ['work', 'walk'], 'Long day\nBack ok,\ntired'],
        [2, ['work'], undefined],
        [4, undefined, 'Slept badly'],
        [5, ['friends'], undefined],
      ],
    );
    // Each entry is the same entry as the first run's (the id is the row's content).
    assert.deepEqual(
      withTags.map((c) => c.at),
      expected.map((c) => c.at),
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('an import refuses what cannot be true', () => {
  const backup = (/** @type {Record<string, unknown>} */ parts) =>
    Buffer.from(
      JSON.stringify({ format: 'limber-backup', schemaVersion: 1, exportedAt: new Date().toISOString(), ...parts }),
    );
  const checkIn = (/** @type {string} */ id, /** @type {number} */ at) => ({
    id,
    at,
    tzOffsetMin: -new Date(at).getTimezoneOffset(),
    mood: 3,
    pain: 2,
    source: 'popup',
  });

  test('a check-in two days ahead: refused with its row, nothing stored', async () => {
    const { page, errors } = await openOptions();
    const before = await readStorage(page);
    const now = Date.now();
    const checkIns = [checkIn('future-ok-01', now - DAY_MS), checkIn('future-bad-02', now + 2 * DAY_MS)];
    await page.getByLabel('Choose a file to import').setInputFiles({
      name: 'ahead.json',
      mimeType: 'application/json',
      buffer: backup({ checkIns }),
    });
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    assert.ok(text.includes('ahead.json was not imported, and nothing changed:'), text);
    assert.ok(text.includes('Row 2: the time is more than a day in the future'), text);
    assert.equal(await page.getByRole('button', { name: 'Import', exact: true }).count(), 0);
    assert.deepEqual(await readStorage(page), before);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a PHQ-2 in the future: refused with its record, nothing stored', async () => {
    const { page, errors } = await openOptions();
    const before = await readStorage(page);
    const now = Date.now();
    const at = now + 10 * MINUTE_MS;
    const phq2 = [
      {
        id: 'phq2-past-01',
        at: now - 7 * DAY_MS,
        tzOffsetMin: -new Date(now).getTimezoneOffset(),
        interest: 1,
        down: 0,
      },
      { id: 'phq2-ahead-02', at, tzOffsetMin: -new Date(at).getTimezoneOffset(), interest: 0, down: 1 },
    ];
    await page.getByLabel('Choose a file to import').setInputFiles({
      name: 'phq2-ahead.json',
      mimeType: 'application/json',
      buffer: backup({ checkIns: [checkIn('phq2-file-01', now - DAY_MS)], phq2 }),
    });
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    assert.ok(text.includes('phq2-ahead.json was not imported, and nothing changed:'), text);
    assert.ok(text.includes('PHQ-2 self-check 2 in the backup: its time is in the future.'), text);
    assert.deepEqual(await readStorage(page), before);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
