// Every setting back to its default, after a confirmation.
import { i18n } from '#i18n';
import type { SectionProps } from './fields';

export function ResetSection({ store, actions }: Pick<SectionProps, 'store' | 'actions'>) {
  const notice = store.resetNotice.value;
  return (
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">{i18n.t('options.reset.heading')}</h2>
      <div class="card">
        {store.confirmingReset.value ? (
          <div class="confirm">
            <p id="reset-confirm-text">{i18n.t('options.reset.confirm')}</p>
            <p class="inline-actions">
              <button type="button" class="primary" ref={(b) => b?.focus()} onClick={() => void actions.reset()}>
                {i18n.t('options.reset.yes')}
              </button>
              <button
                type="button"
                onClick={() => {
                  store.confirmingReset.value = false;
                }}
              >
                {i18n.t('options.reset.cancel')}
              </button>
            </p>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => {
              store.resetNotice.value = null;
              store.confirmingReset.value = true;
            }}
          >
            {i18n.t('options.reset.button')}
          </button>
        )}
        <p role="status" class={notice?.kind === 'error' ? 'error-text' : 'muted'}>
          {notice?.text}
        </p>
      </div>
    </section>
  );
}
