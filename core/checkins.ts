// The check-in: one moment's mood and pain, with optional detail. DESIGN.md "Check-ins".
import * as v from 'valibot';
import {
  BREAK_PHASES,
  type CheckInDraft,
  type CheckInField,
  checkInCandidate,
  dayOf,
  NOTE_MAX_CHARS,
  PAIN_MAX,
  PAIN_MIN,
  REGIONS,
  SLEEP_MAX,
  SLEEP_MIN,
  SOURCES,
  sameCheckIn,
  TAGS,
  type Tag,
} from './checkin-values';
import { addToTally, type DayTally, dayMeans, emptyTally } from './day-means';
import { once } from './once';
import { type FieldProblem, type Result, validateWithValibot, wholeNumber } from './validation';

// The plain parts, for every page that imports check-ins from here.
export * from './checkin-values';
export type { Result };

/** A tag brought from another app (a Daylio activity): its own words, one line, no list separator. */
export const CUSTOM_TAG_MAX_CHARS = 40;
const CUSTOM_TAG = /^[^\s;\p{Cc}](?:[^;\p{Cc}]{0,38}[^\s;\p{Cc}])?$/u;

/** One of Limber's own tags (not a custom one brought by an import). */
export const isOwnTag = (tag: string): tag is Tag => (TAGS as readonly string[]).includes(tag);

const uniqueList = <T extends string>(options: readonly [T, ...T[]]) =>
  v.pipe(
    v.array(v.picklist(options)),
    v.check((list) => new Set(list).size === list.length),
  );

// 13 chars in practice (base-36 time + random); ids from imports may be longer.
export const CHECKIN_ID = /^[a-z0-9][a-z0-9-]{5,63}$/;

// Earliest and latest plausible times: 2000-01-01 and 2100-01-01 (UTC).
export const AT_MIN = 946_684_800_000;
export const AT_MAX = 4_102_444_800_000;

// Built on the first check-in checked, not when the worker loads (core/once.ts): a
// wake for an alarm or an idle change never builds it. Its keys are CHECKIN_FIELDS.
const makeCheckInSchema = () =>
  v.strictObject({
    id: v.pipe(v.string(), v.regex(CHECKIN_ID)),
    at: wholeNumber(AT_MIN, AT_MAX),
    // Real zones run from UTC−12 to UTC+14.
    tzOffsetMin: wholeNumber(-720, 840),
    // Either may be missing (an earlier entry with one skipped, an import), never both:
    // validateCheckIn adds that rule (`noMoodOrPain`), since it spans two fields.
    mood: v.optional(wholeNumber(1, 5)),
    pain: v.optional(wholeNumber(PAIN_MIN, PAIN_MAX)),
    regions: v.optional(uniqueList(REGIONS)),
    // Limber's own tags, or a custom one from an import (CUSTOM_TAG).
    tags: v.optional(
      v.pipe(
        v.array(v.union([v.picklist(TAGS), v.pipe(v.string(), v.regex(CUSTOM_TAG))])),
        v.check((list) => new Set(list).size === list.length),
      ),
    ),
    sleep: v.optional(wholeNumber(SLEEP_MIN, SLEEP_MAX)),
    note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX_CHARS))),
    source: v.picklist(SOURCES),
    // Only on a break-page check-in (source "break"), and then both or neither:
    // validateCheckIn adds that rule (`withBreakMarker`).
    breakId: v.optional(v.pipe(v.string(), v.regex(CHECKIN_ID))),
    breakPhase: v.optional(v.picklist(BREAK_PHASES)),
  } satisfies Record<CheckInField, v.GenericSchema>);
export const checkInSchema = once(makeCheckInSchema);

export type CheckIn = v.InferOutput<ReturnType<typeof makeCheckInSchema>>;

/**
 * What is wrong with a value, as data: pages turn it into words (utils/describe-failure.ts).
 * `noMoodOrPain`: every field is valid, but neither mood nor pain was recorded.
 */
export type CheckInProblem = FieldProblem<CheckInField> | { kind: 'noMoodOrPain' };

/** The one rule across fields: a check-in records mood, pain or both. */
export function withMoodOrPain<P>(result: Result<CheckIn, P>): Result<CheckIn, P | { kind: 'noMoodOrPain' }> {
  if (result.ok && result.value.mood === undefined && result.value.pain === undefined) {
    return { ok: false, problems: [{ kind: 'noMoodOrPain' }] };
  }
  return result;
}

/**
 * Checks one check-in: the value (a new object) or each bad field once, in field
 * order, then the first unknown key; then that it records mood, pain or both. Bulk
 * input uses `withMoodOrPain(recordValidator(checkInSchema)(x))` (core/import-read.ts):
 * the same answers, faster (core/compiled-check.ts).
 */
export function validateCheckIn(input: unknown): Result<CheckIn, CheckInProblem> {
  return withBreakMarker(withMoodOrPain(validateWithValibot(checkInSchema(), input)));
}

/**
 * The break marker's rule across fields: `breakId` and `breakPhase` come together or
 * not at all, and only on a check-in from the break page (source "break"). The field
 * named is the one missing, or `breakId` when the source is not "break".
 */
export function withBreakMarker<P>(
  result: Result<CheckIn, P>,
): Result<CheckIn, P | { kind: 'invalidField'; field: CheckInField }> {
  if (!result.ok) return result;
  const { breakId, breakPhase, source } = result.value;
  if (breakId === undefined && breakPhase === undefined) return result;
  if (source !== 'break' || breakId === undefined)
    return { ok: false, problems: [{ kind: 'invalidField', field: 'breakId' }] };
  if (breakPhase === undefined) return { ok: false, problems: [{ kind: 'invalidField', field: 'breakPhase' }] };
  return result;
}

/** Builds a check-in from a draft (checkin-values.ts checkInCandidate), then validates the whole. */
export function createCheckIn(
  draft: CheckInDraft,
  at: number,
  tzOffsetMin: number,
  id: string,
): Result<CheckIn, CheckInProblem> {
  return validateCheckIn(checkInCandidate(draft, at, tzOffsetMin, id));
}

/** What is wrong with the time chosen for an earlier check-in, or null when it may be saved. */
export type EntryTimeProblem = 'missing' | 'future' | 'tooEarly';

/** An earlier check-in's time: a real date and time, not after now, not before AT_MIN. */
export function entryTimeProblem(at: number | null, now: number): EntryTimeProblem | null {
  if (at === null) return 'missing';
  if (at > now) return 'future';
  if (at < AT_MIN) return 'tooEarly';
  return null;
}

/**
 * Reads a stored month. Valid entries are kept (sorted by time); if anything at all
 * is wrong, `damaged` is true so the caller can keep the raw value aside.
 */
export function parseMonth(raw: unknown): { checkIns: CheckIn[]; damaged: boolean } {
  if (raw === undefined || raw === null) return { checkIns: [], damaged: false };
  if (!Array.isArray(raw)) return { checkIns: [], damaged: true };
  const checkIns: CheckIn[] = [];
  const ids = new Set<string>();
  let damaged = false;
  for (const item of raw) {
    const result = validateCheckIn(item);
    if (result.ok && !ids.has(result.value.id)) {
      ids.add(result.value.id);
      checkIns.push(result.value);
    } else {
      damaged = true;
    }
  }
  if (!isSorted(checkIns)) {
    checkIns.sort(byTime);
  }
  return { checkIns, damaged };
}

const byTime = (a: CheckIn, b: CheckIn) => a.at - b.at || (a.id < b.id ? -1 : 1);
const isSorted = (list: CheckIn[]) => list.every((c, i) => i === 0 || byTime(list[i - 1] as CheckIn, c) <= 0);

/**
 * What adding a check-in to its month comes to. Each save carries its id, so a save
 * sent again (its answer was lost) is recognised: the same id with the same content
 * is `alreadySaved` and nothing is written; the same id with other content is
 * `idTaken` and refused; otherwise `added`, the month kept in time order.
 */
export type AddOutcome = { kind: 'added'; month: CheckIn[] } | { kind: 'alreadySaved' } | { kind: 'idTaken' };

export function addToMonth(month: readonly CheckIn[], checkIn: CheckIn): AddOutcome {
  const same = month.find((c) => c.id === checkIn.id);
  if (same) return sameCheckIn(same, checkIn) ? { kind: 'alreadySaved' } : { kind: 'idTaken' };
  return { kind: 'added', month: insertSorted(month, checkIn) };
}

/** The check-in with this id replaced by `checkIn` (or added, if it is not there), in time order. */
export function putInMonth(month: readonly CheckIn[], checkIn: CheckIn): CheckIn[] {
  return insertSorted(
    month.filter((c) => c.id !== checkIn.id),
    checkIn,
  );
}

function insertSorted(month: readonly CheckIn[], checkIn: CheckIn): CheckIn[] {
  const next = [...month];
  let i = next.length;
  while (i > 0 && byTime(next[i - 1] as CheckIn, checkIn) > 0) i--;
  next.splice(i, 0, checkIn);
  return next;
}

export function removeFromMonth(month: readonly CheckIn[], id: string): CheckIn[] {
  return month.filter((c) => c.id !== id);
}

export interface DaySummary {
  day: string;
  entries: number;
  /** Over the check-ins that recorded it; null when all of that day's skipped it. */
  meanPain: number | null;
  meanMood: number | null;
}

/** One row per local day that has entries: days without entries are absent, never zero. */
export function summarizeDays(checkIns: readonly CheckIn[]): DaySummary[] {
  const byDay = new Map<string, DayTally>();
  for (const c of checkIns) {
    const key = dayOf(c);
    const tally = byDay.get(key) ?? emptyTally();
    byDay.set(key, addToTally(tally, c));
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, tally]) => {
      const { meanPain, meanMood } = dayMeans(tally);
      return { day, entries: tally.entries, meanPain, meanMood };
    });
}
