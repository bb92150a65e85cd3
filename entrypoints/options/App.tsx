// The options page: every setting, grouped, saved as it changes; then "Your data".
// State comes from store.ts; actions are passed in (main.tsx binds them).
import { i18n } from '#i18n';
import { newCustomNudge } from '@/core/custom-nudge';
import { findMove } from '@/core/exercises';
import { HELPLINES } from '@/core/helplines';
import {
  BUILT_IN_NUDGES,
  type CustomNudge,
  LENGTHS,
  LIMITS,
  type NotificationStyle,
  type SettingsV1,
} from '@/core/settings';
import type { MinuteRange } from '@/core/time';
import type { OptionsActions } from './actions';
import { DataSection } from './DataSection';
import { describedBy, FieldError, fieldId, NumberField, Toggle, useField } from './fields';
import { clockFromMinutes, minutesFromClock } from './setting-path';
import type { OptionsStore } from './store';

interface Props {
  store: OptionsStore;
  actions: OptionsActions;
  /** Epoch ms, for new custom nudges' ids. */
  now?: () => number;
}

type SectionProps = { store: OptionsStore; actions: OptionsActions; settings: SettingsV1 };

/** Monday first: most working weeks start there. 0 = Sunday, as settings store them. */
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const STYLES: readonly NotificationStyle[] = ['notification', 'window', 'both'];

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

function NudgeFields({
  store,
  actions,
  base,
  hint,
}: Pick<SectionProps, 'store' | 'actions'> & { base: string; hint?: string }) {
  return (
    <>
      <Toggle store={store} path={`${base}.enabled`} label={i18n.t('options.nudges.on')} onChange={actions.change} />
      <NumberField
        store={store}
        path={`${base}.intervalMin`}
        label={i18n.t('options.nudges.interval')}
        unit={i18n.t('options.nudges.intervalUnit')}
        min={LIMITS.intervalMin.min}
        max={LIMITS.intervalMin.max}
        onChange={actions.change}
        onBlur={actions.blur}
      />
      <NumberField
        store={store}
        path={`${base}.durationSec`}
        label={i18n.t('options.nudges.duration')}
        unit={i18n.t('options.nudges.durationUnit')}
        min={LIMITS.durationSec.min}
        max={LIMITS.durationSec.max}
        onChange={actions.change}
        onBlur={actions.blur}
      />
      {hint && <p class="hint nudge-hint">{hint}</p>}
    </>
  );
}

function CustomNudgeRow({ store, actions, settings, index }: SectionProps & { index: number }) {
  const base = `customNudges.${index}`;
  const nudge = settings.customNudges[index] as CustomNudge;
  const name = useField(store, `${base}.name`);
  const value = store.drafts.value[`${base}.name`] ?? nudge.name;
  return (
    <fieldset class="nudge card">
      <legend>{nudge.name || i18n.t('options.nudges.customName')}</legend>
      <div class={`field${name.error ? ' has-error' : ''}`}>
        <label for={name.id}>{i18n.t('options.nudges.customName')}</label>
        <input
          id={name.id}
          type="text"
          value={value}
          maxLength={LENGTHS['customNudges.*.name'].max + 10}
          aria-invalid={name.error ? 'true' : undefined}
          aria-describedby={describedBy(name.errorId)}
          onInput={(e) => actions.change(`${base}.name`, e.currentTarget.value, e.currentTarget.value)}
          onBlur={() => actions.blur(`${base}.name`)}
        />
        <FieldError id={`${name.id}-error`} error={name.error} />
      </div>
      <NudgeFields store={store} actions={actions} base={base} />
      <div class="row-actions">
        <button
          type="button"
          aria-label={i18n.t('options.nudges.removeNamed', [nudge.name])}
          onClick={() =>
            actions.changeList(
              'customNudges',
              settings.customNudges.filter((_, i) => i !== index),
            )
          }
        >
          {i18n.t('options.nudges.remove')}
        </button>
      </div>
    </fieldset>
  );
}

function NudgesSection({ store, actions, settings, now }: SectionProps & { now: () => number }) {
  const custom = settings.customNudges;
  const max = LENGTHS.customNudges.max;
  const listError = store.errors.value.customNudges;
  const add = () => {
    const nudge = newCustomNudge(i18n.t('options.nudges.customDefaultName'), now());
    actions.changeList('customNudges', [...custom, nudge]);
  };
  return (
    <section aria-labelledby="nudges-heading">
      <h2 id="nudges-heading">{i18n.t('options.nudges.heading')}</h2>
      <p class="muted">{i18n.t('options.nudges.intro')}</p>
      {BUILT_IN_NUDGES.map((nudge) => (
        <fieldset key={nudge} class="nudge card">
          <legend>{i18n.t(`options.nudges.name.${nudge}`)}</legend>
          <NudgeFields
            store={store}
            actions={actions}
            base={`nudges.${nudge}`}
            hint={i18n.t(`options.nudges.hint.${nudge}`)}
          />
        </fieldset>
      ))}
      <h3>{i18n.t('options.nudges.customHeading')}</h3>
      <p class="muted">{i18n.t('options.nudges.customIntro', [max])}</p>
      {custom.map((nudge, index) => (
        <CustomNudgeRow key={nudge.id} store={store} actions={actions} settings={settings} index={index} />
      ))}
      <FieldError id="f-customNudges-error" error={listError} />
      {custom.length < max ? (
        <button type="button" onClick={add}>
          {i18n.t('options.nudges.add')}
        </button>
      ) : (
        <p class="muted">{i18n.t('options.nudges.addLimit', [max])}</p>
      )}
    </section>
  );
}

function TimingSection({ store, actions }: SectionProps) {
  return (
    <section aria-labelledby="timing-heading">
      <h2 id="timing-heading">{i18n.t('options.timing.heading')}</h2>
      <div class="card grid">
        <NumberField
          store={store}
          path="idleDetectionSec"
          label={i18n.t('options.timing.idle')}
          unit={i18n.t('options.timing.idleUnit')}
          hint={i18n.t('options.timing.idleHint')}
          min={LIMITS.idleDetectionSec.min}
          max={LIMITS.idleDetectionSec.max}
          onChange={actions.change}
          onBlur={actions.blur}
        />
        <NumberField
          store={store}
          path="snoozeMin"
          label={i18n.t('options.timing.snooze')}
          unit={i18n.t('options.timing.snoozeUnit')}
          min={LIMITS.snoozeMin.min}
          max={LIMITS.snoozeMin.max}
          onChange={actions.change}
          onBlur={actions.blur}
        />
        <NumberField
          store={store}
          path="snoozeLimit"
          label={i18n.t('options.timing.snoozeLimit')}
          unit=""
          hint={i18n.t('options.timing.snoozeLimitHint')}
          min={LIMITS.snoozeLimit.min}
          max={LIMITS.snoozeLimit.max}
          onChange={actions.change}
          onBlur={actions.blur}
        />
      </div>
    </section>
  );
}

function TimeInput({
  store,
  actions,
  path,
  label,
  end,
  disabled,
}: Pick<SectionProps, 'store' | 'actions'> & { path: string; label: string; end?: boolean; disabled?: boolean }) {
  const { id, error, errorId } = useField(store, path);
  const settings = store.settings.value;
  const minutes = settings ? (pathValue(settings, path) as number) : 0;
  const value = store.drafts.value[path] ?? clockFromMinutes(minutes);
  return (
    <span class={`field time-field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        step={60}
        value={value}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(errorId)}
        onInput={(e) => {
          const typed = e.currentTarget.value;
          actions.change(path, minutesFromClock(typed, { end }), typed);
        }}
        onBlur={() => actions.blur(path)}
      />
      <FieldError id={`${id}-error`} error={error} />
    </span>
  );
}

function pathValue(settings: SettingsV1, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], settings);
}

function DayRow({ store, actions, settings, day }: SectionProps & { day: number }) {
  const dayName = i18n.t(`options.hours.day.${DAY_KEYS[day] as (typeof DAY_KEYS)[number]}`);
  const ranges = settings.workingHours.days[day] as MinuteRange[];
  const base = `workingHours.days.${day}`;
  const dayError = store.errors.value[base];
  const max = LENGTHS['workingHours.days.*'].max;
  const setRanges = (next: MinuteRange[]) => actions.changeList(base, next);
  const addRange = () => {
    const last = ranges.at(-1);
    const start = last ? Math.min(last.endMin + 60, 1380) : 9 * 60;
    setRanges([...ranges, { startMin: start, endMin: Math.min(start + 60, 1440) }]);
  };
  return (
    <fieldset class="day" aria-describedby={dayError ? `${fieldId(base)}-error` : undefined}>
      <legend>{dayName}</legend>
      <div class="ranges">
        {ranges.length === 0 && <span class="muted">{i18n.t('options.hours.off')}</span>}
        {ranges.map((_, r) => (
          <fieldset key={`${day}-${r}`} class="range">
            <legend class="visually-hidden">{i18n.t('options.hours.rangeLabel', [dayName, r + 1])}</legend>
            <TimeInput
              store={store}
              actions={actions}
              path={`${base}.${r}.startMin`}
              label={i18n.t('options.hours.from')}
            />
            <TimeInput
              store={store}
              actions={actions}
              path={`${base}.${r}.endMin`}
              label={i18n.t('options.hours.to')}
              end
            />
            <button
              type="button"
              class="icon-button"
              aria-label={i18n.t('options.hours.removeRange')}
              title={i18n.t('options.hours.removeRange')}
              onClick={() => setRanges(ranges.filter((__, i) => i !== r))}
            >
              <span aria-hidden="true">×</span>
            </button>
            <FieldError id={`${fieldId(`${base}.${r}`)}-error`} error={store.errors.value[`${base}.${r}`]} />
          </fieldset>
        ))}
        {ranges.length < max && (
          <button type="button" class="link-button" onClick={addRange}>
            {i18n.t('options.hours.add')}
          </button>
        )}
      </div>
      <FieldError id={`${fieldId(base)}-error`} error={dayError} />
    </fieldset>
  );
}

function HoursSection(props: SectionProps) {
  const { store, actions } = props;
  return (
    <section aria-labelledby="hours-heading">
      <h2 id="hours-heading">{i18n.t('options.hours.heading')}</h2>
      <div class="card">
        <Toggle
          store={store}
          path="workingHours.enabled"
          label={i18n.t('options.hours.enabled')}
          hint={i18n.t('options.hours.intro')}
          onChange={actions.change}
        />
        <div class={`week${props.settings.workingHours.enabled ? '' : ' dimmed'}`}>
          {WEEK.map((day) => (
            <DayRow key={day} {...props} day={day} />
          ))}
        </div>
      </div>
    </section>
  );
}

function CallsSection({ store, actions, settings }: SectionProps) {
  return (
    <section aria-labelledby="calls-heading">
      <h2 id="calls-heading">{i18n.t('options.calls.heading')}</h2>
      <div class="card">
        <Toggle
          store={store}
          path="waitDuringCalls"
          label={i18n.t('options.calls.wait')}
          hint={i18n.t('options.calls.waitHint')}
          onChange={actions.change}
        />
        <NumberField
          store={store}
          path="maxWaitMin"
          label={i18n.t('options.calls.maxWait')}
          unit={i18n.t('options.calls.maxWaitUnit')}
          min={LIMITS.maxWaitMin.min}
          max={LIMITS.maxWaitMin.max}
          disabled={!settings.waitDuringCalls}
          onChange={actions.change}
          onBlur={actions.blur}
        />
      </div>
    </section>
  );
}

function NotifySection({ store, actions, settings }: SectionProps) {
  const test = store.testNudge.value;
  return (
    <section aria-labelledby="notify-heading">
      <h2 id="notify-heading">{i18n.t('options.notify.heading')}</h2>
      <div class="card">
        <div class="choices" role="radiogroup" aria-labelledby="style-label">
          <span id="style-label" class="choices-label">
            {i18n.t('options.notify.style')}
          </span>
          {STYLES.map((style) => (
            <label key={style} class="choice">
              <input
                type="radio"
                name="notificationStyle"
                value={style}
                checked={settings.notificationStyle === style}
                onChange={() => actions.change('notificationStyle', style)}
              />
              {i18n.t(`options.notify.${style}`)}
            </label>
          ))}
        </div>
        {store.notificationsBlocked.value && (
          <p class="note" role="note">
            {i18n.t('options.notify.blocked')}
          </p>
        )}
        <p class="inline-actions">
          <button type="button" onClick={() => void actions.testNudge()}>
            {i18n.t('options.notify.test')}
          </button>
          <span role="status" class={test?.kind === 'error' ? 'error-text' : 'muted'}>
            {test?.text}
          </span>
        </p>
      </div>
    </section>
  );
}

function ReminderSection({ store, actions, settings }: SectionProps) {
  return (
    <section aria-labelledby="reminder-heading">
      <h2 id="reminder-heading">{i18n.t('options.reminder.heading')}</h2>
      <div class="card">
        <Toggle
          store={store}
          path="dailyReminder.enabled"
          label={i18n.t('options.reminder.enabled')}
          hint={i18n.t('options.reminder.hint')}
          onChange={actions.change}
        />
        <TimeInput
          store={store}
          actions={actions}
          path="dailyReminder.minuteOfDay"
          label={i18n.t('options.reminder.time')}
          disabled={!settings.dailyReminder.enabled}
        />
        <NumberField
          store={store}
          path="walkGoalMin"
          label={i18n.t('options.reminder.walkGoal')}
          unit={i18n.t('options.reminder.walkGoalUnit')}
          hint={i18n.t('options.reminder.walkGoalHint')}
          min={LIMITS.walkGoalMin.min}
          max={LIMITS.walkGoalMin.max}
          onChange={actions.change}
          onBlur={actions.blur}
        />
        <ReflectionDay store={store} actions={actions} settings={settings} />
      </div>
    </section>
  );
}

// 2024-01-07 was a Sunday: weekday 0, as in settings.
const weekdayName = (day: number) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));

function ReflectionDay({ store, actions, settings }: SectionProps) {
  const field = useField(store, 'reflectionWeekday');
  return (
    <div class={`field${field.error ? ' has-error' : ''}`}>
      <label for={field.id}>{i18n.t('options.reminder.reflection')}</label>
      <select
        id={field.id}
        value={settings.reflectionWeekday === null ? '' : String(settings.reflectionWeekday)}
        aria-invalid={field.error ? 'true' : undefined}
        aria-describedby={describedBy(`${field.id}-hint`, field.errorId)}
        onChange={(e) => {
          const value = e.currentTarget.value;
          actions.change('reflectionWeekday', value === '' ? null : Number(value));
        }}
      >
        {[1, 2, 3, 4, 5, 6, 0].map((day) => (
          <option key={day} value={String(day)}>
            {weekdayName(day)}
          </option>
        ))}
        <option value="">{i18n.t('options.reminder.reflectionNever')}</option>
      </select>
      <small id={`${field.id}-hint`} class="hint">
        {i18n.t('options.reminder.reflectionHint')}
      </small>
      <FieldError id={`${field.id}-error`} error={field.error} />
    </div>
  );
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames([navigator.language || 'en'], { type: 'region' });
  } catch {
    return null;
  }
})();
const countryName = (code: string) => regionNames?.of(code) ?? HELPLINES.find((h) => h.country === code)?.name ?? code;

function SyncAndHelpSection({ store, actions, settings }: SectionProps) {
  const country = useField(store, 'helpCountry');
  const guess = store.localeCountry.value;
  const countries = [...HELPLINES].sort((a, b) => countryName(a.country).localeCompare(countryName(b.country)));
  return (
    <>
      <section aria-labelledby="sync-heading">
        <h2 id="sync-heading">{i18n.t('options.sync.heading')}</h2>
        <div class="card">
          <Toggle
            store={store}
            path="syncSettings"
            label={i18n.t('options.sync.enabled')}
            hint={i18n.t('options.sync.hint')}
            onChange={actions.change}
          />
        </div>
      </section>
      <section aria-labelledby="help-heading">
        <h2 id="help-heading">{i18n.t('options.help.heading')}</h2>
        <div class={`card field${country.error ? ' has-error' : ''}`}>
          <label for={country.id}>{i18n.t('options.help.country')}</label>
          <select
            id={country.id}
            value={settings.helpCountry ?? ''}
            aria-invalid={country.error ? 'true' : undefined}
            aria-describedby={describedBy(`${country.id}-hint`, country.errorId)}
            onChange={(e) => actions.change('helpCountry', e.currentTarget.value || null)}
          >
            <option value="">
              {guess ? i18n.t('options.help.auto', [countryName(guess)]) : i18n.t('options.help.autoUnknown')}
            </option>
            {countries.map((c) => (
              <option key={c.country} value={c.country}>
                {countryName(c.country)}
              </option>
            ))}
          </select>
          <small id={`${country.id}-hint`} class="hint">
            {i18n.t('options.help.hint')}
          </small>
          <FieldError id={`${country.id}-error`} error={country.error} />
        </div>
      </section>
    </>
  );
}

function MovesSection({ actions, settings }: SectionProps) {
  const hidden = settings.hiddenMoves;
  return (
    <section aria-labelledby="moves-heading">
      <h2 id="moves-heading">{i18n.t('options.moves.heading')}</h2>
      <p class="muted">{i18n.t('options.moves.intro')}</p>
      {hidden.length === 0 ? (
        <p class="card muted">{i18n.t('options.moves.none')}</p>
      ) : (
        <ul class="card hidden-moves">
          {hidden.map((id) => {
            const move = findMove(id);
            const name = move ? i18n.t(move.name) : i18n.t('options.moves.unknown', [id]);
            return (
              <li key={id}>
                <span>{name}</span>
                <button
                  type="button"
                  aria-label={i18n.t('options.moves.bringBackNamed', [name])}
                  onClick={() =>
                    actions.changeList(
                      'hiddenMoves',
                      hidden.filter((m) => m !== id),
                    )
                  }
                >
                  {i18n.t('options.moves.bringBack')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ResetSection({ store, actions }: Pick<SectionProps, 'store' | 'actions'>) {
  const notice = store.resetNotice.value;
  return (
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">{i18n.t('options.reset.heading')}</h2>
      <div class="card">
        {store.confirmingReset.value ? (
          <div class="confirm">
            <p id="reset-confirm-text">{i18n.t('options.reset.confirm')}</p>
            <p class="inline-actions">
              <button type="button" class="primary" ref={(b) => b?.focus()} onClick={() => void actions.reset()}>
                {i18n.t('options.reset.yes')}
              </button>
              <button
                type="button"
                onClick={() => {
                  store.confirmingReset.value = false;
                }}
              >
                {i18n.t('options.reset.cancel')}
              </button>
            </p>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => {
              store.resetNotice.value = null;
              store.confirmingReset.value = true;
            }}
          >
            {i18n.t('options.reset.button')}
          </button>
        )}
        <p role="status" class={notice?.kind === 'error' ? 'error-text' : 'muted'}>
          {notice?.text}
        </p>
      </div>
    </section>
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
