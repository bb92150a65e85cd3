// @ts-check
// The break engine in real Chromium, on the test-only build whose clock runs 60×
// faster (WXT_TIME_SCALE=60: a 20-minute posture interval is 20 s; see
// utils/time-scale.ts). Headless Chromium reports the user as active throughout.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { until as poll } from '../until.mjs';
import {
  FAST_EXTENSION_DIR,
  killWorker,
  launch,
  openPage,
  readStorage,
  screenshotPath,
  storedCheckIns,
  storedOutcomes,
} from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;
/** @type {import('./harness.mjs').Page} The popup, kept open to read storage and send requests. */
let page;

before(async () => {
  env = await launch({ extensionDir: FAST_EXTENSION_DIR });
  ({ page } = await openPage(env, 'popup.html'));
});

after(async () => {
  const foreign = env.foreignRequests();
  await env.close();
  assert.deepEqual(foreign, [], 'the extension made requests outside its own pages');
});

const engine = () => readStorage(page, 'engine');
/** @returns {Promise<Record<string, true>>} Chrome's shown notifications, by id */
const notifications = () => page.evaluate(() => chrome.notifications.getAll());
/** @returns {Promise<string[]>} the names of the alarms set */
const alarms = () =>
  page.evaluate(async () =>
    (await chrome.alarms.getAll()).map((/** @type {import('webextension-polyfill').Alarms.Alarm} */ a) => a.name),
  );
const outcomes = () => storedOutcomes(page);
/**
 * @param {{ type: string } & Record<string, unknown>} request
 * @returns {Promise<import('@/core/messages.ts').Reply>}
 */
const ask = (request) => page.evaluate((r) => chrome.runtime.sendMessage(r), request);
/** @returns {Promise<string>} */
const badge = () => page.evaluate(() => chrome.action.getBadgeText({}));

/**
 * The engine's waits: a scaled minute is a second, so up to 45 s, looked at four times a second.
 * @template T
 * @param {() => Promise<T>} read
 * @param {(value: T) => unknown} ok
 */
const until = (read, ok, timeoutMs = 45_000) => poll(read, ok, timeoutMs, 250);

describe('break engine', () => {
  test('a posture nudge is shown after 20 (scaled) minutes of activity, and the badge marks it', async () => {
    await until(notifications, (n) => n['limber:nudge'] === true);
    const state = await engine();
    assert.equal(state?.pending?.nudge, 'posture');
    assert.equal(await badge(), '•');
    const kinds = (await outcomes()).map((o) => `${o.nudge}:${o.kind}`);
    assert.ok(kinds.includes('posture:due') && kinds.includes('posture:shown'), kinds.join());
    await page.reload();
    await page.getByText('A posture check is waiting now').waitFor();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.screenshot({ path: screenshotPath('popup-status-waiting') });
  });

  test('Snooze defers the nudge; Done ends it; both are recorded', async () => {
    assert.deepEqual(await ask({ type: 'engine/outcome', action: 'snooze' }), { ok: true });
    const snoozed = (await engine())?.pending;
    assert.ok(snoozed, 'the break is still waiting');
    assert.equal(snoozed.snoozesUsed, 1);
    assert.ok((snoozed.snoozedUntil ?? 0) > Date.now());
    assert.deepEqual(await notifications(), {});
    // Snooze is 5 (scaled) minutes: 5 s here.
    await until(notifications, (n) => n['limber:nudge'] === true, 20_000);
    assert.deepEqual(await ask({ type: 'engine/outcome', action: 'done' }), { ok: true });
    assert.equal((await engine())?.pending, null);
    assert.deepEqual(await notifications(), {});
    const kinds = (await outcomes()).map((o) => `${o.nudge}:${o.kind}`);
    assert.ok(kinds.includes('posture:snoozed') && kinds.includes('posture:done'), kinds.join());
    assert.equal(await badge(), '');
  });

  test('a worker stopped between nudges neither loses active time nor repeats or drops the next nudge', async () => {
    const next = () => page.locator('[data-testid="next-nudge"]').getAttribute('data-at').then(Number);
    await page.reload();
    const before = await until(next, (at) => at > Date.now());
    const duesBefore = (await outcomes()).filter((o) => o.kind === 'due').length;
    assert.equal(await killWorker(env, page), 1);
    // Wake it the way a page does: any message.
    assert.deepEqual(await ask({ type: 'quarantine/dismiss' }), { ok: true });
    await page.reload();
    const after = await until(next, (at) => at > 0);
    // Active time lost to the restart shows as a later due time: at most one
    // detection interval (60 s), however long the worker was gone.
    assert.ok(after - before <= 60_000, `the next nudge moved by ${after - before} ms`);
    // The next nudge arrives once: one more "due", not two, not none.
    await until(outcomes, (list) => list.filter((o) => o.kind === 'due').length > duesBefore, 60_000);
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal((await outcomes()).filter((o) => o.kind === 'due').length, duesBefore + 1);
    await ask({ type: 'engine/outcome', action: 'done' });
  });

  test('alarms cleared by hand are back after the next wake', async () => {
    await page.evaluate(() => chrome.alarms.clearAll());
    assert.deepEqual(await alarms(), []);
    await killWorker(env, page);
    await ask({ type: 'quarantine/dismiss' });
    await until(alarms, (names) => names.includes('limber:next'), 10_000);
  });

  test('Pause and Resume from the popup', async () => {
    await page.reload();
    await page.getByText('Pause', { exact: true }).click();
    await page.getByRole('button', { name: 'For 1 hour' }).click();
    await page.getByText(/^Paused until/).waitFor();
    assert.ok(((await engine())?.pausedUntil ?? 0) > Date.now() + 59 * 60_000);
    assert.equal(await badge(), '||');
    await page.screenshot({ path: screenshotPath('popup-status-paused') });
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByText(/^Next /).waitFor();
    assert.equal((await engine())?.pausedUntil, null);
  });

  test('active screen time reaches the history page', async () => {
    const activity = await readStorage(page, 'activity');
    assert.ok(activity, 'active time is stored');
    const { log } = activity;
    assert.ok(
      log.some((o) => o.state === 'active' && o.observed),
      JSON.stringify(log),
    );
    const history = await openPage(env, 'journal.html?range=7');
    await history.page.waitForSelector('html[data-ready]');
    const section = history.page.getByRole('heading', { name: 'Active screen time each day' });
    await section.waitFor();
    assert.equal(await history.page.getByText('No screen-time data yet', { exact: false }).count(), 0);
    assert.deepEqual(history.errors, []);
    await history.page.close();
  });

  test('with notifications set to "window", a due nudge opens the break window; Done and a quick check-in are recorded', async () => {
    assert.deepEqual(await ask({ type: 'settings/update', patch: { notificationStyle: 'window' } }), { ok: true });
    const pick = (/** @type {import('./harness.mjs').Page} */ p, /** @type {string} */ name) =>
      p.getByRole('radio', { name, exact: true }).locator('xpath=..').click();
    // Real due nudges, on the 60× clock: take each window until a stretch or walk comes.
    for (let i = 0; i < 4; i++) {
      const win = await env.context.waitForEvent('page', {
        predicate: (p) => p.url().includes('/break.html') && p.url().includes('mode=window'),
        timeout: 70_000,
      });
      await win.waitForLoadState();
      const nudge = new URL(win.url()).searchParams.get('nudge');
      assert.deepEqual(await notifications(), {}, 'window style shows no notification');
      const closed = win.waitForEvent('close');
      await win.getByRole('button', { name: 'Done' }).click();
      await until(outcomes, (list) =>
        list.some((o) => o.nudge === nudge && o.kind === 'done' && o.at > Date.now() - 10_000),
      );
      if (nudge === 'posture') {
        await closed;
        continue;
      }
      await win.getByRole('heading', { name: 'How are you now?' }).waitFor();
      await pick(win, 'Okay');
      await pick(win, '3');
      await win.getByText('Saved. Thank you.').waitFor();
      const fromBreak = (await storedCheckIns(page)).filter((c) => c.source === 'break');
      assert.equal(fromBreak.length, 1);
      assert.deepEqual([fromBreak[0]?.mood, fromBreak[0]?.pain], [3, 3]);
      await closed;
      return;
    }
    assert.fail('no stretch or walk arrived');
  });
});
