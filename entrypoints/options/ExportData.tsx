// Export: the four files a user can take away, each with what it holds.
import { i18n } from '#i18n';
import type { OptionsActions } from './actions';
import type { ExportKind } from './export-actions';
import type { OptionsStore } from './store';

const EXPORTS: readonly { kind: ExportKind; hint: string }[] = [
  { kind: 'checkIns', hint: 'data.export.checkInsHint' },
  { kind: 'daily', hint: 'data.export.dailyHint' },
  { kind: 'backup', hint: 'data.export.backupHint' },
  { kind: 'fhir', hint: 'data.export.fhirHint' },
];

export function ExportData({ store, actions }: { store: OptionsStore; actions: OptionsActions }) {
  const exported = store.exportNotice.value;
  return (
    <div class="card">
      <h3>{i18n.t('data.export.heading')}</h3>
      <ul class="exports">
        {EXPORTS.map(({ kind, hint }) => (
          <li key={kind}>
            <button
              type="button"
              aria-describedby={`export-${kind}-hint`}
              onClick={() => void actions.exportData(kind)}
            >
              {i18n.t(`data.export.${kind}`)}
            </button>
            <small id={`export-${kind}-hint`} class="hint">
              {i18n.t(hint as 'data.export.checkInsHint')}
            </small>
          </li>
        ))}
      </ul>
      <p role="status" class={exported?.kind === 'error' ? 'error-text' : 'muted'}>
        {exported?.text}
      </p>
    </div>
  );
}
