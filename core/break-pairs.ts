// Before and after a break, fairly (issue 12 item 3): the start and the end of the
// same break compared, never a check-in the person chose to make.
//
// Why not "the check-in before a break against the one after it": people check in
// when it hurts, and a moment that hurts more than usual tends to be followed by a
// better one anyway (regression to the mean). Comparing such a check-in with the one
// after the break shows a drop even when breaks change nothing (core/break-simulation.ts
// measures it). Here both check-ins come from the break page's own offer, at the start
// and at the end of one break, so when they are made is set by the break, not by how
// the person felt. (Whether a person answers still could be; the page says that a low
// point tends to be followed by a better one, and the simulation measures what that
// costs.)
//
// Rules:
// - A pair is one break's start and end check-ins: the same `breakId`, one with
//   `breakPhase` start and one with end, source "break", both with pain and mood, the
//   end not before the start and at most BREAK_PAIR_MAX_GAP_MS after it. A break with
//   two starts or two ends (a file imported twice under new ids) pairs nothing: which
//   one belongs is not known.
// - The change is end minus start, per pair; the estimate is its mean over the pairs.
// - Its uncertainty respects that breaks of the same week are alike: the larger of the
//   ordinary standard error of the mean and a bootstrap over whole Monday-start weeks
//   of pairs (BREAK_PAIR_RESAMPLES, seeded from the pairs themselves, so the same diary
//   always gives the same words), scaled by √(G / (G − 1)) for G weeks; read on
//   Student's t with the fewer of n − 1 and G − 1 degrees of freedom (weeks are the
//   units that were resampled, so a few weeks cannot pass for many pairs).
// - Pain and mood are one family of two, corrected with Holm (core/insight-stats.ts);
//   the range shown is at the level of its Holm step. It is a family of its own: the
//   unit is a break, not a day, and the question (does a break's end differ from its
//   start?) is not one of the day comparisons'.
// - Shown only with at least BREAK_PAIR_MIN_PAIRS pairs on BREAK_PAIR_MIN_DAYS
//   different days: ten pairs are the fewest whose range is usefully narrow (with the
//   usual spread of about 1.4 points in a change, ±0.9 points), and five days keep one
//   bad day from being the whole story. Otherwise: how many more pairs and days.
// - Then the same words by size as the day comparisons (core/insight-verdict.ts): a
//   claim only when the range leaves out zero; "no clear difference" when the whole
//   range is smaller than a change that matters; otherwise "too early to tell", with
//   about how many more pairs would settle it.
import type { CheckIn } from './checkins';
import { ALPHA, type HolmStep, holm, mulberry32, pValue, seedOf } from './insight-stats';
import { type Gap, judge, MOOD_GAP, PAIN_GAP, tenths, type Verdict } from './insight-verdict';
import { HOUR_MS, localEpochDay } from './time';

export const BREAK_PAIR_MIN_PAIRS = 10;
export const BREAK_PAIR_MIN_DAYS = 5;
/** A start and an end further apart than this are not one break's (a page left open overnight). */
export const BREAK_PAIR_MAX_GAP_MS = 2 * HOUR_MS;
/** Week-block bootstrap resamples: a diary's pairs are few, so all of them are cheap. */
export const BREAK_PAIR_RESAMPLES = 400;

type Marked = Pick<CheckIn, 'at' | 'tzOffsetMin' | 'pain' | 'mood' | 'source' | 'breakId' | 'breakPhase'>;

export interface BreakPair {
  breakId: string;
  /** The local epoch day of the start. */
  day: number;
  start: { at: number; pain: number; mood: number };
  end: { at: number; pain: number; mood: number };
}

/** The pairs of the rule above, in order of their starts. */
export function pairBreaks(checkIns: readonly Marked[]): BreakPair[] {
  const byBreak = new Map<string, { start: Marked[]; end: Marked[] }>();
  for (const c of checkIns) {
    if (c.source !== 'break' || c.breakId === undefined || c.breakPhase === undefined) continue;
    let ends = byBreak.get(c.breakId);
    if (!ends) {
      ends = { start: [], end: [] };
      byBreak.set(c.breakId, ends);
    }
    ends[c.breakPhase].push(c);
  }
  const pairs: BreakPair[] = [];
  for (const [breakId, { start, end }] of byBreak) {
    if (start.length !== 1 || end.length !== 1) continue;
    const s = start[0] as Marked;
    const e = end[0] as Marked;
    if (s.pain === undefined || s.mood === undefined || e.pain === undefined || e.mood === undefined) continue;
    if (e.at < s.at || e.at - s.at > BREAK_PAIR_MAX_GAP_MS) continue;
    pairs.push({
      breakId,
      day: localEpochDay(s.at, s.tzOffsetMin),
      start: { at: s.at, pain: s.pain, mood: s.mood },
      end: { at: e.at, pain: e.pain, mood: e.mood },
    });
  }
  return pairs.sort((a, b) => a.start.at - b.start.at || (a.breakId < b.breakId ? -1 : 1));
}

/** One outcome's change over a break. */
export interface BreakChange {
  /** The averages at the start and at the end (one decimal). */
  startMean: number;
  endMean: number;
  /** End minus start, from the two averages shown (one decimal). */
  change: number;
  /** The plausible range of the change (one decimal), or null when unbounded. */
  low: number | null;
  high: number | null;
  verdict: Verdict;
  /** tooEarly only: roughly how many more pairs would settle it (null: cannot say yet). */
  morePairs?: number | null;
}

export interface BreakComparison {
  kind: 'comparison';
  factor: 'breaks';
  pairs: number;
  pairDays: number;
  pain: BreakChange;
  mood: BreakChange;
}

export interface BreakNeedsMoreData {
  kind: 'needMoreData';
  factor: 'breaks';
  pairs: number;
  pairDays: number;
  /** The fewest more pairs, and more days with a pair, before it is shown. */
  pairsNeeded: number;
  daysNeeded: number;
}

export type BreakInsight = BreakComparison | BreakNeedsMoreData;

/** The mean change and its standard error (the larger of the pair-level and the week-level one). */
export interface ChangeEstimate {
  diff: number;
  se: number;
  df: number;
}

/** Monday-start weeks, numbered: epoch day 0 was a Thursday (as in core/insight-stats.ts). */
const weekOf = (day: number) => Math.floor((day + 3) / 7);

/** The mean of `changes` (one per pair, on `days`) with its week-aware error; `seed` drives the resampling. */
export function estimateChange(
  days: readonly number[],
  changes: readonly number[],
  seed: number,
  resamples = BREAK_PAIR_RESAMPLES,
): ChangeEstimate {
  const n = changes.length;
  let sum = 0;
  for (const d of changes) sum += d;
  const diff = n > 0 ? sum / n : 0;
  if (n < 2) return { diff, se: Number.POSITIVE_INFINITY, df: 1 };
  let ss = 0;
  for (const d of changes) ss += (d - diff) ** 2;
  const sePairs = Math.sqrt(ss / (n - 1) / n);
  // Week sums and counts, weeks in order of appearance.
  const index = new Map<number, number>();
  const weekSum: number[] = [];
  const weekN: number[] = [];
  changes.forEach((d, i) => {
    const w = weekOf(days[i] as number);
    let g = index.get(w);
    if (g === undefined) {
      g = index.size;
      index.set(w, g);
      weekSum.push(0);
      weekN.push(0);
    }
    weekSum[g] = (weekSum[g] as number) + d;
    weekN[g] = (weekN[g] as number) + 1;
  });
  const G = index.size;
  if (G < 2) return { diff, se: Number.POSITIVE_INFINITY, df: 1 };
  const random = mulberry32(seed);
  let bSum = 0;
  let bSq = 0;
  for (let b = 0; b < resamples; b++) {
    let s = 0;
    let c = 0;
    for (let k = 0; k < G; k++) {
      const g = Math.floor(random() * G);
      s += weekSum[g] as number;
      c += weekN[g] as number;
    }
    const m = s / c;
    bSum += m;
    bSq += m * m;
  }
  const bMean = bSum / resamples;
  const bVar = Math.max(0, bSq / resamples - bMean * bMean) * (resamples / Math.max(1, resamples - 1));
  const seWeeks = Math.sqrt(bVar * (G / (G - 1)));
  return { diff, se: Math.max(sePairs, seWeeks), df: Math.min(n - 1, G - 1) };
}

function changeOf(
  pairs: readonly BreakPair[],
  e: ChangeEstimate,
  step: HolmStep,
  outcome: 'pain' | 'mood',
  gap: Gap,
): BreakChange {
  let start = 0;
  let end = 0;
  for (const p of pairs) {
    start += p.start[outcome];
    end += p.end[outcome];
  }
  const startT = tenths(start / pairs.length);
  const endT = tenths(end / pairs.length);
  const { more, ...judged } = judge(e, step, gap, endT - startT, pairs.length);
  return {
    startMean: startT / 10,
    endMean: endT / 10,
    change: (endT - startT) / 10,
    ...judged,
    ...(more !== undefined && { morePairs: more }),
  };
}

/** The comparison of a break's end with its start, over every pair in `checkIns`. */
export function compareBreakPairs(checkIns: readonly Marked[]): BreakInsight {
  const pairs = pairBreaks(checkIns);
  const days = pairs.map((p) => p.day);
  const pairDays = new Set(days).size;
  const pairsNeeded = Math.max(0, BREAK_PAIR_MIN_PAIRS - pairs.length);
  const daysNeeded = Math.max(0, BREAK_PAIR_MIN_DAYS - pairDays);
  if (pairsNeeded > 0 || daysNeeded > 0) {
    return { kind: 'needMoreData', factor: 'breaks', pairs: pairs.length, pairDays, pairsNeeded, daysNeeded };
  }
  const painChanges = pairs.map((p) => p.end.pain - p.start.pain);
  const moodChanges = pairs.map((p) => p.end.mood - p.start.mood);
  // The pairs' own seed: their days and both changes.
  const seedValues: number[] = [];
  pairs.forEach((p, i) => {
    seedValues.push(p.day, painChanges[i] as number, moodChanges[i] as number);
  });
  const seed = seedOf(seedValues);
  const pain = estimateChange(days, painChanges, seed);
  const mood = estimateChange(days, moodChanges, seed ^ 0x9e3779b9);
  const [painStep, moodStep] = holm([pValue(pain), pValue(mood)], ALPHA) as [HolmStep, HolmStep];
  return {
    kind: 'comparison',
    factor: 'breaks',
    pairs: pairs.length,
    pairDays,
    pain: changeOf(pairs, pain, painStep, 'pain', PAIN_GAP),
    mood: changeOf(pairs, mood, moodStep, 'mood', MOOD_GAP),
  };
}
