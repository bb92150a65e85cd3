// Delete everything, after the user types the confirming word.
import { i18n } from '#i18n';
import type { OptionsActions } from './actions';
import type { OptionsStore } from './store';

export function DeleteAll({ store, actions }: { store: OptionsStore; actions: OptionsActions }) {
  const word = i18n.t('data.delete.word');
  const notice = store.deleteNotice.value;
  return (
    <div class="card danger-zone">
      <h3 id="delete-heading">{i18n.t('data.delete.heading')}</h3>
      <p id="delete-intro">{i18n.t('data.delete.intro')}</p>
      {store.confirmingDelete.value ? (
        <form
          class="confirm"
          onSubmit={(e) => {
            e.preventDefault();
            void actions.deleteAll();
          }}
        >
          <label for="delete-word">{i18n.t('data.delete.prompt', [word])}</label>
          <input
            id="delete-word"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={store.deleteWord.value}
            ref={(input) => input?.focus()}
            aria-describedby="delete-intro"
            onInput={(e) => {
              store.deleteWord.value = e.currentTarget.value;
            }}
          />
          <p class="inline-actions">
            <button type="submit" class="danger" disabled={store.deleteWord.value.trim() !== word}>
              {i18n.t('data.delete.yes')}
            </button>
            <button
              type="button"
              onClick={() => {
                store.confirmingDelete.value = false;
                store.deleteWord.value = '';
              }}
            >
              {i18n.t('data.delete.cancel')}
            </button>
          </p>
        </form>
      ) : (
        <button
          type="button"
          class="danger-outline"
          onClick={() => {
            store.deleteNotice.value = null;
            store.confirmingDelete.value = true;
          }}
        >
          {i18n.t('data.delete.button')}
        </button>
      )}
      <p role="status" class={notice?.kind === 'error' ? 'error-text' : 'muted'}>
        {notice?.text}
      </p>
    </div>
  );
}
