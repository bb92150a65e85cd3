// @ts-check
// The break engine in Firefox, on the test-only build whose clock runs 60× faster
// (WXT_TIME_SCALE=60: a 20-minute posture interval is 20 s). The event page is
// suspended after a second idle, so the alarm has to wake it. Headless Firefox
// closes notifications at once, so the engine's stored records are what is checked;
// and its idle time counts from browser start with no way to reset it, so the nudge
// must come within the first 60 s (the default idle detection interval).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  clickButton,
  FAST_EXTENSION_DIR,
  jsonFaithful,
  launch,
  openPage,
  readStorage,
  screenshotPath,
  storedOutcomes,
  until,
  waitForSuspension,
} from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;
/** @type {import('./harness.mjs').Page} An extension page kept open to read storage; it does not keep the event page awake. */
let helper;
/** @type {number} Where Firefox's log stood at launch (env.mark). */
let mark;

before(async () => {
  env = await launch({ extensionDir: FAST_EXTENSION_DIR, prefs: { 'extensions.background.idle.timeout': 1000 } });
  mark = env.mark();
  helper = await openPage(env, 'help.html', 'h1');
});

after(async () => {
  await env?.close();
});

const engine = async () => (await readStorage(helper)).engine ?? null;
const alarms = () => helper.evaluate(() => browser.alarms.getAll());
const outcomes = () => storedOutcomes(helper);

describe('break engine in Firefox (60× clock)', () => {
  /** @type {import('webextension-polyfill').Alarms.Alarm} The first alarm armed (set by the first test). */
  let armed;

  test('one alarm is armed for the posture check, and the event page is then suspended', async () => {
    const state = await until(engine, (s) => (s?.armedAt ?? 0) > 0);
    assert.ok(state?.countingSince != null);
    const [first] = await until(alarms, (list) => list.length > 0);
    assert.ok(first);
    armed = first;
    assert.equal(armed.name, 'limber:next');
    assert.equal(armed.scheduledTime, state.armedAt);
    // 20 (scaled) minutes of active time from the start of counting: 20 s.
    assert.equal(armed.scheduledTime - state.countingSince, 20_000);
    assert.equal(state.pending, null);
    await waitForSuspension(helper);
    assert.ok(Date.now() < armed.scheduledTime, 'suspended before the alarm was due');
  });

  test('the alarm wakes the suspended event page, and a posture nudge is recorded', async () => {
    const list = await until(
      outcomes,
      (all) => all.some((o) => o.nudge === 'posture' && o.kind === 'shown'),
      40_000,
      250,
    );
    const due = list.find((o) => o.nudge === 'posture' && o.kind === 'due');
    const shown = list.find((o) => o.nudge === 'posture' && o.kind === 'shown');
    assert.ok(due && shown, JSON.stringify(list));
    assert.ok(due.at >= armed.scheduledTime, `due at ${due.at}, alarm at ${armed.scheduledTime}`);
    assert.ok(shown.at >= due.at);
    const state = await engine();
    assert.equal(state?.pending?.nudge, 'posture');
    assert.equal(await helper.evaluate(() => browser.action.getBadgeText({})), '•');
  });

  test('Done on the break page (Firefox notifications have no buttons) ends it and is recorded', async () => {
    const page = await openPage(env, 'break.html?nudge=posture', 'html[data-ready]');
    await page.setViewport({ width: 420, height: 620 });
    await page.screenshot({ path: screenshotPath('firefox-break-posture') });
    await clickButton(page, 'Done');
    const list = await until(outcomes, (all) => all.some((o) => o.nudge === 'posture' && o.kind === 'done'));
    const shown = list.find((o) => o.nudge === 'posture' && o.kind === 'shown');
    const done = list.find((o) => o.nudge === 'posture' && o.kind === 'done');
    assert.ok(done && shown, JSON.stringify(list));
    assert.ok(done.at >= shown.at);
    assert.equal((await engine())?.pending, null);
    assert.equal(await helper.evaluate(() => browser.action.getBadgeText({})), '');
    // The schedule moved on: the alarm is re-armed for a later time.
    const [next] = await until(alarms, (all) => all.length > 0 && (all[0]?.scheduledTime ?? 0) > armed.scheduledTime);
    assert.equal(next?.name, 'limber:next');
    await page.close();
  });

  test('nothing Limber ran wrote a console error, and all it stored survives JSON', async () => {
    assert.deepEqual(await env.errorsSince(mark, helper), []);
    assert.deepEqual(jsonFaithful(await readStorage(helper)), []);
  });
});
