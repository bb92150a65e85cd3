// The break engine at a glance: active time today, the next nudge and when, the
// walking goal; Take a break now (of a chosen kind), Pause and Resume. Exact times
// live here, not in a ticking badge. It comes after the check-in, in reading and
// Tab order: the check-in is what the popup is for.
import { i18n } from '#i18n';
import type { BreakKind } from '@/core/break-plan';
import { type PauseEnd, pauseEnd } from '@/core/pause-end';
import type { PauseOption } from '@/core/settings';
import { hoursAndMinutes } from '@/core/time';
import { localOffsetMin } from '@/utils/time-zone';
import { Menu } from './Menu';
import type { PopupStore } from './store';

export interface StatusActions {
  takeBreak: (kind: string) => void;
  pause: (option: PauseOption) => void;
  resume: () => void;
}

const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayAndClock = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
// Every pause option (core/settings.ts PAUSE_OPTIONS), in order, with its words;
// kept here so the popup's first view does not load the settings schema.
const PAUSE_LABEL = {
  '30min': 'status.pause30min',
  '1h': 'status.pause1h',
  '2h': 'status.pause2h',
  tomorrow: 'status.pauseTomorrow',
} as const satisfies Record<PauseOption, string>;
const PAUSE_OPTIONS = Object.keys(PAUSE_LABEL) as PauseOption[];
// The kinds of break the break page opens straight into (break.html?nudge=…,
// BREAK_KINDS in core/break-plan.ts; the type keeps the two in step without
// pulling that module into the popup), with their words.
const BREAK_LABEL = {
  posture: 'status.breakKind.posture',
  stretch: 'status.breakKind.stretch',
  walk: 'status.breakKind.walk',
  breathe: 'status.breakKind.breathe',
} as const satisfies Record<BreakKind, string>;
const BREAK_KINDS = Object.keys(BREAK_LABEL) as (keyof typeof BREAK_LABEL)[];

function duration(ms: number): string {
  const { h, min } = hoursAndMinutes(ms);
  return h > 0 ? i18n.t('status.duration', [h, String(min).padStart(2, '0')]) : i18n.t('status.minutes', [min]);
}

function pausedWords(end: PauseEnd): string {
  switch (end.kind) {
    case 'today':
      return i18n.t('status.paused', [clock.format(end.at)]);
    case 'tomorrow':
      return i18n.t('status.pausedTomorrow');
    case 'tomorrowAt':
      return i18n.t('status.pausedTomorrowAt', [clock.format(end.at)]);
    case 'later':
      return i18n.t('status.paused', [dayAndClock.format(end.at)]);
  }
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
  const suggested = status.waiting ?? status.next?.nudge ?? null;
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
          ? pausedWords(pauseEnd(status.resumesAt ?? status.pausedUntil, Date.now(), localOffsetMin))
          : status.waiting
            ? i18n.t('status.waitingNow', [name(status.waiting)])
            : status.next
              ? i18n.t('status.next', [name(status.next.nudge), clock.format(status.next.at)])
              : i18n.t('status.nextNone')}
      </p>
      <div class="status-actions">
        <Menu class="break-menu" label={i18n.t('status.takeBreak')} legend={i18n.t('status.breakKind.legend')}>
          {/* A waiting custom nudge is offered first, by its own name. */}
          {suggested !== null && !(suggested in BREAK_LABEL) && (
            <button type="button" onClick={() => actions.takeBreak(suggested)}>
              {name(suggested)}
            </button>
          )}
          {BREAK_KINDS.map((kind) => (
            <button type="button" key={kind} onClick={() => actions.takeBreak(kind)}>
              {i18n.t(BREAK_LABEL[kind])}
            </button>
          ))}
        </Menu>
        {status.pausedUntil !== null ? (
          <button type="button" onClick={actions.resume}>
            {i18n.t('status.resume')}
          </button>
        ) : (
          <Menu class="pause-menu" label={i18n.t('status.pause')} legend={i18n.t('status.pauseFor')}>
            {PAUSE_OPTIONS.map((option) => (
              <button type="button" key={option} onClick={() => actions.pause(option)}>
                {i18n.t(PAUSE_LABEL[option])}
              </button>
            ))}
          </Menu>
        )}
      </div>
    </section>
  );
}
