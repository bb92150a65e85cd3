// @ts-check
// The optional heads-up before a break (settings.headsUp, issue 14 item 2) in real
// Chromium, on the 60× test build (utils/time-scale.ts): with it on, a "Posture check
// in … seconds" notification comes before the nudge, and the nudge replaces it. Its
// Postpone button is a system notification button that no page can press; the engine's
// postpone is unit-tested (core/schedule.test.ts) and wired in entrypoints/background.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { until } from '../until.mjs';
import { FAST_EXTENSION_DIR, launch, openPage } from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;
/** @type {import('playwright-core').Page} */
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

const notifications = () => page.evaluate(() => chrome.notifications.getAll());
const ask = (/** @type {unknown} */ request) => page.evaluate((r) => chrome.runtime.sendMessage(r), request);

describe('heads-up before a break', () => {
  test('with the heads-up on, it comes before the nudge, and the nudge takes its place', async () => {
    assert.deepEqual(await ask({ type: 'settings/update', patch: { headsUp: { enabled: true, leadSec: 60 } } }), {
      ok: true,
    });
    const first = await until(
      notifications,
      (n) => n['limber:heads-up'] === true || n['limber:nudge'] === true,
      60_000,
    );
    assert.equal(first['limber:heads-up'], true, `the heads-up came first: ${JSON.stringify(first)}`);
    assert.equal(first['limber:nudge'], undefined, 'no nudge yet while the heads-up shows');
    const state = await page.evaluate(async () => (await chrome.storage.local.get('engine')).engine);
    assert.equal(state.pending, null, 'nothing is due yet');
    const nudged = await until(notifications, (n) => n['limber:nudge'] === true, 60_000);
    assert.equal(nudged['limber:heads-up'], undefined, 'the nudge closed the heads-up');
  });
});
