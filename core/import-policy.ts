// What Import does, in order, once the preview is confirmed (issue 5 "Your data"):
// the decisions only. utils/import-runner.ts carries each step out (the settings
// writer, utils/import-writer.ts under its locks, the repair requests) and feeds the
// result back here for the next one.
//
//   1. Settings first, through the background's settings writer, and only when the
//      file's are valid and differ from the current ones: if they are refused,
//      nothing else changes.
//   2. The records, all or nothing (utils/import-writer.ts).
//   3. A stored check-in month that is unreadable refuses the write before anything
//      is written: each such month is repaired (its raw value kept aside, its valid
//      entries left in place, as the history page has it done) and the write tried
//      once more.
//   4. If the records then fail, the settings changed in step 1 are put back.

import type { MergeCounts } from './import-merge';
import type { Failure } from './messages';
import type { RecordPart, RestoreData, RestorePreview } from './restore';
import type { SettingsV1 } from './settings';

/** How a write of the records ended (utils/import-writer.ts ImportWriteResult). */
export type RecordsWritten =
  | { ok: true; checkIns: MergeCounts; added: Record<RecordPart, number> }
  | { ok: false; error: { kind: 'damaged'; months: string[] } }
  | { ok: false; error: Failure };

export type ImportEnd =
  | {
      ok: true;
      /** New check-ins. */
      added: number;
      /** Check-ins whose id is stored already (`alreadyHereOf`). */
      alreadyHere: number;
      /** New records of each other part. */
      restored: Record<RecordPart, number>;
      /** The file's settings were applied. */
      settings: boolean;
    }
  | { ok: false; error: { kind: 'settingsRefused'; failure: Failure } }
  | { ok: false; error: { kind: 'damaged'; months: string[] } }
  | { ok: false; error: { kind: 'failed'; failure: Failure } };

export type ImportAction =
  /** Read the settings in use (to put back), then send `settings` to the settings writer. */
  | { do: 'saveSettings'; settings: SettingsV1 }
  | { do: 'writeRecords' }
  | { do: 'repairMonths'; months: string[] }
  /** Done. `putBack`: settings to send back first, when step 1 changed them and the rest failed. */
  | { do: 'end'; end: ImportEnd; putBack: SettingsV1 | null };

export interface ImportRun {
  /** The file's settings, to apply first; null when they stay as they are. */
  settings: SettingsV1 | null;
  /** The settings in use before step 1 changed them. */
  previous: SettingsV1 | null;
  repaired: boolean;
}

export type ImportEvent =
  | { type: 'start' }
  | { type: 'settingsSaved'; reply: { ok: true } | { ok: false; error: Failure }; previous: SettingsV1 }
  | { type: 'recordsWritten'; result: RecordsWritten }
  | { type: 'monthsRepaired'; reply: { ok: true } | { ok: false; error: Failure } };

/** The file's settings are applied only when valid and different from the current ones. */
export function settingsToApply(restore: Pick<RestoreData, 'settings'>, preview: Pick<RestorePreview, 'settings'>) {
  return preview.settings === 'changed' && restore.settings?.ok ? restore.settings.value : null;
}

/**
 * "Already here": a stored check-in with the same id is kept as it is, whether or not
 * it matches the file's, and both count as already here.
 */
export const alreadyHereOf = (counts: MergeCounts): number => counts.alreadyHere + counts.conflicts;

export function startImport(
  restore: Pick<RestoreData, 'settings'>,
  preview: Pick<RestorePreview, 'settings'>,
): { run: ImportRun; action: ImportAction } {
  return nextImportAction(
    { settings: settingsToApply(restore, preview), previous: null, repaired: false },
    {
      type: 'start',
    },
  );
}

const fail = (run: ImportRun, end: Extract<ImportEnd, { ok: false }>): ImportAction => ({
  do: 'end',
  end,
  putBack: run.previous,
});

/** One result in, the next step out (see the order above). */
export function nextImportAction(run: ImportRun, event: ImportEvent): { run: ImportRun; action: ImportAction } {
  switch (event.type) {
    case 'start':
      return { run, action: run.settings ? { do: 'saveSettings', settings: run.settings } : { do: 'writeRecords' } };
    case 'settingsSaved':
      if (!event.reply.ok) {
        // Refused: nothing changed, so nothing to put back.
        return {
          run,
          action: {
            do: 'end',
            end: { ok: false, error: { kind: 'settingsRefused', failure: event.reply.error } },
            putBack: null,
          },
        };
      }
      return { run: { ...run, previous: event.previous }, action: { do: 'writeRecords' } };
    case 'recordsWritten': {
      const { result } = event;
      if (result.ok) {
        const end: ImportEnd = {
          ok: true,
          added: result.checkIns.added,
          alreadyHere: alreadyHereOf(result.checkIns),
          restored: result.added,
          settings: run.settings !== null,
        };
        return { run, action: { do: 'end', end, putBack: null } };
      }
      const { error } = result;
      if (error.kind === 'damaged') {
        if (!run.repaired) return { run, action: { do: 'repairMonths', months: error.months } };
        return { run, action: fail(run, { ok: false, error }) };
      }
      return { run, action: fail(run, { ok: false, error: { kind: 'failed', failure: error } }) };
    }
    case 'monthsRepaired':
      if (!event.reply.ok)
        return { run, action: fail(run, { ok: false, error: { kind: 'failed', failure: event.reply.error } }) };
      return { run: { ...run, repaired: true }, action: { do: 'writeRecords' } };
  }
}
