// The check-in: one moment's mood and pain, with optional detail. DESIGN.md "Check-ins".
import * as v from 'valibot';
import { once } from './once';
import { localDayKey, localMonthKey } from './time';
import { type FieldProblem, type Result, validateWithValibot, wholeNumber } from './validation';

export type { Result };

export const MOODS = [1, 2, 3, 4, 5] as const;
export const PAIN_MIN = 0;
export const PAIN_MAX = 10;
export const SLEEP_MIN = 0;
export const SLEEP_MAX = 10;
export const NOTE_MAX_CHARS = 500;
export const REGIONS = ['neck', 'upper', 'middle', 'lower'] as const;
export const TAGS = ['sleptBadly', 'stressed', 'walked', 'stretched', 'satLong'] as const;
// `history`: added or edited as an earlier check-in on the history page; `import`:
// brought from another app (Daylio).
export const SOURCES = ['popup', 'break', 'reminder', 'history', 'import'] as const;
/**
 * Which end of a break a break-page check-in was offered at: `start` as the break
 * begins, `end` after it. Both carry the break's id (`breakId`), so the two can be
 * paired (core/break-pairs.ts).
 */
export const BREAK_PHASES = ['start', 'end'] as const;
export type BreakPhase = (typeof BREAK_PHASES)[number];
/** A tag brought from another app (a Daylio activity): its own words, one line, no list separator. */
export const CUSTOM_TAG_MAX_CHARS = 40;
const CUSTOM_TAG = /^[^\s;\p{Cc}](?:[^;\p{Cc}]{0,38}[^\s;\p{Cc}])?$/u;

export type Mood = (typeof MOODS)[number];
export type Region = (typeof REGIONS)[number];
export type Tag = (typeof TAGS)[number];
/** One of Limber's own tags (not a custom one brought by an import). */
export const isOwnTag = (tag: string): tag is Tag => (TAGS as readonly string[]).includes(tag);
export type Source = (typeof SOURCES)[number];

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

/** The fields of a check-in, in the order they are reported and exported: the schema's (checkins.test.ts holds the two equal). */
export const CHECKIN_FIELDS = [
  'id',
  'at',
  'tzOffsetMin',
  'mood',
  'pain',
  'regions',
  'tags',
  'sleep',
  'note',
  'source',
  'breakId',
  'breakPhase',
] as const;
export type CheckInField = (typeof CHECKIN_FIELDS)[number];

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

/**
 * Checks one check-in: the value (a new object) or each bad field once, in field
 * order, then the first unknown key; then that it records mood, pain or both, and
 * the break marker's rule. Bulk input uses
 * `withBreakMarker(withMoodOrPain(recordValidator(checkInSchema)(x)))`
 * (core/import-read.ts): the same answers, faster (core/compiled-check.ts).
 */
export function validateCheckIn(input: unknown): Result<CheckIn, CheckInProblem> {
  return withBreakMarker(withMoodOrPain(validateWithValibot(checkInSchema(), input)));
}

/** What the popup (or a break page) collects; time, zone and id are added on save. */
export interface CheckInDraft {
  /** Either may be left out (skipped), never both. */
  mood?: number;
  pain?: number;
  regions?: Region[];
  /** Limber's own tags; an edit keeps custom ones brought by an import (the schema checks both). */
  tags?: string[];
  sleep?: number;
  note?: string;
  source: Source;
  /** A break-page check-in: the break's id and which end of it (both or neither). */
  breakId?: string;
  breakPhase?: BreakPhase;
}

/** A short, time-ordered id: base-36 time, then randomness (from the caller). */
export function makeCheckInId(at: number, random: () => number): string {
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${at.toString(36)}-${suffix}`;
}

/**
 * Builds a check-in from a draft, dropping empty optional parts so storage stays
 * small, then validates the whole.
 */
export function createCheckIn(
  draft: CheckInDraft,
  at: number,
  tzOffsetMin: number,
  id: string,
): Result<CheckIn, CheckInProblem> {
  const candidate: Record<string, unknown> = {
    id,
    at,
    tzOffsetMin,
    source: draft.source,
  };
  if (draft.mood !== undefined) candidate.mood = draft.mood;
  if (draft.pain !== undefined) candidate.pain = draft.pain;
  if (draft.regions?.length) candidate.regions = draft.regions;
  if (draft.tags?.length) candidate.tags = draft.tags;
  if (draft.sleep !== undefined) candidate.sleep = draft.sleep;
  const note = draft.note?.trim();
  if (note) candidate.note = note;
  if (draft.breakId !== undefined) candidate.breakId = draft.breakId;
  if (draft.breakPhase !== undefined) candidate.breakPhase = draft.breakPhase;
  // Unknown draft fields are refused, not silently dropped.
  for (const key of Object.keys(draft)) {
    if (!(CHECKIN_FIELDS as readonly string[]).includes(key)) candidate[key] = (draft as never)[key];
  }
  return validateCheckIn(candidate);
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

export const monthOf = (c: Pick<CheckIn, 'at' | 'tzOffsetMin'>) => localMonthKey(c.at, c.tzOffsetMin);
export const dayOf = (c: Pick<CheckIn, 'at' | 'tzOffsetMin'>) => localDayKey(c.at, c.tzOffsetMin);

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

/** Two check-ins say the same thing: every field equal (lists in order). */
export function sameCheckIn(a: CheckIn, b: CheckIn): boolean {
  for (const field of CHECKIN_FIELDS) {
    const x = a[field];
    const y = b[field];
    if (Array.isArray(x) || Array.isArray(y)) {
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((item, i) => item !== y[i]))
        return false;
    } else if (x !== y) return false;
  }
  return true;
}

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
  const byDay = new Map<string, { n: number; painN: number; pain: number; moodN: number; mood: number }>();
  for (const c of checkIns) {
    const key = dayOf(c);
    const acc = byDay.get(key) ?? { n: 0, painN: 0, pain: 0, moodN: 0, mood: 0 };
    acc.n += 1;
    if (c.pain !== undefined) {
      acc.painN += 1;
      acc.pain += c.pain;
    }
    if (c.mood !== undefined) {
      acc.moodN += 1;
      acc.mood += c.mood;
    }
    byDay.set(key, acc);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, acc]) => ({
      day,
      entries: acc.n,
      meanPain: acc.painN ? acc.pain / acc.painN : null,
      meanMood: acc.moodN ? acc.mood / acc.moodN : null,
    }));
}

export function checkInsOnDay(checkIns: readonly CheckIn[], day: string): CheckIn[] {
  return checkIns.filter((c) => dayOf(c) === day);
}
