// Delete everything: only with the typed word; the background takes every lock
// (utils/data-store.ts), then the page shows the defaults it left.
import { i18n } from '#i18n';
import { describeFailure } from '@/utils/describe-failure';
import { readSettings } from '@/utils/settings-store';
import type { OptionsActions, OptionsDeps } from './actions';
import type { OptionsStore } from './store';

/** `dropPendingSave`: the settings actions' own, so a change typed just before is not sent after. */
export function createDeleteActions(
  store: OptionsStore,
  deps: Pick<OptionsDeps, 'send'>,
  dropPendingSave: () => void,
): Pick<OptionsActions, 'deleteAll'> {
  async function deleteAll() {
    if (store.deleteWord.value.trim() !== i18n.t('data.delete.word')) return;
    dropPendingSave();
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

  return { deleteAll };
}
