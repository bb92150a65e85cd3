// @ts-check
// The check-in popup, end to end, in Firefox with the built extension: a check-in
// saved by clicking is in browser.storage.local, it is still there after Firefox
// suspends the event page, and the woken page saves again; bad input is refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ask,
  jsonFaithful,
  launch,
  luminance,
  openPage,
  pick,
  readStorage,
  screenshotPath,
  storedCheckIns,
  waitForSuspension,
  waitForText,
} from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;

before(async () => {
  // An event page idle for a second is suspended (Firefox's default is 30 s).
  env = await launch({ theme: 'light', prefs: { 'extensions.background.idle.timeout': 1000 } });
});

after(async () => {
  await env?.close();
});

const SAVED = 'Saved. Thank you for checking in.';

/**
 * Storage without what every wake of the event page writes by itself: the idle state
 * it saw (`activity`) and the engine's state and status. With a one-second idle
 * timeout, a request may find the page suspended and wake it.
 */
/** @param {Record<string, unknown>} stored */
const withoutWakeRecords = ({ activity, engine, status, ...rest }) => rest;

async function openPopup() {
  const page = await openPage(env, 'popup.html', 'html[data-hydrated]');
  await page.setViewport({ width: 360, height: 600 });
  return page;
}

describe('popup check-in in Firefox', () => {
  test('renders both radio groups, no Save while the details are folded, no console errors (light)', async () => {
    const mark = env.mark();
    const page = await openPopup();
    const count = (/** @type {string} */ group) =>
      page.$$eval(`::-p-aria([name="${group}"][role="radiogroup"]) input[type="radio"]`, (list) => list.length);
    assert.equal(await count('Mood'), 5);
    assert.equal(await count('Pain'), 11);
    // Folded details: no Save button, the second choice saves.
    assert.equal(await page.$('::-p-aria([name="Save"][role="button"])'), null);
    assert.equal(
      await page.$eval('::-p-aria([name="Need help now?"][role="link"])', (a) => a.getAttribute('href')),
      '/help.html',
    );
    // The light theme applies: a light page background.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.ok(luminance(background) > 0.6, `light background, got ${background}`);
    await page.screenshot({ path: screenshotPath('firefox-popup-light') });
    assert.deepEqual(await env.errorsSince(mark, page), []);
    await page.close();
  });

  test('a check-in chosen by clicking and saved is in browser.storage.local', async () => {
    const mark = env.mark();
    const page = await openPopup();
    const before = await storedCheckIns(page);
    await pick(page, 'Good');
    // The second of the two choices saves.
    await pick(page, '6');
    await waitForText(page, SAVED);
    await page.screenshot({ path: screenshotPath('firefox-popup-saved') });

    const after = await storedCheckIns(page);
    assert.equal(after.length, before.length + 1);
    const saved = after.find((c) => !before.some((b) => b.id === c.id));
    assert.ok(saved, 'a new check-in is stored');
    assert.deepEqual([saved.mood, saved.pain, saved.source], [4, 6, 'popup']);
    // Stored under the local month of its own time, with that time's offset.
    const local = new Date(saved.at + saved.tzOffsetMin * 60_000);
    /** @type {import('../e2e/harness.mjs').CheckInKey} */
    const key = `checkins:${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
    assert.ok(
      (await readStorage(page))[key]?.some((c) => c.id === saved.id),
      key,
    );
    // The offset at its time, as Firefox (run in this process's zone) sees it; 0, never −0, in UTC.
    assert.equal(saved.tzOffsetMin, -new Date(saved.at).getTimezoneOffset() || 0);
    assert.deepEqual(await env.errorsSince(mark, page), []);
    await page.close();
  });

  test('after Firefox suspends the event page, the check-in is still stored and a new one saves', async () => {
    const mark = env.mark();
    const page = await openPopup();
    const before = await storedCheckIns(page);
    assert.ok(before.length >= 1, 'the previous test saved one');
    await waitForSuspension(page);
    await page.close();

    // A fresh popup wakes the background with its first request.
    const again = await openPopup();
    assert.deepEqual(await storedCheckIns(again), before);
    await pick(again, 'Okay');
    await pick(again, '2');
    await waitForText(again, SAVED);
    const after = await storedCheckIns(again);
    assert.equal(after.length, before.length + 1);
    const saved = after.find((c) => !before.some((b) => b.id === c.id));
    assert.deepEqual([saved?.mood, saved?.pain], [3, 2]);
    // And once more after a second suspension: the woken page keeps working.
    await waitForSuspension(again);
    assert.deepEqual(await storedCheckIns(again), after);
    // What it stored is what Chrome would store and a backup keeps (no −0, no undefined).
    assert.deepEqual(jsonFaithful(await readStorage(again)), []);
    assert.deepEqual(await env.errorsSince(mark, again), []);
    await again.close();
  });

  test('an invalid check-in is refused with the field named, and nothing stored changes', async () => {
    const mark = env.mark();
    const page = await openPopup();
    const before = withoutWakeRecords(await readStorage(page));
    const base = { id: 'firefox-bad-1', at: Date.now(), tzOffsetMin: 0, mood: 3, pain: 4, source: 'popup' };
    assert.deepEqual(await ask(page, { type: 'checkin/add', checkIn: { ...base, pain: 11 } }), {
      ok: false,
      error: { kind: 'invalidCheckIn', problems: [{ kind: 'invalidField', field: 'pain' }] },
    });
    assert.deepEqual(await ask(page, { type: 'checkin/add', checkIn: { ...base, admin: true } }), {
      ok: false,
      error: { kind: 'invalidCheckIn', problems: [{ kind: 'unknownField', field: 'admin' }] },
    });
    assert.deepEqual(await ask(page, { type: 'storage/clear' }), { ok: false, error: { kind: 'badMessage' } });
    assert.deepEqual(withoutWakeRecords(await readStorage(page)), before);
    assert.deepEqual(await env.errorsSince(mark, page), []);
    await page.close();
  });
});
