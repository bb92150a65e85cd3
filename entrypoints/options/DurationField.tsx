// A break's length in minutes and seconds, as people say it (issue 14: the walk no
// longer "lasts 300 seconds"). Settings keep seconds; what is typed stays in the boxes
// as a draft until it is valid, with the reason beside it.
import { i18n } from '#i18n';
import { parseMinSec, splitMinSec } from '@/core/duration-input';
import { describedBy, FieldError, type SectionProps, useField } from './fields';
import { settingAt } from './setting-path';

/** The two boxes' text, kept together as one draft of the setting's path. */
const SEP = '|';
const joinDraft = (min: string, sec: string) => `${min}${SEP}${sec}`;
const splitDraft = (draft: string) => {
  const [min = '', sec = ''] = draft.split(SEP);
  return { min, sec };
};

export function DurationField({
  store,
  actions,
  path,
  label,
}: Pick<SectionProps, 'store' | 'actions'> & { path: string; label: string }) {
  const { id, error, errorId } = useField(store, path);
  const settings = store.settings.value;
  const draft = store.drafts.value[path];
  const stored = splitMinSec(settings ? (settingAt(settings, path) as number) : 0);
  const shown = draft === undefined ? { min: String(stored.min), sec: String(stored.sec) } : splitDraft(draft);
  const labelId = `${id}-label`;
  const change = (min: string, sec: string) => {
    // Something other than whole numbers is refused with the range's words (NaN is out of range).
    actions.change(path, parseMinSec(min, sec) ?? Number.NaN, joinDraft(min, sec));
  };
  const box = (part: 'min' | 'sec') => (
    <span class="duration-part">
      <input
        id={part === 'min' ? id : `${id}-sec`}
        type="number"
        inputMode="numeric"
        min={0}
        max={part === 'min' ? 30 : 59}
        step={1}
        value={shown[part]}
        aria-label={i18n.t(
          part === 'min' ? 'options.nudges.durationMinutesName' : 'options.nudges.durationSecondsName',
        )}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(labelId, errorId)}
        onInput={(e) => {
          const typed = e.currentTarget.value;
          if (part === 'min') change(typed, shown.sec);
          else change(shown.min, typed);
        }}
        onBlur={() => actions.blur(path)}
      />
      <span class="unit" aria-hidden="true">
        {i18n.t(part === 'min' ? 'options.nudges.durationMinutes' : 'options.nudges.durationSeconds')}
      </span>
    </span>
  );
  return (
    <fieldset class={`field duration-field${error ? ' has-error' : ''}`}>
      <legend id={labelId} class="field-label">
        {label}
      </legend>
      <span class="duration-parts">
        {box('min')}
        {box('sec')}
      </span>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
