// One check-in's form on the history page: a new, earlier check-in or an edit of a
// stored one. Date and time (never in the future), mood and pain (either may be
// skipped, never both) and the optional details. Each problem is said beside its
// control; nothing is sent until the whole is valid.
import { signal } from '@preact/signals';
import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  type CheckIn,
  type CheckInDraft,
  createCheckIn,
  type EntryTimeProblem,
  entryTimeProblem,
  isOwnTag,
  makeCheckInId,
  type Region,
  type Tag,
} from '@/core/checkins';
import type { Reply } from '@/core/messages';
import { dayKey, epochOfLocalDateTime, localClock, localEpochDay } from '@/core/time';
import { describeCheckInProblems, describeFailure } from '@/utils/describe-failure';
import { localOffsetMin } from '@/utils/time-zone';
import { CheckInDetails } from './CheckInDetails';
import { CheckInDetailsBody } from './CheckInDetailsBody';
import { MoodFaces } from './MoodFaces';
import { PainScale } from './PainScale';

interface Props {
  /** The stored check-in being edited; absent for a new, earlier one. */
  entry?: CheckIn;
  now: () => number;
  onSave: (checkIn: CheckIn) => Promise<Reply>;
  onDone: () => void;
}

const TIME_WORDS = {
  missing: 'entries.errors.timeMissing',
  future: 'entries.errors.future',
  tooEarly: 'entries.errors.tooEarly',
} as const satisfies Record<EntryTimeProblem, string>;

export function EntryForm({ entry, now, onSave, onDone }: Props) {
  const start = entry ?? null;
  const opened = useMemo(() => now(), [now]);
  const openedTz = localOffsetMin(opened);
  const [date, setDate] = useState(
    start ? dayKey(localEpochDay(start.at, start.tzOffsetMin)) : dayKey(localEpochDay(opened, openedTz)),
  );
  const [time, setTime] = useState(start ? localClock(start.at, start.tzOffsetMin) : localClock(opened, openedTz));
  const [mood, setMood] = useState<number | null>(start?.mood ?? null);
  const [pain, setPain] = useState<number | null>(start?.pain ?? null);
  const [skipMood, setSkipMood] = useState(start !== null && start.mood === undefined);
  const [skipPain, setSkipPain] = useState(start !== null && start.pain === undefined);
  const details = useMemo(
    () => ({
      regions: signal<Region[]>(start?.regions ?? []),
      tags: signal<Tag[]>((start?.tags ?? []).filter(isOwnTag)),
      sleep: signal<number | null>(start?.sleep ?? null),
      note: signal(start?.note ?? ''),
      open: signal(Boolean(start?.regions || start?.tags || start?.sleep !== undefined || start?.note)),
    }),
    [start],
  );
  const [errors, setErrors] = useState<{ time?: string; mood?: string; pain?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const found: typeof errors = {};
    const unchanged =
      start !== null &&
      date === dayKey(localEpochDay(start.at, start.tzOffsetMin)) &&
      time === localClock(start.at, start.tzOffsetMin);
    const at = unchanged ? start.at : epochOfLocalDateTime(date, time, localOffsetMin);
    const timeProblem = unchanged ? null : entryTimeProblem(at, now());
    if (timeProblem) found.time = i18n.t(TIME_WORDS[timeProblem]);
    if (skipMood && skipPain) found.form = i18n.t('errors.noMoodOrPain');
    else {
      if (mood === null && !skipMood) found.mood = i18n.t('entries.errors.moodMissing');
      if (pain === null && !skipPain) found.pain = i18n.t('entries.errors.painMissing');
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || at === null) return;
    const draft: CheckInDraft = {
      ...(mood !== null && !skipMood ? { mood } : {}),
      ...(pain !== null && !skipPain ? { pain } : {}),
      regions: details.regions.value,
      // Custom tags brought by an import are not shown as choices; an edit keeps them.
      tags: [...details.tags.value, ...(start?.tags ?? []).filter((t) => !isOwnTag(t))],
      note: details.note.value,
      source: start?.source ?? 'history',
      // A break-page check-in keeps its break's marker, so its pair still pairs (core/break-pairs.ts).
      ...(start?.breakId !== undefined ? { breakId: start.breakId } : {}),
      ...(start?.breakPhase !== undefined ? { breakPhase: start.breakPhase } : {}),
      ...(details.sleep.value === null ? {} : { sleep: details.sleep.value }),
    };
    const created = createCheckIn(
      draft,
      at,
      unchanged ? start.tzOffsetMin : localOffsetMin(at),
      start?.id ?? makeCheckInId(at, Math.random),
    );
    if (!created.ok) {
      setErrors({ form: describeCheckInProblems(created.problems) });
      return;
    }
    setSaving(true);
    const reply = await onSave(created.value);
    setSaving(false);
    if (!reply.ok) {
      setErrors({ form: describeFailure(reply.error) });
      return;
    }
    onDone();
  };

  const maxDate = dayKey(localEpochDay(opened, openedTz));
  return (
    <form
      class="entry-form"
      aria-label={i18n.t(start ? 'entries.editHeading' : 'entries.addHeading')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4>{i18n.t(start ? 'entries.editHeading' : 'entries.addHeading')}</h4>
      <div class="entry-when">
        <div class="field">
          <label for="entry-date">{i18n.t('entries.date')}</label>
          <input
            id="entry-date"
            type="date"
            required
            max={maxDate}
            value={date}
            aria-invalid={errors.time ? 'true' : undefined}
            aria-describedby={errors.time ? 'entry-time-error' : undefined}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="entry-time">{i18n.t('entries.time')}</label>
          <input
            id="entry-time"
            type="time"
            required
            value={time}
            aria-invalid={errors.time ? 'true' : undefined}
            aria-describedby={errors.time ? 'entry-time-error' : undefined}
            onInput={(e) => setTime(e.currentTarget.value)}
          />
        </div>
        {errors.time && (
          <p id="entry-time-error" class="error field-error">
            {errors.time}
          </p>
        )}
      </div>
      <MoodFaces
        value={skipMood ? null : mood}
        onChange={(m) => {
          setMood(m);
          setSkipMood(false);
        }}
      />
      <label class="skip">
        <input
          type="checkbox"
          checked={skipMood}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setSkipMood(on);
            if (on) setMood(null);
          }}
        />
        {i18n.t('entries.skipMood')}
      </label>
      {errors.mood && <p class="error field-error">{errors.mood}</p>}
      <PainScale
        value={skipPain ? null : pain}
        onChange={(p) => {
          setPain(p);
          setSkipPain(false);
        }}
      />
      <label class="skip">
        <input
          type="checkbox"
          checked={skipPain}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setSkipPain(on);
            if (on) setPain(null);
          }}
        />
        {i18n.t('entries.skipPain')}
      </label>
      {errors.pain && <p class="error field-error">{errors.pain}</p>}
      <CheckInDetails
        regions={details.regions}
        tags={details.tags}
        sleep={details.sleep}
        note={details.note}
        open={details.open}
        Body={CheckInDetailsBody}
      />
      {errors.form && (
        <p class="error" role="alert">
          {errors.form}
        </p>
      )}
      <div class="entry-actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? i18n.t('checkin.saving') : i18n.t('entries.save')}
        </button>
        <button type="button" onClick={onDone}>
          {i18n.t('entries.cancel')}
        </button>
      </div>
    </form>
  );
}
