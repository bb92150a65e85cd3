// A Daylio file's choices in the import preview (issue 15 item 5): the face each mood
// name found means (Daylio's own five have theirs already; a custom name is given one
// or skipped, its rows counted), and whether activities become tags or stay in the
// note. Each choice reads the file again (import-actions.ts chooseDaylio), so the preview
// above stays what Import writes.
import { i18n } from '#i18n';
import type { ImportedData } from '@/core/import';
import { DAYLIO_DEFAULT_MOODS, type DaylioMoodChoice, moodKey } from '@/core/import-daylio';
import type { OptionsActions } from './actions';
import type { DaylioChoices as Choices } from './store';

const FACES = [5, 4, 3, 2, 1] as const;

const checkIns = (n: number) => i18n.t('data.import.count', n, [n.toLocaleString()]);

/** A select's value as a choice: '' is "not chosen yet". */
const asChoice = (value: string): DaylioMoodChoice | undefined =>
  value === '' ? undefined : value === 'skip' ? 'skip' : Number(value);

/**
 * The choice for a mood name as the person made it (or Daylio's default): read from
 * the choices, not the last read, which a refused choice leaves behind.
 */
const choiceFor = (name: string, choices: Choices): DaylioMoodChoice | undefined =>
  choices.mapping[moodKey(name)] ?? DAYLIO_DEFAULT_MOODS[moodKey(name)];

/** Why Import waits for the Daylio choices, or null when they are all made and read cleanly. */
export function daylioWhy(data: ImportedData, choices: Choices | undefined): string | null {
  if (!choices) return null;
  if (choices.problems) return i18n.t('data.import.daylio.refusedWhy');
  const moods = data.daylio?.moods ?? [];
  const waiting = moods.filter((m) => choiceFor(m.name, choices) === undefined).map((m) => `“${m.name}”`);
  if (waiting.length > 0) {
    const names = new Intl.ListFormat(undefined, { type: 'conjunction' }).format(waiting);
    return i18n.t('data.import.daylio.unmapped', waiting.length, [names]);
  }
  if (moods.length > 0 && moods.every((m) => choiceFor(m.name, choices) === 'skip')) {
    return i18n.t('data.import.daylio.allSkipped');
  }
  return null;
}

export function DaylioChoices({
  data,
  choices,
  busy,
  actions,
}: {
  data: ImportedData;
  choices: Choices;
  busy: boolean;
  actions: Pick<OptionsActions, 'chooseDaylio'>;
}) {
  const moods = (data.daylio?.moods ?? []).map((m) => ({ ...m, choice: choiceFor(m.name, choices) }));
  const skipped = moods.reduce((n, m) => n + (m.choice === 'skip' ? m.count : 0), 0);
  return (
    <div class="daylio-choices" data-testid="daylio-choices">
      <fieldset class="daylio-moods">
        <legend>{i18n.t('data.import.daylio.moods')}</legend>
        <p id="daylio-moods-hint" class="hint">
          {i18n.t('data.import.daylio.moodsHint')}
        </p>
        {moods.map((mood, i) => {
          const id = `daylio-mood-${i}`;
          const noteId = `${id}-note`;
          return (
            <div key={mood.name} class="daylio-mood">
              <label for={id}>{i18n.t('data.import.daylio.mood', [mood.name, checkIns(mood.count)])}</label>
              <select
                id={id}
                value={mood.choice === undefined ? '' : String(mood.choice)}
                disabled={busy}
                aria-describedby={mood.choice === undefined || mood.choice === 'skip' ? noteId : 'daylio-moods-hint'}
                onChange={(e) =>
                  actions.chooseDaylio({ mood: moodKey(mood.name), choice: asChoice(e.currentTarget.value) })
                }
              >
                {mood.choice === undefined && <option value="">{i18n.t('data.import.daylio.choose')}</option>}
                {FACES.map((face) => (
                  <option key={face} value={String(face)}>
                    {i18n.t('data.import.daylio.face', [face, i18n.t(`checkin.mood.${face}`)])}
                  </option>
                ))}
                <option value="skip">{i18n.t('data.import.daylio.skip')}</option>
              </select>
              {mood.choice === undefined && (
                <p id={noteId} class="daylio-mood-note needs-choice">
                  <span aria-hidden="true" class="field-error-mark">
                    !
                  </span>
                  {i18n.t('data.import.daylio.unchosen')}
                </p>
              )}
              {mood.choice === 'skip' && (
                <p id={noteId} class="daylio-mood-note muted">
                  {i18n.t('data.import.daylio.skipped', [checkIns(mood.count), mood.name])}
                </p>
              )}
            </div>
          );
        })}
        {skipped > 0 && (
          <p class="muted" data-testid="daylio-skipped">
            {i18n.t('data.import.daylio.skippedTotal', [checkIns(skipped)])}
          </p>
        )}
      </fieldset>
      <fieldset class="choices daylio-activities">
        <legend>{i18n.t('data.import.daylio.activitiesLegend')}</legend>
        {(['tags', 'note'] as const).map((place) => (
          <label key={place} class="choice">
            <input
              type="radio"
              name="daylio-activities"
              value={place}
              checked={choices.activities === place}
              disabled={busy}
              onChange={() => actions.chooseDaylio({ activities: place })}
            />
            {i18n.t(place === 'tags' ? 'data.import.daylio.asTags' : 'data.import.daylio.inNote')}
          </label>
        ))}
      </fieldset>
      {choices.problems && (
        <div class="import-problems" role="alert" data-testid="daylio-problems">
          <p>
            <span aria-hidden="true" class="field-error-mark">
              !
            </span>
            {i18n.t('data.import.daylio.refused')}
          </p>
          <ul>
            {choices.problems.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
