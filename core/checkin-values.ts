// A check-in's plain parts: its scales, lists and fields, a check-in built from a
// draft, and the month and day it belongs to. No schema here: that is core/checkins.ts,
// which re-exports all of this. The popup only shows and sends check-ins (the
// background validates them), so it imports this and loads no valibot (bench
// popup.gzipBytes).
import type { CheckIn } from './checkins';
import { localDayKey, localMonthKey } from './time';

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

export type Mood = (typeof MOODS)[number];
export type Region = (typeof REGIONS)[number];
export type Tag = (typeof TAGS)[number];
export type Source = (typeof SOURCES)[number];
/**
 * Which end of a break a break-page check-in was offered at: `start` as the break
 * begins, `end` after it. Both carry the break's id (`breakId`), so the two can be
 * paired (core/break-pairs.ts).
 */
export const BREAK_PHASES = ['start', 'end'] as const;
export type BreakPhase = (typeof BREAK_PHASES)[number];

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
 * The check-in a draft comes to, not yet validated: empty optional parts dropped so
 * storage stays small, unknown draft fields kept so the validation refuses them.
 */
export function checkInCandidate(
  draft: CheckInDraft,
  at: number,
  tzOffsetMin: number,
  id: string,
): Record<string, unknown> {
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
  return candidate;
}

export const monthOf = (c: Pick<CheckIn, 'at' | 'tzOffsetMin'>) => localMonthKey(c.at, c.tzOffsetMin);
export const dayOf = (c: Pick<CheckIn, 'at' | 'tzOffsetMin'>) => localDayKey(c.at, c.tzOffsetMin);

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

export function checkInsOnDay(checkIns: readonly CheckIn[], day: string): CheckIn[] {
  return checkIns.filter((c) => dayOf(c) === day);
}
