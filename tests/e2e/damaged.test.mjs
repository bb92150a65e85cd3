// @ts-check
// Nothing damaged is lost silently (issue 15 item 7) in real Chromium: garbage written
// into a stored key is kept aside whole, and the very next popup open says so in
// words, with the rest of the data in place. Twenty first opens, across check-ins,
// settings, the quarantine itself, the screen-time rollups and a break-record month.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { clearOfMidnight, launch, openPage, readStorage } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof launch>>} */
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

/** `YYYY-MM` of now in this machine's zone, as the popup computes its month. */
const thisMonth = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};

const GARBAGE = ['not a list', 42, { wrong: 'shape' }, [{ id: 7, mood: 'sunny' }]];

describe('damaged data, told on the first open', () => {
  test('20 first popup opens after garbage is written: every one tells, nothing else is lost', async () => {
    // The popup looks at the month of its own open: start well clear of a midnight
    // (a month's end), so every round's month is the one written here.
    await clearOfMidnight(180_000);
    const keys = [`checkins:${thisMonth()}`, 'settings', 'quarantine', 'rollups', `outcomes:${thisMonth()}`];
    const { page: setup } = await openPage(env, 'popup.html');
    // One good check-in in an earlier month: it must survive every round.
    const earlier = {
      id: 'mh0keep0-0001',
      at: Date.UTC(2025, 0, 15, 12),
      tzOffsetMin: 0,
      mood: 4,
      pain: 2,
      source: 'popup',
    };
    await setup.evaluate((c) => chrome.storage.local.set({ 'checkins:2025-01': [c] }), earlier);
    let told = 0;
    for (let round = 0; round < 20; round++) {
      const key = keys[round % keys.length];
      assert.ok(key);
      const garbage = GARBAGE[round % GARBAGE.length];
      // Earlier notices dismissed, so this open can only be telling of this round's garbage.
      await setup.evaluate(() => chrome.runtime.sendMessage({ type: 'quarantine/dismiss' }));
      await setup.evaluate(([k, v]) => chrome.storage.local.set({ [k]: v }), /** @type {const} */ ([key, garbage]));
      const { page, errors } = await openPage(env, 'popup.html');
      const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
      try {
        await alert.waitFor({ timeout: 10_000 });
        told++;
      } catch {
        // counted below
      }
      const stored = await readStorage(page);
      const entries = Array.isArray(stored.quarantine) ? stored.quarantine : [];
      assert.ok(
        entries.some((/** @type {{ source: string, raw: unknown }} */ e) => e.source === key),
        `round ${round}: ${key} is kept aside (${JSON.stringify(entries.map((e) => e.source))})`,
      );
      assert.deepEqual(stored['checkins:2025-01'], [earlier], `round ${round}: the other data is in place`);
      assert.deepEqual(errors, [], `round ${round}: no page errors`);
      // Saves still work, into this month too, whatever was found in it.
      const saved = await page.evaluate(
        (id) =>
          chrome.runtime.sendMessage({
            type: 'checkin/add',
            checkIn: {
              id,
              at: Date.now() - 1000,
              tzOffsetMin: -new Date().getTimezoneOffset(),
              mood: 3,
              pain: 3,
              source: 'popup',
            },
          }),
        `mh0save${String(round).padStart(2, '0')}-0001`,
      );
      assert.deepEqual(saved, { ok: true }, `round ${round}: a save still works`);
      await page.close();
    }
    assert.equal(told, 20, `told on ${told} of 20 first opens`);
    await setup.close();
  });

  test('the break page, opened first, tells too (garbage in settings), and the break still runs', async () => {
    const { page: setup } = await openPage(env, 'popup.html');
    await setup.evaluate(() => chrome.runtime.sendMessage({ type: 'quarantine/dismiss' }));
    await setup.evaluate(() => chrome.storage.local.set({ settings: 'not settings' }));
    await setup.close();
    const { page, errors } = await openPage(env, 'break.html?nudge=stretch');
    await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor({ timeout: 10_000 });
    assert.match((await page.getByRole('alert').textContent()) ?? '', /Your settings\./);
    await page.getByRole('timer').waitFor();
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('alert').waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
