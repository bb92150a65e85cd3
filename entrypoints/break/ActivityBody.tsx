// What a break asks of you, by kind: the posture checklist, a stretch's move with its
// steps and the stop rule, a walk's idea, a custom break; each beside its timer.
import { type GeneratedI18nStructure, i18n } from '#i18n';
import { Countdown } from '@/components/Countdown';
import { MoveFigure } from '@/components/MoveFigure';
import type { Segment } from '@/core/break-length';
import { type Activity, type AvoidKey, MOVE_MESSAGES, type StepKey } from '@/core/exercises';
import { BAD_PAIN } from '@/core/move-choice';
import type { BreakActivity } from './store';
import { headingOf, type Props } from './view';

/**
 * A move's step or "go easy" key. Their types allow a third step for every activity,
 * but only the ones the catalog lists exist (core/exercises.ts keysFor; its test checks
 * every listed key is in locales/en.yml).
 */
const moveText = (key: StepKey | AvoidKey) => i18n.t(key as keyof GeneratedI18nStructure & (StepKey | AvoidKey));

const POSTURE_CHECKS = ['sitBack', 'feetFlat', 'shouldersDown', 'screen', 'farAway'] as const;

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

export function ActivityBody({ store, actions, activity }: Props & { activity: BreakActivity }) {
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
