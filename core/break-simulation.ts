// Simulated break diaries (issue 12 item 3): proof that comparing a break's start with
// its end (core/break-pairs.ts) stays quiet when breaks change nothing, even when a
// person checks in from the popup when it hurts, while the retired comparison (the
// check-in before a break against the one after it) claims a drop. One place, used by
// the unit test (core/break-simulation.test.ts) and the bench (bench/insights.mjs).
//
// A simulated user, every day for `days` days from a Monday:
// - The day's pain level is AR(1) around the user's own level (3 to 6), φ = 0.5, with a
//   between-day SD of 1.0 to 1.5 (as core/insight-simulation.ts). Each moment's pain is
//   the day's level plus its own noise (SD 1), rounded and kept within 0–10; mood
//   follows pain with its own noise.
// - Three breaks a day, at 10:00, 13:00 and 16:00, each five minutes long. A break's end
//   is `breakEffect` points from the day's level (0: breaks change nothing).
// - "Checking in when it hurts": half an hour before each break the person opens the
//   popup and checks in with chance 0.9 when that moment hurts more than a point over
//   the day's level, and 0.05 otherwise.
// - The break page's offers: the end check-in is answered with chance 0.7; with
//   `startOffer`, the start one too, with chance 0.7, whatever the moment is like
//   (or, with `startWhenItHurts`, by the same rule as the popup: the worst case for
//   the fair comparison, since then the start is chosen by how the person felt).
// Everything comes from `seed`: the same seed gives the same diary.
import { compareBreakPairs } from './break-pairs';
import type { CheckIn } from './checkins';
import { mulberry32, normalFrom } from './insight-stats';
import { CLAIMS } from './insight-verdict';
import { DAY_MS, HOUR_MS, localEpochDay, MINUTE_MS } from './time';

export interface BreakSimOptions {
  days: number;
  seed: number;
  /** Points added to pain at a break's end (negative lowers it). */
  breakEffect?: number;
  /** Whether the break page offers a check-in at the start too (the new method needs it). */
  startOffer?: boolean;
  /** The start offer answered mostly when it hurts (the worst case), not at random. */
  startWhenItHurts?: boolean;
}

/** 2026-01-05, a Monday, as days since 1970-01-01. */
const FIRST_DAY = 20458;
const BREAK_HOURS = [10, 13, 16] as const;
const HURTS_OVER = 1;
const P_WHEN_HURTS = 0.9;
const P_OTHERWISE = 0.05;
const P_ANSWER = 0.7;

export function simulateBreakDiary({
  days,
  seed,
  breakEffect = 0,
  startOffer = true,
  startWhenItHurts = false,
}: BreakSimOptions): CheckIn[] {
  const random = mulberry32(seed);
  const normal = normalFrom(random);
  const between = (a: number, b: number) => a + (b - a) * random();
  const level = between(3, 6);
  const sd = between(1, 1.5);
  const phi = 0.5;
  const checkIns: CheckIn[] = [];
  const rate = (at: number, dayLevel: number, extra: number) => {
    const noise = normal();
    const pain = Math.min(10, Math.max(0, Math.round(dayLevel + extra + noise)));
    const mood = Math.min(5, Math.max(1, Math.round(3 - 0.4 * (pain - level) + 0.7 * normal())));
    return { at, pain, mood, hurts: noise + extra > HURTS_OVER };
  };
  let e = normal() * sd;
  for (let d = 0; d < days; d++) {
    const n = FIRST_DAY + d;
    if (d > 0) e = phi * e + Math.sqrt(1 - phi * phi) * sd * normal();
    const dayLevel = level + e;
    for (const h of BREAK_HOURS) {
      const at = n * DAY_MS + h * HOUR_MS;
      const id = `sim-${seed}-${d}-${h}`;
      const popup = rate(at - 30 * MINUTE_MS, dayLevel, 0);
      if (random() < (popup.hurts ? P_WHEN_HURTS : P_OTHERWISE)) {
        checkIns.push({
          id: `${id}-p`,
          at: popup.at,
          tzOffsetMin: 0,
          pain: popup.pain,
          mood: popup.mood,
          source: 'popup',
        });
      }
      const start = rate(at, dayLevel, 0);
      const end = rate(at + 5 * MINUTE_MS, dayLevel, breakEffect);
      const startAnswered = random() < (startWhenItHurts ? (start.hurts ? P_WHEN_HURTS : P_OTHERWISE) : P_ANSWER);
      const endAnswered = random() < P_ANSWER;
      if (startOffer && startAnswered) {
        checkIns.push({
          id: `${id}-s`,
          at: start.at,
          tzOffsetMin: 0,
          pain: start.pain,
          mood: start.mood,
          source: 'break',
          breakId: `${id}-b`,
          breakPhase: 'start',
        });
      }
      if (endAnswered) {
        checkIns.push({
          id: `${id}-e`,
          at: end.at,
          tzOffsetMin: 0,
          pain: end.pain,
          mood: end.mood,
          source: 'break',
          // Before the start offer, a break check-in carried no marker.
          ...(startOffer ? { breakId: `${id}-b`, breakPhase: 'end' as const } : {}),
        });
      }
    }
  }
  return checkIns;
}

/**
 * The retired comparison, kept only to show its bias: each break check-in paired with
 * the nearest earlier popup or reminder check-in of the same day, at most 3 hours
 * before, each used once; shown with ≥ 14 logged days and pairs on ≥ 5 days; a drop
 * claimed when the averages shown (one decimal) differ by a point or more.
 */
export function retiredBeforeAfter(checkIns: readonly CheckIn[]): {
  shown: boolean;
  drop: number;
  claimsDrop: boolean;
} {
  const list = [...checkIns].sort((a, b) => a.at - b.at);
  const logged = new Set(list.map((c) => localEpochDay(c.at, c.tzOffsetMin)));
  let before: CheckIn | null = null;
  let n = 0;
  let sumBefore = 0;
  let sumAfter = 0;
  const pairDays = new Set<number>();
  for (const c of list) {
    if (c.pain === undefined || c.mood === undefined) continue;
    if (c.source !== 'break') {
      before = c;
      continue;
    }
    const day = localEpochDay(c.at, c.tzOffsetMin);
    if (before && before.at < c.at && c.at - before.at <= 3 * HOUR_MS && localEpochDay(before.at, 0) === day) {
      n += 1;
      sumBefore += before.pain as number;
      sumAfter += c.pain;
      pairDays.add(day);
    }
    before = null;
  }
  const shown = logged.size >= 14 && pairDays.size >= 5;
  const tenths = (x: number) => Math.round(x * 10);
  const drop = n ? (tenths(sumBefore / n) - tenths(sumAfter / n)) / 10 : 0;
  return { shown, drop, claimsDrop: shown && drop >= 1 };
}

export interface BreakSimRates {
  users: number;
  /** Share of users shown a claimed change in pain or mood over a break (a false one when breakEffect is 0). */
  claimRate: number;
  /** Share shown a drop in pain over a break. */
  dropRate: number;
  /** The retired comparison run on the same people without the start offer: share claiming a drop. */
  retiredDropRate: number;
  /** …and its mean "drop" in points, over the users it was shown to. */
  retiredMeanDrop: number;
}

/** `users` simulated people (seeds `firstSeed`, `firstSeed + 1`, …), each judged by both methods. */
export function simulateBreakRates(
  {
    users,
    days,
    breakEffect = 0,
    startWhenItHurts = false,
  }: Omit<BreakSimOptions, 'seed' | 'startOffer'> & {
    users: number;
  },
  firstSeed = 1,
): BreakSimRates {
  let claims = 0;
  let drops = 0;
  let retiredDrops = 0;
  let retiredShown = 0;
  let retiredSum = 0;
  for (let u = 0; u < users; u++) {
    const seed = firstSeed + u;
    const insight = compareBreakPairs(simulateBreakDiary({ days, seed, breakEffect, startWhenItHurts }));
    if (insight.kind === 'comparison') {
      if (CLAIMS.includes(insight.pain.verdict) || CLAIMS.includes(insight.mood.verdict)) claims += 1;
      if (CLAIMS.includes(insight.pain.verdict) && insight.pain.change < 0) drops += 1;
    }
    const retired = retiredBeforeAfter(simulateBreakDiary({ days, seed, breakEffect, startOffer: false }));
    if (retired.shown) {
      retiredShown += 1;
      retiredSum += retired.drop;
    }
    if (retired.claimsDrop) retiredDrops += 1;
  }
  return {
    users,
    claimRate: claims / users,
    dropRate: drops / users,
    retiredDropRate: retiredDrops / users,
    retiredMeanDrop: retiredShown ? retiredSum / retiredShown : 0,
  };
}
