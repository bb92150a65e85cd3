// Settings sync through the browser account, and the country for help lines.
import { i18n } from '#i18n';
import { HELPLINES } from '@/core/helplines';
import { describedBy, FieldError, type SectionProps, Toggle, useField } from './fields';

const regionNames = (() => {
  try {
    return new Intl.DisplayNames([navigator.language || 'en'], { type: 'region' });
  } catch {
    return null;
  }
})();
const countryName = (code: string) => regionNames?.of(code) ?? HELPLINES.find((h) => h.country === code)?.name ?? code;

export function SyncAndHelpSection({ store, actions, settings }: SectionProps) {
  return (
    <>
      <section aria-labelledby="sync-heading">
        <h2 id="sync-heading">{i18n.t('options.sync.heading')}</h2>
        <div class="card">
          <Toggle
            store={store}
            path="syncSettings"
            label={i18n.t('options.sync.enabled')}
            hint={i18n.t('options.sync.hint')}
            onChange={actions.change}
          />
        </div>
      </section>
      <HelpCountrySection store={store} actions={actions} settings={settings} />
    </>
  );
}

/** The country whose help lines are shown; the welcome page asks it too. */
export function HelpCountrySection({ store, actions, settings }: SectionProps) {
  const country = useField(store, 'helpCountry');
  const guess = store.localeCountry.value;
  const countries = [...HELPLINES].sort((a, b) => countryName(a.country).localeCompare(countryName(b.country)));
  return (
    <section aria-labelledby="help-heading">
      <h2 id="help-heading">{i18n.t('options.help.heading')}</h2>
      <div class={`card field${country.error ? ' has-error' : ''}`}>
        <label for={country.id}>{i18n.t('options.help.country')}</label>
        <select
          id={country.id}
          value={settings.helpCountry ?? ''}
          aria-invalid={country.error ? 'true' : undefined}
          aria-describedby={describedBy(`${country.id}-hint`, country.errorId)}
          onChange={(e) => actions.change('helpCountry', e.currentTarget.value || null)}
        >
          <option value="">
            {guess ? i18n.t('options.help.auto', [countryName(guess)]) : i18n.t('options.help.autoUnknown')}
          </option>
          {countries.map((c) => (
            <option key={c.country} value={c.country}>
              {countryName(c.country)}
            </option>
          ))}
        </select>
        <small id={`${country.id}-hint`} class="hint">
          {i18n.t('options.help.hint')}
        </small>
        <FieldError id={`${country.id}-error`} error={country.error} />
      </div>
    </section>
  );
}
