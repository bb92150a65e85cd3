// Daylio's CSV export read as mood check-ins (issue 15 "Bring your history from
// Daylio"). Daylio writes `full_date,date,weekday,time,mood,activities,note_title,note`
// (newer versions add `scales` after the note), newest first, one row per entry, in
// the phone's local time without an offset; times are 24-hour ("20:05") or 12-hour
// ("8:05 pm") as the phone was set. Moods are names the person can rename and add to:
// Daylio's own five (rad, good, meh, bad, awful) map to Limber's faces 5…1 unless the
// person maps them otherwise in the preview; a name with no face is either given one
// or skipped (its rows left out, and counted), and Import waits until each name is one
// or the other. Activities ("work | friends") become tags or stay in the
// note, as the person chooses; a note keeps its title as its first line.
//
// A Daylio row has no id: each gets a name-based UUID of what it says (and, for a
// row repeated exactly, how many times it came before), so importing the same file
// again finds every entry already here.
import { type CheckIn, CUSTOM_TAG_MAX_CHARS, NOTE_MAX_CHARS } from './checkins';
import { parseCsv, sniffDelimiter } from './csv';
import {
  type FieldReason,
  fail,
  type ImportProblem,
  type ImportStep,
  implausible,
  MAX_PROBLEMS,
  type Read,
  validateCheckInFast,
} from './import-read';
import { URL_NAMESPACE, uuidV5 } from './name-uuid';
import { isDayKey, MINUTE_MS } from './time';

export const DAYLIO_COLUMNS = [
  'full_date',
  'date',
  'weekday',
  'time',
  'mood',
  'activities',
  'note_title',
  'note',
] as const;
export type DaylioColumn = (typeof DAYLIO_COLUMNS)[number] | 'scales';

/** Daylio's own mood names and the face each means by default (lower case). */
export const DAYLIO_DEFAULT_MOODS: Readonly<Record<string, number>> = { rad: 5, good: 4, meh: 3, bad: 2, awful: 1 };

/** What the person chose for one mood name: a face 1–5, or to leave its rows out. */
export type DaylioMoodChoice = number | 'skip';

export interface DaylioOptions {
  /** Mood name (`moodKey`) → its choice; absent names fall back to DAYLIO_DEFAULT_MOODS. */
  mapping?: Readonly<Record<string, DaylioMoodChoice>>;
  /** Activities as tags (the default) or as a line of the note. */
  activities?: 'tags' | 'note';
  /** The note line's label, in the person's language ("Activities"). */
  activitiesLabel?: string;
  /** The zone's offset (minutes) in force at a UTC instant: Daylio's times carry none. */
  offsetAt?: (at: number) => number;
  now?: number;
}

/** Whether a CSV header is Daylio's (either layout). */
export const looksLikeDaylio = (header: readonly string[]): boolean =>
  DAYLIO_COLUMNS.every((column) => header.includes(column));

const DAYLIO_NAMESPACE = uuidV5('https://limber.invalid/daylio', URL_NAMESPACE);

/** A mood name as the mapping keys it: trimmed, lower case. */
export const moodKey = (name: string): string => name.trim().toLowerCase();

/** "20:05", "8:05 pm", "08:05 AM", with optional seconds → minutes after midnight, or undefined. */
export function parseDaylioTime(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\.?)?$/i.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (minute > 59 || Number(m[3] ?? 0) > 59) return undefined;
  const half = m[4]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (hour > 23) return undefined;
  return hour * 60 + minute;
}

/** Daylio's note markup (<br>, <b>, &amp;…) as plain text. */
export function plainNote(html: string): string {
  // Most cells are empty or plain: no markup, no entity, no line break to tidy.
  if (!/[<&\n]/.test(html)) return html.trim();
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** UTC instant of a local wall time in a zone given as `offsetAt` (two passes, for a DST change). */
function instantOf(localMs: number, offsetAt: (at: number) => number): { at: number; tzOffsetMin: number } {
  const first = offsetAt(localMs);
  const tzOffsetMin = offsetAt(localMs - first * MINUTE_MS);
  return { at: localMs - tzOffsetMin * MINUTE_MS, tzOffsetMin };
}

export function readDaylio(body: string, onStep: (step: ImportStep) => void, options: DaylioOptions = {}): Read {
  const parsed = parseCsv(body, sniffDelimiter(body));
  if (!parsed.ok) return fail(...parsed.problems);
  onStep('parse');
  const [header = [], ...records] = parsed.value;
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const offsetAt = options.offsetAt ?? (() => 0);
  const asTags = (options.activities ?? 'tags') === 'tags';
  const label = options.activitiesLabel ?? 'Activities';

  // Every mood name, counted, in the order first seen.
  const moods = new Map<string, { name: string; count: number }>();
  const moodCell = index.get('mood') as number;
  for (const record of records) {
    const name = (record[moodCell] as string).trim();
    const key = moodKey(name);
    const seen = moods.get(key);
    if (seen) seen.count++;
    else if (key !== '') moods.set(key, { name, count: 1 });
  }
  const choiceOf = (name: string): DaylioMoodChoice | undefined => {
    const key = moodKey(name);
    return options.mapping?.[key] ?? DAYLIO_DEFAULT_MOODS[key];
  };
  const problems: ImportProblem[] = [];
  let unmapped = 0;
  let skipped = 0;

  const checkIns: CheckIn[] = [];
  const timesSeen = new Map<string, number>();
  const daysSeen = new Map<string, boolean>();
  for (let r = 0; r < records.length && problems.length < MAX_PROBLEMS; r++) {
    const record = records[r] as string[];
    const row = r + 2;
    const cell = (column: DaylioColumn) => {
      const i = index.get(column);
      return i === undefined ? '' : (record[i] as string);
    };
    const bad = (field: DaylioColumn, reason?: FieldReason) =>
      problems.push(
        reason
          ? { kind: 'badField', row, field: `daylio.${field}`, reason }
          : { kind: 'badField', row, field: `daylio.${field}` },
      );

    const day = cell('full_date').trim();
    // Several rows share a day: each day is checked once.
    let real = daysSeen.get(day);
    if (real === undefined) {
      real = isDayKey(day);
      daysSeen.set(day, real);
    }
    if (!real) {
      bad('full_date');
      continue;
    }
    const minutes = parseDaylioTime(cell('time'));
    if (minutes === undefined) {
      bad('time');
      continue;
    }
    if (cell('mood').trim() === '') {
      bad('mood');
      continue;
    }
    const mood = choiceOf(cell('mood'));
    if (mood === undefined) {
      // The preview asks for this name's face; Import waits until it has one or is skipped.
      unmapped++;
      continue;
    }
    if (mood === 'skip') {
      skipped++;
      continue;
    }
    const activityCell = cell('activities');
    const activities =
      activityCell.trim() === ''
        ? []
        : [
            ...new Set(
              activityCell
                .split('|')
                .map((a) => a.trim())
                .filter((a) => a !== ''),
            ),
          ];
    const title = plainNote(cell('note_title'));
    const text = plainNote(cell('note'));
    const lines = [title, text].filter((t) => t !== '');
    if (!asTags && activities.length) lines.push(`${label}: ${activities.join(', ')}`);
    const note = lines.join('\n');
    if (note.length > NOTE_MAX_CHARS) {
      bad('note', 'tooLong');
      continue;
    }
    if (asTags && activities.some((a) => a.length > CUSTOM_TAG_MAX_CHARS)) {
      bad('activities', 'tooLong');
      continue;
    }

    const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
    const { at, tzOffsetMin } = instantOf(Date.UTC(y, mo - 1, d) + minutes * MINUTE_MS, offsetAt);
    const content = [day, minutes, moodKey(cell('mood')), activities.join('|'), title, text].join('\u0000');
    const repeat = timesSeen.get(content) ?? 0;
    timesSeen.set(content, repeat + 1);
    const candidate: Record<string, unknown> = {
      id: uuidV5(repeat ? `${content}\u0000${repeat}` : content, DAYLIO_NAMESPACE),
      at,
      tzOffsetMin,
      mood,
      source: 'import',
    };
    if (asTags && activities.length) candidate.tags = activities;
    if (note !== '') candidate.note = note;
    const result = validateCheckInFast(candidate);
    if (!result.ok) {
      const field = result.problems[0]?.kind === 'invalidField' ? result.problems[0].field : undefined;
      bad(field === 'tags' ? 'activities' : field === 'note' ? 'note' : field === 'at' ? 'full_date' : 'mood');
      continue;
    }
    const wrong = implausible(result.value, options.now);
    if (wrong) {
      if (wrong.reason === 'future') bad('full_date', 'future');
      else if (wrong.reason === 'surrogate') bad('note', 'surrogate');
      else bad('time');
      continue;
    }
    checkIns.push(result.value);
  }
  if (problems.length) return fail(...problems.slice(0, MAX_PROBLEMS));
  const found = [...moods.values()].map(({ name, count }) => ({ name, count, choice: choiceOf(name) }));
  return { ok: true, value: { fileType: 'daylio', checkIns, daylio: { moods: found, unmapped, skipped } } };
}
