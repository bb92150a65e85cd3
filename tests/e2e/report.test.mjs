// @ts-check
// The clinician report fits the data (issue 15 item 8), in real Chromium with the
// built extension: its default dates are the diary's own span up to 90 days, an empty
// diary says so, a name typed for the print is printed and never stored, dates never
// wrap at 360 px, page numbers are drawn in the page margin, and the popup and the
// history page both lead to it (and the history page to help, at its top).
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is the text as a reader sees it
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  axeViolations,
  FIXED_NOW,
  fixClock,
  launch,
  localDateInput,
  openPage,
  readStorage,
  screenshotPath,
} from './harness.mjs';

/** @type {import('./harness.mjs').Env} */
let env;

before(async () => {
  env = await launch();
  await fixClock(env, FIXED_NOW);
});

after(async () => {
  const foreign = env.foreignRequests();
  await env.close();
  assert.deepEqual(foreign, [], 'the extension made requests outside its own pages');
});

/**
 * The local date `d` days before FIXED_NOW's, as a date input shows it.
 * @param {number} d
 */
const daysAgo = (d) => {
  const now = new Date(FIXED_NOW);
  return localDateInput(new Date(now.getFullYear(), now.getMonth(), now.getDate() - d, 12).getTime());
};

/**
 * Replaces everything stored with one check-in a day at 07:00 local (before the pages'
 * fixed 07:30) on each of the last `days` days, today included, each with its zone's
 * offset at that instant; a note every fifth day and a PHQ-2 yesterday.
 * @param {number} days
 */
async function seed(days) {
  const { page } = await openPage(env, 'options.html');
  await page.evaluate(async (days) => {
    await chrome.storage.local.clear();
    const now = new Date();
    /** @type {Record<string, unknown[]>} */
    const months = {};
    for (let d = days - 1; d >= 0; d--) {
      const local = new Date(now.getFullYear(), now.getMonth(), now.getDate() - d, 7, 0);
      const key = `checkins:${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}`;
      /** @type {{ id: string, at: number, tzOffsetMin: number, mood: number, pain: number, source: string, note?: string }} */
      const checkIn = {
        id: `seed${String(d).padStart(6, '0')}`,
        at: local.getTime(),
        tzOffsetMin: -local.getTimezoneOffset(),
        mood: 1 + (d % 5),
        pain: d % 8,
        source: 'popup',
      };
      if (d % 5 === 0) checkIn.note = 'Stiff after a long meeting at the standing desk.';
      if (!months[key]) months[key] = [];
      months[key].push(checkIn);
    }
    const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 18, 0);
    months.phq2 = [
      {
        id: 'phq2seed0001',
        at: yesterday.getTime(),
        tzOffsetMin: -yesterday.getTimezoneOffset(),
        interest: 1,
        down: 1,
      },
    ];
    await chrome.storage.local.set(months);
  }, days);
  await page.close();
}

async function openReport() {
  const opened = await openPage(env, 'report.html');
  await opened.page.waitForSelector('html[data-ready]');
  return opened;
}

const summaryText = (/** @type {import('./harness.mjs').Page} */ page) =>
  page.getByRole('table', { name: 'Summary of these dates' }).innerText();

describe('the report’s default dates', () => {
  test('20 days logged: the report starts at the first day', async () => {
    await seed(20);
    const { page, errors } = await openReport();
    assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), daysAgo(19));
    assert.equal(await page.getByLabel('To', { exact: true }).inputValue(), daysAgo(0));
    assert.match(await summaryText(page), /Days with a check-in\s+20 days of 20/);
    assert.match(await page.locator('.range-note').innerText(), /from your first check-in to today/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('200 days logged: the last 90, and the page says the diary goes back further', async () => {
    await seed(200);
    const { page, errors } = await openReport();
    assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), daysAgo(89));
    assert.match(await summaryText(page), /Days with a check-in\s+90 days of 90/);
    assert.match(await page.locator('.range-note').innerText(), /the last 90 days\. Your diary goes back to/);
    // Still changeable: an earlier From brings in more days.
    await page.getByLabel('From', { exact: true }).fill(daysAgo(119));
    await page.getByLabel('From', { exact: true }).dispatchEvent('change');
    await page.waitForSelector('html[data-ready]');
    assert.match(await summaryText(page), /Days with a check-in\s+120 days of 120/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('nothing logged: says so plainly, with no empty charts, and help stays', async () => {
    const { page: blank } = await openPage(env, 'options.html');
    await blank.evaluate(() => chrome.storage.local.clear());
    await blank.close();
    const { page, errors } = await openReport();
    assert.equal(await page.getByRole('heading', { level: 1, name: 'Pain and mood diary' }).count(), 1);
    assert.match(await page.getByRole('status').innerText(), /^Nothing is logged yet, so there is no report to make/);
    assert.equal(await page.locator('figure').count(), 0);
    assert.equal(await page.getByRole('table').count(), 0);
    assert.equal(await page.locator('.crisis-line').count(), 1);
    for (const scheme of /** @type {const} */ (['light', 'dark'])) {
      await page.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await axeViolations(page), [], `axe, empty report, ${scheme}`);
      await page.screenshot({ path: screenshotPath(`report-empty-${scheme}`), fullPage: true });
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('the printed report', () => {
  test('a name typed for the print is printed, never stored nor put in the address', async () => {
    await seed(20);
    const { page, errors } = await openReport();
    const before = await readStorage(page);
    await page.getByLabel('Name on the report (optional)').fill('Ada Lovelace');
    assert.equal(await page.locator('.report-name').innerText(), 'Name: Ada Lovelace');
    await page.getByRole('checkbox', { name: 'Include notes' }).check();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.report-name').isVisible(), true);
    assert.equal(await page.locator('.report-controls').isVisible(), false, 'the controls are not printed');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await readStorage(page), before, 'storage is unchanged');
    assert.doesNotMatch(JSON.stringify(await readStorage(page)), /Lovelace/);
    assert.doesNotMatch(page.url(), /Lovelace/);
    // A new page starts without it.
    const { page: again } = await openReport();
    assert.equal(await again.getByLabel('Name on the report (optional)').inputValue(), '');
    assert.equal(await again.locator('.report-name').count(), 0);
    await again.close();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('page numbers in the page margin, and a PDF', async () => {
    await seed(60);
    const { page, errors } = await openReport();
    // Chromium keeps a page-margin rule only if it draws it (Chromium 131 and later).
    const margin = await page.evaluate(() => {
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (!(rule instanceof CSSPageRule)) continue;
          for (const inner of /** @type {Iterable<CSSRule>} */ (rule.cssRules ?? [])) {
            // A margin rule (@bottom-right): CSSMarginRule, not in TypeScript's DOM types yet.
            const margin = /** @type {CSSRule & { name: string, style: CSSStyleDeclaration }} */ (inner);
            if (margin.name === 'bottom-right') return margin.style.getPropertyValue('content');
          }
        }
      }
      return null;
    });
    assert.equal(margin, 'counter(page) " / " counter(pages)');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', path: screenshotPath('report-fit').replace(/\.png$/, '.pdf') });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.ok((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length >= 2, 'more than one page');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('dates never wrap at 360 px; screenshots light and dark at 360 and 1280 px; axe', async () => {
    await seed(45);
    const { page, errors } = await openReport();
    await page.getByLabel('Name on the report (optional)').fill('Ada Lovelace');
    await page.getByRole('checkbox', { name: 'Include notes' }).check();
    await page.getByRole('table', { name: /Check-ins with a note/ }).waitFor();
    assert.equal(
      await page
        .getByRole('table', { name: /PHQ-2 answers/ })
        .locator('tbody tr')
        .count(),
      1,
    );
    await page.setViewportSize({ width: 360, height: 800 });
    // Every date, in the header and in each table's first column, is on one line; a
    // date and time (PHQ-2, notes) may break only at the ordinary space between them.
    const wrapped = await page.evaluate(() => {
      /** @type {(node: Node, start: number, end: number) => number} */
      const lines = (node, start, end) => {
        const r = document.createRange();
        r.setStart(node, start);
        r.setEnd(node, end);
        return new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top))).size;
      };
      const cells = [
        ...document.querySelectorAll('.report .date'),
        ...document.querySelectorAll('.report table.data tbody th[scope="row"]'),
      ].filter((el) => !/^Summary/.test(el.closest('table')?.caption?.textContent ?? ''));
      const broken = [];
      for (const el of cells) {
        const text = el.firstChild;
        const content = text?.textContent;
        // A date cell with no text of its own is a fault too: said, not skipped.
        if (!text || !content) {
          broken.push(`(no text in ${el.outerHTML})`);
          continue;
        }
        const isDateTime = content.includes(' ') && el.tagName === 'TH';
        const parts = isDateTime ? content.split(' ') : [content];
        let at = 0;
        for (const part of parts) {
          if (lines(text, at, at + part.length) > 1) broken.push(part);
          at += part.length + 1;
        }
      }
      return { count: cells.length, broken };
    });
    assert.ok(wrapped.count >= 10, `dates found: ${wrapped.count}`);
    assert.deepEqual(wrapped.broken, []);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'no sideways scroll at 360 px',
    );
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const scheme of /** @type {const} */ (['light', 'dark'])) {
        await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
        assert.deepEqual(await axeViolations(page), [], `axe at ${width} px, ${scheme}`);
        await page.screenshot({ path: screenshotPath(`report-fit-${width}-${scheme}`), fullPage: true });
      }
    }
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    await page.screenshot({ path: screenshotPath('report-fit-print'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('the way to the report, and to help', () => {
  test('the popup’s footer has "Make a report"', async () => {
    const { page, errors } = await openPage(env, 'popup.html');
    const link = page.locator('footer').getByRole('link', { name: 'Make a report' });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), '/report.html');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the history page has "Need help now?" at its top, before the charts, and it goes to the help page', async () => {
    await seed(20);
    const { page, errors } = await openPage(env, 'journal.html');
    await page.waitForSelector('html[data-ready]');
    const help = page.locator('header.page-head').getByRole('link', { name: 'Need help now?' });
    assert.equal(await help.count(), 1);
    const before = await page.evaluate(() => {
      const link = document.querySelector('header.page-head a');
      const chart = document.querySelector('figure[data-chart="together"]');
      if (!link || !chart) return false;
      return Boolean(link.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.equal(before, true, 'the link comes before the together chart');
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const box = await help.boundingBox();
      assert.ok(box && box.y < 200, `in view at the top at ${width} px (y ${box?.y})`);
      await page.screenshot({ path: screenshotPath(`history-head-${width}`) });
    }
    await help.click();
    await page.waitForURL(/\/help\.html$/);
    await page.getByRole('heading', { name: 'Need help now?' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
