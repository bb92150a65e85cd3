// The optional "moves to avoid" check (issue 13 item 4): a few conditions under which
// some stretch moves do not suit. Ticking one removes every move core/exercises.ts
// marks as ruled out by it (`avoidWith`), from every break. Nothing here is stored by
// the component: the page passes the current list and saves what `onChange` gives it
// (the options page as `movesToAvoid` in Settings; the welcome page the same way).
import { i18n } from '#i18n';
import { MOVE_CONDITIONS, type MoveCondition } from '@/core/exercises';

interface Props {
  /** The conditions ticked now (Settings `movesToAvoid`). */
  value: readonly MoveCondition[];
  onChange: (next: MoveCondition[]) => void;
  /** Keeps ids unique when a page shows it twice. */
  idPrefix?: string;
  disabled?: boolean;
}

export function MovesToAvoid({ value, onChange, idPrefix = 'avoid', disabled = false }: Props) {
  const toggle = (condition: MoveCondition, on: boolean) =>
    // In the catalog's order, each once, whatever order they were ticked in.
    onChange(MOVE_CONDITIONS.filter((c) => (c === condition ? on : value.includes(c))));
  return (
    <fieldset class="moves-to-avoid" aria-describedby={`${idPrefix}-hint`}>
      <legend class="avoid-legend">{i18n.t('movesToAvoid.legend')}</legend>
      <p id={`${idPrefix}-hint`} class="hint muted">
        {i18n.t('movesToAvoid.hint')}
      </p>
      {MOVE_CONDITIONS.map((condition) => (
        <label key={condition} class="check">
          <input
            type="checkbox"
            id={`${idPrefix}-${condition}`}
            checked={value.includes(condition)}
            disabled={disabled}
            onChange={(e) => toggle(condition, e.currentTarget.checked)}
          />
          <span>{i18n.t(`movesToAvoid.condition.${condition}`)}</span>
        </label>
      ))}
      <p class="hint muted">{i18n.t('movesToAvoid.stopRule')}</p>
    </fieldset>
  );
}
