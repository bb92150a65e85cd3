// The break's optional check-ins: one as the break starts, one after it, both the same
// two-click form (saved with source "break", marked start or end, by actions.ts).
import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { MoodFaces } from '@/components/MoodFaces';
import { PainScale } from '@/components/PainScale';
import type { BreakStore } from './store';
import { type Props, useFocus } from './view';

/** A pointer choice this recent made the change: with both chosen, the check-in saves itself. */
const POINTER_CHOICE_MS = 1000;

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
export function StartCheckIn({ store, actions }: Props) {
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

export function QuickCheckIn({ store, actions }: Props) {
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
