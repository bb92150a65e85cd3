// How long a break runs, and what fills it (issue 14, "Breaks as long as they say").
// A stretch lasts its set duration: a short sequence of moves, each for its own
// length, never the same move twice in a row; the last one gets what is left. The
// shorter version is about half, never the same length, or not offered at all.
// Pure: the moves come from core/move-choice.ts, randomness is passed in.
import type { Move } from './exercises';
import { type ChooseMoveInput, chooseMove } from './move-choice';

/** One move of a stretch, and the seconds it runs in this break. */
export interface Segment {
  move: Move;
  seconds: number;
}

/** A last piece shorter than this joins the move before it: too short to start a new move. */
export const MIN_SEGMENT_SEC = 10;
/** A shorter version under this is not worth offering. */
export const MIN_SHORTER_SEC = 10;
/** Shorter lengths are rounded to this, so they read as people say them. */
const ROUND_SEC = 5;

/**
 * Moves for a stretch of `totalSec`: chosen one after another as a single stretch is
 * chosen (today's pain, the sore region first, nothing hidden), each never the move
 * just before it. The seconds add up to exactly `totalSec`. Empty when no move can be
 * offered (every move hidden). When only one move is allowed, it runs the whole time.
 */
export function planStretch(totalSec: number, input: Omit<ChooseMoveInput, 'kind'>): Segment[] {
  const segments: Segment[] = [];
  let left = Math.max(0, Math.round(totalSec));
  let lastMoveId = input.lastMoveId;
  while (left > 0) {
    const move = chooseMove({ ...input, kind: 'stretch', ...(lastMoveId ? { lastMoveId } : {}) });
    if (!move) break;
    const previous = segments.at(-1);
    if (previous && (previous.move.id === move.id || left < MIN_SEGMENT_SEC)) {
      // The only move left is the one just done, or too little time for a new one.
      previous.seconds += left;
      break;
    }
    const seconds = Math.min(move.durationSec, left);
    segments.push({ move, seconds });
    left -= seconds;
    lastMoveId = move.id;
  }
  return segments;
}

/** The segment running `elapsedSec` into the stretch (the last one once time is up). */
export function segmentAt(segments: readonly Segment[], elapsedSec: number): number {
  let end = 0;
  for (let i = 0; i < segments.length; i++) {
    end += (segments[i] as Segment).seconds;
    if (elapsedSec < end) return i;
  }
  return Math.max(0, segments.length - 1);
}

/**
 * The shorter version's length: about half of `fullSec`, rounded to 5 s, and always
 * less than `fullSec`; null (not offered) when that would be under MIN_SHORTER_SEC.
 */
export function shorterSec(fullSec: number): number | null {
  const half = Math.round(fullSec / 2 / ROUND_SEC) * ROUND_SEC;
  const sec = Math.min(half, fullSec - ROUND_SEC);
  return sec >= MIN_SHORTER_SEC ? sec : null;
}

/**
 * The first `totalSec` of a stretch's sequence, for its shorter version: the same
 * moves in the same order, cut at the new end (a cut piece under MIN_SEGMENT_SEC
 * joins the one before it).
 */
export function trimSegments(segments: readonly Segment[], totalSec: number): Segment[] {
  const out: Segment[] = [];
  let left = totalSec;
  for (const segment of segments) {
    if (left <= 0) break;
    const seconds = Math.min(segment.seconds, left);
    const previous = out.at(-1);
    if (previous && seconds < MIN_SEGMENT_SEC) previous.seconds += seconds;
    else out.push({ move: segment.move, seconds });
    left -= seconds;
  }
  return out;
}
