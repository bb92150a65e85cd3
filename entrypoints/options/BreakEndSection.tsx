// The end of a break: an optional soft chime (issue 14), off by default.
import { i18n } from '#i18n';
import { type SectionProps, Toggle } from './fields';

export function BreakEndSection({ store, actions }: Pick<SectionProps, 'store' | 'actions'>) {
  return (
    <section aria-labelledby="break-end-heading">
      <h2 id="break-end-heading">{i18n.t('options.breakEnd.heading')}</h2>
      <div class="card">
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
