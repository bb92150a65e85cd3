// Nudges: the three built-in ones and the user's own, each on or off with its interval and length.
import { i18n } from '#i18n';
import { newCustomNudge } from '@/core/custom-nudge';
import { BUILT_IN_NUDGES, type CustomNudge, LENGTHS, LIMITS } from '@/core/settings';
import { DurationField } from './DurationField';
import { describedBy, FieldError, NumberField, type SectionProps, Toggle, useField } from './fields';

function NudgeFields({
  store,
  actions,
  base,
  hint,
}: Pick<SectionProps, 'store' | 'actions'> & { base: string; hint?: string }) {
  return (
    <>
      <Toggle store={store} path={`${base}.enabled`} label={i18n.t('options.nudges.on')} onChange={actions.change} />
      <NumberField
        store={store}
        path={`${base}.intervalMin`}
        label={i18n.t('options.nudges.interval')}
        unit={i18n.t('options.nudges.intervalUnit')}
        min={LIMITS.intervalMin.min}
        max={LIMITS.intervalMin.max}
        onChange={actions.change}
        onBlur={actions.blur}
      />
      <DurationField
        store={store}
        actions={actions}
        path={`${base}.durationSec`}
        label={i18n.t('options.nudges.duration')}
      />
      {hint && <p class="hint nudge-hint">{hint}</p>}
    </>
  );
}

function CustomNudgeRow({ store, actions, settings, index }: SectionProps & { index: number }) {
  const base = `customNudges.${index}`;
  const nudge = settings.customNudges[index] as CustomNudge;
  const name = useField(store, `${base}.name`);
  const value = store.drafts.value[`${base}.name`] ?? nudge.name;
  return (
    <fieldset class="nudge card">
      <legend>{nudge.name || i18n.t('options.nudges.customName')}</legend>
      <div class={`field${name.error ? ' has-error' : ''}`}>
        <label for={name.id}>{i18n.t('options.nudges.customName')}</label>
        <input
          id={name.id}
          type="text"
          value={value}
          maxLength={LENGTHS['customNudges.*.name'].max + 10}
          aria-invalid={name.error ? 'true' : undefined}
          aria-describedby={describedBy(name.errorId)}
          onInput={(e) => actions.change(`${base}.name`, e.currentTarget.value, e.currentTarget.value)}
          onBlur={() => actions.blur(`${base}.name`)}
        />
        <FieldError id={`${name.id}-error`} error={name.error} />
      </div>
      <NudgeFields store={store} actions={actions} base={base} />
      <div class="row-actions">
        <button
          type="button"
          aria-label={i18n.t('options.nudges.removeNamed', [nudge.name])}
          onClick={() =>
            actions.changeList(
              'customNudges',
              settings.customNudges.filter((_, i) => i !== index),
            )
          }
        >
          {i18n.t('options.nudges.remove')}
        </button>
      </div>
    </fieldset>
  );
}

export function NudgesSection({ store, actions, settings, now }: SectionProps & { now: () => number }) {
  const custom = settings.customNudges;
  const max = LENGTHS.customNudges.max;
  const listError = store.errors.value.customNudges;
  const add = () => {
    const nudge = newCustomNudge(i18n.t('options.nudges.customDefaultName'), now());
    actions.changeList('customNudges', [...custom, nudge]);
  };
  return (
    <section aria-labelledby="nudges-heading">
      <h2 id="nudges-heading">{i18n.t('options.nudges.heading')}</h2>
      <p class="muted">{i18n.t('options.nudges.intro')}</p>
      {BUILT_IN_NUDGES.map((nudge) => (
        <fieldset key={nudge} class="nudge card">
          <legend>{i18n.t(`options.nudges.name.${nudge}`)}</legend>
          <NudgeFields
            store={store}
            actions={actions}
            base={`nudges.${nudge}`}
            hint={i18n.t(`options.nudges.hint.${nudge}`)}
          />
        </fieldset>
      ))}
      <h3>{i18n.t('options.nudges.customHeading')}</h3>
      <p class="muted">{i18n.t('options.nudges.customIntro', [max])}</p>
      {custom.map((nudge, index) => (
        <CustomNudgeRow key={nudge.id} store={store} actions={actions} settings={settings} index={index} />
      ))}
      <FieldError id="f-customNudges-error" error={listError} />
      {custom.length < max ? (
        <button type="button" onClick={add}>
          {i18n.t('options.nudges.add')}
        </button>
      ) : (
        <p class="muted">{i18n.t('options.nudges.addLimit', [max])}</p>
      )}
    </section>
  );
}
