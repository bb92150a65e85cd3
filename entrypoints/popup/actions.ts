// What the popup does: save, undo, load today's entries. Decisions are in core/;
// storage and messages go through utils/.

import { type CheckIn, type CheckInDraft, checkInsOnDay, createCheckIn, makeCheckInId, monthOf } from '@/core/checkins';
import type { Request } from '@/core/messages';
import type { PauseOption } from '@/core/settings';
import { localDayKey, localMonthKey } from '@/core/time';
import { readMonth } from '@/utils/checkin-store';
import { describeCheckInProblems, describeFailure } from '@/utils/describe-failure';
import { send } from '@/utils/messaging';
import { NO_NOTICES, noticesOf } from '@/utils/quarantine';
import { CHECKINS, quarantineItem } from '@/utils/storage';
import { localOffsetMin } from '@/utils/time-zone';
import type { PopupStore } from './store';

export const UNDO_WINDOW_MS = 10_000;

let undoTimer: ReturnType<typeof setTimeout> | undefined;

export async function save(store: PopupStore, source: CheckInDraft['source'] = 'popup'): Promise<void> {
  const { mood, pain } = store;
  if (mood.value === null || pain.value === null || store.saving.value) return;
  const at = Date.now();
  const draft: CheckInDraft = {
    mood: mood.value,
    pain: pain.value,
    regions: store.regions.value,
    tags: store.tags.value,
    note: store.note.value,
    source,
    ...(store.sleep.value === null ? {} : { sleep: store.sleep.value }),
  };
  const created = createCheckIn(draft, at, localOffsetMin(at), makeCheckInId(at, Math.random));
  if (!created.ok) {
    store.feedback.value = { kind: 'error', text: describeCheckInProblems(created.problems) };
    return;
  }
  store.saving.value = true;
  const reply = await send({ type: 'checkin/add', checkIn: created.value });
  store.saving.value = false;
  if (!reply.ok) {
    // The form keeps what the user chose, so nothing is lost; they can try again.
    store.feedback.value = { kind: 'error', text: describeFailure(reply.error) };
    return;
  }
  resetForm(store);
  store.feedback.value = { kind: 'saved', checkIn: created.value };
  if (store.today.value) store.today.value = [...store.today.value, created.value];
  clearTimeout(undoTimer);
  undoTimer = setTimeout(() => {
    if (store.feedback.value?.kind === 'saved') store.feedback.value = null;
  }, UNDO_WINDOW_MS);
}

export async function undo(store: PopupStore, checkIn: CheckIn): Promise<void> {
  clearTimeout(undoTimer);
  const reply = await send({ type: 'checkin/remove', month: monthOf(checkIn), id: checkIn.id });
  if (!reply.ok) {
    store.feedback.value = { kind: 'error', text: describeFailure(reply.error) };
    return;
  }
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
    const { checkIns, damaged } = await readMonth(month);
    store.today.value = checkInsOnDay(checkIns, day);
    // Readers never write: ask the one writer to keep the damaged value aside.
    if (damaged) await send({ type: 'checkins/repair', month });
  };
  const refreshNotices = async () => {
    store.notices.value = noticesOf(await quarantineItem.getValue());
  };
  await Promise.all([refresh(), refreshNotices()]);
  const unwatchMonth = CHECKINS.item(month).watch(() => void refresh());
  const unwatchNotices = quarantineItem.watch(() => void refreshNotices());
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
  if (!reply.ok) store.feedback.value = { kind: 'error', text: describeFailure(reply.error) };
}

export const pause = (store: PopupStore, option: PauseOption) => ask(store, { type: 'engine/pause', option });
export const resume = (store: PopupStore) => ask(store, { type: 'engine/resume' });
