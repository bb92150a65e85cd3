// The options page: every setting, grouped, saved as it changes; then "Your data".
// State comes from store.ts; actions are passed in (main.tsx binds them). Each section
// is its own file; the fields they share are in fields.tsx.

import { i18n } from '#i18n';
import { KeptAsideNotice } from '@/components/KeptAsideNotice';
import { noticesOf } from '@/core/quarantine';
import { send } from '@/utils/messaging';
import { keptSourceOf } from '@/utils/storage-keys';
import type { OptionsActions } from './actions';
import { BreakEndSection } from './BreakEndSection';
import { CallsSection } from './CallsSection';
import { DataSection } from './DataSection';
import { HoursSection } from './HoursSection';
import { MovesSection } from './MovesSection';
import { NotifySection } from './NotifySection';
import { NudgesSection } from './NudgesSection';
import { ReminderSection } from './ReminderSection';
import { ResetSection } from './ResetSection';
import { SyncAndHelpSection } from './SyncAndHelpSection';
import type { OptionsStore } from './store';
import { TimingSection } from './TimingSection';

interface Props {
  store: OptionsStore;
  actions: OptionsActions;
  /** Epoch ms, for new custom nudges' ids. */
  now?: () => number;
}

function SaveStatus({ store }: { store: OptionsStore }) {
  const save = store.save.value;
  const hasErrors = Object.keys(store.errors.value).length > 0;
  let text = '';
  let kind = '';
  if (hasErrors) {
    text = i18n.t('options.notSaved');
    kind = 'warn';
  } else if (save.kind === 'pending' || save.kind === 'saving') text = i18n.t('options.saving');
  else if (save.kind === 'saved') {
    text = i18n.t('options.saved');
    kind = 'ok';
  } else if (save.kind === 'error') {
    text = save.text;
    kind = 'warn';
  }
  return (
    <p class={`save-status ${kind}`} role="status" aria-live="polite" data-testid="save-status">
      {kind === 'ok' && (
        <span aria-hidden="true" class="mark">
          ✓
        </span>
      )}
      {text}
    </p>
  );
}

export function App({ store, actions, now = Date.now }: Props) {
  const settings = store.settings.value;
  return (
    <main class="page options">
      <header class="options-header">
        <h1>{i18n.t('options.heading')}</h1>
        <SaveStatus store={store} />
      </header>
      <p class="muted">{i18n.t('options.intro')}</p>
      <p>
        <a href="/welcome.html">{i18n.t('options.welcomeLink')}</a>
      </p>
      <p class="muted" data-testid="shortcut">
        {i18n.t(import.meta.env.FIREFOX ? 'options.shortcutFirefox' : 'options.shortcutChrome')}
      </p>
      <KeptAsideNotice
        notices={noticesOf(store.quarantine.value, keptSourceOf)}
        whereHref="#kept-aside"
        onDismiss={() => void send({ type: 'quarantine/dismiss' })}
      />
      {store.damaged.value && (
        <p class="notice" role="alert">
          {i18n.t('options.damaged')}
        </p>
      )}
      {settings === null ? (
        <p class="muted" role="status">
          {i18n.t('options.loading')}
        </p>
      ) : (
        <form class="settings" onSubmit={(e) => e.preventDefault()} noValidate>
          <NudgesSection store={store} actions={actions} settings={settings} now={now} />
          <TimingSection store={store} actions={actions} settings={settings} />
          <HoursSection store={store} actions={actions} settings={settings} />
          <CallsSection store={store} actions={actions} settings={settings} />
          <NotifySection store={store} actions={actions} settings={settings} />
          <BreakEndSection store={store} actions={actions} settings={settings} />
          <ReminderSection store={store} actions={actions} settings={settings} />
          <SyncAndHelpSection store={store} actions={actions} settings={settings} />
          <MovesSection store={store} actions={actions} settings={settings} />
          <ResetSection store={store} actions={actions} />
        </form>
      )}
      <DataSection store={store} actions={actions} />
      <footer class="page-footer">
        <a href="/help.html">{i18n.t('footer.help')}</a>
        <a href="/journal.html">{i18n.t('footer.history')}</a>
      </footer>
    </main>
  );
}
