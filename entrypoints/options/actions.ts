// What the options page does (the welcome page uses the same), one file per concern:
// settings-actions.ts (changes, reset, the test nudge, loading and watching the stored
// settings), export-actions.ts, import-actions.ts and delete-actions.ts. This file
// joins them into the one set of actions the page's sections are given.
import type { DaylioMoodChoice } from '@/core/import-daylio';
import type { Reply, Request } from '@/core/messages';
import { send as sendToBackground } from '@/utils/messaging';
import { createDeleteActions } from './delete-actions';
import { createExportActions, downloadBlob, type ExportKind } from './export-actions';
import { createImportActions } from './import-actions';
import { createSettingsActions } from './settings-actions';
import type { DaylioChoices, OptionsStore } from './store';

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

const defaultDeps: OptionsDeps = { send: sendToBackground, now: () => Date.now(), download: downloadBlob };

export function createOptionsActions(store: OptionsStore, deps: OptionsDeps = defaultDeps): OptionsActions {
  const { dropPendingSave, ...settings } = createSettingsActions(store, deps);
  return {
    ...settings,
    ...createExportActions(store, deps),
    ...createImportActions(store, deps, dropPendingSave),
    ...createDeleteActions(store, deps, dropPendingSave),
  };
}
