// Import: choose a file, see what it brings (check-ins, and a backup's other parts), then
// confirm. A file's problems are worded by utils/describe-import-problem.ts (through
// import-actions.ts), a backup's refused settings by utils/describe-settings-problem.ts.
import { i18n } from '#i18n';
import { RECORD_PARTS, type RecordPart } from '@/core/restore';
import { describeSettingsProblem } from '@/utils/describe-settings-problem';
import type { OptionsActions } from './actions';
import { DaylioChoices, daylioWhy } from './DaylioChoices';
import type { ImportReady, OptionsStore } from './store';

/** A count with its noun, the number written the reader's way: "36,500 check-ins". */
const counted = (key: 'data.import.count' | `data.import.part.${RecordPart}`, n: number) =>
  i18n.t(key, n, [n.toLocaleString()]);

/** "your settings, 261 PHQ-2 self-checks and 522 weekly reflections", or null for nothing. */
function restoredParts(added: Record<RecordPart, number>, settings: boolean): string | null {
  const parts = settings ? [i18n.t('data.import.part.settings')] : [];
  for (const part of RECORD_PARTS) {
    if (added[part] > 0) parts.push(counted(`data.import.part.${part}`, added[part]));
  }
  return parts.length ? new Intl.ListFormat(undefined, { type: 'conjunction' }).format(parts) : null;
}

/** What the preview says a backup brings back besides check-ins, and why settings may stay. */
function RestoreNotes({ restore, restorePreview }: Pick<ImportReady, 'restore' | 'restorePreview'>) {
  const parts = restoredParts(restorePreview.added, restorePreview.settings === 'changed');
  const invalid = restore.settings && !restore.settings.ok ? restore.settings.problems[0] : undefined;
  return (
    <>
      {parts && <p data-testid="import-restores">{i18n.t('data.import.restores', [parts])}</p>}
      {invalid && (
        <p class="muted" data-testid="import-settings-invalid">
          {i18n.t('data.import.settingsInvalid', [invalid.field, describeSettingsProblem(invalid)])}
        </p>
      )}
    </>
  );
}

function ImportStatus({ store, actions }: { store: OptionsStore; actions: OptionsActions }) {
  const state = store.importState.value;
  switch (state.kind) {
    case 'idle':
      return null;
    case 'reading':
      return <p role="status">{i18n.t('data.import.reading', [state.fileName])}</p>;
    case 'preview':
    case 'importing': {
      const { count, firstDay, lastDay, alreadyHere } = state.data.preview;
      const text =
        count === 0 || !firstDay || !lastDay
          ? i18n.t('data.import.previewEmpty', [state.fileName])
          : i18n.t('data.import.preview', [
              state.fileName,
              counted('data.import.count', count),
              firstDay,
              lastDay,
              alreadyHere.toLocaleString(),
            ]);
      const busy = state.kind === 'importing';
      const { added, settings } = state.restorePreview;
      const nothingNew =
        count === alreadyHere && settings !== 'changed' && RECORD_PARTS.every((part) => added[part] === 0);
      // Daylio moods with no face yet, or a choice the file cannot be read with: Import waits, and says why.
      const why = daylioWhy(state.data, state.daylio) ?? (nothingNew ? i18n.t('data.import.nothingNew') : null);
      return (
        <div class="import-preview">
          <p id="import-preview-text" role="status" data-testid="import-preview">
            {text}
          </p>
          <RestoreNotes restore={state.restore} restorePreview={state.restorePreview} />
          {state.daylio && <DaylioChoices data={state.data} choices={state.daylio} busy={busy} actions={actions} />}
          {why && (
            <p id="import-why" class="muted" data-testid="import-why">
              {why}
            </p>
          )}
          <p class="inline-actions">
            <button
              type="button"
              class="primary"
              disabled={busy || why !== null}
              aria-describedby={why ? 'import-why' : undefined}
              onClick={() => void actions.confirmImport()}
            >
              {busy ? i18n.t('data.import.importing') : i18n.t('data.import.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={actions.cancelImport}>
              {i18n.t('data.import.cancel')}
            </button>
          </p>
        </div>
      );
    }
    case 'problems':
      return (
        <div class="import-problems" role="alert" data-testid="import-problems">
          <p>
            <span aria-hidden="true" class="field-error-mark">
              !
            </span>
            {i18n.t('data.import.failed', [state.fileName])}
          </p>
          <ul>
            {state.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      );
    case 'done': {
      const restored = restoredParts(state.restored, state.settings);
      return (
        <p role="status" class="ok-text">
          <span aria-hidden="true" class="mark">
            ✓
          </span>
          {i18n.t('data.import.done', [
            counted('data.import.count', state.added),
            counted('data.import.count', state.alreadyHere),
          ])}
          {restored && ` ${i18n.t('data.import.restored', [restored])}`}
        </p>
      );
    }
    case 'error':
      return (
        <p role="alert" class="error-text">
          {state.text}
        </p>
      );
  }
}

export function ImportData({ store, actions }: { store: OptionsStore; actions: OptionsActions }) {
  return (
    <div class="card">
      <h3>{i18n.t('data.import.heading')}</h3>
      <p id="import-intro" class="muted">
        {i18n.t('data.import.intro')}
      </p>
      <label class="file-label" for="import-file">
        {i18n.t('data.import.choose')}
      </label>
      <input
        id="import-file"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        aria-describedby="import-intro"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) void actions.chooseImport(file);
          // Choosing the same file again should read it again.
          input.value = '';
        }}
      />
      <ImportStatus store={store} actions={actions} />
    </div>
  );
}
