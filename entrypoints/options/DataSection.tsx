// "Your data": export, import with a preview and a confirmation, and delete all with
// a typed confirmation, each in its own file.
import { i18n } from '#i18n';
import type { OptionsActions } from './actions';
import { DeleteAll } from './DeleteAll';
import { ExportData } from './ExportData';
import { ImportData } from './ImportData';
import { KeptAsideSection } from './KeptAsideSection';
import type { OptionsStore } from './store';

export function DataSection({ store, actions }: { store: OptionsStore; actions: OptionsActions }) {
  return (
    <section aria-labelledby="data-heading" class="data">
      <h2 id="data-heading">{i18n.t('data.heading')}</h2>
      <p class="muted">{i18n.t('data.intro')}</p>
      <ExportData store={store} actions={actions} />
      <ImportData store={store} actions={actions} />
      <KeptAsideSection store={store} />
      <DeleteAll store={store} actions={actions} />
    </section>
  );
}
