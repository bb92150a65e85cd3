// The daily check-in reminder, the walking goal and the weekly reflection's day.
import { i18n } from '#i18n';
import { LIMITS } from '@/core/settings';
import { describedBy, FieldError, NumberField, type SectionProps, TimeInput, Toggle, useField } from './fields';

export function ReminderSection({ store, actions, settings }: SectionProps) {
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
