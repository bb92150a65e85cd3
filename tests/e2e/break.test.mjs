// The break page, end to end, in real Chromium with the built extension: the page
// renders each break, Done reaches the engine and is recorded, the quick check-in is
// saved with source "break", and the small window works.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { clearOfMidnight, launch, openPage, readStorage, screenshotPath, storedCheckIns } from './harness.mjs';

let env;
/** An extension page kept open to read storage and send requests. */
let helper;

before(async () => {
  env = await launch();
  ({ page: helper } = await openPage(env, 'help.html'));
  // The engine writes its state when the worker starts; wait for it before seeding any.
  await until(() => helper.evaluate(async () => (await chrome.storage.local.get('engine')).engine ?? null), Boolean);
});

after(async () => {
  // The whole suite ran against this browser: Limber asked for nothing but its own pages.
  const foreign = env.foreignRequests();
  await env.close();
  assert.deepEqual(foreign, [], 'the extension made requests outside its own pages');
});

async function until(read, ok, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) assert.fail(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every stored break record, across month keys (a test may cross a month's end). */
const outcomes = async () =>
  Object.entries(await readStorage(helper))
    .filter(([key]) => key.startsWith('outcomes:'))
    .flatMap(([, list]) => list);
const ask = (request) => helper.evaluate((r) => chrome.runtime.sendMessage(r), request);

/** Makes the engine's state hold a waiting break, as if it had fallen due (test fixture). */
async function seedWaiting(nudge, snoozesUsed) {
  await helper.evaluate(
    async ({ nudge, snoozesUsed }) => {
      const { engine } = await chrome.storage.local.get('engine');
      const pending = {
        nudge,
        dueAt: Date.now(),
        shown: true,
        snoozesUsed,
        snoozedUntil: null,
        heldSince: null,
        deferred: false,
      };
      await chrome.storage.local.set({ engine: { ...engine, pending } });
    },
    { nudge, snoozesUsed },
  );
}

async function openBreak(query, { width = 760, height = 720 } = {}) {
  const opened = await openPage(env, `break.html?${query}`);
  await opened.page.setViewportSize({ width, height });
  await opened.page.waitForSelector('html[data-ready]');
  return opened;
}

const focused = (page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
/** Picks a face or a pain number the way a person does: by clicking its label. */
const pick = (page, name) => page.getByRole('radio', { name, exact: true }).locator('xpath=..').click();

async function shoot(page, name) {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: screenshotPath(`${name}-light`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath(`${name}-dark`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('break page', () => {
  test('a stretch on a pain-7 day: one gentle move, Done is recorded, the quick check-in is saved', async () => {
    // Today's check-in, saved now and read by the page a moment later: never across a midnight.
    await clearOfMidnight();
    const at = await helper.evaluate(() => Date.now());
    const seeded = {
      id: 'seed-pain7',
      at,
      tzOffsetMin: -new Date(at).getTimezoneOffset(),
      mood: 3,
      pain: 7,
    };
    assert.deepEqual(await ask({ type: 'checkin/add', checkIn: { ...seeded, regions: ['lower'], source: 'popup' } }), {
      ok: true,
    });
    const { page, errors } = await openBreak('nudge=stretch');
    await page.getByRole('heading', { level: 1, name: 'A stretch for your back' }).waitFor();
    await page.getByText('A gentle move today, because pain is higher.').waitFor();
    assert.equal(await page.getByRole('heading', { level: 2 }).count(), 1, 'one move');
    assert.equal(await page.getByRole('timer').count(), 1);
    assert.equal(await focused(page), 'Done', 'focus starts on Done');
    const lastMove = (await readStorage(helper)).lastMove;
    assert.equal(typeof lastMove, 'string', 'the move is remembered so the next one differs');
    await page.waitForTimeout(4000); // let the ring empty a little for the screenshot
    await shoot(page, 'break-stretch');

    const before = (await outcomes()).length;
    await page.getByRole('button', { name: 'Done' }).click();
    // Opened with no break waiting: Done is a stretch taken now, recorded by the engine.
    const recorded = await until(outcomes, (list) => list.length > before);
    assert.ok(
      recorded.slice(before).some((o) => o.nudge === 'stretch' && o.kind === 'done'),
      JSON.stringify(recorded.slice(before)),
    );

    await page.getByRole('heading', { name: 'How are you now?' }).waitFor();
    await shoot(page, 'break-checkin');
    await pick(page, 'Good');
    await pick(page, '4');
    await page.getByText('Saved. Thank you.').waitFor();
    const saved = (await storedCheckIns(helper)).find((c) => c.source === 'break');
    assert.ok(saved, 'a check-in with source "break" is stored');
    assert.equal(saved.mood, 4);
    assert.equal(saved.pain, 4);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('"Not for me" hides the move in settings and offers another', async () => {
    const { page, errors } = await openBreak('nudge=stretch');
    const first = await page.getByRole('heading', { level: 2 }).textContent();
    await page.getByRole('button', { name: 'Not for me' }).click();
    await page.getByText(`“${first}” will not be offered again.`, { exact: false }).waitFor();
    const second = await page.getByRole('heading', { level: 2 }).textContent();
    assert.notEqual(second, first);
    const { settings } = await readStorage(helper);
    assert.equal(settings.hiddenMoves.length, 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a waiting break: Snooze until the limit, then Skip; Done goes to the engine as an outcome', async () => {
    await seedWaiting('walk', 0);
    const fresh = await openBreak('nudge=walk');
    await fresh.page.getByRole('button', { name: /^Snooze/ }).waitFor();
    await fresh.page.close();

    await seedWaiting('walk', 2);
    const { page, errors } = await openBreak('nudge=walk');
    await page.getByRole('heading', { level: 1, name: 'A short walk' }).waitFor();
    assert.equal(await page.getByRole('button', { name: /^Snooze/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Skip' }).count(), 1);
    assert.equal(await page.getByRole('timer').textContent(), 'Time left 5:00');
    await page.getByText('An idea:').waitFor();
    await shoot(page, 'break-walk');

    const before = (await outcomes()).length;
    await page.getByRole('button', { name: 'Done' }).click();
    const recorded = await until(outcomes, (list) => list.length > before);
    assert.ok(recorded.slice(before).some((o) => o.nudge === 'walk' && o.kind === 'done'));
    assert.equal((await readStorage(helper)).engine.pending, null, 'the waiting walk is resolved');
    await page.getByRole('heading', { name: 'How are you now?' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('posture renders the checklist around a 20 s ring; Breathe offers a calm circle', async () => {
    const { page, errors } = await openBreak('nudge=posture');
    await page.getByRole('heading', { level: 1, name: 'Posture check' }).waitFor();
    assert.equal(await page.locator('.checklist li').count(), 5);
    await page.getByText('Look far away for 20 seconds.').waitFor();
    assert.match(await page.getByRole('timer').textContent(), /0:(20|19)$/);
    await page
      .getByRole('timer')
      .filter({ hasText: /0:1[0-5]$/ })
      .waitFor();
    await shoot(page, 'break-posture');

    await page.getByRole('button', { name: 'Breathe instead' }).click();
    assert.equal(await focused(page), 'Start breathing');
    await page.getByLabel('How long').selectOption('3');
    await page.getByRole('button', { name: 'Start breathing' }).click();
    await page.getByText(/^Breathe (in|out)$/).waitFor();
    assert.match(await page.getByRole('timer').textContent(), /[23]:\d\d$/);
    await shoot(page, 'break-breathe');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(
      await page.locator('.breath-circle').evaluate((el) => getComputedStyle(el).animationName),
      'none',
      'no motion under prefers-reduced-motion',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a stretch fits a 420×620 break window', async () => {
    const { page, errors } = await openBreak('nudge=stretch&mode=window', { width: 420, height: 620 });
    for (const name of ['Done', 'Shorter version', 'Close', 'Breathe instead', 'Not for me']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      assert.ok(box && box.y + box.height <= 620 && box.x + box.width <= 420, `${name} fits in the window`);
    }
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 420, 'no sideways scrolling');
    await shoot(page, 'break-window-stretch');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('window mode opens as a real popup window and closes itself after an outcome', async () => {
    const opened = env.context.waitForEvent('page');
    await helper.evaluate(() =>
      chrome.windows.create({ url: 'break.html?nudge=posture&mode=window', type: 'popup', width: 420, height: 620 }),
    );
    const page = await opened;
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.setViewportSize({ width: 420, height: 620 });
    await page.waitForSelector('html[data-ready]');
    for (const name of ['Done', 'Shorter version', 'Close']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      assert.ok(box && box.y + box.height <= 620 && box.x + box.width <= 420, `${name} fits in the window`);
    }
    await page.screenshot({ path: screenshotPath('break-window-posture-light') });
    const closed = page.waitForEvent('close');
    await page.getByRole('button', { name: 'Done' }).click();
    await closed;
    assert.deepEqual(errors, []);
  });
});
