// The break engine's status as the popup shows it, stored by the background after
// every step: the popup reads it without loading the scheduler (DESIGN.md "Speed").
import type { NudgeId } from './schedule';

export interface EngineStatus {
  activeMs: number;
  /** A break that is due and waiting now. */
  waiting: NudgeId | null;
  /** The next break if none is waiting, and when (absolute ms). */
  next: { nudge: NudgeId; at: number } | null;
  pausedUntil: number | null;
  /**
   * While paused, when nudges can come again: the pause's end, or the start of the next
   * working hours when it ends outside them (core/pause-end.ts nudgesResumeAt). The
   * popup says this time. Null when not paused; may be missing in a snapshot stored
   * by an older version, which then reads as the pause's end.
   */
  resumesAt?: number | null;
  walk: { walkMin: number; goalMin: number; reached: boolean };
}

/**
 * What the background stores after every engine step (utils/engine.ts), so the popup
 * shows the status without loading the scheduler: `at` is when it was taken, and
 * while `counting`, active time goes on growing from then.
 */
export interface StatusSnapshot extends EngineStatus {
  at: number;
  counting: boolean;
  /** Names of the user's own nudges, by id. */
  names: Record<string, string>;
}

/** The status as of `now`, from a snapshot taken earlier. */
export function statusNow(snapshot: StatusSnapshot, now: number): EngineStatus {
  return {
    activeMs: snapshot.activeMs + (snapshot.counting ? Math.max(0, now - snapshot.at) : 0),
    waiting: snapshot.waiting,
    next: snapshot.next,
    pausedUntil: snapshot.pausedUntil !== null && snapshot.pausedUntil > now ? snapshot.pausedUntil : null,
    resumesAt:
      snapshot.pausedUntil !== null && snapshot.pausedUntil > now ? (snapshot.resumesAt ?? snapshot.pausedUntil) : null,
    walk: snapshot.walk,
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isTimeOrNull = (x: unknown) => x === null || Number.isFinite(x);

/**
 * Whether a stored value is a snapshot the popup can show (storage is input). A small
 * hand check, not a schema: the popup reads it on every open (DESIGN.md "Speed").
 */
export function isStatusSnapshot(raw: unknown): raw is StatusSnapshot {
  if (!isObject(raw)) return false;
  const { at, activeMs, counting, waiting, next, pausedUntil, walk, names } = raw;
  return (
    Number.isFinite(at) &&
    Number.isFinite(activeMs) &&
    typeof counting === 'boolean' &&
    (waiting === null || typeof waiting === 'string') &&
    (next === null || (isObject(next) && typeof next.nudge === 'string' && Number.isFinite(next.at))) &&
    isTimeOrNull(pausedUntil) &&
    isObject(walk) &&
    Number.isFinite(walk.walkMin) &&
    Number.isFinite(walk.goalMin) &&
    typeof walk.reached === 'boolean' &&
    // Older snapshots have no names.
    (names === undefined || (isObject(names) && Object.values(names).every((n) => typeof n === 'string')))
  );
}
