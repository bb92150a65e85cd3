// When the user counts as away, and how snoozing works.
import { i18n } from '#i18n';
import { LIMITS } from '@/core/settings';
import { NumberField, type SectionProps } from './fields';

export function TimingSection({ store, actions }: SectionProps) {
  return (
    <section aria-labelledby="timing-heading">
      <h2 id="timing-heading">{i18n.t('options.timing.heading')}</h2>
      <div class="card grid">
        <NumberField
          store={store}
          path="idleDetectionSec"
          label={i18n.t('options.timing.idle')}
          unit={i18n.t('options.timing.idleUnit')}
          hint={i18n.t('options.timing.idleHint')}
          min={LIMITS.idleDetectionSec.min}
          max={LIMITS.idleDetectionSec.max}
          onChange={actions.change}
          onBlur={actions.blur}
        />
        <NumberField
          store={store}
          path="snoozeMin"
          label={i18n.t('options.timing.snooze')}
          unit={i18n.t('options.timing.snoozeUnit')}
          min={LIMITS.snoozeMin.min}
          max={LIMITS.snoozeMin.max}
          onChange={actions.change}
          onBlur={actions.blur}
        />
        <NumberField
          store={store}
          path="snoozeLimit"
          label={i18n.t('options.timing.snoozeLimit')}
          unit=""
          hint={i18n.t('options.timing.snoozeLimitHint')}
          min={LIMITS.snoozeLimit.min}
          max={LIMITS.snoozeLimit.max}
          onChange={actions.change}
          onBlur={actions.blur}
        />
      </div>
    </section>
  );
}
