// @ts-check
// The whole backup, round trip, in real Chromium (issue 15 item 4): every kind of data
// seeded (check-ins in several months, mood-only and pain-only, built-in and custom
// tags; settings changed from their defaults, hidden moves and moves to avoid
// included; break records of every kind in several months; PHQ-2; reflections; the
// activity log and its rollups), exported through the page's "Full backup (JSON)"
// button, deleted through "Delete all data…", imported through the page's file
// chooser and Import button. Storage afterwards equals storage before, except the keys
// utils/storage.ts BACKUP_COVERAGE marks as derived (rebuilt by the worker).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TIME_UNITS } from '../time-units.mjs';
import { launch, openPage, readStorage, screenshotPath } from './harness.mjs';

// BACKUP_COVERAGE's derived keys (utils/storage.ts): the engine's state, the popup's
// status, the last move offered. `quarantine` is "not carried" and stays absent here.
const DERIVED = new Set(['engine', 'status', 'lastMove']);

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

/** @typedef {import('./harness.mjs').Stored} Stored */
/** @typedef {import('./harness.mjs').CheckIn} CheckIn */
/** @typedef {import('./harness.mjs').Outcome} Outcome */

/**
 * Storage minus the derived keys, with keys in order (a deep-equal that names the key that differs).
 * @param {Stored} stored
 */
const kept = (stored) =>
  // Some of its keys, each with its value: still what Limber stores.
  /** @type {Stored} */ (
    Object.fromEntries(
      Object.entries(stored)
        .filter(([k]) => !DERIVED.has(k))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    )
  );

/** Settings changed from every default that matters, through the background's own validation. */
const SETTINGS_PATCH = {
  nudges: { posture: { intervalMin: 25, durationSec: 30 }, walk: { enabled: false } },
  customNudges: [{ id: 'eye-rest', name: 'Eye rest', enabled: true, intervalMin: 45, durationSec: 40 }],
  idleDetectionSec: 120,
  snoozeMin: 10,
  snoozeLimit: 3,
  walkGoalMin: 30,
  reflectionWeekday: 4,
  helpCountry: 'GB',
  hiddenMoves: ['chin-tuck', 'arm-cross'],
  movesToAvoid: ['hipReplacement', 'wheeledChair'],
  chime: true,
  headsUp: { enabled: true, leadSec: 60 },
};

/**
 * Everything else, written straight into storage (seeding, not the code under test), relative to now.
 * @param {import('./harness.mjs').Page} page
 */
async function seedEverything(page) {
  await page.evaluate(async ({ DAY_MS, HOUR_MS, MINUTE_MS }) => {
    const now = Date.now();
    const monthOf = (/** @type {number} */ at) => {
      const d = new Date(at);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    };
    const tzAt = (/** @type {number} */ at) => -new Date(at).getTimezoneOffset();
    /** @type {Stored} */
    const set = {};
    /** @type {Record<string, (CheckIn | Outcome)[]>} the check-in and break-record months, put in `set` below */
    const months = {};
    /**
     * @param {'checkins' | 'outcomes'} family
     * @param {number} at
     * @param {CheckIn | Outcome} value
     */
    const push = (family, at, value) => {
      const key = `${family}:${monthOf(at)}`;
      months[key] ??= [];
      months[key].push(value);
    };
    // Check-ins over four months: whole, mood-only, pain-only, with every detail.
    /** @type {CheckIn['source'][]} */
    const sources = ['popup', 'break', 'reminder', 'history', 'import'];
    for (let i = 0; i < 40; i++) {
      const at = now - (100 - i * 2.5) * DAY_MS - 3 * HOUR_MS;
      /** @type {CheckIn} */
      const c = {
        id: `rt-checkin-${String(i).padStart(3, '0')}`,
        at,
        tzOffsetMin: tzAt(at),
        source: /** @type {CheckIn['source']} */ (sources[i % 5]), // one of the five
      };
      if (i % 7 !== 3) c.mood = 1 + (i % 5);
      if (i % 7 !== 5) c.pain = i % 11;
      if (i % 4 === 0) c.regions = ['neck', 'lower'];
      if (i % 3 === 0) c.tags = ['walked', 'Gardening'];
      if (i % 5 === 1) c.tags = ['sleptBadly', 'Café ☕ meeting', 'stressed'];
      if (i % 6 === 2) c.sleep = i % 10;
      if (i % 8 === 4) c.note = 'Sat too long; "quoted", and a comma\nand a second line';
      push('checkins', at, c);
    }
    for (const list of Object.values(months)) list.sort((a, b) => a.at - b.at);
    // Break records of every kind, in several months, some walks with credited seconds.
    /** @type {Outcome['kind'][]} */
    const kinds = ['due', 'shown', 'done', 'snoozed', 'skipped', 'natural', 'deferred'];
    for (let i = 0; i < 21; i++) {
      const at = now - (80 - i * 3.5) * DAY_MS;
      /** @type {Outcome} */
      const record = {
        nudge: /** @type {string} */ (['posture', 'stretch', 'walk', 'eye-rest'][i % 4]), // one of the four
        kind: /** @type {Outcome['kind']} */ (kinds[i % 7]), // one of the seven
        at,
      };
      if (record.nudge === 'walk' && (record.kind === 'done' || record.kind === 'natural')) record.creditedSec = 300;
      push('outcomes', at, record);
    }
    set.phq2 = [
      { id: 'rt-phq2-0001', at: now - 60 * DAY_MS, tzOffsetMin: tzAt(now - 60 * DAY_MS), interest: 2, down: 1 },
      { id: 'rt-phq2-0002', at: now - 20 * DAY_MS, tzOffsetMin: tzAt(now - 20 * DAY_MS), interest: 0, down: 1 },
    ];
    set.reflections = [
      { weekStart: '2026-09-07', enjoyment: 6, activity: 4 },
      { weekStart: '2026-10-12', enjoyment: 2, activity: 3 },
    ];
    // The activity log and older days' rollups, as a backup made three days ago holds
    // them: its fold point is the start of the local day ten days ago (where the worker
    // folded then, core/activity.ts fold), so its log still holds days the running
    // worker, which has folded since, keeps only in rollups. (The fold point kept from
    // the running worker's instead lost those days: core/import-merge.ts earlierFold.)
    const tenDaysAgo = new Date(now - 10 * DAY_MS);
    const foldedUntil = new Date(tenDaysAgo.getFullYear(), tenDaysAgo.getMonth(), tenDaysAgo.getDate()).getTime();
    set.activity = {
      log: [
        { at: foldedUntil - 20 * MINUTE_MS, state: 'active' },
        { at: foldedUntil + 9 * HOUR_MS, state: 'active', observed: true },
        { at: foldedUntil + 9 * HOUR_MS + 20 * MINUTE_MS, state: 'idle' },
        { at: foldedUntil + DAY_MS + 9 * HOUR_MS, state: 'active' },
        { at: foldedUntil + DAY_MS + 9 * HOUR_MS + 25 * MINUTE_MS, state: 'locked' },
        { at: now - 2 * DAY_MS, state: 'active' },
        { at: now - 2 * DAY_MS + 40 * MINUTE_MS, state: 'idle' },
      ],
      foldedUntil,
    };
    const hours = (/** @type {number} */ n) => Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 9 + n ? 42.5 : 0));
    set.rollups = [
      { day: '2026-08-14', activeMinByHour: hours(3) },
      { day: '2026-09-21', activeMinByHour: hours(6) },
      { day: '2026-11-02', activeMinByHour: hours(8) },
    ];
    await chrome.storage.local.set({ ...months, ...set });
  }, TIME_UNITS);
}

test('seed everything, export, delete everything, import: storage is identical but for the derived keys', async () => {
  const { page, errors } = await openPage(env, 'options.html');
  await page.waitForSelector('html[data-ready]');
  const reply = await page.evaluate(
    (patch) => chrome.runtime.sendMessage({ type: 'settings/update', patch }),
    SETTINGS_PATCH,
  );
  assert.equal(reply.ok, true, JSON.stringify(reply));
  await seedEverything(page);
  // Nothing is moving under the test: the worker's own writes have settled.
  await page.waitForTimeout(500);
  const seeded = kept(await readStorage(page));
  assert.deepEqual(
    Object.keys(seeded)
      .map((k) => k.replace(/:\d{4}-\d{2}$/, ':YYYY-MM'))
      .filter((k, i, all) => all.indexOf(k) === i),
    ['activity', 'checkins:YYYY-MM', 'outcomes:YYYY-MM', 'phq2', 'reflections', 'rollups', 'settings'],
  );
  assert.ok(Object.keys(seeded).filter((k) => k.startsWith('checkins:')).length >= 4, 'check-ins in four months');
  assert.ok(Object.keys(seeded).filter((k) => k.startsWith('outcomes:')).length >= 3, 'break records in three months');
  assert.deepEqual(seeded.settings?.hiddenMoves, ['chin-tuck', 'arm-cross']);

  // Export through the page's own button.
  const [download] = await Promise.all([
    page.waitForEvent('download').catch(async (e) => {
      const status = await page
        .locator('.card')
        .filter({ hasText: 'Full backup (JSON)' })
        .getByRole('status')
        .textContent();
      throw new Error(`no download; the page says "${status}"; storage keys ${Object.keys(await readStorage(page))}`, {
        cause: e,
      });
    }),
    page.getByRole('button', { name: 'Full backup (JSON)' }).click(),
  ]);
  const file = await download.path();
  const before = kept(await readStorage(page));
  assert.deepEqual(before, seeded, 'exporting changed nothing');

  // Delete everything through the page's own button. The worker keeps running: what it
  // observes from here on is new screen time, not part of the backup.
  const deletedAt = Date.now();
  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await page.getByRole('textbox', { name: 'Type DELETE to confirm.' }).fill('DELETE');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByText('Everything Limber stored has been deleted.').waitFor();
  const emptied = kept(await readStorage(page));
  for (const key of Object.keys(seeded)) {
    if (key !== 'settings' && key !== 'activity') assert.equal(emptied[key], undefined, `${key} was deleted`);
  }

  // Import through the page's own file chooser, preview and Import button.
  await page.getByLabel('Choose a file to import').setInputFiles(file);
  await page.getByTestId('import-preview').waitFor();
  await page.getByTestId('import-preview').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('backup-roundtrip-preview') });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const result = page.getByText(/Imported\./);
  await result.waitFor();
  assert.match((await result.textContent()) ?? '', /Imported\. 40 check-ins added; 0 check-ins were already here\./);
  await page.waitForTimeout(500);

  const restored = kept(await readStorage(page));
  assert.ok(restored.activity, 'the activity log is stored');
  const observedSince = restored.activity.log.filter((o) => o.at >= deletedAt);
  assert.ok(observedSince.length <= 3, `the worker observed ${observedSince.length} times since the delete`);
  restored.activity.log = restored.activity.log.filter((o) => o.at < deletedAt);
  assert.deepEqual(restored, before);
  assert.deepEqual(errors, []);
  await page.close();
});
