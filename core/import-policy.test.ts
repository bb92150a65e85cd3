import { describe, expect, it } from 'vitest';
import {
  alreadyHereOf,
  type ImportAction,
  type ImportEvent,
  type ImportRun,
  nextImportAction,
  type RecordsWritten,
  settingsToApply,
  startImport,
} from './import-policy';
import type { RestoreData, RestorePreview } from './restore';
import { DEFAULT_SETTINGS, type SettingsV1 } from './settings';

const fileSettings: SettingsV1 = { ...DEFAULT_SETTINGS, snoozeMin: 9 };
const current: SettingsV1 = { ...DEFAULT_SETTINGS, snoozeMin: 5 };
const storageFailure = { kind: 'storage', detail: 'quota' } as const;
const counts = { added: 3, alreadyHere: 2, conflicts: 1 };
const added = { phq2: 1, reflections: 0, outcomes: 4, rollups: 0, activity: 0 };
const written: RecordsWritten = { ok: true, checkIns: counts, added };
const damaged: RecordsWritten = { ok: false, error: { kind: 'damaged', months: ['2026-10'] } };
const failed: RecordsWritten = { ok: false, error: storageFailure };

describe('settingsToApply', () => {
  it.each<[string, RestorePreview['settings'], RestoreData['settings'], SettingsV1 | null]>([
    ['changed and valid', 'changed', { ok: true, value: fileSettings }, fileSettings],
    ['the same as now', 'same', { ok: true, value: fileSettings }, null],
    ['invalid', 'invalid', { ok: false, problems: [] }, null],
    ['none in the file', 'none', undefined, null],
  ])('%s → %s', (_, preview, settings, expected) => {
    expect(settingsToApply({ settings }, { settings: preview })).toEqual(expected);
  });
});

describe('alreadyHereOf', () => {
  it.each([
    [{ added: 5, alreadyHere: 0, conflicts: 0 }, 0],
    [{ added: 0, alreadyHere: 2, conflicts: 0 }, 2],
    // A stored check-in with the same id is kept, whether or not it matches.
    [{ added: 0, alreadyHere: 2, conflicts: 3 }, 5],
  ])('%j → %i already here', (merge, expected) => {
    expect(alreadyHereOf(merge)).toBe(expected);
  });
});

/** Runs the policy over scripted results: the actions it asks for, in order. */
function script(withSettings: boolean, results: readonly ImportEvent[]): ImportAction[] {
  let { run, action }: { run: ImportRun; action: ImportAction } = startImport(
    { settings: { ok: true, value: fileSettings } },
    { settings: withSettings ? 'changed' : 'same' },
  );
  const actions = [action];
  for (const event of results) {
    if (action.do === 'end') break;
    ({ run, action } = nextImportAction(run, event));
    actions.push(action);
  }
  return actions;
}

const saved = (ok: boolean): ImportEvent => ({
  type: 'settingsSaved',
  reply: ok ? { ok: true } : { ok: false, error: { kind: 'invalidSettings', problems: [] } },
  previous: current,
});
const wrote = (result: RecordsWritten): ImportEvent => ({ type: 'recordsWritten', result });
const repaired = (ok: boolean): ImportEvent => ({
  type: 'monthsRepaired',
  reply: ok ? { ok: true } : { ok: false, error: storageFailure },
});
const done = (settings: boolean): ImportAction => ({
  do: 'end',
  end: { ok: true, added: 3, alreadyHere: 3, restored: added, settings },
  putBack: null,
});

describe('the import policy', () => {
  it.each<[string, boolean, ImportEvent[], ImportAction[]]>([
    ['records only', false, [wrote(written)], [{ do: 'writeRecords' }, done(false)]],
    [
      'settings first, then the records',
      true,
      [saved(true), wrote(written)],
      [{ do: 'saveSettings', settings: fileSettings }, { do: 'writeRecords' }, done(true)],
    ],
    [
      'settings refused: nothing else is written, nothing put back',
      true,
      [saved(false)],
      [
        { do: 'saveSettings', settings: fileSettings },
        {
          do: 'end',
          end: { ok: false, error: { kind: 'settingsRefused', failure: { kind: 'invalidSettings', problems: [] } } },
          putBack: null,
        },
      ],
    ],
    [
      'the records fail: the settings go back',
      true,
      [saved(true), wrote(failed)],
      [
        { do: 'saveSettings', settings: fileSettings },
        { do: 'writeRecords' },
        { do: 'end', end: { ok: false, error: { kind: 'failed', failure: storageFailure } }, putBack: current },
      ],
    ],
    [
      'a damaged month: repaired, then the write tried again',
      false,
      [wrote(damaged), repaired(true), wrote(written)],
      [{ do: 'writeRecords' }, { do: 'repairMonths', months: ['2026-10'] }, { do: 'writeRecords' }, done(false)],
    ],
    [
      'still damaged after a repair: no third try, the settings go back',
      true,
      [saved(true), wrote(damaged), repaired(true), wrote(damaged)],
      [
        { do: 'saveSettings', settings: fileSettings },
        { do: 'writeRecords' },
        { do: 'repairMonths', months: ['2026-10'] },
        { do: 'writeRecords' },
        { do: 'end', end: { ok: false, error: { kind: 'damaged', months: ['2026-10'] } }, putBack: current },
      ],
    ],
    [
      'the repair refused',
      false,
      [wrote(damaged), repaired(false)],
      [
        { do: 'writeRecords' },
        { do: 'repairMonths', months: ['2026-10'] },
        { do: 'end', end: { ok: false, error: { kind: 'failed', failure: storageFailure } }, putBack: null },
      ],
    ],
  ])('%s', (_, withSettings, events, expected) => {
    expect(script(withSettings, events)).toEqual(expected);
  });
});
