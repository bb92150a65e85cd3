// @ts-check
// The harness's reading of Firefox's stdout, on lines Firefox 153 wrote in this suite's runs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BASE, extensionErrors } from './harness.mjs';

const RS_LOADER = [
  'console.error: RSLoader: ',
  '  Failed to retrieve recipes from Remote Settings',
  '  Message: Error: Could not sync nimbus-desktop-experiments: get-exception',
  '  Stack:',
  '    RemoteSettingsSyncError@resource://nimbus/lib/RemoteSettingsExperimentLoader.sys.mjs:1570:5',
  'getRecipesFromCollection@resource://nimbus/lib/RemoteSettingsExperimentLoader.sys.mjs:824:13',
];

describe('extensionErrors (Firefox stdout)', () => {
  const cases = [
    { name: "a page's console.error", lines: ['console.error: "Save failed"'], errors: 1 },
    {
      name: 'an uncaught exception in a page',
      lines: [`JavaScript error: ${BASE}/popup.html, line 1: Error: x`],
      errors: 1,
    },
    {
      name: 'an exception in the background, with its continuation',
      lines: [`JavaScript error: ${BASE}/background.js, line 2: TypeError: y`, '  more'],
      errors: 1,
    },
    { name: "Firefox's remote-settings loader", lines: RS_LOADER, errors: 0 },
    {
      name: "Firefox's own exceptions",
      lines: ['JavaScript error: resource://gre/modules/PrivateBrowsingUtils.sys.mjs, line 50: TypeError: z'],
      errors: 0,
    },
    {
      name: 'console.log and other output',
      lines: ['console.log: "limber-e2e-sentinel-1"', '*** You are running in headless mode.'],
      errors: 0,
    },
    {
      name: "a prefixed error naming Limber's code",
      lines: ['console.error: X: ', `  at f@${BASE}/chunks/a.js:1:2`],
      errors: 1,
    },
  ];
  for (const { name, lines, errors } of cases) {
    test(`${name}: ${errors} error(s)`, () => {
      assert.equal(extensionErrors(lines).length, errors);
    });
  }

  test("an error of Limber's after Firefox's own is found whole", () => {
    assert.deepEqual(extensionErrors([...RS_LOADER, 'console.error: "mine"', '  second line']), [
      'console.error: "mine"\n  second line',
    ]);
  });
});
