// When a pause ends: the moment a Pause choice ends (pauseEndAt, for the engine), when
// nudges really come again (nudgesResumeAt), and how the popup says it, in the words
// people use (pauseEnd): a time later today,
// "tomorrow" for a pause that runs to the start of tomorrow (Pause → Until tomorrow),
// a time tomorrow, or a day and time further off. Never "until 12:00 AM".
import type { PauseOption } from './settings';
import {
  isWorkingAt,
  localEpochDay,
  localMinuteOfDay,
  MINUTE_MS,
  nextLocalMidnight,
  nextLocalMidnightIn,
  nextWorkingBoundary,
  type WeekRanges,
} from './time';

const PAUSE_MIN: Record<Exclude<PauseOption, 'tomorrow'>, number> = { '30min': 30, '1h': 60, '2h': 120 };

/**
 * When a pause chosen now ends; "until tomorrow" is the next local midnight. Give the
 * zone as `tzOffsetAt` (the offset in force at an instant) so a daylight-saving change
 * overnight moves that midnight with it; a fixed offset keeps it for the whole night.
 */
export function pauseEndAt(option: PauseOption, now: number, tz: number | ((at: number) => number)): number {
  if (option !== 'tomorrow') return now + PAUSE_MIN[option] * MINUTE_MS;
  return typeof tz === 'number' ? nextLocalMidnight(now, tz) : nextLocalMidnightIn(now, tz);
}

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
