// Per-day break counts from the engine's recorded outcomes (core/schedule.ts Outcome),
// for the history page and insights. Days with no outcome are absent, never zero.
import type { DayActivity } from './history';
import type { Outcome } from './outcomes';
import { DEFAULT_SETTINGS } from './settings-defaults';
import { localDayKey } from './time';

/**
 * The seconds a walk record adds to its day: what the engine credited when it was
 * taken (`creditedSec`). A record from before that field has no trace of the length
 * in force then (settings keep no history), so it counts the default walk length,
 * `legacyWalkSec`: never today's setting, which would rewrite the past whenever it
 * changes.
 */
export function walkSecOf(o: Pick<Outcome, 'creditedSec'>, legacyWalkSec: number): number {
  const sec = o.creditedSec;
  // Storage is input like any other: a damaged value counts as unknown.
  return typeof sec === 'number' && Number.isFinite(sec) && sec >= 0 ? sec : legacyWalkSec;
}

/**
 * Outcomes carry no zone of their own: `tzOffsetAt` gives the offset in force at
 * each one (so daylight-saving changes place them right; a trip across zones may
 * shift a few). Walk minutes sum each walk's credited seconds (`walkSecOf`).
 */
export function outcomeDays(
  outcomes: readonly Outcome[],
  tzOffsetAt: (at: number) => number,
  legacyWalkSec: number = DEFAULT_SETTINGS.nudges.walk.durationSec,
): DayActivity[] {
  const days = new Map<
    string,
    Required<Pick<DayActivity, 'taken' | 'snoozed' | 'skipped' | 'natural'>> & { walkSec: number }
  >();
  for (const o of outcomes) {
    const day = localDayKey(o.at, tzOffsetAt(o.at));
    const row = days.get(day) ?? { taken: 0, snoozed: 0, skipped: 0, natural: 0, walkSec: 0 };
    if (o.kind === 'done') row.taken++;
    else if (o.kind === 'snoozed') row.snoozed++;
    else if (o.kind === 'skipped') row.skipped++;
    else if (o.kind === 'natural') row.natural++;
    else continue;
    if (o.nudge === 'walk' && (o.kind === 'done' || o.kind === 'natural')) row.walkSec += walkSecOf(o, legacyWalkSec);
    days.set(day, row);
  }
  return [...days]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, { walkSec, ...counts }]) => ({ day, ...counts, walkMinutes: walkSec / 60 }));
}

/**
 * Nudges taken on a day: done when asked, plus natural breaks. DESIGN.md "Natural
 * break": time away for a nudge's length "counts as that nudge taken". The daily CSV
 * and the insights both count through this. Unknown (no outcome that day) stays unknown.
 */
export function breaksTaken(row: Pick<DayActivity, 'taken' | 'natural'>): number | undefined {
  if (row.taken === undefined && row.natural === undefined) return undefined;
  return (row.taken ?? 0) + (row.natural ?? 0);
}
