// The options page's state as signals (STYLE.md "Adapter and view apart"). What
// changes it lives in actions.ts and the four *-actions.ts files it joins.
import { signal } from '@preact/signals';
import type { ImportedData } from '@/core/import';
import type { DaylioMoodChoice } from '@/core/import-daylio';
import type { RecordPart, RestoreData, RestorePreview } from '@/core/restore';
import type { SettingsPatch, SettingsV1 } from '@/core/settings';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'error'; text: string };

/**
 * A Daylio file's text and the person's choices for it: each choice reads the file
 * again (core/import-daylio.ts), so what the preview shows is still what is written.
 */
export interface DaylioChoices {
  text: string;
  existingIds: ReadonlySet<string>;
  /** Mood name (`moodKey`) → a face or 'skip'; names not here keep Daylio's default, if any. */
  mapping: Readonly<Record<string, DaylioMoodChoice>>;
  activities: 'tags' | 'note';
  /**
   * The file read with the last choice was refused (a note too long with its
   * activities, say): the problems, said beside the choices; `data` is still the last
   * good read, and Import is not offered until a choice reads cleanly again.
   */
  problems: string[] | null;
}

/** A file read and validated, ready to import: what the preview shows is what is written. */
export interface ImportReady {
  fileName: string;
  data: ImportedData;
  /** Daylio files only. */
  daylio?: DaylioChoices;
  /** A backup's other parts (empty for a CSV), and what of them is new here. */
  restore: RestoreData;
  restorePreview: RestorePreview;
}

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | ({ kind: 'preview' } & ImportReady)
  | { kind: 'problems'; fileName: string; lines: string[] }
  | ({ kind: 'importing' } & ImportReady)
  | { kind: 'done'; added: number; alreadyHere: number; restored: Record<RecordPart, number>; settings: boolean }
  | { kind: 'error'; text: string };

export type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function createOptionsStore() {
  return {
    /** The settings as the page knows them: stored, plus valid changes not yet saved. Null until loaded. */
    settings: signal<SettingsV1 | null>(null),
    /** The stored settings could not be read: defaults are shown. */
    damaged: signal(false),
    /** The stored quarantine, raw (core/quarantine.ts reads it): shown under Your data. */
    quarantine: signal<unknown>(null),
    /** What the user typed, by field path, kept as typed even when invalid. */
    drafts: signal<Record<string, string>>({}),
    /** Plain-words problems, by field path (as SettingsProblem names it). */
    errors: signal<Record<string, string>>({}),
    /** Valid changes waiting for the debounce, then sent as one patch. */
    pending: signal<SettingsPatch | null>(null),
    save: signal<SaveState>({ kind: 'idle' }),
    /** True when the browser or system blocks notifications (Chrome reports it; Firefox cannot). */
    notificationsBlocked: signal(false),
    testNudge: signal<Notice>(null),
    confirmingReset: signal(false),
    resetNotice: signal<Notice>(null),
    /** The browser's own guess of the user's country (core/helplines.ts countryFromLocale). */
    localeCountry: signal<string | null>(null),
    exportNotice: signal<Notice>(null),
    importState: signal<ImportState>({ kind: 'idle' }),
    confirmingDelete: signal(false),
    deleteWord: signal(''),
    deleteNotice: signal<Notice>(null),
  };
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
