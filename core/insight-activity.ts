// The insights' activity input (core/day-facts.ts `InsightActivity`), built from the break
// engine's days (core/history.ts `DayActivity`, from core/outcome-days.ts and the
// activity rollups). The history page feeds insights only through this.

import type { InsightActivity } from './day-facts';
import type { DayActivity } from './history';
import { breaksTaken } from './outcome-days';

/**
 * One insight row per activity day. Nudges due are those answered (done, skipped) or
 * taken by being away (natural); snoozes end in one of those, so they are not counted
 * again. A day with no outcome recorded has no nudge fields: unknown, never zero.
 */
export function insightActivity(rows: readonly DayActivity[]): InsightActivity[] {
  return rows.map((r) => {
    const out: InsightActivity = { day: r.day };
    if (r.activeMinutes !== undefined) out.activeMinutes = r.activeMinutes;
    const parts = [r.taken, r.skipped, r.natural];
    if (parts.some((p) => p !== undefined)) {
      out.nudgesDue = parts.reduce<number>((n, p) => n + (p ?? 0), 0);
      out.nudgesTaken = breaksTaken(r) ?? 0;
    }
    if (r.walkMinutes !== undefined) out.walked = r.walkMinutes > 0;
    return out;
  });
}
