// The options page's import: a Limber backup, a Limber CSV or a Daylio export read and
// validated once for its preview (with a Daylio file's choices), then written all or
// nothing in core/import-policy.ts's order (utils/import-runner.ts).
import { i18n } from '#i18n';
import { decodeImportBytes, IMPORT_MAX_BYTES, parseImport } from '@/core/import';
import type { DaylioMoodChoice } from '@/core/import-daylio';
import { startImport } from '@/core/import-policy';
import { previewRestore, readRestore } from '@/core/restore';
import { describeFailure } from '@/utils/describe-failure';
import { describeImportProblem } from '@/utils/describe-import-problem';
import { describeRestoreProblem } from '@/utils/describe-restore-problem';
import { runImport } from '@/utils/import-runner';
import { readStoredIdentities, writeImport } from '@/utils/import-writer';
import { readSettings } from '@/utils/settings-store';
import { localOffsetMin } from '@/utils/time-zone';
import type { OptionsActions, OptionsDeps } from './actions';
import { settingsWatchOf } from './settings-actions';
import { stepTimer } from './step-timer';
import type { DaylioChoices, OptionsStore } from './store';

/** A Daylio file's choices before the person makes any: Daylio's own moods, activities as tags. */
const FIRST_CHOICES = { mapping: {}, activities: 'tags' } as const satisfies Pick<
  DaylioChoices,
  'mapping' | 'activities'
>;

/** The file read as core/import.ts reads it, with a Daylio file's choices (none yet: the first ones). */
function readFile(
  text: string,
  fileName: string,
  existingIds: ReadonlySet<string>,
  now: number,
  onStep?: (step: 'parse' | 'validate') => void,
  choices: Pick<DaylioChoices, 'mapping' | 'activities'> = FIRST_CHOICES,
) {
  return parseImport(text, fileName, existingIds, {
    ...(onStep ? { onStep } : {}),
    now,
    daylio: {
      ...choices,
      // Daylio's times carry no offset: the machine's zone at each one.
      offsetAt: localOffsetMin,
      activitiesLabel: i18n.t('data.import.daylio.activities'),
    },
  });
}

/** `dropPendingSave`: the settings actions' own, called when the file's settings replace the page's. */
export function createImportActions(
  store: OptionsStore,
  deps: Pick<OptionsDeps, 'send' | 'now'>,
  dropPendingSave: () => void,
): Pick<OptionsActions, 'chooseImport' | 'chooseDaylio' | 'confirmImport' | 'cancelImport'> {
  async function chooseImport(file: File) {
    const fileName = file.name;
    // Refuse a huge file before reading it into memory.
    if (file.size > IMPORT_MAX_BYTES) {
      const lines = [describeImportProblem({ kind: 'tooLarge', maxBytes: IMPORT_MAX_BYTES })];
      store.importState.value = { kind: 'problems', fileName, lines };
      return;
    }
    store.importState.value = { kind: 'reading', fileName };
    const steps = stepTimer('limber:import-read');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      store.importState.value = { kind: 'problems', fileName, lines: [i18n.t('data.import.unreadable')] };
      return;
    }
    // Not UTF-8 (a file saved as Windows-1252, say): refused with the line, never read as "caf\uFFFD".
    const decoded = decodeImportBytes(bytes);
    if (!decoded.ok) {
      store.importState.value = { kind: 'problems', fileName, lines: decoded.problems.map(describeImportProblem) };
      return;
    }
    const { text } = decoded;
    steps.step('read');
    const here = await readStoredIdentities();
    const { settings } = await readSettings();
    steps.step('here');
    // Read and validated once: the preview's records are the ones written on Import.
    const now = deps.now();
    const result = readFile(text, fileName, here.checkIns, now, steps.step);
    if (!result.ok) {
      store.importState.value = { kind: 'problems', fileName, lines: result.problems.map(describeImportProblem) };
      return;
    }
    const restore = readRestore(result.value, now);
    steps.step('restore');
    if (!restore.ok) {
      store.importState.value = { kind: 'problems', fileName, lines: restore.problems.map(describeRestoreProblem) };
      return;
    }
    const restorePreview = previewRestore(restore.value, here.records, settings);
    steps.step('preview');
    steps.done();
    const ready = { fileName, data: result.value, restore: restore.value, restorePreview };
    store.importState.value =
      result.value.fileType === 'daylio'
        ? { kind: 'preview', ...ready, daylio: { text, existingIds: here.checkIns, ...FIRST_CHOICES, problems: null } }
        : { kind: 'preview', ...ready };
  }

  function chooseDaylio(
    choice: { mood: string; choice: DaylioMoodChoice | undefined } | { activities: DaylioChoices['activities'] },
  ) {
    const state = store.importState.value;
    if (state.kind !== 'preview' || !state.daylio) return;
    const choices: DaylioChoices = { ...state.daylio };
    if ('activities' in choice) choices.activities = choice.activities;
    else {
      const mapping = { ...choices.mapping };
      if (choice.choice === undefined) delete mapping[choice.mood];
      else mapping[choice.mood] = choice.choice;
      choices.mapping = mapping;
    }
    const result = readFile(choices.text, state.fileName, choices.existingIds, deps.now(), undefined, choices);
    store.importState.value = result.ok
      ? { ...state, data: result.value, daylio: { ...choices, problems: null } }
      : { ...state, daylio: { ...choices, problems: result.problems.map(describeImportProblem) } };
  }

  async function confirmImport() {
    const state = store.importState.value;
    if (state.kind !== 'preview') return;
    store.importState.value = { ...state, kind: 'importing' };
    const { data, restore, restorePreview } = state;
    const steps = stepTimer('limber:import-write');
    // The order, the rollback and the retry are core/import-policy.ts's.
    const start = startImport(restore, restorePreview);
    if (start.action.do === 'saveSettings') {
      // The file's settings replace whatever this page was about to save.
      dropPendingSave();
    }
    const { phq2, reflections, outcomes, rollups, activity, foldedUntil } = restore;
    // While it listens, the page's settings watch is sent every key written, old and new
    // values (the whole import again, ~4 MB for ten years): it rests during the write
    // (measured: a third of the write's time), then the stored settings are read afresh.
    const watch = settingsWatchOf(store);
    const end = await runImport(start, {
      send: deps.send,
      readSettings: async () => (await readSettings()).settings,
      writeRecords: () =>
        writeImport(
          { checkIns: data.checkIns, phq2, reflections, outcomes, rollups, activity, foldedUntil },
          { onStep: steps.step },
        ),
      onSettingsSaved: () => steps.step('settings'),
      onWriting: (writing) => {
        if (writing) {
          watch?.rest();
          return;
        }
        steps.done();
        watch?.resume();
      },
    });

    if (end.ok) {
      const { added, alreadyHere, restored, settings } = end;
      store.importState.value = { kind: 'done', added, alreadyHere, restored, settings };
      return;
    }
    const { error } = end;
    store.importState.value = {
      kind: 'error',
      text:
        error.kind === 'settingsRefused'
          ? i18n.t('data.import.settingsFailed', [describeFailure(error.failure)])
          : error.kind === 'damaged'
            ? i18n.t('data.import.damaged', [error.months.join(', ')])
            : describeFailure(error.failure),
    };
  }

  function cancelImport() {
    store.importState.value = { kind: 'idle' };
  }

  return { chooseImport, chooseDaylio, confirmImport, cancelImport };
}
