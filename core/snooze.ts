// The snooze limit (DESIGN.md "Done / snooze / skip"): snooze defers a waiting break,
// at most `snoozeLimit` times in a row; then only Done or Skip remain. The engine
// (core/schedule.ts `step`) is the one place that applies it, turning a Snooze past
// the limit into a Skip; every page and the notification ask `notificationActions`
// which buttons to show, so they offer what the engine will do.

/** Snoozes still allowed for a break that was snoozed `snoozesUsed` times in a row. */
export function snoozesLeft(snoozesUsed: number, snoozeLimit: number): number {
  return Math.max(0, snoozeLimit - snoozesUsed);
}

export type BreakAction = 'done' | 'snooze' | 'skip';

/**
 * The answers offered for a waiting break, in button order: Done, then Snooze while
 * snoozes are left, else Skip. Chrome shows at most two notification buttons, so the
 * second one is Snooze or Skip; the break page offers Skip beside them.
 */
export function notificationActions(left: number): readonly [BreakAction, BreakAction] {
  return left > 0 ? ['done', 'snooze'] : ['done', 'skip'];
}

/** What a Snooze asked for with `left` snoozes remaining does: past the limit it is a Skip. */
export const effectiveAction = (action: BreakAction, left: number): BreakAction =>
  action === 'snooze' && !notificationActions(left).includes('snooze') ? 'skip' : action;
