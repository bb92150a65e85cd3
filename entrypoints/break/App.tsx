// The break page's view: one thing to do, a timer, and a gentle way out. Text is
// kept short because the break must take longer than reading about it
// (hovancik/stretchly#1672). App only wires the phases; each view is a file beside it
// (BreakView.tsx and its parts ActivityBody.tsx and Breathing.tsx; CheckIn.tsx;
// Finished.tsx), and view.ts holds what they share.
import { i18n } from '#i18n';
import { BreakView } from './BreakView';
import { QuickCheckIn } from './CheckIn';
import { Finished } from './Finished';
import type { Props } from './view';

export function App({ store, actions }: Props) {
  const phase = store.phase.value;
  return (
    <main class={`break ${store.query.window ? 'in-window' : ''}`} aria-busy={phase === 'loading'}>
      <KeptAsideNotice notices={store.notices.value} onDismiss={actions.dismissNotices} compact />
      {phase === 'loading' && <p class="muted">{i18n.t('break.loading')}</p>}
      {phase === 'break' && <BreakView store={store} actions={actions} />}
      {phase === 'checkin' && <QuickCheckIn store={store} actions={actions} />}
      {phase === 'finished' && <Finished store={store} actions={actions} />}
      {store.error.value && (
        <p class="error" role="alert">
          {store.error.value}
        </p>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {store.announcement.value}
      </p>
      <footer class="break-help">
        <CrisisLine newTab />
      </footer>
    </main>
  );
}
