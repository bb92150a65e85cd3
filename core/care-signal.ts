// The care rule (DESIGN.md "Care"), on its own with no schema, so the popup can ask
// it without loading validators. care.ts re-exports it and holds the definitions.
import type { CheckIn } from './checkins';
import { DAY_MS, localEpochDay, localMonthKey } from './time';

/** The "both" card's pain window: three weeks (with the mood window below). */
export const CARE_PAIN_WINDOW_DAYS = 21;
/** The pain-only card's window: six weeks (NHS: see a GP if back pain has not eased after a few weeks). */
export const CARE_LONG_PAIN_WINDOW_DAYS = 42;
/** The mood window, for the mood-only card and the "both" card: two weeks. */
export const CARE_MOOD_WINDOW_DAYS = 14;
/**
 * Enough data: at least this many logged days for every week of a window (two a
 * week: a diary kept on Mondays and Thursdays counts), and at least one in each week.
 */
export const CARE_MIN_LOGGED_PER_WEEK = 2;
/**
 * How far before the longest window the rule looks for the diary's start: four weeks.
 * With a bound, every page can feed the rule the same days (`careInput`) without
 * reading ten years; a diary silent for the four weeks before the window is, for
 * "has this lasted six weeks?", as new as one begun inside it.
 */
export const CARE_REACH_BACK_DAYS = 28;
/** A day counts as high pain when its mean pain is at least this (0–10 scale). */
export const CARE_PAIN_AT_LEAST = 4;
/** A day counts as low mood when its lowest mood is at most this (1–5 faces): a low moment is not averaged away. */
export const CARE_MOOD_AT_MOST = 2;
const WEEK_DAYS = 7;

/** The three cards: pain for six weeks, low mood for two, or both together. */
export const CARE_KINDS = ['pain', 'mood', 'both'] as const;
export type CareKind = (typeof CARE_KINDS)[number];

export interface CareWindow {
  /** Days in the window that were flagged (high pain, or low mood), and days logged in it. */
  flagged: number;
  logged: number;
  /** The window's length in days. */
  days: number;
  /** Enough logged days, each week covered, and the diary reaching back to the window's first day. */
  enough: boolean;
  /** Enough, and flagged on most (more than half) of the logged days. */
  holds: boolean;
}

export interface CareSignal {
  /** Which calm card to show, or null: nothing is claimed. */
  kind: CareKind | null;
  show: boolean;
  /** Six weeks of pain (the pain card). */
  pain: CareWindow;
  /** Three weeks of pain (the "both" card). */
  recentPain: CareWindow;
  /** Two weeks of mood (the mood and "both" cards). */
  mood: CareWindow;
}

/** A day's check-ins: `n` of them recorded pain (summed in `pain`); the lowest mood recorded, or +∞ with none. */
interface DayTotals {
  n: number;
  pain: number;
  lowestMood: number;
}

const isMost = (part: number, whole: number) => part * 2 > whole;

function windowOf(
  byDay: ReadonlyMap<number, DayTotals>,
  today: number,
  earliest: number,
  days: number,
  logsDay: (t: DayTotals) => boolean,
  flaggedDay: (t: DayTotals) => boolean,
): CareWindow {
  let logged = 0;
  let flagged = 0;
  const weeks = new Array<boolean>(Math.ceil(days / WEEK_DAYS)).fill(false);
  for (let i = 0; i < days; i++) {
    const totals = byDay.get(today - i);
    if (!totals || !logsDay(totals)) continue;
    logged += 1;
    if (flaggedDay(totals)) flagged += 1;
    weeks[Math.floor(i / WEEK_DAYS)] = true;
  }
  const enough =
    logged >= CARE_MIN_LOGGED_PER_WEEK * weeks.length && weeks.every(Boolean) && earliest <= today - (days - 1);
  return { flagged, logged, days, enough, holds: enough && isMost(flagged, logged) };
}

const firstCareDay = (today: number) => today - (CARE_LONG_PAIN_WINDOW_DAYS - 1) - CARE_REACH_BACK_DAYS;

/**
 * The rule's input window: the stored months (`checkins:YYYY-MM`) that can hold a
 * check-in it reads, from the first day it looks back to (the longest window's first
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

/**
 * The care rule (DESIGN.md "Care"; see care.ts for the definitions). A day is a local
 * calendar day in each check-in's own zone; its pain is the mean of its check-ins, its
 * mood the lowest. Three cards, the first that holds:
 * - both: pain ≥ 4 on most logged days of three weeks and low mood on most of two;
 * - mood: low mood on most logged days of two weeks;
 * - pain: pain ≥ 4 on most logged days of six weeks.
 * A window too sparse to judge claims nothing. Linear in the number of check-ins.
 */
export function careSignal(
  checkIns: readonly Pick<CheckIn, 'at' | 'tzOffsetMin' | 'pain' | 'mood'>[],
  now: number,
  tzOffsetMin: number,
): CareSignal {
  const today = localEpochDay(now, tzOffsetMin);
  const firstWindowDay = today - (CARE_LONG_PAIN_WINDOW_DAYS - 1);
  const firstDay = firstCareDay(today);
  let earliest = Number.POSITIVE_INFINITY;
  const byDay = new Map<number, DayTotals>();
  for (const c of checkIns) {
    const day = localEpochDay(c.at, c.tzOffsetMin);
    // Outside the input window (`careInput`): whichever months a page read, the same days count.
    if (day > today || day < firstDay) continue;
    if (day < earliest) earliest = day;
    if (day < firstWindowDay) continue;
    // A skipped pain or mood is not a rating: that half of the day is not logged (issue 15).
    const totals = byDay.get(day) ?? { n: 0, pain: 0, lowestMood: Number.POSITIVE_INFINITY };
    byDay.set(day, totals);
    if (c.pain !== undefined) {
      totals.n += 1;
      totals.pain += c.pain;
    }
    if (c.mood !== undefined && c.mood < totals.lowestMood) totals.lowestMood = c.mood;
  }
  // Sums, so a mean of exactly 4 counts with no floating-point doubt.
  const highPain = (t: DayTotals) => t.pain >= CARE_PAIN_AT_LEAST * t.n;
  const lowMood = (t: DayTotals) => t.lowestMood <= CARE_MOOD_AT_MOST;
  const logsPain = (t: DayTotals) => t.n > 0;
  const logsMood = (t: DayTotals) => t.lowestMood !== Number.POSITIVE_INFINITY;
  const pain = windowOf(byDay, today, earliest, CARE_LONG_PAIN_WINDOW_DAYS, logsPain, highPain);
  const recentPain = windowOf(byDay, today, earliest, CARE_PAIN_WINDOW_DAYS, logsPain, highPain);
  const mood = windowOf(byDay, today, earliest, CARE_MOOD_WINDOW_DAYS, logsMood, lowMood);
  const kind: CareKind | null =
    recentPain.holds && mood.holds ? 'both' : mood.holds ? 'mood' : pain.holds ? 'pain' : null;
  return { kind, show: kind !== null, pain, recentPain, mood };
}
