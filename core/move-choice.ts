// Which move a stretch break offers, given the latest check-in (issue 4, "Adaptive choice").
// Pure: randomness comes in as `random`, so a test can replay any choice.
import { CATALOG, type Move, type MoveCondition, type MoveRegion } from './exercises';

/** Pain at or above this on the latest check-in means gentle moves only. */
export const BAD_PAIN = 6;
/**
 * Pain at or above this on the latest check-in: slow breathing, or a few easy steps,
 * is suggested before any stretch (health audit §3: at severe pain a stretch asks too
 * much; the break page's "Breathe instead" is one click away).
 */
export const SEVERE_PAIN = 8;
/** Mood at or below this suggests a walk or some daylight. */
export const LOW_MOOD = 2;

export interface LatestCheckIn {
  /** Either may be missing (a check-in that skipped it): then it decides nothing. */
  pain?: number;
  mood?: number;
  regions?: readonly MoveRegion[];
}

export interface ChooseMoveInput {
  catalog?: readonly Move[];
  /** The check-in that should steer today's moves; leave it out when there is none recent. */
  latestCheckIn?: LatestCheckIn;
  lastMoveId?: string;
  /** Moves marked "Not for me": never offered again until settings bring them back. */
  hiddenMoveIds: readonly string[];
  /** The "moves to avoid" check: a move any of these rules out is never offered. */
  avoidConditions?: readonly MoveCondition[];
  /** A number in [0, 1), like Math.random. */
  random: () => number;
  kind: 'stretch';
}

/** Whether a move suits: no condition the person ticked rules it out. */
export function suitsConditions(move: Pick<Move, 'avoidWith'>, avoidConditions: readonly MoveCondition[]): boolean {
  return !move.avoidWith.some((condition) => avoidConditions.includes(condition));
}

/** The moves allowed at all: not hidden, not ruled out by a ticked condition, and gentle only on a bad-pain day. */
export function eligibleMoves({
  catalog = CATALOG,
  latestCheckIn,
  hiddenMoveIds,
  avoidConditions = [],
}: Pick<ChooseMoveInput, 'catalog' | 'latestCheckIn' | 'hiddenMoveIds' | 'avoidConditions'>): Move[] {
  const hidden = new Set(hiddenMoveIds);
  const badPain = latestCheckIn?.pain !== undefined && latestCheckIn.pain >= BAD_PAIN;
  return catalog.filter(
    (move) =>
      !hidden.has(move.id) && suitsConditions(move, avoidConditions) && (!badPain || move.intensity === 'gentle'),
  );
}

/**
 * One move for a stretch break, or null when nothing is left to offer (every move
 * hidden, or every gentle one on a bad-pain day): the page then says so.
 *
 * Moves for a reported region come first; the move just done is never offered again
 * unless it is the only one allowed.
 */
export function chooseMove(input: ChooseMoveInput): Move | null {
  const allowed = eligibleMoves(input);
  if (allowed.length === 0) return null;
  const regions = new Set(input.latestCheckIn?.regions ?? []);
  const fresh = allowed.filter((move) => move.id !== input.lastMoveId);
  const forRegion = fresh.filter((move) => move.regions.some((region) => regions.has(region)));
  const pool = [forRegion, fresh, allowed].find((list) => list.length > 0) ?? allowed;
  return pick(pool, input.random);
}

function pick<T>(list: readonly T[], random: () => number): T {
  // Clamp, so a random() that returns 1 or a little over cannot step off the end.
  const index = Math.min(list.length - 1, Math.max(0, Math.floor(random() * list.length)));
  return list[index] as T;
}

export type Suggestion = 'walk' | 'daylight' | 'breathe';

/**
 * At severe pain, whatever the mood, suggest breathing or a few easy steps. On a
 * low-mood day, suggest the walk; when pain is bad too, some daylight (a window, a
 * step outside) asks less of the body. Null on other days, or with no check-in.
 */
export function suggestion({ latestCheckIn }: { latestCheckIn?: LatestCheckIn }): Suggestion | null {
  if (latestCheckIn?.pain !== undefined && latestCheckIn.pain >= SEVERE_PAIN) return 'breathe';
  if (latestCheckIn?.mood === undefined || latestCheckIn.mood > LOW_MOOD) return null;
  return latestCheckIn.pain !== undefined && latestCheckIn.pain >= BAD_PAIN ? 'daylight' : 'walk';
}
