// The check-in: one moment's mood and pain, with optional detail. DESIGN.md "Check-ins".
import * as v from 'valibot';
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
export const SOURCES = ['popup', 'break', 'reminder', 'import'] as const;
/** A tag brought from another app (a Daylio activity): its own words, one line, no list separator. */
export const CUSTOM_TAG_MAX_CHARS = 40;
const CUSTOM_TAG = /^[^\s;\p{Cc}](?:[^;\p{Cc}]{0,38}[^\s;\p{Cc}])?$/u;

export type Mood = (typeof MOODS)[number];
export type Region = (typeof REGIONS)[number];
export type Tag = (typeof TAGS)[number];
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

export const CheckInSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(CHECKIN_ID)),
  at: wholeNumber(AT_MIN, AT_MAX),
  // Real zones run from UTC−12 to UTC+14.
  tzOffsetMin: wholeNumber(-720, 840),
  mood: wholeNumber(1, 5),
  pain: wholeNumber(PAIN_MIN, PAIN_MAX),
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
});

export type CheckIn = v.InferOutput<typeof CheckInSchema>;
export type CheckInField = keyof typeof CheckInSchema.entries;

/** The fields of a check-in, in the order they are reported and exported: the schema's. */
export const CHECKIN_FIELDS = Object.keys(CheckInSchema.entries) as readonly CheckInField[];

/** What is wrong with a value, as data: pages turn it into words (utils/describe-failure.ts). */
export type CheckInProblem = FieldProblem<CheckInField>;

/**
 * Checks one check-in: the value (a new object) or each bad field once, in field
 * order, then the first unknown key. Bulk input uses `recordValidator(CheckInSchema)`
 * (core/import.ts): the same answers, faster (core/compiled-check.ts).
 */
export function validateCheckIn(input: unknown): Result<CheckIn, CheckInProblem> {
  return validateWithValibot(CheckInSchema, input);
}

/** What the popup (or a break page) collects; time, zone and id are added on save. */
export interface CheckInDraft {
  mood: number;
  pain: number;
  regions?: Region[];
  tags?: Tag[];
  sleep?: number;
  note?: string;
  source: Source;
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
    mood: draft.mood,
    pain: draft.pain,
    source: draft.source,
  };
  if (draft.regions?.length) candidate.regions = draft.regions;
  if (draft.tags?.length) candidate.tags = draft.tags;
  if (draft.sleep !== undefined) candidate.sleep = draft.sleep;
  const note = draft.note?.trim();
  if (note) candidate.note = note;
  // Unknown draft fields are refused, not silently dropped.
  for (const key of Object.keys(draft)) {
    if (!(CHECKIN_FIELDS as readonly string[]).includes(key)) candidate[key] = (draft as never)[key];
  }
  return validateCheckIn(candidate);
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

/** Adds a check-in to a month, kept in time order. A repeated id is refused. */
export function addToMonth(month: readonly CheckIn[], checkIn: CheckIn): Result<CheckIn[], 'duplicateId'> {
  if (month.some((c) => c.id === checkIn.id)) return { ok: false, problems: ['duplicateId'] };
  const next = [...month];
  let i = next.length;
  while (i > 0 && byTime(next[i - 1] as CheckIn, checkIn) > 0) i--;
  next.splice(i, 0, checkIn);
  return { ok: true, value: next };
}

export function removeFromMonth(month: readonly CheckIn[], id: string): CheckIn[] {
  return month.filter((c) => c.id !== id);
}

export interface DaySummary {
  day: string;
  entries: number;
  meanPain: number;
  meanMood: number;
}

/** One row per local day that has entries: days without entries are absent, never zero. */
export function summarizeDays(checkIns: readonly CheckIn[]): DaySummary[] {
  const byDay = new Map<string, { n: number; pain: number; mood: number }>();
  for (const c of checkIns) {
    const key = dayOf(c);
    const acc = byDay.get(key) ?? { n: 0, pain: 0, mood: 0 };
    acc.n += 1;
    acc.pain += c.pain;
    acc.mood += c.mood;
    byDay.set(key, acc);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, acc]) => ({ day, entries: acc.n, meanPain: acc.pain / acc.n, meanMood: acc.mood / acc.n }));
}

export function checkInsOnDay(checkIns: readonly CheckIn[], day: string): CheckIn[] {
  return checkIns.filter((c) => dayOf(c) === day);
}
