// What the break page does: load what steers the break, send every outcome to the
// engine, hide a move, save the quick check-in. Decisions are in core/; storage and
// messages go through utils/. Dependencies come in as parameters so tests can stand
// in for the background and for window.close().

import type { Signal } from '@preact/signals';
import { i18n } from '#i18n';
import { planStretch, type Segment, segmentAt, shorterSec, trimSegments } from '@/core/break-length';
import {
  BREATHE,
  BREATHE_DEFAULT_MIN,
  latestToday,
  offersCheckIn,
  pickWalkIdea,
  type ResolvedNudge,
  resolveNudge,
  toLatest,
} from '@/core/break-plan';
import { type BreakPhase, createCheckIn, makeCheckInId, parseMonth } from '@/core/checkins';
import { findMove } from '@/core/exercises';
import type { Reply, Request } from '@/core/messages';
import { NO_NOTICES } from '@/core/quarantine';
import { parseScheduleState } from '@/core/schedule';
import { localMonthKey } from '@/core/time';
import { playChime } from '@/utils/chime';
import { describeCheckInProblems, describeFailure } from '@/utils/describe-failure';
import { durationWords } from '@/utils/duration-words';
import { withLocks } from '@/utils/locks';
import { send } from '@/utils/messaging';
import { readSettings } from '@/utils/settings-store';
import { engineItem, lastMoveItem, monthItem } from '@/utils/storage';
import { CHECKINS } from '@/utils/storage-keys';
import { localOffsetMin } from '@/utils/time-zone';
import type { BreakActivity, BreakStore, Ending } from './store';
import type { BreakActions } from './view';

export interface BreakDeps {
  send: (request: Request) => Promise<Reply>;
  /** Closes the page: window.close() in the browser. */
  close: () => void;
  now: () => number;
  random: () => number;
  /** A soft tone at the end of a break, when the chime setting is on (utils/chime.ts). */
  chime: () => void;
}

export const browserDeps = (): BreakDeps => ({
  send,
  close: () => window.close(),
  now: () => Date.now(),
  random: Math.random,
  chime: playChime,
});

/** After saving the quick check-in, the thanks stays this long before a break window closes. */
export const CLOSE_AFTER_SAVE_MS = 1500;

/** Reads settings, the waiting break, today's latest check-in and the last move; then picks the activity. */
export async function load(store: BreakStore, deps: BreakDeps): Promise<void> {
  const now = deps.now();
  const tz = localOffsetMin(now);
  const [{ settings }, engine, month, lastMove] = await Promise.all([
    readSettings(),
    engineItem.getValue(),
    monthItem(CHECKINS, localMonthKey(now, tz)).getValue(),
    lastMoveItem.getValue(),
  ]);
  store.settings.value = settings;
  store.pending.value = parseScheduleState(engine)?.pending ?? null;
  store.latest.value = latestToday(parseMonth(month).checkIns, now, tz);
  store.lastMoveId.value = typeof lastMove === 'string' && findMove(lastMove) ? lastMove : undefined;
  if (store.query.nudge === BREATHE) {
    showActivity(store, { kind: 'breathe' }, 0);
    offerBreathing(store);
    store.phase.value = 'break';
    return;
  }
  const nudge = resolveNudge(store.query.nudge, settings);
  store.nudge.value = nudge;
  // Its start and end check-ins carry one id, so the two can be paired.
  if (offersCheckIn(nudge)) store.breakId.value = makeCheckInId(now, deps.random);
  if (!nudge) store.error.value = i18n.t('break.errors.unknownNudge');
  const lengthSec = nudge?.durationSec ?? UNKNOWN_NUDGE_SEC;
  showActivity(store, await firstActivity(store, nudge, lengthSec, deps), lengthSec);
  store.phase.value = 'break';
}

/** Keeps the waiting break fresh while the page is open (a snooze elsewhere, a natural break). */
export function watchEngine(store: BreakStore): () => void {
  return engineItem.watch((raw) => {
    store.pending.value = parseScheduleState(raw)?.pending ?? null;
  });
}

/** A break whose nudge is no longer in settings still runs, this long. */
const UNKNOWN_NUDGE_SEC = 60;

async function firstActivity(
  store: BreakStore,
  nudge: ResolvedNudge | null,
  lengthSec: number,
  deps: BreakDeps,
): Promise<BreakActivity> {
  switch (nudge?.kind) {
    case 'posture':
      return { kind: 'posture' };
    case 'stretch':
      return { kind: 'stretch', segments: await planMoves(store, deps, lengthSec, store.lastMoveId.value) };
    case 'walk':
      return { kind: 'walk', idea: pickWalkIdea(deps.random) };
    case 'custom':
      return { kind: 'custom', name: nudge.name };
    case undefined:
      return { kind: 'custom', name: null };
  }
}

/**
 * Moves for today's pain filling `lengthSec`, the first never the last break's move; the
 * last of them is remembered so the next break starts with another.
 */
async function planMoves(
  store: BreakStore,
  deps: BreakDeps,
  lengthSec: number,
  lastMoveId: string | undefined,
): Promise<Segment[]> {
  const latestCheckIn = toLatest(store.latest.value);
  const segments = planStretch(lengthSec, {
    hiddenMoveIds: store.settings.value.hiddenMoves,
    avoidConditions: store.settings.value.movesToAvoid,
    random: deps.random,
    ...(latestCheckIn ? { latestCheckIn } : {}),
    ...(lastMoveId ? { lastMoveId } : {}),
  });
  const last = segments.at(-1)?.move;
  if (last) {
    store.lastMoveId.value = last.id;
    // Its one writer is this page, but delete-everything must not race it (utils/locks.ts).
    await withLocks(['lastMove'], () => lastMoveItem.setValue(last.id));
  }
  return segments;
}

function showActivity(store: BreakStore, activity: BreakActivity, lengthSec: number): void {
  store.activity.value = activity;
  store.lengthSec.value = lengthSec;
  store.segment.value = 0;
  store.timeUp.value = false;
  store.breathing.value = null;
  store.round.value += 1;
}

async function request(store: BreakStore, deps: BreakDeps, message: Request): Promise<boolean> {
  store.busy.value = true;
  const reply = await deps.send(message);
  store.busy.value = false;
  if (!reply.ok) {
    // Nothing on the page is lost: the same choice can be made again.
    store.error.value = describeFailure(reply.error) || i18n.t('break.errors.failed');
    return false;
  }
  store.error.value = null;
  return true;
}

const ENDINGS = { done: 'done', snooze: 'snoozed', skip: 'skipped' } as const satisfies Record<string, Ending>;

/**
 * Done, Snooze or Skip. With a break waiting, the engine records the outcome; opened
 * with none waiting, Done is a break taken now, and Skip just leaves.
 */
export async function outcome(store: BreakStore, deps: BreakDeps, action: 'done' | 'snooze' | 'skip'): Promise<void> {
  if (store.busy.value || store.phase.value !== 'break') return;
  const message: Request | null =
    store.activity.value?.kind === 'breathe'
      ? null
      : store.waiting.value
        ? { type: 'engine/outcome', action }
        : action === 'done'
          ? { type: 'engine/takeBreakNow', nudge: store.query.nudge }
          : null;
  if (message && !(await request(store, deps, message))) return;
  store.ending.value = ENDINGS[action];
  if (action === 'done' && offersCheckIn(store.nudge.value)) {
    store.phase.value = 'checkin';
    return;
  }
  store.phase.value = 'finished';
  if (store.query.window) deps.close();
}

/** The shorter version's length, or null when none is offered (core/break-length.ts shorterSec). */
export function shorterOffer(store: BreakStore): number | null {
  const activity = store.activity.value;
  if (!activity || activity.kind === 'breathe' || store.shorter.value || store.timeUp.value) return null;
  if (activity.kind === 'stretch' && activity.segments.length === 0) return null;
  return shorterSec(store.lengthSec.value);
}

/** About half as long, in place of skipping (FIELD.md: gentler than shame): the same break, cut. */
export function shorter(store: BreakStore): void {
  const activity = store.activity.value;
  const sec = shorterOffer(store);
  if (!activity || sec === null) return;
  store.hiddenMove.value = null;
  store.shorter.value = true;
  showActivity(
    store,
    activity.kind === 'stretch' ? { kind: 'stretch', segments: trimSegments(activity.segments, sec) } : activity,
    sec,
  );
}

/** The move running now in a stretch, if any. */
export const currentMove = (store: BreakStore) => {
  const activity = store.activity.value;
  return activity?.kind === 'stretch' ? (activity.segments[store.segment.value]?.move ?? null) : null;
};

/** "Not for me": hidden for good (settings can bring it back), and the stretch planned again without it. */
export async function notForMe(store: BreakStore, deps: BreakDeps): Promise<void> {
  const move = currentMove(store);
  if (!move || store.busy.value) return;
  const hiddenMoves = [...new Set([...store.settings.value.hiddenMoves, move.id])];
  if (!(await request(store, deps, { type: 'settings/update', patch: { hiddenMoves } }))) return;
  store.settings.value = { ...store.settings.value, hiddenMoves };
  const lengthSec = store.lengthSec.value;
  const segments = await planMoves(store, deps, lengthSec, move.id);
  store.hiddenMove.value = move;
  showActivity(store, { kind: 'stretch', segments }, lengthSec);
}

/** The timer moved on: a stretch goes to its next move, and says so politely. */
export function progress(store: BreakStore, elapsedMs: number): void {
  const activity = store.activity.value;
  if (activity?.kind !== 'stretch' || store.breathing.value) return;
  const index = segmentAt(activity.segments, elapsedMs / 1000);
  if (index === store.segment.value) return;
  store.segment.value = index;
  const next = activity.segments[index];
  if (next)
    store.announcement.value = i18n.t('break.stretch.next', [i18n.t(next.move.name), durationWords(next.seconds)]);
}

/** The timer ran out: the page says so in words, a soft chime if wanted, and waits for Done. */
export function timerEnded(store: BreakStore, deps: BreakDeps): void {
  if (store.phase.value !== 'break') return;
  store.timeUp.value = true;
  store.announcement.value = i18n.t('break.timer.ended');
  if (store.settings.value.chime) deps.chime();
}

export function announceStart(store: BreakStore, name: string, seconds: number): void {
  store.announcement.value = i18n.t('break.timer.started', [name, durationWords(seconds)]);
}

export function offerBreathing(store: BreakStore): void {
  store.breathing.value = { minutes: BREATHE_DEFAULT_MIN, started: false };
}

export function setBreathingMinutes(store: BreakStore, minutes: number): void {
  store.breathing.value = { minutes, started: false };
}

export function startBreathing(store: BreakStore): void {
  const breathing = store.breathing.value;
  if (!breathing) return;
  store.breathing.value = { ...breathing, started: true };
  store.timeUp.value = false;
  store.round.value += 1;
}

export function backToBreak(store: BreakStore): void {
  store.breathing.value = null;
  store.timeUp.value = false;
  store.segment.value = 0;
  store.round.value += 1;
}

/**
 * Sends one break-page check-in (source "break", with this break's id and which end);
 * true once stored. On a refusal or no answer the choices stay chosen and the error
 * is shown beside the page's choices.
 */
async function sendBreakCheckIn(
  store: BreakStore,
  deps: BreakDeps,
  form: { mood: Signal<number | null>; pain: Signal<number | null>; saving: Signal<boolean> },
  breakPhase: BreakPhase,
): Promise<boolean> {
  const { mood, pain, saving } = form;
  if (mood.value === null || pain.value === null || saving.value) return false;
  const at = deps.now();
  const breakId = store.breakId.value;
  const created = createCheckIn(
    { mood: mood.value, pain: pain.value, source: 'break', ...(breakId ? { breakId, breakPhase } : {}) },
    at,
    localOffsetMin(at),
    makeCheckInId(at, deps.random),
  );
  if (!created.ok) {
    store.error.value = describeCheckInProblems(created.problems);
    return false;
  }
  saving.value = true;
  const reply = await deps.send({ type: 'checkin/add', checkIn: created.value });
  saving.value = false;
  if (!reply.ok) {
    // What they chose stays chosen; they can try again.
    store.error.value = describeFailure(reply.error) || i18n.t('break.errors.failed');
    return false;
  }
  store.error.value = null;
  return true;
}

/** Saves the check-in offered as the break starts; the break goes on either way. */
export async function saveStartCheckIn(store: BreakStore, deps: BreakDeps): Promise<void> {
  if (store.startCheckIn.state.value !== 'offered') return;
  if (await sendBreakCheckIn(store, deps, store.startCheckIn, 'start')) {
    store.startCheckIn.state.value = 'saved';
    store.announcement.value = i18n.t('break.start.saved');
  }
}

/** "Not now": the start check-in is put aside for this break, and nothing is saved. */
export function declineStartCheckIn(store: BreakStore): void {
  store.startCheckIn.state.value = 'declined';
}

/** Saves the quick check-in after a break, with source "break" and this break's id. */
export async function saveCheckIn(store: BreakStore, deps: BreakDeps): Promise<void> {
  // Once saved the page has moved on: a late second choice never saves it again.
  if (store.phase.value !== 'checkin') return;
  if (!(await sendBreakCheckIn(store, deps, store.checkIn, 'end'))) return;
  store.ending.value = 'checkedIn';
  store.phase.value = 'finished';
  if (store.query.window) setTimeout(deps.close, CLOSE_AFTER_SAVE_MS);
}

/** "No thanks": nothing is saved, and the page closes. */
export function declineCheckIn(store: BreakStore, deps: BreakDeps): void {
  store.ending.value = 'declined';
  store.phase.value = 'finished';
  deps.close();
}

/** OK on the kept-aside notice: the background marks them seen; the values stay kept. */
export async function dismissNotices(store: BreakStore, deps: BreakDeps): Promise<void> {
  const reply = await deps.send({ type: 'quarantine/dismiss' });
  if (reply.ok) store.notices.value = NO_NOTICES;
}

/** The view's actions bound to a store and its dependencies. */
export function bindActions(store: BreakStore, deps: BreakDeps): BreakActions {
  return {
    done: () => void outcome(store, deps, 'done'),
    snooze: () => void outcome(store, deps, 'snooze'),
    skip: () => void outcome(store, deps, 'skip'),
    shorter: () => shorter(store),
    progress: (elapsedMs) => progress(store, elapsedMs),
    notForMe: () => void notForMe(store, deps),
    timerStarted: (name, seconds) => announceStart(store, name, seconds),
    timerEnded: () => timerEnded(store, deps),
    offerBreathing: () => offerBreathing(store),
    setBreathingMinutes: (minutes) => setBreathingMinutes(store, minutes),
    startBreathing: () => startBreathing(store),
    backToBreak: () => backToBreak(store),
    saveStartCheckIn: () => void saveStartCheckIn(store, deps),
    declineStartCheckIn: () => declineStartCheckIn(store),
    saveCheckIn: () => void saveCheckIn(store, deps),
    declineCheckIn: () => declineCheckIn(store, deps),
    dismissNotices: () => void dismissNotices(store, deps),
    close: () => deps.close(),
  };
}
