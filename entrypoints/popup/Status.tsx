// The break engine at a glance: active time today, the next nudge and when, the
// walking goal; Take a break now, Pause and Resume. Exact times live here, not in
// a ticking badge.
import { i18n } from '#i18n';
import type { PauseOption } from '@/core/settings';
import { hoursAndMinutes } from '@/core/time';
import type { PopupStore } from './store';

export interface StatusActions {
  takeBreak: (nudge: string) => void;
  pause: (option: PauseOption) => void;
  resume: () => void;
}

const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
// Every pause option (core/settings.ts PAUSE_OPTIONS), in order, with its words;
// kept here so the popup's first view does not load the settings schema.
const PAUSE_LABEL = {
  '30min': 'status.pause30min',
  '1h': 'status.pause1h',
  '2h': 'status.pause2h',
  tomorrow: 'status.pauseTomorrow',
} as const satisfies Record<PauseOption, string>;
const PAUSE_OPTIONS = Object.keys(PAUSE_LABEL) as PauseOption[];

function duration(ms: number): string {
  const { h, min } = hoursAndMinutes(ms);
  return h > 0 ? i18n.t('status.duration', [h, String(min).padStart(2, '0')]) : i18n.t('status.minutes', [min]);
}

export function Status({ store, actions }: { store: PopupStore; actions: StatusActions }) {
  const status = store.status.value;
  // Until it loads (after the first paint) the panel keeps its place, empty.
  if (!status) return <section class="status" aria-label={i18n.t('status.heading')} />;
  const name = (nudge: string) =>
    nudge === 'posture' || nudge === 'stretch' || nudge === 'walk'
      ? i18n.t(`status.nudgeName.${nudge}`)
      : (store.nudgeNames.value[nudge] ?? nudge);
  const walk = status.walk;
  return (
    <section class="status" aria-label={i18n.t('status.heading')}>
      <p class="status-line">
        <span>{i18n.t('status.active', [duration(status.activeMs)])}</span>
        <span>
          {walk.reached
            ? i18n.t('status.walkGoalReached', [Math.round(walk.walkMin)])
            : i18n.t('status.walkGoal', [Math.round(walk.walkMin), walk.goalMin])}
        </span>
      </p>
      <p class="status-next" data-testid="next-nudge" data-at={status.next?.at}>
        {status.pausedUntil !== null
          ? i18n.t('status.paused', [clock.format(status.pausedUntil)])
          : status.waiting
            ? i18n.t('status.waitingNow', [name(status.waiting)])
            : status.next
              ? i18n.t('status.next', [name(status.next.nudge), clock.format(status.next.at)])
              : i18n.t('status.nextNone')}
      </p>
      <div class="status-actions">
        <button type="button" onClick={() => actions.takeBreak(status.waiting ?? status.next?.nudge ?? 'stretch')}>
          {i18n.t('status.takeBreak')}
        </button>
        {status.pausedUntil !== null ? (
          <button type="button" onClick={actions.resume}>
            {i18n.t('status.resume')}
          </button>
        ) : (
          <details class="pause-menu">
            <summary>{i18n.t('status.pause')}</summary>
            <fieldset>
              <legend class="visually-hidden">{i18n.t('status.pauseFor')}</legend>
              {PAUSE_OPTIONS.map((option) => (
                <button type="button" key={option} onClick={() => actions.pause(option)}>
                  {i18n.t(PAUSE_LABEL[option])}
                </button>
              ))}
            </fieldset>
          </details>
        )}
      </div>
    </section>
  );
}
