// @ts-check
// `npm test`: every check Limber has, in order, ending with one line
// "N passed, N failed" that counts every test it ran (each check that is not a
// test suite counts as one test).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

/** @typedef {{ passed: number, failed: number }} Counts */
/** @typedef {Record<string, string>} Env */

/** @type {({ title: string } & Counts)[]} */
const results = [];
/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {Env} [env]
 */
const run = (cmd, args, env = {}) => {
  const child = spawnSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const output = `${child.stdout ?? ''}\n${child.stderr ?? ''}`;
  return { ok: child.status === 0, output };
};
/** @param {string} title */
const heading = (title) => console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`);

/**
 * A single check: passes when the command exits 0.
 * @param {string} title
 * @param {string} cmd
 * @param {string[]} args
 * @param {Env} [env]
 */
function check(title, cmd, args, env = {}) {
  heading(title);
  const { ok, output } = run(cmd, args, env);
  if (!ok) console.log(output.trim());
  console.log(ok ? `✔ ${title}` : `✖ ${title}`);
  results.push({ title, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

/**
 * A suite: its own counts, or one failure if it could not even report.
 * @param {string} title
 * @param {string} cmd
 * @param {string[]} args
 * @param {(output: string) => Counts | null} count
 * @param {Env} [env]
 */
function suite(title, cmd, args, count, env = {}) {
  heading(title);
  const { ok, output } = run(cmd, args, { FORCE_COLOR: '0', NO_COLOR: '1', ...env });
  console.log(output.trim());
  const counts = count(output);
  if (!counts) {
    results.push({ title, passed: 0, failed: 1 });
    return false;
  }
  if (!ok && counts.failed === 0) counts.failed = 1; // exited non-zero without a failing test: count it
  results.push({ title, ...counts });
  return ok;
}

mkdirSync('.output', { recursive: true });
check('type check (tsc)', 'npx', ['tsc', '--noEmit', '-p', '.']);
// The plain-JavaScript scripts, from their JSDoc (each starts with `// @ts-check`).
check('type check of scripts/*.mjs and bench/*.mjs (tsc, JSDoc)', 'npx', ['tsc', '-p', 'tsconfig.scripts.json']);
check('type check of tests/e2e*/*.mjs (tsc, JSDoc; tsconfig.e2e.json)', 'npx', ['tsc', '-p', 'tsconfig.e2e.json']);
check('lint and format (biome)', 'npx', ['biome', 'check', '.']);
// Unused files, exports and dependencies (knip.jsonc says what it is told to overlook, and why).
check('dead code (knip)', 'npx', ['knip', '--no-progress']);
// No outcome may depend on the machine's zone: the unit suite runs in three, one of
// them with a 45-minute offset and DST (Chatham: +12:45 / +13:45).
const E2E_ZONE = process.env.LIMBER_E2E_TZ ?? 'America/St_Johns';
const UNIT_ZONES = ['UTC', 'Asia/Kolkata', 'Pacific/Chatham'];
for (const zone of UNIT_ZONES) {
  rmSync('.output/vitest.json', { force: true }); // never count an earlier zone's report
  suite(
    `unit and component tests (vitest, TZ=${zone})`,
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.output/vitest.json'],
    () => {
      try {
        const report = JSON.parse(readFileSync('.output/vitest.json', 'utf8'));
        return {
          passed: report.numPassedTests,
          failed:
            report.numFailedTests +
            (report.numTotalTestSuites && !report.success && report.numFailedTests === 0 ? 1 : 0),
        };
      } catch {
        return null;
      }
    },
    { TZ: zone },
  );
}
const chromeBuilt = check('build for Chrome (wxt build)', 'npx', ['wxt', 'build']);
// The same extension with a 60× clock, only for the end-to-end tests of the break engine.
const fastBuilt = check('build for end-to-end tests with a 60× clock', 'npx', ['wxt', 'build'], {
  WXT_TIME_SCALE: '60',
  LIMBER_OUT_DIR: `${process.env.LIMBER_OUT_DIR ?? '.output'}-fast`,
});
const firefoxBuilt = check('build for Firefox (wxt build -b firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
// Its Firefox twin, for the Firefox suite's alarm test (beside the Chrome one in the same folder).
const firefoxFastBuilt = check(
  'build for Firefox end-to-end tests with a 60× clock',
  'npx',
  ['wxt', 'build', '-b', 'firefox'],
  { WXT_TIME_SCALE: '60', LIMBER_OUT_DIR: `${process.env.LIMBER_OUT_DIR ?? '.output'}-fast` },
);
if (firefoxBuilt) {
  suite(
    'web-ext lint of the Firefox build',
    'npx',
    ['web-ext', 'lint', '-s', `${process.env.LIMBER_OUT_DIR ?? '.output'}/firefox-mv3`, '--output', 'json'],
    (output) => {
      // npm may print warnings around it: the report is the one JSON line.
      const line = output.split('\n').find((l) => l.startsWith('{') && l.includes('"errors"'));
      try {
        const report = JSON.parse(line ?? '');
        for (const w of report.warnings ?? []) console.log(`warning: ${w.code}: ${w.message} (${w.file ?? ''})`);
        for (const e of report.errors ?? []) console.log(`ERROR: ${e.code}: ${e.message} (${e.file ?? ''})`);
        return report.errors.length === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
      } catch {
        return null;
      }
    },
  );
} else {
  results.push({ title: 'web-ext lint', passed: 0, failed: 1 });
}
/**
 * node's test runner's own totals (spec reporter): `ℹ pass N` and `ℹ fail N`.
 * @param {string} output
 * @returns {Counts | null}
 */
const nodeTestCounts = (output) => {
  const pass = output.match(/^ℹ pass (\d+)$/m);
  const fail = output.match(/^ℹ fail (\d+)$/m);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : null;
};
if (chromeBuilt && fastBuilt) {
  suite(
    'end to end in Chromium (playwright-core)',
    'node',
    ['--test', '--test-reporter=spec', 'tests/e2e/'],
    nodeTestCounts,
    // Not UTC, and with DST and a half-hour offset (UTC-3:30 / -2:30): the browsers inherit it.
    { TZ: E2E_ZONE },
  );
} else {
  results.push({ title: 'end to end', passed: 0, failed: 1 });
}
if (firefoxBuilt && firefoxFastBuilt) {
  // Two files at a time: the alarm test mostly waits for its alarm, and each file
  // spends seconds starting its own Firefox (tests/e2e-firefox/harness.mjs).
  suite(
    'end to end in Firefox (puppeteer-core)',
    'node',
    ['--test', '--test-concurrency=2', '--test-reporter=spec', 'tests/e2e-firefox/'],
    nodeTestCounts,
    { TZ: E2E_ZONE },
  );
} else {
  results.push({ title: 'end to end in Firefox', passed: 0, failed: 1 });
}

heading('summary');
for (const r of results) console.log(`${r.failed ? '✖' : '✔'} ${r.title}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
