// What the break page shows and which outcome its buttons send (issue 4, "The break
// page"). Pure: settings, the engine's waiting break, check-ins and time come in as
// parameters; entrypoints/break/ only wires them to storage, messages and the view.
import type { CheckIn } from './checkins';
import { dayOf } from './checkins';
import type { LatestCheckIn } from './move-choice';
import type { NudgeId, PendingBreak } from './schedule';
import { BUILT_IN_NUDGES, type BuiltInNudge, type SettingsV1 } from './settings';
import { notificationActions, snoozesLeft } from './snooze';
import { localDayKey } from './time';

/**
 * The kinds of break a person can start by hand ("Take a break now"): the three nudges
 * and paced breathing. Open the page with `?nudge=<kind>` (utils/break-url.ts breakPageUrl).
 */
export const BREAK_KINDS = ['posture', 'stretch', 'walk', 'breathe'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];

/** Paced breathing is a break of its own, not a nudge: the engine records nothing for it. */
export const BREATHE: BreakKind = 'breathe';

/** `/break.html?nudge=posture|stretch|walk|breathe|<custom id>[&deferred=1][&mode=window]`. */
export interface BreakQuery {
  nudge: NudgeId;
  /** The break waited for a call to end ("After that call, take a walk"). */
  deferred: boolean;
  /** Opened as a small popup window: close it after an outcome. */
  window: boolean;
}

const NUDGE_PARAM = /^[a-z0-9-]{1,64}$/;

/** Reads the page's query; a missing or malformed nudge is a stretch, the middle break. */
export function parseBreakQuery(search: string): BreakQuery {
  const params = new URLSearchParams(search);
  const nudge = params.get('nudge') ?? '';
  return {
    nudge: NUDGE_PARAM.test(nudge) ? nudge : 'stretch',
    deferred: params.get('deferred') === '1',
    window: params.get('mode') === 'window',
  };
}

export type ResolvedNudge =
  | { kind: BuiltInNudge; id: BuiltInNudge; durationSec: number }
  | { kind: 'custom'; id: string; name: string; durationSec: number };

/** The nudge named in the query, with its duration from settings. A custom id no longer in settings is null. */
export function resolveNudge(id: NudgeId, settings: SettingsV1): ResolvedNudge | null {
  if ((BUILT_IN_NUDGES as readonly string[]).includes(id)) {
    const kind = id as BuiltInNudge;
    return { kind, id: kind, durationSec: settings.nudges[kind].durationSec };
  }
  const custom = settings.customNudges.find((n) => n.id === id);
  return custom ? { kind: 'custom', id: custom.id, name: custom.name, durationSec: custom.durationSec } : null;
}

/**
 * The engine's waiting break this page answers, or null when the page was opened with
 * none waiting for its nudge (then Done is a break taken now, and there is nothing
 * to snooze or skip).
 */
export function waitingBreak(pending: PendingBreak | null, nudge: NudgeId): PendingBreak | null {
  return pending !== null && pending.nudge === nudge ? pending : null;
}

/** Snooze is offered until `snoozeLimit` snoozes in a row; then only Done or Skip (core/snooze.ts). */
export function canSnooze(waiting: PendingBreak | null, settings: Pick<SettingsV1, 'snoozeLimit'>): boolean {
  return (
    waiting !== null && notificationActions(snoozesLeft(waiting.snoozesUsed, settings.snoozeLimit)).includes('snooze')
  );
}

/**
 * Today's latest check-in, the one that steers the move: an older day's pain says
 * little about today (issue 4, "Adaptive choice"). `checkIns` is the current month.
 */
export function latestToday(checkIns: readonly CheckIn[], now: number, tzOffsetMin: number): CheckIn | undefined {
  const today = localDayKey(now, tzOffsetMin);
  let latest: CheckIn | undefined;
  for (const c of checkIns) {
    if (c.at <= now && dayOf(c) === today && (latest === undefined || c.at >= latest.at)) latest = c;
  }
  return latest;
}

export function toLatest(checkIn: CheckIn | undefined): LatestCheckIn | undefined {
  if (checkIn === undefined) return undefined;
  return {
    ...(checkIn.pain === undefined ? {} : { pain: checkIn.pain }),
    ...(checkIn.mood === undefined ? {} : { mood: checkIn.mood }),
    ...(checkIn.regions ? { regions: checkIn.regions } : {}),
  };
}

/** A quick pain and mood check-in follows a stretch or a walk (issue 4), so history can compare before and after. */
export const offersCheckIn = (nudge: ResolvedNudge | null): boolean =>
  nudge?.kind === 'stretch' || nudge?.kind === 'walk';

export const WALK_IDEAS = ['stairs', 'water', 'window'] as const;
export type WalkIdea = (typeof WALK_IDEAS)[number];

export function pickWalkIdea(random: () => number): WalkIdea {
  const index = Math.min(WALK_IDEAS.length - 1, Math.max(0, Math.floor(random() * WALK_IDEAS.length)));
  return WALK_IDEAS[index] as WalkIdea;
}

/**
 * Paced breathing: in for 4 s, out for 6 s, six breaths a minute; a long out-breath is
 * the usual calming pattern (Zaccaro et al., Front Hum Neurosci 2018, a review of slow breathing).
 */
export const BREATH_IN_SEC = 4;
export const BREATH_OUT_SEC = 6;
export const BREATHE_MINUTES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export const BREATHE_DEFAULT_MIN = 2;

/** Which half of the breath `elapsedMs` into the exercise falls in. */
export function breathPhase(elapsedMs: number): 'in' | 'out' {
  const cycleMs = (BREATH_IN_SEC + BREATH_OUT_SEC) * 1000;
  const into = ((elapsedMs % cycleMs) + cycleMs) % cycleMs;
  return into < BREATH_IN_SEC * 1000 ? 'in' : 'out';
}

/** `m:ss` for a timer's text. */
export function clockText(totalSec: number): string {
  const sec = Math.max(0, Math.ceil(totalSec));
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}
