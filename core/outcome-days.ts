// Per-day break counts from the engine's recorded outcomes (core/schedule.ts Outcome),
// for the history page and insights. Days with no outcome are absent, never zero.
import type { DayActivity } from './history';
import type { Outcome } from './outcomes';
import { localDayKey } from './time';

/**
 * `walkSec` is the walk's length in settings. Outcomes carry no zone of their own:
 * `tzOffsetAt` gives the offset in force at each one (so daylight-saving changes
 * place them right; a trip across zones may shift a few).
 */
export function outcomeDays(
  outcomes: readonly Outcome[],
  tzOffsetAt: (at: number) => number,
  walkSec: number,
): DayActivity[] {
  const days = new Map<
    string,
    Required<Pick<DayActivity, 'taken' | 'snoozed' | 'skipped' | 'natural'>> & { walks: number }
  >();
  for (const o of outcomes) {
    const day = localDayKey(o.at, tzOffsetAt(o.at));
    const row = days.get(day) ?? { taken: 0, snoozed: 0, skipped: 0, natural: 0, walks: 0 };
    if (o.kind === 'done') row.taken++;
    else if (o.kind === 'snoozed') row.snoozed++;
    else if (o.kind === 'skipped') row.skipped++;
    else if (o.kind === 'natural') row.natural++;
    else continue;
    if (o.nudge === 'walk' && (o.kind === 'done' || o.kind === 'natural')) row.walks++;
    days.set(day, row);
  }
  return [...days]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, { walks, ...counts }]) => ({ day, ...counts, walkMinutes: (walks * walkSec) / 60 }));
}
