// What the options page does. Every settings change is validated here first, with
// the same rules the background applies again (core/settings.ts): an invalid value
// stays in its field with its reason beside it and is never sent. Valid changes are
// gathered for a moment and sent as one patch, so typing "45" saves once.

import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Phq2Result } from '@/core/care';
import { validatePhq2Result } from '@/core/care';
import { backupJson } from '@/core/export-backup';
import { buildDailyRows, checkInsCsv, dailySummaryCsv } from '@/core/export-csv';
import { fhirBundle } from '@/core/export-fhir';
import { countryFromLocale } from '@/core/helplines';
import { decodeImportBytes, IMPORT_MAX_BYTES, parseImport } from '@/core/import';
import type { DaylioMoodChoice } from '@/core/import-daylio';
import { startImport } from '@/core/import-policy';
import type { Reply, Request } from '@/core/messages';
import { previewRestore, readRestore } from '@/core/restore';
import { type SettingsProblem, validateSettings } from '@/core/settings';
import { localDayKey } from '@/core/time';
import { readAllData } from '@/utils/all-data';
import { describeFailure } from '@/utils/describe-failure';
import { describeImportProblem } from '@/utils/describe-import-problem';
import { describeRestoreProblem } from '@/utils/describe-restore-problem';
import { describeSettingsProblem } from '@/utils/describe-settings-problem';
import { readActivity } from '@/utils/history-data';
import { runImport } from '@/utils/import-runner';
import { readStoredIdentities, writeImport } from '@/utils/import-writer';
import { send as sendToBackground } from '@/utils/messaging';
import { readSettings } from '@/utils/settings-store';
import { settingsItem } from '@/utils/storage';
import { localOffsetMin } from '@/utils/time-zone';
import { mergePatches, patchFor, selfAndAncestors, withSetting } from './setting-path';
import { stepTimer } from './step-timer';
import type { DaylioChoices, OptionsStore } from './store';

/** How long after the last valid change the patch is sent. */
export const SAVE_DELAY_MS = 400;

export type ExportKind = 'checkIns' | 'daily' | 'backup' | 'fhir';

export interface OptionsActions {
  /** A new value for one field; `typed` is the text as typed, kept in the field whatever happens. */
  change: (path: string, value: unknown, typed?: string) => void;
  /** A list replaced whole (custom nudges, a day's ranges): drafts and errors inside it start afresh. */
  changeList: (path: string, list: unknown[]) => void;
  /** Leaving a field: a valid typed value gives way to the saved one (`045` shows as `45`). */
  blur: (path: string) => void;
  reset: () => Promise<void>;
  testNudge: () => Promise<void>;
  exportData: (kind: ExportKind) => Promise<void>;
  chooseImport: (file: File) => Promise<void>;
  /** A Daylio file's mood name given a face or skipped (undefined: not chosen), or its activities' place. */
  chooseDaylio: (
    choice: { mood: string; choice: DaylioMoodChoice | undefined } | { activities: DaylioChoices['activities'] },
  ) => void;
  confirmImport: () => Promise<void>;
  cancelImport: () => void;
  deleteAll: () => Promise<void>;
}

export interface OptionsDeps {
  send: (request: Request) => Promise<Reply>;
  now: () => number;
  /** Saves a file; the page uses a Blob and <a download> (no downloads permission). */
  download: (name: string, blob: Blob) => void;
}

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; give the browser a moment before freeing the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const defaultDeps: OptionsDeps = { send: sendToBackground, now: () => Date.now(), download: downloadBlob };

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

const without = (record: Record<string, string>, drop: (key: string) => boolean) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !drop(key)));

function problemsToErrors(problems: readonly SettingsProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) errors[p.field] = describeSettingsProblem(p);
  return errors;
}

/** A page's watch on the stored settings; an import rests it while it writes (confirmImport). */
interface SettingsWatch {
  start: () => void;
  stop: () => void;
}
const settingsWatches = new WeakMap<OptionsStore, SettingsWatch>();

/** Shows stored settings, unless the page is saving its own (which then echo back here). */
function showStoredSettings(store: OptionsStore, value: unknown) {
  if (store.pending.value !== null || store.save.value.kind === 'saving') return;
  const result = validateSettings(value);
  if (result.ok) {
    store.settings.value = result.value;
    store.damaged.value = false;
  }
}

/** Reads the stored settings into the page and keeps them fresh while nothing is being saved. */
export async function loadSettings(store: OptionsStore): Promise<() => void> {
  const { settings, damaged } = await readSettings();
  store.settings.value = settings;
  store.damaged.value = damaged;
  // A change from elsewhere (another tab, sync) shows at once.
  let unwatch: (() => void) | null = null;
  const watch: SettingsWatch = {
    start: () => {
      unwatch ??= settingsItem.watch((value) => showStoredSettings(store, value));
    },
    stop: () => {
      unwatch?.();
      unwatch = null;
    },
  };
  settingsWatches.set(store, watch);
  watch.start();
  return () => {
    watch.stop();
    settingsWatches.delete(store);
  };
}

/** Whether notifications are blocked (Chrome's getPermissionLevel; Firefox has none), and the locale's country. */
export async function loadEnvironment(store: OptionsStore): Promise<void> {
  store.localeCountry.value = countryFromLocale(navigator.language ?? '');
  const api = browser.notifications as
    | (typeof browser.notifications & { getPermissionLevel?: () => Promise<string> })
    | undefined;
  if (typeof api?.getPermissionLevel !== 'function') return;
  try {
    store.notificationsBlocked.value = (await api.getPermissionLevel()) !== 'granted';
  } catch {
    // Unknown: say nothing rather than something wrong.
  }
}

export function createOptionsActions(store: OptionsStore, deps: OptionsDeps = defaultDeps): OptionsActions {
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function flush() {
    timer = undefined;
    const patch = store.pending.value;
    if (patch === null) return;
    store.pending.value = null;
    store.save.value = { kind: 'saving' };
    const reply = await deps.send({ type: 'settings/update', patch });
    if (store.pending.value !== null) return; // more changes came meanwhile: their save reports
    if (reply.ok) {
      store.save.value = { kind: 'saved' };
      store.damaged.value = false;
      return;
    }
    // Refused: show why, keep what was typed, and show what is really stored.
    if (reply.error.kind === 'invalidSettings') {
      store.errors.value = { ...store.errors.value, ...problemsToErrors(reply.error.problems) };
      store.save.value = { kind: 'invalid' };
    } else {
      store.save.value = { kind: 'error', text: describeFailure(reply.error) };
    }
    store.settings.value = (await readSettings()).settings;
  }

  function change(path: string, value: unknown, typed?: string) {
    const current = store.settings.value;
    if (!current) return;
    if (typed !== undefined) store.drafts.value = { ...store.drafts.value, [path]: typed };
    // This change decides its own field and the ranges or lists around it (order, overlap).
    const cleared = new Set(selfAndAncestors(path));
    const errors = without(store.errors.value, (key) => cleared.has(key));
    const result = validateSettings(withSetting(current, path, value));
    if (!result.ok) {
      store.errors.value = { ...errors, ...problemsToErrors(result.problems) };
      store.save.value = { kind: 'invalid' };
      return;
    }
    store.errors.value = errors;
    store.settings.value = result.value;
    store.pending.value = mergePatches(store.pending.value ?? {}, patchFor(result.value, path));
    store.save.value = { kind: 'pending' };
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  function changeList(path: string, list: unknown[]) {
    const inside = (key: string) => key === path || key.startsWith(`${path}.`);
    store.drafts.value = without(store.drafts.value, inside);
    store.errors.value = without(store.errors.value, inside);
    change(path, list);
  }

  function blur(path: string) {
    if (store.errors.value[path] === undefined) store.drafts.value = without(store.drafts.value, (k) => k === path);
  }

  async function reset() {
    clearTimeout(timer);
    store.pending.value = null;
    const reply = await deps.send({ type: 'settings/reset' });
    store.confirmingReset.value = false;
    if (!reply.ok) {
      store.resetNotice.value = { kind: 'error', text: describeFailure(reply.error) };
      return;
    }
    store.drafts.value = {};
    store.errors.value = {};
    store.settings.value = (await readSettings()).settings;
    store.damaged.value = false;
    store.save.value = { kind: 'idle' };
    store.resetNotice.value = { kind: 'ok', text: i18n.t('options.reset.done') };
  }

  async function testNudge() {
    const reply = await deps.send({ type: 'engine/testNudge' });
    store.testNudge.value = reply.ok
      ? { kind: 'ok', text: i18n.t('options.notify.testSent') }
      : { kind: 'error', text: describeFailure(reply.error) };
  }

  async function exportData(kind: ExportKind) {
    performance.mark('limber:export-start');
    try {
      const now = deps.now();
      const day = localDayKey(now, localOffsetMin(now));
      const data = await readAllData();
      let name: string;
      let blob: Blob;
      if (kind === 'checkIns') {
        name = `limber-checkins-${day}.csv`;
        blob = new Blob([checkInsCsv(data.checkIns, { bom: true })], { type: 'text/csv;charset=utf-8' });
      } else if (kind === 'daily') {
        // The same per-day activity the history page shows: active minutes from the
        // engine's log and daily rollups, nudges and walk minutes from its outcomes.
        const activity = Object.fromEntries((await readActivity('all')).map((a) => [a.day, a]));
        name = `limber-daily-${day}.csv`;
        blob = new Blob([dailySummaryCsv(buildDailyRows(data.checkIns, activity), { bom: true })], {
          type: 'text/csv;charset=utf-8',
        });
      } else if (kind === 'backup') {
        // Everything the person made or Limber measured (utils/storage.ts BACKUP_COVERAGE).
        const { checkIns, settings, outcomes, phq2, reflections, rollups, activity } = data;
        const backup = backupJson({ checkIns, settings, outcomes, phq2, reflections, rollups, activity }, now);
        name = `limber-backup-${day}.json`;
        blob = new Blob([JSON.stringify(backup)], { type: 'application/json' });
      } else {
        const phq2: Phq2Result[] = [];
        for (const raw of data.phq2) {
          const result = validatePhq2Result(raw);
          if (result.ok) phq2.push(result.value);
        }
        name = `limber-fhir-${day}.json`;
        blob = new Blob([JSON.stringify(fhirBundle(data.checkIns, phq2, now), null, 1)], {
          type: 'application/fhir+json',
        });
      }
      deps.download(name, blob);
      store.exportNotice.value = { kind: 'ok', text: i18n.t('data.export.done', [name]) };
    } catch (error) {
      store.exportNotice.value = { kind: 'error', text: i18n.t('data.export.failed', [String(error)]) };
    }
    performance.measure(`limber:export:${kind}`, 'limber:export-start');
  }

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
      clearTimeout(timer);
      store.pending.value = null;
    }
    const { phq2, reflections, outcomes, rollups, activity, foldedUntil } = restore;
    // While it listens, the page's settings watch is sent every key written, old and new
    // values (the whole import again, ~4 MB for ten years): it rests during the write
    // (measured: a third of the write's time), then the stored settings are read afresh.
    const watch = settingsWatches.get(store);
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
          watch?.stop();
          return;
        }
        steps.done();
        if (!watch) return;
        watch.start();
        void settingsItem.getValue().then((value) => showStoredSettings(store, value));
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

  async function deleteAll() {
    if (store.deleteWord.value.trim() !== i18n.t('data.delete.word')) return;
    clearTimeout(timer);
    store.pending.value = null;
    const reply = await deps.send({ type: 'data/deleteAll' });
    if (!reply.ok) {
      store.deleteNotice.value = { kind: 'error', text: describeFailure(reply.error) };
      return;
    }
    store.confirmingDelete.value = false;
    store.deleteWord.value = '';
    store.drafts.value = {};
    store.errors.value = {};
    store.importState.value = { kind: 'idle' };
    store.settings.value = (await readSettings()).settings;
    store.save.value = { kind: 'idle' };
    store.deleteNotice.value = { kind: 'ok', text: i18n.t('data.delete.done') };
  }

  return {
    change,
    changeList,
    blur,
    reset,
    testNudge,
    exportData,
    chooseImport,
    chooseDaylio,
    confirmImport,
    cancelImport,
    deleteAll,
  };
}
