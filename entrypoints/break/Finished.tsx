// The page's last word: done, snoozed, skipped or checked in, and Close.
import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { type Props, useFocus } from './view';

export function Finished({ store, actions }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocus(ref, []);
  const ending = store.ending.value;
  const text =
    ending === 'snoozed'
      ? i18n.t('break.finished.snoozed', [store.settings.value.snoozeMin])
      : ending === 'skipped'
        ? i18n.t('break.finished.skipped')
        : ending === 'checkedIn'
          ? i18n.t('break.checkin.saved')
          : i18n.t('break.finished.done');
  return (
    <section class="finished">
      <h1 class="finished-text" tabIndex={-1} ref={ref}>
        {text}
      </h1>
      {!store.query.window && <p class="muted">{i18n.t('break.finished.closeTab')}</p>}
      <button type="button" onClick={actions.close}>
        {i18n.t('break.actions.close')}
      </button>
    </section>
  );
}
