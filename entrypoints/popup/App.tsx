import { i18n } from '#i18n';
import { CheckInDetails } from '@/components/CheckInDetails';
import { KeptAsideNotice } from '@/components/KeptAsideNotice';
import { MoodFaces } from '@/components/MoodFaces';
import { PainScale } from '@/components/PainScale';
import type { WeeklyReflection as Reflection } from '@/core/care';
import type { CheckIn, Mood } from '@/core/checkins';
import type { Reply } from '@/core/messages';
import { Status, type StatusActions } from './Status';
import type { PopupStore } from './store';

/** What the view can ask for; main.tsx binds these to storage and messages. */
export interface PopupActions extends StatusActions {
  /** A face or a pain number was chosen: with the details folded, the second choice saves. */
  chose: () => void;
  save: () => void;
  undo: (checkIn: CheckIn) => void;
  dismissNotices: () => void;
  saveReflection: (reflection: Reflection) => Promise<Reply>;
}

const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** One entry in words; an earlier entry may have skipped mood or pain. */
function entryText(c: CheckIn): string {
  if (c.mood === undefined) return i18n.t('checkin.today.entryPain', [c.pain ?? 0]);
  const mood = i18n.t(`checkin.mood.${c.mood as Mood}`);
  if (c.pain === undefined) return i18n.t('checkin.today.entryMood', [c.mood, mood]);
  return i18n.t('checkin.today.entry', [c.mood, mood, c.pain]);
}

function TodayList({ entries }: { entries: CheckIn[] | null }) {
  // Before the first load there is nothing to claim: an empty list is not "none today".
  if (entries === null) return null;
  if (entries.length === 0) return <p class="muted">{i18n.t('checkin.today.empty')}</p>;
  return (
    // Scrolls inside its own area on a busy day, so it is focusable for the keyboard.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1)
    <ul class="today-list" tabIndex={0} aria-labelledby="today-heading">
      {entries.map((c) => (
        <li key={c.id}>
          <time dateTime={new Date(c.at).toISOString()}>{clock.format(c.at)}</time>
          <span>{entryText(c)}</span>
        </li>
      ))}
    </ul>
  );
}

function Feedback({ store, actions }: { store: PopupStore; actions: PopupActions }) {
  const feedback = store.feedback.value;
  // main.tsx moves focus here on a new save (not on each amendment after it).
  return (
    <div tabIndex={-1} class={`feedback ${feedback?.kind ?? ''}`} role="status" aria-live="polite">
      {(feedback?.kind === 'saved' || feedback?.kind === 'updated') && (
        <>
          <span>{i18n.t(feedback.kind === 'saved' ? 'checkin.saved' : 'checkin.updated')}</span>
          {!store.detailsOpen.value && (
            <button
              type="button"
              onClick={() => {
                store.detailsOpen.value = true;
                // The details open below the scales: the first of them takes focus.
                requestAnimationFrame(() => document.querySelector<HTMLElement>('.details summary')?.focus());
              }}
            >
              {i18n.t('checkin.addDetails')}
            </button>
          )}
          <button type="button" onClick={() => actions.undo(feedback.checkIn)}>
            {i18n.t('checkin.undo')}
          </button>
        </>
      )}
      {feedback?.kind === 'undone' && <span>{i18n.t('checkin.undone')}</span>}
      {feedback?.kind === 'error' && <span class="error">{feedback.text}</span>}
    </div>
  );
}

export function App({ store, actions }: { store: PopupStore; actions: PopupActions }) {
  const canSave = store.canSave.value;
  const views = store.careViews.value;
  return (
    <main class="popup">
      <KeptAsideNotice notices={store.notices.value} onDismiss={actions.dismissNotices} compact />
      <h1>{i18n.t('checkin.heading')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          actions.save();
        }}
      >
        <MoodFaces
          value={store.mood.value}
          onChange={(mood) => {
            store.mood.value = mood;
            actions.chose();
          }}
        />
        <PainScale
          value={store.pain.value}
          onChange={(pain) => {
            store.pain.value = pain;
            actions.chose();
          }}
        />
        <CheckInDetails
          regions={store.regions}
          tags={store.tags}
          sleep={store.sleep}
          note={store.note}
          open={store.detailsOpen}
          Body={store.detailsBody.value}
        />
        {store.detailsOpen.value ? (
          <div class="actions">
            <button
              type="submit"
              class="primary"
              disabled={!canSave}
              aria-describedby={canSave ? undefined : 'save-hint'}
            >
              {store.saving.value
                ? i18n.t('checkin.saving')
                : i18n.t(store.saved.value ? 'checkin.saveDetails' : 'checkin.save')}
            </button>
            {!canSave && !store.saving.value && (
              <small id="save-hint" class="muted">
                {i18n.t('checkin.chooseBoth')}
              </small>
            )}
          </div>
        ) : (
          !store.saved.value && (
            <p class="actions muted" id="save-hint">
              {store.saving.value ? i18n.t('checkin.saving') : i18n.t('checkin.savesItself')}
            </p>
          )
        )}
      </form>
      <Feedback store={store} actions={actions} />
      <Status store={store} actions={actions} />
      {views.CareCard && <views.CareCard signal={store.care.value} newTab compact />}
      {views.WeeklyReflection && store.reflection.value && (
        <details class="reflection-offer">
          <summary>{i18n.t('popup.reflectionOffer')}</summary>
          <views.WeeklyReflection
            weekStart={store.reflection.value.weekStart}
            initial={store.reflection.value.initial}
            onSave={actions.saveReflection}
            idPrefix="popup-reflection"
          />
        </details>
      )}
      <section class="today" aria-labelledby="today-heading">
        <h2 id="today-heading">{i18n.t('checkin.today.heading')}</h2>
        <TodayList entries={store.today.value} />
      </section>
      <footer class="footer">
        <a href="/help.html" target="_blank" rel="noopener" class="help-link">
          {i18n.t('footer.help')}
        </a>
        <a href="/journal.html" target="_blank" rel="noopener">
          {i18n.t('footer.history')}
        </a>
        <a href="/report.html" target="_blank" rel="noopener">
          {i18n.t('footer.report')}
        </a>
        <a href="/options.html" target="_blank" rel="noopener">
          {i18n.t('footer.settings')}
        </a>
      </footer>
    </main>
  );
}
