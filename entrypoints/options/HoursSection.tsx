// Working hours: on or off, and each weekday's time ranges.
import { i18n } from '#i18n';
import { LENGTHS } from '@/core/settings';
import type { MinuteRange } from '@/core/time';
import { FieldError, fieldId, type SectionProps, TimeInput, Toggle } from './fields';

/** Monday first: most working weeks start there. 0 = Sunday, as settings store them. */
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

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

export function HoursSection(props: SectionProps) {
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
        {/* While working hours are off, the week is shown as it is kept, and cannot be changed. */}
        <fieldset class="week" disabled={!props.settings.workingHours.enabled}>
          <legend class="visually-hidden">{i18n.t('options.hours.weekLegend')}</legend>
          {WEEK.map((day) => (
            <DayRow key={day} {...props} day={day} />
          ))}
        </fieldset>
      </div>
    </section>
  );
}
