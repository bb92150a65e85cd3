// @ts-check
// The history page's entry list (issue 15), end to end in real Chromium: entries day
// by day with every detail, edit, delete with Undo, and an earlier check-in with a
// skipped half and a clear error for a time still to come. Pages read FIXED_NOW.
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is the text as a reader sees it
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY_MS } from '../time-units.mjs';
import { FIXED_NOW, fixClock, launch, localDateInput, openPage, screenshotPath, storedCheckIns } from './harness.mjs';

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

const monthKey = (/** @type {number} */ at) => {
  const d = new Date(at);
  return `checkins:${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};
/**
 * A check-in at local `hour:minute`, `daysAgo` days before FIXED_NOW's day, with its zone's offset then.
 * @param {string} id
 * @param {number} daysAgo
 * @param {number} hour
 * @param {number} minute
 * @param {Record<string, unknown>} patch
 */
const entry = (id, daysAgo, hour, minute, patch) => {
  const now = new Date(FIXED_NOW);
  const local = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hour, minute);
  return { id, at: local.getTime(), tzOffsetMin: -local.getTimezoneOffset(), source: 'popup', ...patch };
};
/** @param {import('./harness.mjs').Page} page */
const all = (page) => storedCheckIns(page);

test('entries day by day: edit, delete with Undo, add an earlier one (mood only), other months', {
  timeout: 120_000,
}, async () => {
  const { page, errors } = await openPage(env, 'journal.html');
  const seeded = [
    entry('seed-a-0001', 0, 6, 5, { mood: 2, pain: 6, regions: ['lower', 'neck'], tags: ['sleptBadly'], sleep: 3 }),
    entry('seed-b-0002', 1, 9, 0, { mood: 4, pain: 2, note: 'Walked to the station; easier afterwards.' }),
    entry('seed-c-0003', 1, 17, 30, { mood: 3, pain: 4, tags: ['satLong'] }),
    // Last month (October), only read when it is shown.
    entry('seed-d-0004', 20, 12, 0, { mood: 5, pain: 1 }),
  ];
  await page.evaluate(async (list) => {
    await chrome.storage.local.clear();
    /** @type {Record<string, unknown[]>} */
    const months = {};
    for (const c of list) {
      const d = new Date(c.at);
      const key = `checkins:${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
      months[key] = [...(months[key] ?? []), c];
    }
    await chrome.storage.local.set(months);
  }, seeded);
  await page.reload();
  await page.waitForSelector('html[data-entries="ready"]');
  const list = page.locator('section.entries');
  await list.getByText('Walked to the station; easier afterwards.').waitFor();
  const text = await list.innerText();
  assert.match(text, /Lower back, Neck · Slept badly · Sleep 3 of 10/);
  assert.match(text, /Mood Low/);
  assert.match(text, /Pain 6 of 10/);
  // Days newest first; a day's entries in time order.
  assert.equal(await list.locator('.entry-day').count(), 2);
  const times = await list.locator('.entry-day').nth(1).locator('time').allInnerTexts();
  assert.deepEqual(times, ['9:00 AM', '5:30 PM']);
  assert.doesNotMatch(text, /Very good/, 'October is not shown (nor read) yet');

  await page.setViewportSize({ width: 820, height: 900 });
  await list.screenshot({ path: screenshotPath('entries-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await list.screenshot({ path: screenshotPath('entries-dark') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Edit: pain 4 → 8 and a note; same id, same time.
  await list.getByRole('button', { name: 'Edit the check-in at 5:30 PM' }).click();
  const form = list.getByRole('form', { name: 'Edit this check-in' });
  await form.getByRole('radio', { name: '8', exact: true }).locator('xpath=..').click();
  await form.getByRole('textbox', { name: 'Note' }).fill('Long afternoon at the desk.');
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await list.getByText('Long afternoon at the desk.').waitFor();
  const edited = (await all(page)).find((c) => c.id === 'seed-c-0003');
  assert.deepEqual(edited, { ...seeded[2], pain: 8, note: 'Long afternoon at the desk.' });

  // Delete, then Undo: it comes back whole.
  await list.getByRole('button', { name: 'Delete the check-in at 9:00 AM' }).click();
  await list.getByText('Check-in deleted.').waitFor();
  assert.equal(
    (await all(page)).some((c) => c.id === 'seed-b-0002'),
    false,
  );
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'entries-status');
  await list.getByRole('button', { name: 'Undo' }).click();
  await list.getByText('Check-in brought back.').waitFor();
  assert.deepEqual(
    (await all(page)).find((c) => c.id === 'seed-b-0002'),
    seeded[1],
  );
  // Delete for good.
  await list.getByRole('button', { name: 'Delete the check-in at 6:05 AM' }).click();
  await list.getByText('Check-in deleted.').waitFor();
  assert.equal(
    (await all(page)).some((c) => c.id === 'seed-a-0001'),
    false,
  );

  // An earlier check-in: tomorrow is refused beside the field; yesterday 08:15, mood only, is kept.
  await list.getByRole('button', { name: 'Add an earlier check-in' }).click();
  const add = list.getByRole('form', { name: 'An earlier check-in' });
  await add.getByLabel('Date').fill(localDateInput(FIXED_NOW + DAY_MS));
  await add.getByRole('radio', { name: 'Okay', exact: true }).locator('xpath=..').click();
  await add.getByRole('button', { name: 'Save check-in' }).click();
  await add.getByText('That time is still to come. Choose a time up to now.').waitFor();
  await add.getByText('Choose a pain number, or tick "Skip pain".').waitFor();
  assert.equal(await add.getByLabel('Date').getAttribute('aria-invalid'), 'true');
  await list.screenshot({ path: screenshotPath('entries-add-error') });
  const before = (await all(page)).length;
  await add.getByLabel('Date').fill(localDateInput(FIXED_NOW - DAY_MS));
  await add.getByLabel('Time').fill('08:15');
  await add.getByRole('checkbox', { name: 'Skip pain (not recorded)' }).check();
  await add.getByRole('button', { name: 'Save check-in' }).click();
  await add.waitFor({ state: 'detached' });
  const stored = await all(page);
  assert.equal(stored.length, before + 1);
  const added = stored.find((c) => c.source === 'history');
  assert.ok(added, 'the added check-in is stored');
  const expectedAt = entry('x', 1, 8, 15, {}).at;
  assert.deepEqual(
    { at: added.at, mood: added.mood, pain: added.pain, key: monthKey(added.at) },
    { at: expectedAt, mood: 3, pain: undefined, key: monthKey(expectedAt) },
  );
  await list.getByText('Pain not recorded').waitFor();

  // Earlier month: October's entry, read when shown.
  await list.getByRole('button', { name: '‹ Earlier month' }).click();
  await list.getByText('Mood Very good').waitFor();
  assert.equal(await list.getByRole('button', { name: 'Later month ›' }).isDisabled(), false);
  await list.getByRole('button', { name: 'Later month ›' }).click();
  assert.equal(await list.getByRole('button', { name: 'Later month ›' }).isDisabled(), true);
  assert.deepEqual(errors, []);
  await page.close();
});
