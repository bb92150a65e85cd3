// Waiting while the user is in a call or watching something full screen.
import { i18n } from '#i18n';
import { LIMITS } from '@/core/settings';
import { NumberField, type SectionProps, Toggle } from './fields';

export function CallsSection({ store, actions, settings }: SectionProps) {
  return (
    <section aria-labelledby="calls-heading">
      <h2 id="calls-heading">{i18n.t('options.calls.heading')}</h2>
      <div class="card">
        <Toggle
          store={store}
          path="waitDuringCalls"
          label={i18n.t('options.calls.wait')}
          hint={i18n.t('options.calls.waitHint')}
          onChange={actions.change}
        />
        <NumberField
          store={store}
          path="maxWaitMin"
          label={i18n.t('options.calls.maxWait')}
          unit={i18n.t('options.calls.maxWaitUnit')}
          min={LIMITS.maxWaitMin.min}
          max={LIMITS.maxWaitMin.max}
          disabled={!settings.waitDuringCalls}
          onChange={actions.change}
          onBlur={actions.blur}
        />
      </div>
    </section>
  );
}
