// "Kept aside" (issue 15 "Nothing damaged is lost silently"): every stored value that
// could not be read, as it was found, with a copy to save. Shown only when there is one.
import { i18n } from '#i18n';
import { parseQuarantine } from '@/core/quarantine';
import { monthWords } from '@/utils/month-words';
import { keptSourceOf } from '@/utils/storage-keys';
import { downloadBlob } from './export-actions';
import type { OptionsStore } from './store';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function KeptAsideSection({ store }: { store: OptionsStore }) {
  const raw = store.quarantine.value;
  const { entries } = parseQuarantine(raw);
  if (entries.length === 0) return null;
  return (
    <section id="kept-aside" aria-labelledby="kept-aside-heading">
      <h3 id="kept-aside-heading">{i18n.t('data.keptAside.heading')}</h3>
      <p class="muted">{i18n.t('data.keptAside.intro')}</p>
      <ul>
        {entries.map((e) => {
          const { kind, checkInMonth } = keptSourceOf(e.source) ?? { kind: 'quarantine' };
          const what =
            kind === 'checkIns'
              ? i18n.t('notice.what.checkIns', [checkInMonth ? monthWords(checkInMonth) : ''])
              : i18n.t(`notice.what.${kind}`);
          return (
            <li key={`${e.source}-${e.at}`}>
              <time dateTime={new Date(e.at).toISOString()}>{when.format(e.at)}</time>: {what}
              {/* A single value (settings, the schedule) keeps nothing in place: no count to tell. */}
              {e.kept > 0 && ` ${i18n.t('data.keptAside.kept', e.kept)}`}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={() =>
          downloadBlob(
            'limber-kept-aside.json',
            new Blob([JSON.stringify(entries, null, 2)], { type: 'application/json' }),
          )
        }
      >
        {i18n.t('data.keptAside.save')}
      </button>
    </section>
  );
}
