// The break page's view: one thing to do, a timer, and a gentle way out. Text is
// kept short because the break must take longer than reading about it
// (hovancik/stretchly#1672).
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { type GeneratedI18nStructure, i18n } from '#i18n';
import { Countdown } from '@/components/Countdown';
import { MoodFaces } from '@/components/MoodFaces';
import { MoveFigure } from '@/components/MoveFigure';
import { PainScale } from '@/components/PainScale';
import type { Segment } from '@/core/break-length';
import { BREATHE_MINUTES, breathPhase, offersCheckIn, toLatest } from '@/core/break-plan';
import { type Activity, type AvoidKey, MOVE_MESSAGES, type StepKey } from '@/core/exercises';
import { BAD_PAIN, suggestion } from '@/core/move-choice';
import { durationWords } from '@/utils/duration-words';
import { shorterOffer } from './actions';
import type { BreakActivity, BreakStore } from './store';

/** What the view can ask for; main.tsx binds these to storage, messages and the window. */
export interface BreakActions {
  done: () => void;
  snooze: () => void;
  skip: () => void;
  shorter: () => void;
  /** The timer's elapsed ms, every tick: a stretch moves on to its next move. */
  progress: (elapsedMs: number) => void;
  notForMe: () => void;
  timerStarted: (name: string, seconds: number) => void;
  timerEnded: () => void;
  offerBreathing: () => void;
  setBreathingMinutes: (minutes: number) => void;
  startBreathing: () => void;
  backToBreak: () => void;
  saveStartCheckIn: () => void;
  declineStartCheckIn: () => void;
  saveCheckIn: () => void;
  declineCheckIn: () => void;
  /** Closes the kept-aside notice for good (the values stay kept aside). */
  dismissNotices: () => void;
  close: () => void;
}

type Props = { store: BreakStore; actions: BreakActions };

/**
 * A move's step or "go easy" key. Their types allow a third step for every activity,
 * but only the ones the catalog lists exist (core/exercises.ts keysFor; its test checks
 * every listed key is in locales/en.yml).
 */
const moveText = (key: StepKey | AvoidKey) => i18n.t(key as keyof GeneratedI18nStructure & (StepKey | AvoidKey));

const POSTURE_CHECKS = ['sitBack', 'feetFlat', 'shouldersDown', 'screen', 'farAway'] as const;
/** A pointer choice this recent made the change: with both chosen, the check-in saves itself. */
const POINTER_CHOICE_MS = 1000;

/** Moves focus to `ref` whenever one of `deps` changes (a new activity, a new phase). */
function useFocus(ref: RefObject<HTMLElement>, deps: unknown[]) {
  // A layout effect, so focus has moved before anything else happens (a key press, a click).
  useLayoutEffect(() => {
    ref.current?.focus();
  }, deps);
}

function headingOf(store: BreakStore, activity: BreakActivity): string {
  if (store.breathing.value) return i18n.t('break.heading.breathe');
  if (store.shorter.value) return i18n.t('break.heading.short');
  switch (activity.kind) {
    case 'custom':
      return activity.name ?? i18n.t('break.heading.custom');
    default:
      return i18n.t(`break.heading.${activity.kind}`);
  }
}

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

function Steps({ activity }: { activity: Activity }) {
  return (
    <ol class="steps">
      {activity.steps.map((key) => (
        <li key={key}>{moveText(key)}</li>
      ))}
    </ol>
  );
}

function Timer({ store, actions, name }: Props & { name: string }) {
  const seconds = store.lengthSec.value;
  return (
    <Countdown
      key={store.round.value}
      seconds={seconds}
      onStart={() => actions.timerStarted(name, seconds)}
      onProgress={actions.progress}
      onEnd={actions.timerEnded}
    />
  );
}

/** "Move 2 of 3", then the moves still to come, so a person knows the break goes on. */
function Sequence({ segments, index }: { segments: readonly Segment[]; index: number }) {
  if (segments.length < 2) return null;
  const next = segments[index + 1];
  return (
    <p class="muted sequence">
      {i18n.t('break.stretch.of', [index + 1, segments.length])}
      {next && ` · ${i18n.t('break.stretch.upNext', [i18n.t(next.move.name)])}`}
    </p>
  );
}

function MoveBody({
  store,
  actions,
  activity,
  segments,
  name,
}: Props & { activity: Activity; segments: readonly Segment[]; name: string }) {
  const gentleDay = 'intensity' in activity && (store.latest.value?.pain ?? 0) >= BAD_PAIN;
  return (
    <div class="move">
      <div class="move-head">
        <MoveFigure move={activity} size={96} decorative class="move-figure" />
        <div>
          <h2>{i18n.t(activity.name)}</h2>
          <Sequence segments={segments} index={store.segment.value} />
          {gentleDay && <p class="muted">{i18n.t('break.stretch.gentle')}</p>}
        </div>
      </div>
      <div class="move-body">
        <Timer store={store} actions={actions} name={name} />
        <div>
          <Steps activity={activity} />
          {activity.avoid && (
            <p class="avoid">
              <strong>{i18n.t('break.stretch.avoid')}</strong> {moveText(activity.avoid)}
            </p>
          )}
          {/* The stop rule, the same on every move (issue 13 item 4). */}
          <p class="stop-rule">
            <strong>{i18n.t('break.stretch.stopRule')}</strong>
          </p>
        </div>
      </div>
    </div>
  );
}

function ActivityBody({ store, actions, activity }: Props & { activity: BreakActivity }) {
  const heading = headingOf(store, activity);
  switch (activity.kind) {
    case 'posture':
      return (
        <div class="posture">
          <Timer store={store} actions={actions} name={heading} />
          <div>
            <p class="muted">{i18n.t('break.posture.intro')}</p>
            <ul class="checklist">
              {POSTURE_CHECKS.map((key) => (
                <li key={key}>{i18n.t(`break.posture.${key}`)}</li>
              ))}
            </ul>
          </div>
        </div>
      );
    case 'stretch': {
      const move = activity.segments[store.segment.value]?.move;
      if (!move) {
        return (
          <p class="note">
            {i18n.t(MOVE_MESSAGES.allHidden)}{' '}
            <a href="/options.html" target="_blank" rel="noopener">
              {i18n.t('break.stretch.settings')}
            </a>
          </p>
        );
      }
      return <MoveBody store={store} actions={actions} activity={move} segments={activity.segments} name={heading} />;
    }
    case 'breathe':
      return null;
    case 'walk':
      return (
        <div class="walk">
          <Timer store={store} actions={actions} name={heading} />
          <div>
            <p>{i18n.t('break.walk.intro')}</p>
            <p class="idea">
              <strong>{i18n.t('break.walk.idea')}</strong> {i18n.t(`break.walk.ideas.${activity.idea}`)}
            </p>
          </div>
        </div>
      );
    case 'custom':
      return (
        <div class="walk">
          <Timer store={store} actions={actions} name={heading} />
          <p>{i18n.t('break.custom.intro')}</p>
        </div>
      );
  }
}

function Breathing({ store, actions, startRef }: Props & { startRef: RefObject<HTMLButtonElement> }) {
  const breathing = store.breathing.value;
  if (!breathing) return null;
  if (!breathing.started) {
    return (
      <form
        class="breathe-setup"
        onSubmit={(e) => {
          e.preventDefault();
          actions.startBreathing();
        }}
      >
        <p class="muted">{i18n.t('break.breathe.pace')}</p>
        <label class="field">
          <span>{i18n.t('break.breathe.minutes')}</span>
          <select
            value={breathing.minutes}
            onChange={(e) => actions.setBreathingMinutes(Number((e.target as HTMLSelectElement).value))}
          >
            {BREATHE_MINUTES.map((m) => (
              <option key={m} value={m}>
                {i18n.t('break.breathe.minute', m)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary" ref={startRef}>
          {i18n.t('break.breathe.start')}
        </button>
      </form>
    );
  }
  return (
    <div class="breathe">
      <p class="muted">{i18n.t('break.breathe.pace')}</p>
      <Countdown
        key={store.round.value}
        variant="breath"
        seconds={breathing.minutes * 60}
        onStart={() => actions.timerStarted(i18n.t('break.heading.breathe'), breathing.minutes * 60)}
        onEnd={actions.timerEnded}
        cue={(elapsedMs) => <span class="breath-cue">{i18n.t(`break.breathe.${breathPhase(elapsedMs)}`)}</span>}
      />
    </div>
  );
}

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

function BreakView({ store, actions }: Props) {
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

type CheckInForm = BreakStore['checkIn'];

/**
 * The two-click check-in, at a break's start and at its end: a face and a pain number,
 * and it saves itself once both are picked by pointer. Arrow keys move through a radio
 * group choosing as they go, so keyboard users confirm with Save (or Enter) instead.
 */
function TwoClickCheckIn({
  form,
  onSave,
  onDecline,
  declineLabel,
}: {
  form: CheckInForm;
  onSave: () => void;
  onDecline: () => void;
  declineLabel: string;
}) {
  const pointerAt = useRef(Number.NEGATIVE_INFINITY);
  const { mood, pain, saving } = form;
  const both = mood.value !== null && pain.value !== null;
  const choose = (apply: () => void) => {
    apply();
    if (mood.value !== null && pain.value !== null && performance.now() - pointerAt.current < POINTER_CHOICE_MS) {
      onSave();
    }
  };
  return (
    <form
      onPointerDown={() => {
        pointerAt.current = performance.now();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <MoodFaces
        value={mood.value}
        onChange={(value) =>
          choose(() => {
            mood.value = value;
          })
        }
      />
      <PainScale
        value={pain.value}
        onChange={(value) =>
          choose(() => {
            pain.value = value;
          })
        }
      />
      <div class="choices">
        <button type="submit" class="primary" disabled={!both || saving.value}>
          {saving.value ? i18n.t('break.checkin.saving') : i18n.t('break.checkin.save')}
        </button>
        <button type="button" onClick={onDecline}>
          {declineLabel}
        </button>
      </div>
    </form>
  );
}

/**
 * The check-in offered as the break starts (optional, never asked twice), below the
 * break's own choices: focus stays on the break, and "Not now" puts it aside. Only for breaks that offer the end one too.
 */
function StartCheckIn({ store, actions }: Props) {
  const state = store.startCheckIn.state.value;
  if (!store.breakId.value || store.timeUp.value || store.breathing.value || state === 'declined') return null;
  if (state === 'saved') return <p class="note start-saved">{i18n.t('break.start.saved')}</p>;
  return (
    <section class="quick-checkin start-checkin" aria-labelledby="start-checkin-heading">
      <h2 id="start-checkin-heading">{i18n.t('break.start.heading')}</h2>
      <p class="muted">{i18n.t('break.start.hint')}</p>
      <TwoClickCheckIn
        form={store.startCheckIn}
        onSave={actions.saveStartCheckIn}
        onDecline={actions.declineStartCheckIn}
        declineLabel={i18n.t('break.start.notNow')}
      />
    </section>
  );
}

function QuickCheckIn({ store, actions }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocus(headingRef, []);
  return (
    <section class="quick-checkin" aria-labelledby="checkin-heading">
      <p class="note done-note">{i18n.t('break.finished.done')}</p>
      <h1 id="checkin-heading" tabIndex={-1} ref={headingRef}>
        {i18n.t('break.checkin.heading')}
      </h1>
      <p class="muted">{i18n.t('break.checkin.hint')}</p>
      <TwoClickCheckIn
        form={store.checkIn}
        onSave={actions.saveCheckIn}
        onDecline={actions.declineCheckIn}
        declineLabel={i18n.t('break.checkin.noThanks')}
      />
    </section>
  );
}

function Finished({ store, actions }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocus(ref, []);
  const ending = store.ending.value;
  const text =
    ending === 'snoozed'
      ? i18n.t('break.finished.snoozed', [store.settings.value.snoozeMin])
      : ending === 'skipped'
        ? i18n.t('break.finished.skipped')
        : ending === 'checkedIn'
          ? i18n.t('break.checkin.saved')
          : i18n.t('break.finished.done');
  return (
    <section class="finished">
      <h1 class="finished-text" tabIndex={-1} ref={ref}>
        {text}
      </h1>
      {!store.query.window && <p class="muted">{i18n.t('break.finished.closeTab')}</p>}
      <button type="button" onClick={actions.close}>
        {i18n.t('break.actions.close')}
      </button>
    </section>
  );
}

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
