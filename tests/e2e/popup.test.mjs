// @ts-check
// The check-in popup, end to end, in real Chromium with the built extension.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  clearOfMidnight,
  isCheckInKey,
  killWorker,
  launch,
  openPage,
  readStorage,
  screenshotPath,
  storedCheckIns,
} from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;

before(async () => {
  env = await launch();
});

after(async () => {
  // The whole suite ran against this browser: Limber asked for nothing but its own pages.
  const foreign = env.foreignRequests();
  await env.close();
  assert.deepEqual(foreign, [], 'the extension made requests outside its own pages');
});

/**
 * Picks a face or a pain number the way a person does: by clicking its label.
 * @param {import('./harness.mjs').Page} page
 * @param {string} name
 */
const pick = (page, name) => page.getByRole('radio', { name, exact: true }).locator('xpath=..').click();

/**
 * The newest stored check-in month (the suite's own saves made it; it may have crossed a month's end).
 * @param {import('./harness.mjs').Stored} stored all of storage, as readStorage gives it
 */
const newestMonthKey = (stored) =>
  Object.keys(stored)
    .filter(isCheckInKey)
    .filter((key) => (stored[key]?.length ?? 0) > 0)
    .sort()
    .at(-1);

describe('popup check-in', () => {
  test('the background worker starts', () => {
    assert.match(env.worker.url(), /^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  test('the popup renders both radio groups with no console errors, light and dark', async () => {
    const { page, errors } = await openPage(env, 'popup.html');
    await page.waitForSelector('html[data-hydrated]');
    assert.equal(await page.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio').count(), 5);
    assert.equal(await page.getByRole('radiogroup', { name: 'Pain' }).getByRole('radio').count(), 11);
    // Folded details: no Save button, the second choice saves.
    assert.equal(await page.getByRole('button', { name: 'Save' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Need help now?' }).getAttribute('href'), '/help.html');
    await page.setViewportSize({ width: 360, height: 560 });
    await page.screenshot({ path: screenshotPath('popup-light') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('popup-dark') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('two clicks save; "Add details" then amends that entry; it survives reopening and a worker restart', async () => {
    const { page, errors } = await openPage(env, 'popup.html');
    await page.waitForSelector('html[data-hydrated]');
    const before = (await storedCheckIns(page)).length;
    await pick(page, 'Good');
    await pick(page, '6');
    await page.getByText('Saved. Thank you for checking in.').waitFor();
    // Focus lands on the confirmation, not the page body.
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
    const first = await storedCheckIns(page);
    assert.equal(first.length, before + 1);
    await page.setViewportSize({ width: 360, height: 640 });
    await page.screenshot({ path: screenshotPath('popup-saved') });
    await page.getByRole('button', { name: 'Add details' }).click();
    await page.getByRole('checkbox', { name: 'Lower back' }).check();
    await page.getByRole('textbox', { name: 'Note' }).fill('Long meeting, "stiff" afterwards');
    await page.screenshot({ path: screenshotPath('popup-chosen') });
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Updated. Thank you.').waitFor();

    const list = await storedCheckIns(page);
    assert.equal(list.length, before + 1, 'amended, not added');
    const saved = list.find((c) => c.note === 'Long meeting, "stiff" afterwards');
    assert.ok(saved, 'the check-in is in storage');
    assert.ok(
      first.some((c) => c.id === saved.id),
      'the same entry, by id',
    );
    assert.equal(saved.mood, 4);
    assert.equal(saved.pain, 6);
    assert.deepEqual(saved.regions, ['lower']);
    assert.equal(saved.source, 'popup');
    await page.close();

    const reopened = await openPage(env, 'popup.html');
    await reopened.page.getByText('Mood 4 (Good), pain 6').waitFor();

    assert.equal(await killWorker(env, reopened.page), 1);
    const again = await openPage(env, 'popup.html');
    await again.page.getByText('Mood 4 (Good), pain 6').waitFor();
    assert.ok((await storedCheckIns(again.page)).some((c) => c.id === saved.id));
    // And the restarted worker still takes saves.
    await pick(again.page, 'Okay');
    await pick(again.page, '2');
    await again.page.getByText('Saved. Thank you for checking in.').waitFor();
    assert.deepEqual([...errors, ...reopened.errors, ...again.errors], []);
    await reopened.page.close();
    await again.page.close();
  });

  test('with "Add details" opened first, Save is explicit', async () => {
    const { page } = await openPage(env, 'popup.html');
    await page.waitForSelector('html[data-hydrated]');
    const before = (await storedCheckIns(page)).length;
    await page.getByText('Add details (optional)').click();
    await pick(page, 'Low');
    await pick(page, '4');
    await page.getByRole('checkbox', { name: 'Neck' }).check();
    // Longer than a keyboard choice waits: still nothing saved.
    await page.waitForTimeout(1200);
    assert.equal((await storedCheckIns(page)).length, before);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved. Thank you for checking in.').waitFor();
    const list = await storedCheckIns(page);
    assert.equal(list.length, before + 1);
    const latest = list.reduce((a, b) => (a.at > b.at ? a : b));
    assert.deepEqual([latest.mood, latest.pain, latest.regions], [2, 4, ['neck']]);
    await page.close();
  });

  test('Undo removes the check-in that was just saved', async () => {
    const { page } = await openPage(env, 'popup.html');
    await page.waitForSelector('html[data-hydrated]');
    const before = (await storedCheckIns(page)).length;
    await pick(page, 'Very low');
    await pick(page, '9');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Removed. Nothing was kept.').waitFor();
    assert.equal((await storedCheckIns(page)).length, before);
    await page.close();
  });

  test('a check-in can be completed with the keyboard alone', async () => {
    const { page } = await openPage(env, 'popup.html');
    await page.waitForSelector('html[data-hydrated]');
    const before = (await storedCheckIns(page)).length;
    // On open, focus is already on the first mood face: the check-in comes first.
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'mood');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('value')), '1');
    await page.keyboard.press('ArrowRight'); // Low
    await page.keyboard.press('ArrowRight'); // Okay
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // into the pain group
    await page.keyboard.press('1');
    await page.keyboard.press('0'); // "1" then "0" is 10
    await page.keyboard.press('7'); // and a single digit picks directly
    assert.equal(await page.getByRole('radio', { name: '7' }).isChecked(), true);
    // A moment after the last key, it saves once, and focus lands on the confirmation.
    await page.getByText('Saved. Thank you for checking in.').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
    // Tab from the confirmation reaches its buttons: Add details, then Undo.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add details');
    const list = await storedCheckIns(page);
    assert.equal(list.length, before + 1);
    const latest = list.reduce((a, b) => (a.at > b.at ? a : b));
    assert.equal(latest.mood, 3);
    assert.equal(latest.pain, 7);
    await page.close();
  });

  test('mood and pain chosen before the popup script runs are kept, and can be saved', async () => {
    const page = await env.context.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // Hold the script back: the page is the prerendered first view alone.
    const cdp = await env.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${env.base}/popup.html`);
    await pick(page, 'Low');
    await pick(page, '3');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.hydrated), undefined);

    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    await page.evaluate(() => {
      const { src } = /** @type {HTMLScriptElement} */ (document.querySelector('script[type="module"]'));
      document.head.append(Object.assign(document.createElement('script'), { type: 'module', src }));
    });
    await page.waitForSelector('html[data-hydrated]');
    assert.equal(await page.getByRole('radio', { name: 'Low', exact: true }).isChecked(), true);
    assert.equal(await page.getByRole('radio', { name: '3', exact: true }).isChecked(), true);
    // The second choice was made before the script ran: it saves all the same.
    await page.getByText('Saved. Thank you for checking in.').waitFor();
    const list = await storedCheckIns(page);
    const latest = list.reduce((a, b) => (a.at > b.at ? a : b));
    assert.deepEqual([latest.mood, latest.pain], [2, 3]);
    assert.deepEqual(errors, []);
    await cdp.detach();
    await page.close();
  });

  // The weekly reflection loads its own code and stylesheet, only on its day (a
  // setting, Friday by default): both days are tested, whatever day the suite runs.
  for (const reflectionDay of [false, true]) {
    const title = reflectionDay
      ? 'on the reflection day, only the reflection brings a stylesheet, after the first view'
      : 'the popup is styled with no stylesheet request, and loads each script once';
    test(title, async () => {
      const { page: settingsPage } = await openPage(env, 'options.html');
      await clearOfMidnight();
      const today = await settingsPage.evaluate(() => new Date().getDay());
      const patch = { reflectionWeekday: reflectionDay ? today : (today + 1) % 7 };
      const ask = (/** @type {Record<string, unknown>} */ p) =>
        settingsPage.evaluate((p) => chrome.runtime.sendMessage({ type: 'settings/update', patch: p }), p);
      assert.deepEqual(await ask(patch), { ok: true });
      const page = await env.context.newPage();
      /** @type {string[]} */
      const requested = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${env.base}/popup.html`);
      // Wait for what loads after the first view too: the status panel comes with later.ts.
      await page.getByTestId('next-nudge').waitFor();
      if (reflectionDay) await page.getByText("This week's reflection (optional)").waitFor();
      await page.waitForLoadState('networkidle');
      const styles = requested.filter((path) => path.endsWith('.css'));
      if (reflectionDay) {
        assert.equal(styles.length, 1, styles.join(', '));
        assert.match(styles[0] ?? '', /\/WeeklyReflection-[\w-]+\.css$/);
      } else {
        assert.deepEqual(styles, []);
      }
      const scripts = requested.filter((path) => path.endsWith('.js'));
      assert.ok(
        scripts.some((path) => path.includes('/later-')),
        'later.ts loaded',
      );
      assert.deepEqual(scripts, [...new Set(scripts)]);
      // Styled all the same: the inlined stylesheets apply.
      const width = await page.evaluate(() => getComputedStyle(document.body).width);
      assert.equal(width, '360px');
      await page.close();
      assert.deepEqual(await ask({ reflectionWeekday: 5 }), { ok: true }); // the default, Friday
      await settingsPage.close();
    });
  }

  test('two pages saving at once, 50 saves each, lose nothing', async () => {
    const one = await openPage(env, 'popup.html');
    const two = await openPage(env, 'popup.html');
    const before = (await storedCheckIns(one.page)).length;
    const burst = (/** @type {import('./harness.mjs').Page} */ page, /** @type {string} */ tag) =>
      page.evaluate(async (tag) => {
        const now = Date.now();
        const replies = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            chrome.runtime.sendMessage({
              type: 'checkin/add',
              checkIn: {
                id: `${tag}-${String(i).padStart(3, '0')}`,
                at: now + i,
                tzOffsetMin: -new Date().getTimezoneOffset(),
                mood: 3,
                pain: i % 11,
                source: 'popup',
              },
            }),
          ),
        );
        return replies.filter((r) => r?.ok).length;
      }, tag);
    const [a, b] = await Promise.all([burst(one.page, 'burst-a'), burst(two.page, 'burst-b')]);
    assert.equal(a + b, 100);
    const list = await storedCheckIns(one.page);
    assert.equal(list.length, before + 100);
    assert.equal(new Set(list.map((c) => c.id)).size, list.length);
    await one.page.close();
    await two.page.close();
  });

  test('bad input and malformed messages are refused and change nothing', async () => {
    const { page } = await openPage(env, 'popup.html');
    const before = await readStorage(page);
    const replies = await page.evaluate(async () => {
      const base = { id: 'bad-input-1', at: Date.now(), tzOffsetMin: 0, mood: 3, pain: 4, source: 'popup' };
      return Promise.all([
        chrome.runtime.sendMessage({ type: 'checkin/add', checkIn: { ...base, pain: 11 } }),
        chrome.runtime.sendMessage({ type: 'checkin/add', checkIn: { ...base, note: 'x'.repeat(501) } }),
        chrome.runtime.sendMessage({ type: 'checkin/add', checkIn: { ...base, admin: true } }),
        chrome.runtime.sendMessage({ type: 'storage/clear' }),
        chrome.runtime.sendMessage('checkin/add'),
      ]);
    });
    assert.deepEqual(replies, [
      { ok: false, error: { kind: 'invalidCheckIn', problems: [{ kind: 'invalidField', field: 'pain' }] } },
      { ok: false, error: { kind: 'invalidCheckIn', problems: [{ kind: 'invalidField', field: 'note' }] } },
      { ok: false, error: { kind: 'invalidCheckIn', problems: [{ kind: 'unknownField', field: 'admin' }] } },
      { ok: false, error: { kind: 'badMessage' } },
      { ok: false, error: { kind: 'badMessage' } },
    ]);
    assert.deepEqual(await readStorage(page), before);
    await page.close();
  });

  test('a damaged month is kept aside, the user is told, and the rest keeps working', async () => {
    const { page, errors } = await openPage(env, 'popup.html');
    const all = await readStorage(page);
    const key = newestMonthKey(all);
    assert.ok(key, 'a month of check-ins is stored');
    const good = all[key];
    assert.ok(good, 'its month is stored');
    const damaged = [...good, { id: 'broken-entry', mood: 'sunny' }];
    await page.evaluate(([k, v]) => chrome.storage.local.set({ [k]: v }), /** @type {const} */ ([key, damaged]));
    await page.reload();
    await page.getByRole('alert').getByText('could not be read').waitFor();
    await page.screenshot({ path: screenshotPath('popup-quarantine') });
    // Nothing was lost: the raw value is kept aside and the valid entries stay in place.
    await page.waitForFunction(
      (k) =>
        chrome.storage.local
          .get(k)
          // A month gone missing throws here and ends the wait, as it always did.
          .then((/** @type {import('./harness.mjs').Stored} */ s) => /** @type {unknown[]} */ (s[k]).length),
      key,
    );
    const stored = await readStorage(page);
    assert.deepEqual(stored.quarantine?.at(-1)?.raw, damaged);
    assert.equal(stored.quarantine?.at(-1)?.source, key);
    assert.deepEqual(stored[key], good);
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('alert').waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the help page lists urgent signs and always offers findahelpline.com', async () => {
    const { page, errors } = await openPage(env, 'help.html');
    await page.getByRole('heading', { name: 'Need help now?' }).waitFor();
    // Two tiers of warning signs: the emergency number now, a doctor within a day or two.
    assert.equal(await page.locator('.tier-emergency li').count(), 9);
    assert.equal(await page.locator('.tier-soon li').count(), 10);
    const link = page.getByRole('link', { name: /findahelpline\.com/ });
    assert.equal(await link.getAttribute('href'), 'https://findahelpline.com');
    await page.screenshot({ path: screenshotPath('help'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
