// Before and after a break (issue 14): a heads-up with Postpone, and a soft chime at
// the end; both off by default.
import { i18n } from '#i18n';
import { LIMITS } from '@/core/settings';
import { NumberField, type SectionProps, Toggle } from './fields';

export function BreakEndSection({ store, actions, settings }: SectionProps) {
  return (
    <section aria-labelledby="break-end-heading">
      <h2 id="break-end-heading">{i18n.t('options.breakEnd.heading')}</h2>
      <div class="card">
        <Toggle
          store={store}
          path="headsUp.enabled"
          label={i18n.t('options.breakEnd.headsUp')}
          hint={i18n.t('options.breakEnd.headsUpHint')}
          onChange={actions.change}
        />
        <NumberField
          store={store}
          path="headsUp.leadSec"
          label={i18n.t('options.breakEnd.leadSec')}
          unit={i18n.t('options.breakEnd.leadSecUnit')}
          min={LIMITS.leadSec.min}
          max={LIMITS.leadSec.max}
          disabled={!settings.headsUp.enabled}
          onChange={actions.change}
          onBlur={actions.blur}
        />
        <Toggle
          store={store}
          path="chime"
          label={i18n.t('options.breakEnd.chime')}
          hint={i18n.t('options.breakEnd.chimeHint')}
          onChange={actions.change}
        />
      </div>
    </section>
  );
}
