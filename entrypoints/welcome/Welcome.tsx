// What Limber does and does not do, then a few optional steps, each skippable:
// working hours, the country for help lines, how nudges arrive (with a test nudge).
// Every step saves as it changes, like Settings; nothing here is required.
import { i18n } from '#i18n';
import { MovesToAvoid } from '@/components/MovesToAvoid';
import type { OptionsActions } from '../options/actions';
import type { SectionProps } from '../options/fields';
import { HoursSection } from '../options/HoursSection';
import { NotifySection } from '../options/NotifySection';
import { HelpCountrySection } from '../options/SyncAndHelpSection';
import type { OptionsStore } from '../options/store';

interface Props {
  store: OptionsStore;
  actions: OptionsActions;
  onFinish: () => void;
}

function NotifyStep(props: SectionProps) {
  return (
    <>
      <NotifySection {...props} />
      <p class="muted">{i18n.t('welcome.notifyTip')}</p>
    </>
  );
}

/** The moves-to-avoid check, saved as Settings' `movesToAvoid` (the options page's Moves section does the same). */
function MovesStep({ actions, settings }: SectionProps) {
  return (
    <section aria-labelledby="welcome-moves-heading">
      <h2 id="welcome-moves-heading">{i18n.t('welcome.movesHeading')}</h2>
      <div class="card">
        <MovesToAvoid
          value={settings.movesToAvoid}
          onChange={(next) => actions.changeList('movesToAvoid', next)}
          idPrefix="welcome-avoid"
        />
      </div>
    </section>
  );
}

const STEPS = [
  { id: 'hours', View: HoursSection },
  { id: 'country', View: HelpCountrySection },
  { id: 'notify', View: NotifyStep },
  { id: 'moves', View: MovesStep },
] as const;

/** Skipping a step moves focus to the next one's heading (or to Done after the last). */
function skipTo(index: number) {
  const next = document.getElementById(index < STEPS.length ? `step-${index}` : 'welcome-done');
  next?.scrollIntoView({ block: 'start' });
  next?.focus();
}

export function Welcome({ store, actions, onFinish }: Props) {
  const settings = store.settings.value;
  return (
    <main class="page welcome">
      <h1>{i18n.t('welcome.heading')}</h1>
      <p>{i18n.t('welcome.does')}</p>
      <p>{i18n.t('welcome.doesNot')}</p>
      <p class="purpose">{i18n.t('purpose.statement')}</p>
      <p class="muted">{i18n.t('welcome.steps', [STEPS.length])}</p>
      <p>
        <button type="button" class="link-button" onClick={onFinish}>
          {i18n.t('welcome.skipAll')}
        </button>
      </p>
      {settings === null ? (
        <p class="muted" role="status">
          {i18n.t('options.loading')}
        </p>
      ) : (
        <form class="settings" onSubmit={(e) => e.preventDefault()} noValidate>
          <ol class="steps">
            {STEPS.map(({ id, View }, i) => (
              <li
                key={id}
                class="step"
                id={`step-${i}`}
                tabIndex={-1}
                aria-label={i18n.t('welcome.step', [i + 1, STEPS.length])}
              >
                <p class="step-count muted" aria-hidden="true">
                  {i18n.t('welcome.step', [i + 1, STEPS.length])}
                </p>
                <View store={store} actions={actions} settings={settings} />
                <button type="button" class="skip" onClick={() => skipTo(i + 1)}>
                  {i18n.t('welcome.skip')}
                </button>
              </li>
            ))}
          </ol>
        </form>
      )}
      <footer class="welcome-end">
        <button type="button" class="primary" id="welcome-done" onClick={onFinish}>
          {i18n.t('welcome.done')}
        </button>
        <span class="muted">{i18n.t('welcome.later')}</span>
      </footer>
    </main>
  );
}
