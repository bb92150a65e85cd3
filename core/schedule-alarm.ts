// When the break engine's worker must wake next: the one alarm step() arms after every
// event (core/schedule.ts). Pure: read from the state as step() leaves it.
//
// Rule: the earliest moment something can change (a due time assuming activity from
// now on, snooze end, pause end, the call-wait cap, a working-hours boundary while a
// break waits, a heads-up's lead), and while the user is active at most HEARTBEAT_MS
// ahead, so an alarm is always armed then (the sleep cap in core/schedule.ts needs it).
// Null when nothing can change without an event (idle or locked, not paused).
import { HEARTBEAT_MS } from './activity';
import { addCounted, type Counting, isPaused, remainingOf, sizeOf } from './schedule-counting';
import { headsUpAlarm } from './schedule-heads-up';
import { MINUTE_MS, nextWorkingBoundary } from './time';

export function nextAlarm(c: Counting): number | null {
  const s = c.s;
  const times: (number | null)[] = [s.pausedUntil];
  if (s.presence === 'active') {
    times.push(c.now + HEARTBEAT_MS);
    const remaining = remainingOf(c);
    const pendingSize = s.pending ? sizeOf(c, s.pending.nudge) : -1;
    if (!isPaused(c)) {
      for (const r of remaining) {
        if (r.remainingMs > 0 && r.spec.size > pendingSize) times.push(addCounted(c, c.now, r.remainingMs));
      }
    }
    const pending = s.pending;
    if (pending && !pending.shown) {
      times.push(pending.snoozedUntil);
      if (pending.heldSince !== null && !pending.deferred && s.busy && c.settings.waitDuringCalls) {
        times.push(pending.heldSince + c.settings.maxWaitMin * MINUTE_MS);
      }
    }
    const hours = c.settings.workingHours;
    if (hours.enabled && (pending || remaining.some((r) => r.remainingMs <= 0))) {
      times.push(nextWorkingBoundary(c.now, hours.days, c.tz));
    }
    // A heads-up wakes the worker once more per break, leadSec before it.
    times.push(headsUpAlarm(c));
  }
  const future = times.filter((t): t is number => t !== null && t > c.now);
  return future.length ? Math.min(...future) : null;
}
