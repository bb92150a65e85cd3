// Small labelled fields for the options page. Every field has a visible label, its
// hint and error tied to it with aria-describedby, and aria-invalid when refused;
// an error is words with a mark, never colour alone.
import type { ComponentChildren } from 'preact';
import type { SettingsV1 } from '@/core/settings';
import type { OptionsActions } from './actions';
import { clockFromMinutes, minutesFromClock, settingAt } from './setting-path';
import type { OptionsStore } from './store';

/** What every settings section is given. */
export type SectionProps = { store: OptionsStore; actions: OptionsActions; settings: SettingsV1 };

export const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

interface Described {
  hintId?: string;
  errorId?: string;
  error?: string;
}

export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

/** The problem beside a field, if any: announced when it appears. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} class="field-error" role="alert">
      <span aria-hidden="true" class="field-error-mark">
        !
      </span>
      {error}
    </p>
  );
}

export function useField(store: OptionsStore, path: string): Described & { id: string } {
  const id = fieldId(path);
  const error = store.errors.value[path];
  return { id, error, errorId: error ? `${id}-error` : undefined };
}

interface NumberFieldProps {
  store: OptionsStore;
  path: string;
  label: ComponentChildren;
  unit: string;
  hint?: string;
  min: number;
  max: number;
  disabled?: boolean;
  onChange: (path: string, value: number, typed: string) => void;
  onBlur: (path: string) => void;
}

export function NumberField({
  store,
  path,
  label,
  unit,
  hint,
  min,
  max,
  disabled,
  onChange,
  onBlur,
}: NumberFieldProps) {
  const { id, error, errorId } = useField(store, path);
  const settings = store.settings.value;
  const draft = store.drafts.value[path];
  const value = draft ?? (settings ? String(settingAt(settings, path)) : '');
  const unitId = `${id}-unit`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class={`field number-field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <span class="input-with-unit">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          disabled={disabled}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(unitId, hintId, errorId)}
          onInput={(e) => {
            const typed = e.currentTarget.value;
            onChange(path, typed.trim() === '' ? Number.NaN : Number(typed), typed);
          }}
          onBlur={() => onBlur(path)}
        />
        <span id={unitId} class="unit">
          {unit}
        </span>
      </span>
      {hint && (
        <small id={hintId} class="hint">
          {hint}
        </small>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

interface ToggleProps {
  store: OptionsStore;
  path: string;
  label: ComponentChildren;
  hint?: string;
  onChange: (path: string, value: boolean) => void;
}

export function Toggle({ store, path, label, hint, onChange }: ToggleProps) {
  const { id, error, errorId } = useField(store, path);
  const settings = store.settings.value;
  const checked = settings ? settingAt(settings, path) === true : false;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field toggle-field">
      <span class="toggle-row">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(hintId, errorId)}
          onChange={(e) => onChange(path, e.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </span>
      {hint && (
        <small id={hintId} class="hint">
          {hint}
        </small>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** A time of day for a setting stored as minutes since midnight. */
export function TimeInput({
  store,
  actions,
  path,
  label,
  end,
  disabled,
}: Pick<SectionProps, 'store' | 'actions'> & { path: string; label: string; end?: boolean; disabled?: boolean }) {
  const { id, error, errorId } = useField(store, path);
  const settings = store.settings.value;
  const minutes = settings ? (settingAt(settings, path) as number) : 0;
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
