// Carries out an import's steps as core/import-policy.ts decides them: the settings
// through the background's settings writer, the records through utils/import-writer.ts
// (which takes the locks), and repairs through the background's check-in writer.
import { type ImportAction, type ImportEnd, type ImportRun, nextImportAction } from '@/core/import-policy';
import type { Reply, Request } from '@/core/messages';
import type { SettingsV1 } from '@/core/settings';
import type { ImportWriteResult } from './import-writer';

export interface ImportRunnerDeps {
  send: (request: Request) => Promise<Reply>;
  /** The settings in use, to put back if the records fail after the file's were applied. */
  readSettings: () => Promise<SettingsV1>;
  /** utils/import-writer.ts `writeImport` with the page's records. */
  writeRecords: () => Promise<ImportWriteResult>;
  /** Called with true before the first write of the records, and false once the writing is over. */
  onWriting?: (writing: boolean) => void;
  /** The file's settings were applied. */
  onSettingsSaved?: () => void;
}

/** The background keeps each unreadable month aside and leaves its valid entries in place. */
async function repairMonths(send: ImportRunnerDeps['send'], months: readonly string[]): Promise<Reply> {
  for (const month of months) {
    const reply = await send({ type: 'checkins/repair', month });
    if (!reply.ok) return reply;
  }
  return { ok: true };
}

export async function runImport(
  start: { run: ImportRun; action: ImportAction },
  deps: ImportRunnerDeps,
): Promise<ImportEnd> {
  let { run, action } = start;
  let writing = false;
  const stopWriting = () => {
    if (!writing) return;
    writing = false;
    deps.onWriting?.(false);
  };
  try {
    for (;;) {
      switch (action.do) {
        case 'saveSettings': {
          const previous = await deps.readSettings();
          const reply = await deps.send({ type: 'settings/update', patch: action.settings });
          if (reply.ok) deps.onSettingsSaved?.();
          ({ run, action } = nextImportAction(run, { type: 'settingsSaved', reply, previous }));
          break;
        }
        case 'writeRecords': {
          if (!writing) {
            writing = true;
            deps.onWriting?.(true);
          }
          const result = await deps.writeRecords();
          ({ run, action } = nextImportAction(run, { type: 'recordsWritten', result }));
          break;
        }
        case 'repairMonths': {
          const reply = await repairMonths(deps.send, action.months);
          ({ run, action } = nextImportAction(run, { type: 'monthsRepaired', reply }));
          break;
        }
        case 'end':
          stopWriting();
          if (action.putBack) await deps.send({ type: 'settings/update', patch: action.putBack });
          return action.end;
      }
    }
  } finally {
    stopWriting();
  }
}
