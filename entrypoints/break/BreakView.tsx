// The break itself: its notes, heading, what to do (or breathing instead), its choices
// (Done, the shorter version, Snooze, Skip or Close), the extras, and the start check-in.
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { offersCheckIn, toLatest } from '@/core/break-plan';
import { MOVE_MESSAGES } from '@/core/exercises';
import { suggestion } from '@/core/move-choice';
import { durationWords } from '@/utils/duration-words';
import { ActivityBody } from './ActivityBody';
import { shorterOffer } from './actions';
import { Breathing } from './Breathing';
import { StartCheckIn } from './CheckIn';
import type { BreakStore } from './store';
import { headingOf, type Props, useFocus } from './view';

function Notes({ store }: { store: BreakStore }) {
  const deferred = store.query.deferred || store.waiting.value?.deferred === true;
  const kind = store.nudge.value?.kind;
  const suggested = suggestion(withLatest(store));
  const showSuggestion =
    suggested === 'daylight' ||
    (suggested === 'walk' && kind !== 'walk') ||
    (suggested === 'breathe' && kind === 'stretch' && store.breathing.value === null);
  return (
    <>
      {deferred && <p class="note deferred">{i18n.t('break.deferred')}</p>}
      {showSuggestion && (
        <p class="note suggestion">
          {i18n.t(
            suggested === 'walk'
              ? MOVE_MESSAGES.suggestWalk
              : suggested === 'breathe'
                ? MOVE_MESSAGES.suggestBreathe
                : MOVE_MESSAGES.suggestDaylight,
          )}
        </p>
      )}
    </>
  );
}

const withLatest = (store: BreakStore) => {
  const latestCheckIn = toLatest(store.latest.value);
  return latestCheckIn ? { latestCheckIn } : {};
};

function Choices({ store, actions, doneRef }: Props & { doneRef: RefObject<HTMLButtonElement> }) {
  const busy = store.busy.value;
  const waiting = store.waiting.value !== null;
  // Not once the time is up: then only Done (or Skip, or Close) is left.
  const shorterSec = store.breathing.value ? null : shorterOffer(store);
  return (
    <div class="choices">
      <button type="button" class="primary" ref={doneRef} disabled={busy} onClick={actions.done}>
        {i18n.t('break.actions.done')}
      </button>
      {shorterSec !== null && (
        <button type="button" disabled={busy} onClick={actions.shorter}>
          {i18n.t('break.actions.shorter', [durationWords(shorterSec)])}
        </button>
      )}
      {/* Snooze until the limit; after that only Done, the shorter version or Skip. */}
      {store.canSnooze.value && (
        <button type="button" disabled={busy} onClick={actions.snooze}>
          {i18n.t('break.actions.snooze', [store.settings.value.snoozeMin])}
        </button>
      )}
      <button type="button" class="quiet" disabled={busy} onClick={waiting ? actions.skip : actions.close}>
        {waiting ? i18n.t('break.actions.skip') : i18n.t('break.actions.close')}
      </button>
    </div>
  );
}

function Extras({ store, actions }: Props) {
  const activity = store.activity.value;
  const hidden = store.hiddenMove.value;
  const canHide =
    activity?.kind === 'stretch' && activity.segments.length > 0 && !store.breathing.value && !store.timeUp.value;
  // Opened for breathing: there is no other break to go back to.
  const breatheOnly = activity?.kind === 'breathe';
  return (
    <>
      <div class="extras">
        {breatheOnly ? null : store.breathing.value ? (
          <button type="button" class="link" onClick={actions.backToBreak}>
            {i18n.t('break.breathe.back')}
          </button>
        ) : (
          <button type="button" class="link" onClick={actions.offerBreathing}>
            {i18n.t('break.breathe.offer')}
          </button>
        )}
        {canHide && (
          <button type="button" class="link" disabled={store.busy.value} onClick={actions.notForMe}>
            {i18n.t('break.stretch.notForMe')}
          </button>
        )}
      </div>
      {hidden && (
        <p class="note hidden-note">
          {i18n.t('break.stretch.hidden', [i18n.t(hidden.name)])}{' '}
          <a href="/options.html" target="_blank" rel="noopener">
            {i18n.t('break.stretch.settings')}
          </a>
        </p>
      )}
    </>
  );
}

export function BreakView({ store, actions }: Props) {
  const activity = store.activity.value;
  const doneRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const breathing = store.breathing.value;
  const setup = breathing !== null && !breathing.started;
  const timeUp = store.timeUp.value;
  useFocus(setup ? startRef : doneRef, [store.round.value, setup, timeUp]);
  if (!activity) return null;
  return (
    <>
      <Notes store={store} />
      <h1>{headingOf(store, activity)}</h1>
      {timeUp && (
        <p class="note time-up">
          <strong>{i18n.t('break.end.title')}</strong>{' '}
          {i18n.t(offersCheckIn(store.nudge.value) ? 'break.end.checkIn' : 'break.end.done')}
        </p>
      )}
      {breathing ? (
        <Breathing store={store} actions={actions} startRef={startRef} />
      ) : (
        <ActivityBody store={store} actions={actions} activity={activity} />
      )}
      <Choices store={store} actions={actions} doneRef={doneRef} />
      <Extras store={store} actions={actions} />
      {/* Below the break's own choices, so it never pushes them out of a small window. */}
      <StartCheckIn store={store} actions={actions} />
    </>
  );
}
