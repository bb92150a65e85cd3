// A day's pain, mood and sleep: the mean of that day's check-ins, a skipped rating not
// counted (DESIGN.md "Check-ins": several a day are fine; a day's value is the mean,
// with the count). The one definition behind the daily CSV (core/export-csv.ts), the
// day summary (core/checkins.ts), the insights' day rows (core/day-facts.ts) and the
// history index (core/history.ts). Each of them groups check-ins by local day its own
// way (a map by day key, or one pass in day order); this is what a day adds up to.
import type { CheckIn } from './checkins';

/** One day's check-ins so far: how many, and each rating's sum over the check-ins that gave it. */
export interface DayTally {
  entries: number;
  pain: number;
  painN: number;
  mood: number;
  moodN: number;
  sleep: number;
  sleepN: number;
}

export type Ratings = Pick<CheckIn, 'pain' | 'mood' | 'sleep'>;

export const emptyTally = (): DayTally => ({ entries: 0, pain: 0, painN: 0, mood: 0, moodN: 0, sleep: 0, sleepN: 0 });

/**
 * Counts one check-in into its day's tally, in place (the tally is the caller's own
 * running total). A skipped rating adds to neither its sum nor its count; the
 * check-in still counts as an entry.
 */
export function addToTally(tally: DayTally, c: Ratings): DayTally {
  tally.entries += 1;
  if (c.pain !== undefined) {
    tally.painN += 1;
    tally.pain += c.pain;
  }
  if (c.mood !== undefined) {
    tally.moodN += 1;
    tally.mood += c.mood;
  }
  if (c.sleep !== undefined) {
    tally.sleepN += 1;
    tally.sleep += c.sleep;
  }
  return tally;
}

/** A day's means: each over the check-ins that gave that rating; null when none did. */
export interface DayMeans {
  meanPain: number | null;
  meanMood: number | null;
  meanSleep: number | null;
}

const plainMean = (sum: number, count: number) => sum / count;

/**
 * The day's means from its tally. `mean` turns a sum and its (non-zero) count into
 * the figure shown; the daily CSV passes its own rounding, which works from the
 * whole-number sum so that 201/200 rounds to 1.01.
 */
export function dayMeans(tally: DayTally, mean: (sum: number, count: number) => number = plainMean): DayMeans {
  return {
    meanPain: tally.painN ? mean(tally.pain, tally.painN) : null,
    meanMood: tally.moodN ? mean(tally.mood, tally.moodN) : null,
    meanSleep: tally.sleepN ? mean(tally.sleep, tally.sleepN) : null,
  };
}
