// @ts-check
// The break page, end to end, in real Chromium with the built extension: the page
// renders each break, Done reaches the engine and is recorded, the quick check-in is
// saved with source "break", and the small window works.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { until } from '../until.mjs';
import {
  clearOfMidnight,
  launch,
  openPage,
  readStorage,
  screenshotPath,
  storedCheckIns,
  storedOutcomes,
} from './harness.mjs';

// Also here: a whole stretch at its set length under a page clock (its own browser,
// since Playwright's clock belongs to the whole context), the end state and Done, the
// shorter version, and ?nudge=breathe.

/** @type {import('./harness.mjs').Env} */
let env;
/** @type {import('./harness.mjs').Page} An extension page kept open to read storage and send requests. */
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

/** Every stored break record, across month keys (a test may cross a month's end). */
const outcomes = () => storedOutcomes(helper);
const ask = (/** @type {{ type: string } & Record<string, unknown>} */ request) =>
  helper.evaluate((r) => chrome.runtime.sendMessage(r), request);

/**
 * Makes the engine's state hold a waiting break, as if it had fallen due (test fixture).
 * @param {string} nudge
 * @param {number} snoozesUsed
 */
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

/**
 * @param {string} query the break page's query, `nudge=stretch`
 * @param {{ width?: number, height?: number }} [size]
 */
async function openBreak(query, { width = 760, height = 720 } = {}) {
  const opened = await openPage(env, `break.html?${query}`);
  await opened.page.setViewportSize({ width, height });
  await opened.page.waitForSelector('html[data-ready]');
  return opened;
}

const focused = (/** @type {import('./harness.mjs').Page} */ page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
/**
 * Picks a face or a pain number the way a person does: by clicking its label.
 * @param {import('./harness.mjs').Page} page
 * @param {string} name
 */
const pick = (page, name) => page.getByRole('radio', { name, exact: true }).locator('xpath=..').click();

/**
 * @param {import('./harness.mjs').Page} page
 * @param {string} name
 */
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
    assert.equal(await page.locator('.move-head h2').count(), 1, 'one move at a time');
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

  test('a walk with check-ins at its start and its end stores both, with the same break id', async () => {
    const { page, errors } = await openBreak('nudge=walk');
    const start = page.getByRole('region', { name: 'How are you right now?' });
    await start.waitFor();
    assert.equal(await focused(page), 'Done', 'the start check-in is offered, never focused');
    await shoot(page, 'break-start-checkin');
    await pick(page, 'Low');
    await pick(page, '6');
    await page.locator('.start-saved').waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'How are you now?' }).waitFor();
    await pick(page, 'Okay');
    await pick(page, '4');
    await page.getByText('Saved. Thank you.').waitFor();
    // The earlier stretch's end check-in carries its own break's id; this walk's two share one.
    const all = await storedCheckIns(helper);
    const startId = all.find((c) => c.breakPhase === 'start')?.breakId;
    const marked = all.filter((c) => c.breakId !== undefined && c.breakId === startId);
    assert.equal(marked.length, 2, JSON.stringify(marked.map((c) => [c.breakPhase, c.at, c.mood, c.pain])));
    const [first, second] = marked.sort((a, b) => a.at - b.at);
    assert.ok(first && second);
    assert.equal(first.breakId, second.breakId);
    assert.deepEqual(
      [first, second].map((c) => [c.source, c.breakPhase, c.mood, c.pain]),
      [
        ['break', 'start', 2, 6],
        ['break', 'end', 3, 4],
      ],
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('"Not for me" hides the move in settings and offers another', async () => {
    const { page, errors } = await openBreak('nudge=stretch');
    const first = await page.locator('.move-head h2').textContent();
    await page.getByRole('button', { name: 'Not for me' }).click();
    await page.getByText(`“${first}” will not be offered again.`, { exact: false }).waitFor();
    const second = await page.locator('.move-head h2').textContent();
    assert.notEqual(second, first);
    const { settings } = await readStorage(helper);
    assert.equal(settings?.hiddenMoves.length, 1);
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
    assert.equal((await readStorage(helper, 'engine'))?.pending, null, 'the waiting walk is resolved');
    await page.getByRole('heading', { name: 'How are you now?' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('posture renders the checklist around a 20 s ring; Breathe offers a calm circle', async () => {
    const { page, errors } = await openBreak('nudge=posture');
    await page.getByRole('heading', { level: 1, name: 'Posture check' }).waitFor();
    assert.equal(await page.locator('.checklist li').count(), 5);
    await page.getByText('Look far away for 20 seconds.').waitFor();
    assert.match((await page.getByRole('timer').textContent()) ?? '', /0:(20|19)$/);
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
    assert.match((await page.getByRole('timer').textContent()) ?? '', /[23]:\d\d$/);
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
    for (const name of ['Done', 'Shorter version, 1 minute', 'Close', 'Breathe instead', 'Not for me']) {
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
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.setViewportSize({ width: 420, height: 620 });
    await page.waitForSelector('html[data-ready]');
    for (const name of ['Done', 'Shorter version, 10 seconds', 'Close']) {
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

describe('a whole stretch, under the page clock', () => {
  /** @type {import('./harness.mjs').Env} */
  let clocked;
  before(async () => {
    clocked = await launch();
    await clocked.context.clock.install();
  });
  after(async () => {
    const foreign = clocked.foreignRequests();
    await clocked.close();
    assert.deepEqual(foreign, [], 'the extension made requests outside its own pages');
  });

  /** @param {string} query */
  async function openClocked(query) {
    const opened = await openPage(clocked, `break.html?${query}`);
    await opened.page.setViewportSize({ width: 760, height: 720 });
    await opened.page.waitForSelector('html[data-ready]');
    // From here on the page's time moves only when the test moves it.
    await opened.page.clock.pauseAt((await opened.page.evaluate(() => Date.now())) + 1000);
    return opened;
  }

  test('runs its set two minutes with several moves, never one twice in a row, then ends in words with Done', async () => {
    const { page, errors } = await openClocked('nudge=stretch');
    await page.getByRole('heading', { level: 1, name: 'A stretch for your back' }).waitFor();
    // pauseAt moved the page's clock one second on.
    assert.match((await page.getByRole('timer').textContent()) ?? '', /^Time left (2:00|1:59)$/);
    const sequence = (await page.locator('.sequence').textContent()) ?? '';
    const count = Number(/Move 1 of (\d+)/.exec(sequence)?.[1]);
    assert.ok(count > 1, `more than one move: ${sequence}`);
    await page.clock.runFor(4000);
    await shoot(page, 'break-stretch-running');

    const moves = [await page.locator('.move-head h2').textContent()];
    let elapsed = 5;
    while (elapsed < 115) {
      await page.clock.runFor(5000);
      elapsed += 5;
      const name = await page.locator('.move-head h2').textContent();
      if (name !== moves.at(-1)) moves.push(name);
    }
    assert.equal(moves.length, count, `every move shown in turn: ${moves.join(', ')}`);
    for (let i = 1; i < moves.length; i++)
      assert.notEqual(moves[i], moves[i - 1], 'never the same move twice in a row');
    assert.equal(await page.getByText('Time is up.', { exact: true }).count(), 0, 'still running at 1:55');
    assert.match((await page.getByRole('timer').textContent()) ?? '', /0:0[1-5]$/);

    await page.clock.runFor(6000);
    await page.getByText('Time is up.', { exact: true }).waitFor();
    assert.equal(await page.getByRole('timer').textContent(), 'Time left 0:00');
    assert.equal(
      await page.getByRole('button', { name: /Shorter version/ }).count(),
      0,
      'no shorter version at the end',
    );
    assert.equal(await focused(page), 'Done', 'Done is focused at the end');
    await shoot(page, 'break-stretch-ended');

    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { level: 1, name: 'How are you now?' }).waitFor();
    // The hint's number keys pick pain here too.
    await page.keyboard.press('7');
    assert.equal(await page.getByRole('radio', { name: '7', exact: true }).isChecked(), true, 'key 7 picks pain 7');
    await page.getByRole('button', { name: 'No thanks' }).click();
    assert.deepEqual(errors, []);
  });

  test('the shorter version is the same stretch in one minute, and is offered once', async () => {
    const { page, errors } = await openClocked('nudge=stretch');
    const first = await page.locator('.move-head h2').textContent();
    await page.getByRole('button', { name: 'Shorter version, 1 minute' }).click();
    await page.getByRole('heading', { level: 1, name: 'A shorter version' }).waitFor();
    assert.equal(await page.locator('.move-head h2').textContent(), first);
    assert.match((await page.getByRole('timer').textContent()) ?? '', /^Time left (1:00|0:59)$/);
    assert.equal(await page.getByRole('button', { name: /Shorter version/ }).count(), 0);
    await page.clock.runFor(61_000);
    await page.getByText('Time is up.', { exact: true }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('?nudge=breathe opens paced breathing; the finished view has its main heading', async () => {
    const { page, errors } = await openClocked('nudge=breathe');
    await page.getByRole('heading', { level: 1, name: 'Breathe' }).waitFor();
    assert.equal(await focused(page), 'Start breathing');
    assert.equal(await page.getByRole('button', { name: 'Back to the break' }).count(), 0);
    await page.getByRole('button', { name: 'Start breathing' }).click();
    await page.clock.runFor(3000);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { level: 1, name: 'Break done. Nice work.' }).waitFor();
    await shoot(page, 'break-finished');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
