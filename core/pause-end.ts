// How the popup says when a pause ends, in the words people use: a time later today,
// "tomorrow" for a pause that runs to the start of tomorrow (Pause → Until tomorrow),
// a time tomorrow, or a day and time further off. Never "until 12:00 AM".
import { isWorkingAt, localEpochDay, localMinuteOfDay, nextWorkingBoundary, type WeekRanges } from './time';

export type PauseEnd =
  /** Ends later today: "Paused until 3:30 PM". */
  | { kind: 'today'; at: number }
  /** Ends as tomorrow begins (local midnight): "Paused until tomorrow". */
  | { kind: 'tomorrow' }
  /** Ends at some time tomorrow: "Paused until tomorrow, 1:30 AM". */
  | { kind: 'tomorrowAt'; at: number }
  /** Ends on a later day: "Paused until Thu 9:00 AM". */
  | { kind: 'later'; at: number };

/**
 * Which words fit a pause ending at `until`, seen at `now`. `tzOffsetAt` is the zone's
 * offset in force at an instant (utils/time-zone.ts localOffsetMin), so a pause that
 * crosses a daylight-saving change overnight still reads as ending at midnight.
 */
export function pauseEnd(until: number, now: number, tzOffsetAt: (at: number) => number): PauseEnd {
  const days = localEpochDay(until, tzOffsetAt(until)) - localEpochDay(now, tzOffsetAt(now));
  if (days <= 0) return { kind: 'today', at: until };
  if (days === 1) {
    return localMinuteOfDay(until, tzOffsetAt(until)) === 0 ? { kind: 'tomorrow' } : { kind: 'tomorrowAt', at: until };
  }
  // Midnight that ends a day further off is still that day's start, said as the day.
  return { kind: 'later', at: until };
}

/**
 * When nudges can come again after a pause ending at `pausedUntil`. With working hours
 * on, a pause that ends outside them changes nothing until the next working range
 * starts (the engine sends no nudge outside working hours), so that start is when the
 * pause really ends for the person: "Until tomorrow" chosen on a Monday evening reads
 * "Paused until tomorrow, 9:00 AM", and on a Friday "Paused until Mon 9:00 AM". With
 * working hours off, or a pause ending inside them, it is `pausedUntil` itself.
 */
export function nudgesResumeAt(
  pausedUntil: number,
  workingHours: { enabled: boolean; days: WeekRanges },
  tzOffsetMin: number,
): number {
  if (!workingHours.enabled || isWorkingAt(pausedUntil, workingHours.days, tzOffsetMin)) return pausedUntil;
  return nextWorkingBoundary(pausedUntil, workingHours.days, tzOffsetMin) ?? pausedUntil;
}
