// Paced breathing: choose its minutes, then breathe with the cue (also a break of its own, nudge=breathe).
import type { RefObject } from 'preact';
import { i18n } from '#i18n';
import { Countdown } from '@/components/Countdown';
import { BREATHE_MINUTES, breathPhase } from '@/core/break-plan';
import type { Props } from './view';

export function Breathing({ store, actions, startRef }: Props & { startRef: RefObject<HTMLButtonElement> }) {
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
