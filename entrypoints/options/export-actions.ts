// The options page's exports: check-ins (CSV), a daily summary (CSV), the JSON backup and
// a FHIR bundle, each read afresh from storage and saved as a file (FIELD.md "Export").
import { i18n } from '#i18n';
import type { Phq2Result } from '@/core/care';
import { validatePhq2Result } from '@/core/care';
import { backupJson } from '@/core/export-backup';
import { buildDailyRows, checkInsCsv, dailySummaryCsv } from '@/core/export-csv';
import { fhirBundle } from '@/core/export-fhir';
import { localDayKey } from '@/core/time';
import { readAllData } from '@/utils/all-data';
import { readActivity } from '@/utils/history-data';
import { localOffsetMin } from '@/utils/time-zone';
import type { OptionsActions, OptionsDeps } from './actions';
import type { OptionsStore } from './store';

export type ExportKind = 'checkIns' | 'daily' | 'backup' | 'fhir';

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

export function createExportActions(
  store: OptionsStore,
  deps: Pick<OptionsDeps, 'now' | 'download'>,
): Pick<OptionsActions, 'exportData'> {
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

  return { exportData };
}
