// @ts-check
// "Delete everything" racing a save of every kind, in real Chromium with the built
// extension (issue 11: with delete not taking the `phq2` and `reflections` locks, 200
// rounds brought back 4 PHQ-2 results and 5 reflections).
//
// Each round, from extension pages: first a check-in, a PHQ-2 self-check, a weekly
// reflection, a settings change and a break taken now are saved and answered (set
// "before"); then "delete everything" is sent, by the same message the options page
// sends, together with one more save of each kind (set "racing"), in an order that
// changes from round to round. A record is resurrected when it was saved before the
// delete began (any "before" record, or anything from an earlier round) and is still
// stored after the delete has answered. A racing save may stay: it may have started
// after the delete finished. Storage is checked when the delete answers and again once
// every racing save has answered, since a late write could bring old records back.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TIME_UNITS } from '../time-units.mjs';
import { launch, openPage } from './harness.mjs';

const ROUNDS = 200;
const BATCH = 50;

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

/** @typedef {import('./harness.mjs').CheckIn} CheckIn */
/** @typedef {import('./harness.mjs').Outcome} Outcome */
/** @typedef {import('@/core/messages.ts').Reply | { ok: false, error: string }} Answer a reply, or the failure to send */

/**
 * Runs rounds `from`…`to - 1` in `page`; returns what each round found resurrected.
 * @param {import('./harness.mjs').Page} deletePage
 * @param {import('./harness.mjs').Page} savePage
 * @param {number} from
 * @param {number} to
 */
function runRounds(deletePage, savePage, from, to) {
  // The racing saves go from a second page, so two extension pages and the worker race.
  return Promise.all([
    deletePage.evaluate(
      async ({ from, to, units: { DAY_MS } }) => {
        /**
         * @param {{ type: string } & Record<string, unknown>} request
         * @returns {Promise<Answer>}
         */
        const ask = (request) =>
          chrome.runtime
            .sendMessage(request)
            .catch((/** @type {unknown} */ error) => ({ ok: false, error: String(error) }));
        const channel = new BroadcastChannel('delete-race');
        const tz = -new Date().getTimezoneOffset();
        // A PHQ-2 is refused within 14 days of the last one: date every one three weeks back.
        const phq2 = (/** @type {string} */ id) => ({
          id,
          at: Date.now() - 21 * DAY_MS,
          tzOffsetMin: tz,
          interest: 1,
          down: 2,
        });
        const checkIn = (/** @type {string} */ id) => ({
          id,
          at: Date.now(),
          tzOffsetMin: tz,
          mood: 3,
          pain: 4,
          source: 'popup',
        });
        const saves = (/** @type {string} */ tag) => [
          { type: 'checkin/add', checkIn: checkIn(`race-${tag}`) },
          { type: 'phq2/add', result: phq2(`race-${tag}`) },
          // "before" reflections are for one week, racing ones for another.
          {
            type: 'reflection/save',
            reflection: { weekStart: tag.endsWith('a') ? '2026-11-16' : '2026-11-23', enjoyment: 2, activity: 3 },
          },
          // A "before" change sets snoozeMin to 7 (default 5); a racing one changes walkGoalMin.
          { type: 'settings/update', patch: tag.endsWith('a') ? { snoozeMin: 7 } : { walkGoalMin: 25 } },
          { type: 'engine/takeBreakNow', nudge: tag.endsWith('a') ? 'posture' : 'walk' },
        ];
        /**
         * What survives that should not: every record saved before `startedAt`, by kind.
         * @param {import('./harness.mjs').Stored} all
         * @param {number} round
         * @param {number} startedAt
         */
        const resurrected = (all, round, startedAt) => {
          /** @type {string[]} */
          const found = [];
          const racingId = `race-r${round}b`;
          for (const [key, value] of Object.entries(all)) {
            // The key says what its value is.
            if (/^checkins:/.test(key))
              for (const c of /** @type {CheckIn[]} */ (value)) if (c.id !== racingId) found.push(`check-in ${c.id}`);
            if (/^outcomes:/.test(key))
              for (const o of /** @type {Outcome[]} */ (value))
                if (o.at < startedAt) found.push(`break record ${o.nudge} ${o.kind} at ${o.at}`);
          }
          for (const p of all.phq2 ?? []) if (p.id !== racingId) found.push(`PHQ-2 ${p.id}`);
          for (const r of all.reflections ?? [])
            if (r.weekStart === '2026-11-16') found.push(`reflection ${r.weekStart}`);
          if (all.settings && all.settings.snoozeMin === 7) found.push('settings (snoozeMin 7)');
          return found;
        };
        // The other page listens before the first round starts.
        await /** @type {Promise<void>} */ (
          new Promise((resolve) => {
            channel.onmessage = (event) => event.data === 'ready' && resolve();
          })
        );
        const rounds = [];
        for (let round = from; round < to; round++) {
          const saved = await Promise.all(saves(`r${round}a`).map(ask));
          if (!saved.every((reply) => reply?.ok))
            throw new Error(`round ${round}: a save failed: ${JSON.stringify(saved)}`);
          const startedAt = Date.now();
          // Racing saves from the other page: before the delete, just after, or a moment after.
          const racing = new Promise((resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error(`round ${round}: the racing saves never answered`)),
              10_000,
            );
            channel.onmessage = (event) => {
              clearTimeout(timer);
              resolve(event.data);
            };
          });
          const order = round % 3;
          if (order === 0) channel.postMessage({ round, tag: `r${round}b` });
          const deleted = ask({ type: 'data/deleteAll' });
          if (order === 1) channel.postMessage({ round, tag: `r${round}b` });
          if (order === 2) setTimeout(() => channel.postMessage({ round, tag: `r${round}b` }), round % 7);
          const reply = await deleted;
          if (!reply?.ok) throw new Error(`round ${round}: delete failed: ${JSON.stringify(reply)}`);
          const atDelete = resurrected(await chrome.storage.local.get(null), round, startedAt);
          await racing;
          const settled = resurrected(await chrome.storage.local.get(null), round, startedAt);
          // What a racing save left is "before" for the next round.
          rounds.push({ round, atDelete, settled });
        }
        channel.close();
        return rounds;
      },
      { from, to, units: TIME_UNITS },
    ),
    savePage.evaluate(
      async ({ from, to, units: { DAY_MS } }) => {
        /**
         * @param {{ type: string } & Record<string, unknown>} request
         * @returns {Promise<Answer>}
         */
        const ask = (request) =>
          chrome.runtime
            .sendMessage(request)
            .catch((/** @type {unknown} */ error) => ({ ok: false, error: String(error) }));
        const channel = new BroadcastChannel('delete-race');
        const tz = -new Date().getTimezoneOffset();
        let done = from;
        await /** @type {Promise<void>} */ (
          new Promise((resolve) => {
            channel.onmessage = async ({ data: { tag } }) => {
              const replies = await Promise.all(
                [
                  {
                    type: 'checkin/add',
                    checkIn: { id: `race-${tag}`, at: Date.now(), tzOffsetMin: tz, mood: 3, pain: 4, source: 'popup' },
                  },
                  {
                    type: 'phq2/add',
                    result: { id: `race-${tag}`, at: Date.now() - 21 * DAY_MS, tzOffsetMin: tz, interest: 1, down: 2 },
                  },
                  { type: 'reflection/save', reflection: { weekStart: '2026-11-23', enjoyment: 2, activity: 3 } },
                  { type: 'settings/update', patch: { walkGoalMin: 25 } },
                  { type: 'engine/takeBreakNow', nudge: 'walk' },
                ].map(ask),
              );
              channel.postMessage(replies);
              done += 1;
              if (done === to) resolve();
            };
            channel.postMessage('ready');
          })
        );
        channel.close();
      },
      { from, to, units: TIME_UNITS },
    ),
  ]).then(([rounds]) => rounds);
}

test(`delete everything racing a save of every kind brings nothing back (${ROUNDS} rounds)`, {
  timeout: 180_000,
}, async () => {
  const { page: deletePage, errors: deleteErrors } = await openPage(env, 'options.html');
  await deletePage.waitForSelector('html[data-ready]');
  const { page: savePage, errors: saveErrors } = await openPage(env, 'help.html');
  const found = [];
  for (let from = 0; from < ROUNDS; from += BATCH) {
    for (const { round, atDelete, settled } of await runRounds(deletePage, savePage, from, from + BATCH)) {
      if (atDelete.length) found.push(`round ${round}, when the delete answered: ${atDelete.join(', ')}`);
      if (settled.length) found.push(`round ${round}, once every save answered: ${settled.join(', ')}`);
    }
  }
  assert.deepEqual(found, [], 'records saved before "delete everything" came back');
  assert.deepEqual([...deleteErrors, ...saveErrors], []);
});
