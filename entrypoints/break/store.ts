// The break page's state as signals (STYLE.md "Adapter and view apart"). Functions
// that change it live in actions.ts; every decision is in core/.
import { computed, signal } from '@preact/signals';
import type { Segment } from '@/core/break-length';
import { type BreakQuery, canSnooze, type ResolvedNudge, type WalkIdea, waitingBreak } from '@/core/break-plan';
import type { CheckIn } from '@/core/checkins';
import type { Move } from '@/core/exercises';
import { type KeptNotices, NO_NOTICES } from '@/core/quarantine';
import type { PendingBreak } from '@/core/schedule';
import { DEFAULT_SETTINGS, type SettingsV1 } from '@/core/settings';

/** What the page asks the user to do right now. */
export type BreakActivity =
  | { kind: 'posture' }
  /**
   * Moves one after another, filling the break (core/break-length.ts); empty when every
   * move is hidden (or every gentle one on a bad-pain day).
   */
  | { kind: 'stretch'; segments: Segment[] }
  | { kind: 'walk'; idea: WalkIdea }
  | { kind: 'custom'; name: string | null }
  /** Opened with ?nudge=breathe: paced breathing, no nudge behind it. */
  | { kind: 'breathe' };

export type Phase = 'loading' | 'break' | 'checkin' | 'finished';
export type Ending = 'done' | 'snoozed' | 'skipped' | 'checkedIn' | 'declined';
/** The optional check-in as the break starts: offered, saved, or put aside with "Not now". */
export type StartCheckIn = 'offered' | 'saved' | 'declined';

export function createBreakStore(query: BreakQuery) {
  const settings = signal<SettingsV1>(DEFAULT_SETTINGS);
  const pending = signal<PendingBreak | null>(null);
  const waiting = computed(() => waitingBreak(pending.value, query.nudge));
  return {
    query,
    phase: signal<Phase>('loading'),
    /** What was kept aside and not yet dismissed (utils/quarantine.ts watchNotices). */
    notices: signal<KeptNotices>(NO_NOTICES),
    nudge: signal<ResolvedNudge | null>(null),
    activity: signal<BreakActivity | null>(null),
    /** Bumped whenever the activity changes, so its timer starts again. */
    round: signal(0),
    /** The running length in seconds: the nudge's duration, or its shorter version. */
    lengthSec: signal(0),
    /** The shorter version was chosen: it is not offered again. */
    shorter: signal(false),
    /** Which of a stretch's moves is running. */
    segment: signal(0),
    /** The timer ran out: the page says so, and only Done (or Close) is left to do. */
    timeUp: signal(false),
    /** Breathing chosen in place of the activity: minutes, and whether it has started. */
    breathing: signal<{ minutes: number; started: boolean } | null>(null),
    settings,
    pending,
    /** The engine's waiting break for this page's nudge, if any. */
    waiting,
    canSnooze: computed(() => canSnooze(waiting.value, settings.value)),
    /** Today's latest check-in, which steers the move and the suggestion. */
    latest: signal<CheckIn | undefined>(undefined),
    lastMoveId: signal<string | undefined>(undefined),
    /** The move just hidden with "Not for me", to say so. */
    hiddenMove: signal<Move | null>(null),
    busy: signal(false),
    error: signal<string | null>(null),
    ending: signal<Ending | null>(null),
    /** Polite screen-reader news: a timer's start and end, never every second. */
    announcement: signal(''),
    /**
     * This break's id, when it offers check-ins (core/break-plan.ts offersCheckIn): the
     * start and end check-ins both carry it, so the two can be paired (core/break-pairs.ts).
     */
    breakId: signal<string | null>(null),
    /** The check-in offered as the break starts. */
    startCheckIn: {
      mood: signal<number | null>(null),
      pain: signal<number | null>(null),
      saving: signal(false),
      state: signal<StartCheckIn>('offered'),
    },
    /** The check-in after the break. */
    checkIn: {
      mood: signal<number | null>(null),
      pain: signal<number | null>(null),
      saving: signal(false),
    },
  };
}

export type BreakStore = ReturnType<typeof createBreakStore>;
