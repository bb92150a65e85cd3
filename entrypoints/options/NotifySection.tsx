// How nudges show (notification, window or both), and a test nudge.
import { i18n } from '#i18n';
import type { NotificationStyle } from '@/core/settings';
import type { SectionProps } from './fields';

const STYLES: readonly NotificationStyle[] = ['notification', 'window', 'both'];

export function NotifySection({ store, actions, settings }: SectionProps) {
  const test = store.testNudge.value;
  return (
    <section aria-labelledby="notify-heading">
      <h2 id="notify-heading">{i18n.t('options.notify.heading')}</h2>
      <div class="card">
        <div class="choices" role="radiogroup" aria-labelledby="style-label">
          <span id="style-label" class="choices-label">
            {i18n.t('options.notify.style')}
          </span>
          {STYLES.map((style) => (
            <label key={style} class="choice">
              <input
                type="radio"
                name="notificationStyle"
                value={style}
                checked={settings.notificationStyle === style}
                onChange={() => actions.change('notificationStyle', style)}
              />
              {i18n.t(`options.notify.${style}`)}
            </label>
          ))}
        </div>
        {store.notificationsBlocked.value && (
          <p class="note" role="note">
            {i18n.t('options.notify.blocked')}
          </p>
        )}
        <p class="inline-actions">
          <button type="button" onClick={() => void actions.testNudge()}>
            {i18n.t('options.notify.test')}
          </button>
          <span role="status" class={test?.kind === 'error' ? 'error-text' : 'muted'}>
            {test?.text}
          </span>
        </p>
      </div>
    </section>
  );
}
