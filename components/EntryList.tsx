// The history page's diary: the shown month's check-ins day by day (time, mood, pain,
// regions, tags, sleep, note), each with Edit and Delete (Undo for 10 seconds), and
// "Add an earlier check-in". Data and writes come in as props (entrypoints/journal/entries.ts).
import './entries.css';
import './scales.css';
import type { Signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type CheckIn, dayOf, isOwnTag, type Mood } from '@/core/checkins';
import type { Reply } from '@/core/messages';
import { DAY_MS, dayNumber, MINUTE_MS, shiftMonth } from '@/core/time';
import { describeFailure } from '@/utils/describe-failure';
import { monthWords } from '@/utils/month-words';
import { EntryForm } from './EntryForm';
import { Face } from './MoodFaces';

export const DELETE_UNDO_MS = 10_000;

interface Props {
  month: Signal<string>;
  entries: Signal<CheckIn[] | null>;
  /** The month of today: the list goes no later. */
  currentMonth: string;
  now: () => number;
  save: (checkIn: CheckIn, from: string | null) => Promise<Reply>;
  remove: (checkIn: CheckIn) => Promise<Reply>;
}

const dayName = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
// Each entry at its own local time (the zone it was made in), as its day is.
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
const ownClock = (c: CheckIn) => clock.format(c.at + c.tzOffsetMin * MINUTE_MS);

/** Days newest first; a day's entries in time order. */
function byDay(entries: readonly CheckIn[]): [string, CheckIn[]][] {
  const days = new Map<string, CheckIn[]>();
  for (const c of entries) {
    const key = dayOf(c);
    const list = days.get(key);
    if (list) list.push(c);
    else days.set(key, [c]);
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? 1 : -1));
}

function EntryFacts({ entry }: { entry: CheckIn }) {
  const parts: string[] = [];
  if (entry.regions?.length) parts.push(entry.regions.map((r) => i18n.t(`checkin.details.region.${r}`)).join(', '));
  if (entry.tags?.length)
    parts.push(entry.tags.map((t) => (isOwnTag(t) ? i18n.t(`checkin.details.tag.${t}`) : t)).join(', '));
  if (entry.sleep !== undefined) parts.push(i18n.t('entries.sleep', [entry.sleep]));
  return (
    <div class="entry-facts">
      <span class="entry-mood">
        {entry.mood === undefined ? (
          <span class="muted">{i18n.t('entries.moodSkipped')}</span>
        ) : (
          <>
            <Face mood={entry.mood as Mood} />
            {i18n.t('entries.mood', [i18n.t(`checkin.mood.${entry.mood as Mood}`)])}
          </>
        )}
      </span>
      <span class="entry-pain">
        {entry.pain === undefined ? (
          <span class="muted">{i18n.t('entries.painSkipped')}</span>
        ) : (
          i18n.t('entries.pain', [entry.pain])
        )}
      </span>
      {parts.length > 0 && <span class="entry-details">{parts.join(' · ')}</span>}
      {entry.note && <p class="entry-note">{entry.note}</p>}
    </div>
  );
}

export function EntryList({ month, entries, currentMonth, now, save, remove }: Props) {
  // One form open at a time: "add", or the id being edited.
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<CheckIn | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => () => clearTimeout(timer.current), []);
  // The deleted entry's buttons are gone: focus goes to the Undo offer, not the page body.
  useEffect(() => {
    if (deleted) status.current?.focus();
  }, [deleted]);

  const shown = month.value;
  const list = entries.value;
  const close = () => setEditing(null);

  const onDelete = async (entry: CheckIn) => {
    const reply = await remove(entry);
    if (!reply.ok) {
      setMessage(describeFailure(reply.error));
      return;
    }
    setMessage(null);
    setDeleted(entry);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setDeleted(null), DELETE_UNDO_MS);
  };
  const onUndo = async (entry: CheckIn) => {
    clearTimeout(timer.current);
    const reply = await save(entry, null);
    setDeleted(null);
    setMessage(reply.ok ? i18n.t('entries.restored') : describeFailure(reply.error));
  };

  return (
    <section class="entries" aria-labelledby="entries-heading">
      <h2 id="entries-heading">{i18n.t('entries.heading')}</h2>
      <div class="entries-nav">
        <button type="button" onClick={() => (month.value = shiftMonth(shown, -1))}>
          {i18n.t('entries.earlier')}
        </button>
        <h3 aria-live="polite">{monthWords(shown)}</h3>
        <button type="button" disabled={shown >= currentMonth} onClick={() => (month.value = shiftMonth(shown, 1))}>
          {i18n.t('entries.later')}
        </button>
      </div>
      {editing === 'add' ? (
        <EntryForm
          now={now}
          onSave={(c) => save(c, null)}
          onDone={() => {
            close();
          }}
        />
      ) : (
        <button type="button" class="add-entry" onClick={() => setEditing('add')}>
          {i18n.t('entries.add')}
        </button>
      )}
      <p ref={status} tabIndex={-1} class="entries-status" role="status">
        {deleted && (
          <>
            {i18n.t('entries.deleted')}{' '}
            <button type="button" onClick={() => void onUndo(deleted)}>
              {i18n.t('checkin.undo')}
            </button>
          </>
        )}
        {!deleted && message}
      </p>
      {list === null ? (
        <p class="muted">{i18n.t('history.loading')}</p>
      ) : list.length === 0 ? (
        <p class="muted">{i18n.t('entries.empty', [monthWords(shown)])}</p>
      ) : (
        byDay(list).map(([day, dayEntries]) => (
          <section key={day} class="entry-day" aria-label={dayName.format(dayNumber(day) * DAY_MS)}>
            <h4>{dayName.format(dayNumber(day) * DAY_MS)}</h4>
            <ul class="entry-items">
              {dayEntries.map((entry) => (
                <li key={entry.id} class="entry">
                  {editing === entry.id ? (
                    <EntryForm entry={entry} now={now} onSave={(c) => save(c, shown)} onDone={close} />
                  ) : (
                    <>
                      <time dateTime={new Date(entry.at).toISOString()}>{ownClock(entry)}</time>
                      <EntryFacts entry={entry} />
                      <div class="entry-buttons">
                        <button
                          type="button"
                          aria-label={i18n.t('entries.editAt', [ownClock(entry)])}
                          onClick={() => setEditing(entry.id)}
                        >
                          {i18n.t('entries.edit')}
                        </button>
                        <button
                          type="button"
                          aria-label={i18n.t('entries.deleteAt', [ownClock(entry)])}
                          onClick={() => void onDelete(entry)}
                        >
                          {i18n.t('entries.delete')}
                        </button>
                      </div>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
