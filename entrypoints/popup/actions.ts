// What the popup does: save, undo, load today's entries. Decisions are in core/;
// storage and messages go through utils/.

import { i18n } from '#i18n';
import {
  type CheckInDraft,
  checkInCandidate,
  checkInsOnDay,
  makeCheckInId,
  monthOf,
  sameCheckIn,
} from '@/core/checkin-values';
import type { CheckIn } from '@/core/checkins';
import type { Failure, Request } from '@/core/messages';
import { TEN_WINDOW_MS } from '@/core/pain-keys';
import { NO_NOTICES } from '@/core/quarantine';
import type { PauseOption } from '@/core/settings';
import { localDayKey, localMonthKey } from '@/core/time';
import { readCheckIns } from '@/utils/checkin-reader';
import { send } from '@/utils/messaging';
import { watchNotices, watchStored } from '@/utils/page-storage';
import { CHECKINS } from '@/utils/storage-keys';
import { localOffsetMin } from '@/utils/time-zone';
import type { PopupStore } from './store';

export const UNDO_WINDOW_MS = 10_000;
/** A choice made with the keyboard (arrows, digits) saves after this pause, so "1" then "0" saves 10 once. */
export const KEYBOARD_SETTLE_MS = TEN_WINDOW_MS;

/** A refusal in words; the words load only when something fails (bench popup.gzipBytes). */
async function showFailure(store: PopupStore, failure: Failure): Promise<void> {
  const { describeFailure } = await import('@/utils/describe-failure');
  store.feedback.value = { kind: 'error', text: describeFailure(failure) };
}

let undoTimer: ReturnType<typeof setTimeout> | undefined;
let settleTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * After a face or a pain number is chosen. With the details folded, the second of
 * the two choices saves (either order), and a later change amends that entry; with
 * the details open, Save is explicit. `keyboard` waits KEYBOARD_SETTLE_MS first.
 */
export function chose(store: PopupStore, { keyboard = false } = {}): void {
  clearTimeout(settleTimer);
  if (store.detailsOpen.value || store.mood.value === null || store.pain.value === null) return;
  if (keyboard) settleTimer = setTimeout(() => void save(store), KEYBOARD_SETTLE_MS);
  else void save(store);
}

function draftOf(store: PopupStore, source: CheckInDraft['source']): CheckInDraft | null {
  const { mood, pain } = store;
  if (mood.value === null || pain.value === null) return null;
  return {
    mood: mood.value,
    pain: pain.value,
    regions: store.regions.value,
    tags: store.tags.value,
    note: store.note.value,
    source,
    ...(store.sleep.value === null ? {} : { sleep: store.sleep.value }),
  };
}

/**
 * Saves the form: a new check-in, or the one this popup already saved (amended, same
 * id and time). A save whose answer was lost is sent again with the same id by send();
 * if no answer comes at all, the form keeps the choices and the next save reuses the
 * id, so the entry is kept once whatever happened.
 */
export async function save(store: PopupStore, source: CheckInDraft['source'] = 'popup'): Promise<void> {
  clearTimeout(settleTimer);
  const draft = draftOf(store, source);
  if (draft === null) return;
  if (store.saving.value) {
    // A change made while the last save is on its way: saved once that one answers.
    queued = true;
    return;
  }
  const base = store.saved.value ?? store.unsure.value;
  const at = base?.at ?? Date.now();
  const id = base?.id ?? makeCheckInId(at, Math.random);
  // Validated by the background, which stores it only if valid (a refusal names the
  // fields, shown beside the form); the popup carries no schema.
  const checkIn = checkInCandidate(draft, at, base?.tzOffsetMin ?? localOffsetMin(at), id) as CheckIn;
  const amending = store.saved.value !== null;
  // Unchanged since it was saved: nothing to send.
  if (amending && sameCheckIn(checkIn, store.saved.value as CheckIn)) return;
  // A first save goes as an add (a repeat is answered alreadySaved); an amendment, or a
  // changed retry of a save that may be stored, replaces by id.
  const request: Request =
    base && !(store.unsure.value && sameCheckIn(checkIn, store.unsure.value))
      ? { type: 'checkin/update', from: monthOf(base), checkIn }
      : { type: 'checkin/add', checkIn };
  store.saving.value = true;
  const reply = await send(request);
  store.saving.value = false;
  if (!reply.ok) {
    if (reply.error.kind === 'unreachable') {
      // It may be stored: say so truly, keep the choices, and reuse the id next time.
      if (!amending) store.unsure.value = checkIn;
      store.feedback.value = { kind: 'error', text: i18n.t(amending ? 'checkin.unsureUpdate' : 'checkin.unsure') };
    } else {
      await showFailure(store, reply.error);
    }
    queued = false;
    return;
  }
  store.unsure.value = null;
  store.saved.value = checkIn;
  const others = store.today.value?.filter((c) => c.id !== checkIn.id);
  if (others) store.today.value = [...others, checkIn].sort((a, b) => a.at - b.at);
  store.feedback.value = { kind: amending ? 'updated' : 'saved', checkIn };
  if (!amending) {
    clearTimeout(undoTimer);
    undoTimer = setTimeout(() => {
      if (store.feedback.value?.kind === 'saved' || store.feedback.value?.kind === 'updated')
        store.feedback.value = null;
    }, UNDO_WINDOW_MS);
  }
  if (queued) {
    queued = false;
    await save(store, source);
  }
}

let queued = false;

export async function undo(store: PopupStore, checkIn: CheckIn): Promise<void> {
  clearTimeout(undoTimer);
  clearTimeout(settleTimer);
  const reply = await send({ type: 'checkin/remove', month: monthOf(checkIn), id: checkIn.id });
  if (!reply.ok) {
    await showFailure(store, reply.error);
    return;
  }
  store.saved.value = null;
  resetForm(store);
  store.feedback.value = { kind: 'undone' };
  store.today.value = store.today.value?.filter((c) => c.id !== checkIn.id) ?? null;
}

function resetForm(store: PopupStore) {
  store.mood.value = null;
  store.pain.value = null;
  store.regions.value = [];
  store.tags.value = [];
  store.sleep.value = null;
  store.note.value = '';
}

/** Loads today's entries and any notices after the first paint; keeps them fresh. */
export async function loadToday(store: PopupStore, now = Date.now()): Promise<() => void> {
  const tz = localOffsetMin(now);
  const month = localMonthKey(now, tz);
  const day = localDayKey(now, tz);
  const refresh = async () => {
    // The background reads the month, and keeps a damaged one aside (readers never write).
    const checkIns = await readCheckIns([month]);
    if (checkIns) store.today.value = checkInsOnDay(checkIns, day);
  };
  const [, unwatchNotices] = await Promise.all([
    refresh(),
    watchNotices((notices) => {
      store.notices.value = notices;
    }),
  ]);
  // Readers never write: the one writer keeps anything damaged aside, and the notice
  // (watched above) says so on this first open. Only this month and the single keys:
  // the history and options pages, which read everything, look at everything.
  void send({ type: 'data/check', months: [month] });
  const unwatchMonth = watchStored(CHECKINS.key(month), () => void refresh());
  return () => {
    unwatchMonth();
    unwatchNotices();
  };
}

export async function dismissNotices(store: PopupStore): Promise<void> {
  const reply = await send({ type: 'quarantine/dismiss' });
  if (reply.ok) store.notices.value = NO_NOTICES;
}

async function ask(store: PopupStore, request: Request): Promise<void> {
  const reply = await send(request);
  if (!reply.ok) await showFailure(store, reply.error);
}

export const pause = (store: PopupStore, option: PauseOption) => ask(store, { type: 'engine/pause', option });
export const resume = (store: PopupStore) => ask(store, { type: 'engine/resume' });
