// The care rule (DESIGN.md "Care"), on its own with no schema, so the popup can ask
// it without loading validators. care.ts re-exports it.
import type { CheckIn } from './checkins';
import { DAY_MS, localEpochDay, localMonthKey } from './time';

export const CARE_PAIN_WINDOW_DAYS = 21;
export const CARE_MOOD_WINDOW_DAYS = 14;
export const CARE_PAIN_MIN_LOGGED_DAYS = 8;
export const CARE_MOOD_MIN_LOGGED_DAYS = 6;
/**
 * How far before the pain window the rule looks for the diary's start: four weeks.
 * With a bound, every page can feed the rule the same days (`careInput`) without
 * reading ten years; a diary silent for the four weeks before the window is, for
 * "has this lasted three weeks?", as new as one begun inside it.
 */
export const CARE_REACH_BACK_DAYS = 28;
/** A day counts as high pain when its mean pain is at least this (0–10 scale). */
export const CARE_PAIN_AT_LEAST = 4;
/** A day counts as low mood when its mean mood is at most this (1–5 faces). */
export const CARE_MOOD_AT_MOST = 2;
const WEEK_DAYS = 7;

export interface CareSignal {
  /** Show the calm "worth talking over with a GP or physiotherapist" card. */
  show: boolean;
  /** Days in the 21-day window with mean pain ≥ 4, and days logged in it. */
  painDays: { high: number; logged: number; spansWindow: boolean };
  /** Days in the 14-day window with mean mood ≤ 2, and days logged in it. */
  moodDays: { low: number; logged: number; spansWindow: boolean };
}

/** A day's pain and mood ratings: each counted over the check-ins that recorded it. */
interface DayTotals {
  painN: number;
  pain: number;
  moodN: number;
  mood: number;
}

/** Whether a window's logged days are enough, spread over every week, and "mostly" flagged. */
function windowCounts(
  byDay: ReadonlyMap<number, DayTotals>,
  today: number,
  length: number,
  logs: (t: DayTotals) => boolean,
  flagged: (t: DayTotals) => boolean,
): { flagged: number; logged: number; everyWeek: boolean } {
  let logged = 0;
  let count = 0;
  const weeks = new Array<boolean>(Math.ceil(length / WEEK_DAYS)).fill(false);
  for (let i = 0; i < length; i++) {
    const totals = byDay.get(today - i);
    if (!totals || !logs(totals)) continue;
    logged += 1;
    if (flagged(totals)) count += 1;
    weeks[Math.floor(i / WEEK_DAYS)] = true;
  }
  return { flagged: count, logged, everyWeek: weeks.every(Boolean) };
}

const isMost = (part: number, whole: number) => part * 2 > whole;

/**
 * The rule's input window: the stored months (`checkins:YYYY-MM`) that can hold a
 * check-in it reads, from the first day it looks back to (the pain window's first
 * day less CARE_REACH_BACK_DAYS) to today. Every page reads exactly these months and
 * feeds their check-ins to `careSignal`, so the popup and the history page agree.
 * A check-in is stored under its own zone's month, and the rule places it on its own
 * zone's day: the same day, so the months of the window's days are enough.
 */
export function careInput(now: number, tzOffsetMin: number): { months: string[] } {
  const today = localEpochDay(now, tzOffsetMin);
  const months = new Set<string>();
  for (let day = firstCareDay(today); day <= today; day++) months.add(localMonthKey(day * DAY_MS, 0));
  return { months: [...months] };
}

const firstCareDay = (today: number) => today - (CARE_PAIN_WINDOW_DAYS - 1) - CARE_REACH_BACK_DAYS;

/** The warning-sign rule (see the definitions above). Linear in the number of check-ins. */
export function careSignal(
  checkIns: readonly Pick<CheckIn, 'at' | 'tzOffsetMin' | 'pain' | 'mood'>[],
  now: number,
  tzOffsetMin: number,
): CareSignal {
  const today = localEpochDay(now, tzOffsetMin);
  const firstPainDay = today - (CARE_PAIN_WINDOW_DAYS - 1);
  const firstDay = firstCareDay(today);
  let earliest = Number.POSITIVE_INFINITY;
  const byDay = new Map<number, DayTotals>();
  for (const c of checkIns) {
    const day = localEpochDay(c.at, c.tzOffsetMin);
    // Outside the input window (`careInput`): whichever months a page read, the same days count.
    if (day > today || day < firstDay) continue;
    if (day < earliest) earliest = day;
    if (day < firstPainDay) continue;
    // A skipped pain or mood is not a rating: that half of the day is not logged.
    const totals = byDay.get(day) ?? { painN: 0, pain: 0, moodN: 0, mood: 0 };
    byDay.set(day, totals);
    if (c.pain !== undefined) {
      totals.painN += 1;
      totals.pain += c.pain;
    }
    if (c.mood !== undefined) {
      totals.moodN += 1;
      totals.mood += c.mood;
    }
  }

  const pain = windowCounts(
    byDay,
    today,
    CARE_PAIN_WINDOW_DAYS,
    (t) => t.painN > 0,
    (t) => t.pain >= CARE_PAIN_AT_LEAST * t.painN,
  );
  const mood = windowCounts(
    byDay,
    today,
    CARE_MOOD_WINDOW_DAYS,
    (t) => t.moodN > 0,
    (t) => t.mood <= CARE_MOOD_AT_MOST * t.moodN,
  );
  const painSpans = pain.everyWeek && earliest <= firstPainDay;
  const painHolds = pain.logged >= CARE_PAIN_MIN_LOGGED_DAYS && painSpans && isMost(pain.flagged, pain.logged);
  const moodHolds = mood.logged >= CARE_MOOD_MIN_LOGGED_DAYS && mood.everyWeek && isMost(mood.flagged, mood.logged);
  return {
    show: painHolds && moodHolds,
    painDays: { high: pain.flagged, logged: pain.logged, spansWindow: painSpans },
    moodDays: { low: mood.flagged, logged: mood.logged, spansWindow: mood.everyWeek },
  };
}

// ---------------------------------------------------------------------------------
// PHQ-2 (its wording and scoring are in care.ts; the source is noted here until it
// moves beside them)
// ---------------------------------------------------------------------------------
//
// Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity
// of a two-item depression screener. Med Care 2003;41(11):1284–92. A total ≥ 3 had
// sensitivity 83 % and specificity 92 % for major depression.
//
// The wording in care.ts is the instrument's own and must be shown verbatim: it is kept
// in code, not in locales/, so nobody "improves" it. Other languages should use the
// official translations (phqscreeners.com), never a translation of our own.
