// The heads-up before a break (settings.headsUp, off by default): one per coming break,
// `leadSec` before it, and Postpone on it. Pure decisions over the schedule; the step
// machine (core/schedule.ts) stores what they return and records the outcome.
import { type Counting, canShow, specOf } from './schedule-counting';
import { nextNudge } from './schedule-queries';
import type { NudgeId, PendingBreak } from './schedule-state';
import { MINUTE_MS, SECOND_MS } from './time';

const leadMsOf = (c: Counting) => (c.settings.headsUp.enabled ? c.settings.headsUp.leadSec * SECOND_MS : null);

/** The break coming next if the user stays active, when a heads-up may be due for it. */
function comingBreak(c: Counting): { nudge: NudgeId; at: number } | null {
  if (leadMsOf(c) === null || c.s.pending || !canShow(c)) return null;
  return nextNudge(c.s, c.now, c.settings, c.tz);
}

/** The heads-up to give now, or null: none is due, or this break was already announced (`c.s.warned`). */
export function headsUpToGive(c: Counting): { nudge: NudgeId; at: number } | null {
  const leadMs = leadMsOf(c);
  const next = comingBreak(c);
  if (leadMs === null || !next || next.at <= c.now || next.at - c.now > leadMs) return null;
  const warned = c.s.warned;
  // The same break, a little later after a moment idle: it was already announced.
  if (warned && warned.nudge === next.nudge && Math.abs(warned.at - next.at) < leadMs) return null;
  return next;
}

/** When the worker must wake for the next heads-up (once more per break), or null. */
export function headsUpAlarm(c: Counting): number | null {
  const leadMs = leadMsOf(c);
  const next = comingBreak(c);
  return leadMs !== null && next ? next.at - leadMs : null;
}

/**
 * The break a Postpone on the heads-up holds, or null when there is nothing to postpone:
 * it waits, as if snoozed once, until snoozeMin after it would have fallen due (the
 * snooze limit counts it).
 */
export function postponedBreak(c: Counting): PendingBreak | null {
  const warned = c.s.warned;
  if (!warned || c.s.pending || !specOf(c, warned.nudge)?.enabled) return null;
  const at = Math.max(warned.at, c.now);
  return {
    nudge: warned.nudge,
    dueAt: at,
    shown: false,
    snoozesUsed: 1,
    snoozedUntil: at + c.settings.snoozeMin * MINUTE_MS,
    heldSince: null,
    deferred: false,
  };
}
