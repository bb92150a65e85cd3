// @ts-check
// The dark theme in Firefox: a launch pref (layout.css.prefers-color-scheme.content-override),
// so this file has a browser of its own. The popup and settings follow it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, luminance, openPage, pick, screenshotPath } from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;

before(async () => {
  env = await launch({ theme: 'dark' });
});

after(async () => {
  await env?.close();
});

/** @param {import('./harness.mjs').Page} page */
const colours = (page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, text: style.color };
  });

describe('dark theme in Firefox', () => {
  test('the popup is dark, its text light, with no console errors', async () => {
    const mark = env.mark();
    const page = await openPage(env, 'popup.html', 'html[data-hydrated]');
    await page.setViewport({ width: 360, height: 600 });
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
    const { background, text } = await colours(page);
    assert.ok(luminance(background) < 0.1, `dark background, got ${background}`);
    assert.ok(luminance(text) > 0.6, `light text, got ${text}`);
    await page.screenshot({ path: screenshotPath('firefox-popup-dark') });
    await pick(page, 'Very good');
    await pick(page, '1');
    await page.screenshot({ path: screenshotPath('firefox-popup-dark-chosen') });
    assert.deepEqual(await env.errorsSince(mark, page), []);
    await page.close();
  });

  test('settings are dark too', async () => {
    const mark = env.mark();
    const page = await openPage(env, 'options.html', 'html[data-ready]');
    await page.setViewport({ width: 900, height: 1000 });
    const { background, text } = await colours(page);
    assert.ok(luminance(background) < 0.1, `dark background, got ${background}`);
    assert.ok(luminance(text) > 0.6, `light text, got ${text}`);
    await page.screenshot({ path: screenshotPath('firefox-options-dark') });
    assert.deepEqual(await env.errorsSince(mark, page), []);
    await page.close();
  });
});
