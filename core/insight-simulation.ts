// Simulated diaries for proving the insights honest (issue 12; the audit's setup in
// shared/research/health-audit.md §5). One place, used by the unit test
// (core/insight-simulation.test.ts) and the bench (bench/insights.mjs).
//
// A simulated user logs every day for `days` days, starting on a Monday:
// - Daily pain is AR(1) around the user's own level (3 to 6), φ = 0.5, with a
//   between-day SD drawn from 1.0 to 1.5; a walk day lowers that day's level by
//   `walkEffect` points (0: no effect at all).
// - One to three check-ins a day, each the day's level plus noise (SD 1), rounded and
//   kept within 0–10; mood follows pain (lower when pain is higher), with its own noise.
// - Walks, nudges taken, screen time (itself AR(1) from day to day) and the sleep
//   rating are drawn independently of pain and mood. Tags and back regions too, when
//   `details` is on: a check-in has details one time in three, and then each tag and
//   region is ticked with its own small chance.
// Everything comes from `seed`: the same seed gives the same diary.
import type { CheckIn } from './checkins';
import { REGIONS, TAGS } from './checkins';
import { buildDayFacts, type InsightActivity } from './day-facts';
import { mulberry32, normalFrom } from './insight-stats';
import { claimsDifference, computeInsights, type Insight } from './insights';
import { DAY_MS, dayKey, HOUR_MS } from './time';

export interface SimOptions {
  days: number;
  seed: number;
  /** Points added to pain on walk days (negative lowers it). */
  walkEffect?: number;
  /** Tick tags and back regions at random (independent of pain). */
  details?: boolean;
}

/** 2026-01-05, a Monday, as days since 1970-01-01. */
const FIRST_DAY = 20458;

export function simulateDiary({ days, seed, walkEffect = 0, details = true }: SimOptions): {
  checkIns: CheckIn[];
  activity: InsightActivity[];
} {
  const random = mulberry32(seed);
  const normal = normalFrom(random);
  const between = (a: number, b: number) => a + (b - a) * random();
  const level = between(3, 6);
  const sd = between(1, 1.5);
  const phi = 0.5;
  const pWalk = between(0.3, 0.7);
  const pTake = between(0.5, 0.95);
  const usualScreen = between(240, 480);
  const pSleep = between(0.3, 0.9);
  const checkIns: CheckIn[] = [];
  const activity: InsightActivity[] = [];
  let e = normal() * sd;
  let screen = normal() * 60;
  for (let d = 0; d < days; d++) {
    const n = FIRST_DAY + d;
    if (d > 0) {
      e = phi * e + Math.sqrt(1 - phi * phi) * sd * normal();
      screen = phi * screen + Math.sqrt(1 - phi * phi) * 60 * normal();
    }
    const walked = random() < pWalk;
    const due = 4 + Math.floor(random() * 5);
    let taken = 0;
    for (let k = 0; k < due; k++) if (random() < pTake) taken += 1;
    activity.push({
      day: dayKey(n),
      activeMinutes: Math.max(0, Math.round(usualScreen + screen)),
      nudgesDue: due,
      nudgesTaken: taken,
      walked,
    });
    const dayLevel = level + e + (walked ? walkEffect : 0);
    const count = 1 + Math.floor(random() * 3);
    for (let k = 0; k < count; k++) {
      const pain = Math.min(10, Math.max(0, Math.round(dayLevel + normal())));
      const mood = Math.min(5, Math.max(1, Math.round(3 - 0.4 * (pain - level) + 0.7 * normal())));
      const at = n * DAY_MS + (9 + 4 * k) * HOUR_MS;
      const c: CheckIn = { id: `sim-${seed}-${d}-${k}`, at, tzOffsetMin: 0, mood, pain, source: 'popup' } as CheckIn;
      if (k === 0 && random() < pSleep) c.sleep = Math.floor(random() * 11);
      if (details && random() < 1 / 3) {
        const tags = TAGS.filter(() => random() < 0.25);
        const regions = REGIONS.filter(() => random() < 0.3);
        if (tags.length) c.tags = tags;
        if (regions.length) c.regions = regions;
      }
      checkIns.push(c);
    }
  }
  return { checkIns, activity };
}

export function insightsOf(options: SimOptions): Insight[] {
  const { checkIns, activity } = simulateDiary(options);
  // Today is the diary's last day: every simulated day is within the window.
  return computeInsights(buildDayFacts(checkIns, activity), checkIns, dayKey(FIRST_DAY + options.days - 1));
}

export interface SimRates {
  users: number;
  /** Share of users shown at least one claimed difference on a factor with no effect. */
  falseRate: number;
  /** Share shown walk days with lower pain (a difference or a large one). */
  power: number;
}

/**
 * `users` simulated diaries (seeds `firstSeed`, `firstSeed + 1`, …). With walkEffect
 * 0 every claim is false; otherwise claims on factors other than walk are false (mood
 * follows pain, so walk's mood line is a true pattern too).
 */
export function simulateRates(
  {
    users,
    days,
    walkEffect = 0,
    details = true,
  }: { users: number; days: number; walkEffect?: number; details?: boolean },
  firstSeed = 1,
): SimRates {
  let falseUsers = 0;
  let found = 0;
  for (let u = 0; u < users; u++) {
    const insights = insightsOf({ days, seed: firstSeed + u, walkEffect, details });
    const walk = insights.find((i) => i.factor === 'walk');
    const others = insights.filter((i) => walkEffect === 0 || i.factor !== 'walk');
    if (others.some(claimsDifference)) falseUsers += 1;
    if (
      walk?.kind === 'comparison' &&
      walk.factor === 'walk' &&
      (walk.pain.verdict === 'difference' || walk.pain.verdict === 'large') &&
      walk.pain.gap < 0
    ) {
      found += 1;
    }
  }
  return { users, falseRate: falseUsers / users, power: found / users };
}
