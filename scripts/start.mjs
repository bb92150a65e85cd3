// @ts-check
// `npm start`: build Limber and open Chromium or Chrome with it loaded, in a fresh
// profile. CHROME_PATH picks the browser. Without a display or a browser it says so
// and how to load the built folder by hand, instead of failing obscurely.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dir = resolve('.output/chrome-mv3');
const byHand = `
To load it by hand:
  Chrome / Edge: open chrome://extensions, turn on Developer mode, click "Load unpacked" and choose
    ${dir}
  Firefox: run "npm run build:firefox", open about:debugging#/runtime/this-firefox, click
    "Load Temporary Add-on…" and choose ${resolve('.output/firefox-mv3/manifest.json')}`;

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(/** @returns {path is string} */ (path) => Boolean(path));
const browser = candidates.find((path) => existsSync(path));
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

if (process.env.CHROME_PATH && browser !== process.env.CHROME_PATH) {
  console.log(
    `\nLimber is built, but CHROME_PATH (${process.env.CHROME_PATH}) is not a browser on this machine.${byHand}`,
  );
  process.exit(1);
}
if (!browser) {
  console.log(`\nLimber is built, but no Chromium or Chrome was found (set CHROME_PATH to one).${byHand}`);
  process.exit(1);
}
if (headless) {
  console.log(`\nLimber is built, but there is no display here to open a browser window on.${byHand}`);
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'limber-profile-'));
console.log(`\nOpening ${browser} with Limber loaded (fresh profile in ${profile}).`);
console.log('Pin Limber from the puzzle-piece menu, then click its icon to check in.');
spawn(
  browser,
  [`--user-data-dir=${profile}`, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-first-run'],
  { stdio: 'ignore', detached: true },
).unref();
