// The history page's entry list: one month at a time (only the shown month is read),
// kept fresh while the page is open; every change goes to the background, which
// validates it and writes under the month's lock (utils/checkin-store.ts).
import { effect, signal } from '@preact/signals';
import { type CheckIn, monthOf } from '@/core/checkins';
import type { Reply } from '@/core/messages';
import { readCheckIns } from '@/utils/history-data';
import { send } from '@/utils/messaging';
import { monthItem } from '@/utils/storage';
import { CHECKINS } from '@/utils/storage-keys';

export function createEntriesStore(month: string) {
  return {
    /** The month shown, `YYYY-MM`. */
    month: signal(month),
    /** That month's check-ins in time order; null while it is read. */
    entries: signal<CheckIn[] | null>(null),
  };
}

export type EntriesStore = ReturnType<typeof createEntriesStore>;

/** Reads the shown month, again whenever it is written or another month is chosen. */
export function watchEntries(store: EntriesStore, onDamaged: (month: string) => void): () => void {
  let unwatch = () => {};
  const stop = effect(() => {
    const month = store.month.value;
    unwatch();
    store.entries.value = null;
    const refresh = async () => {
      const start = performance.now();
      const { checkIns, damagedMonths } = await readCheckIns([month]);
      if (store.month.peek() !== month) return;
      store.entries.value = checkIns;
      if (damagedMonths.length > 0) onDamaged(month);
      // The list painted: history.entriesMs.10y in the bench (bench/history.mjs).
      requestAnimationFrame(() => {
        performance.measure('limber:entries', { start, end: performance.now() });
        document.documentElement.dataset.entries = 'ready';
      });
    };
    void refresh();
    unwatch = monthItem(CHECKINS, month).watch(() => void refresh());
  });
  return () => {
    stop();
    unwatch();
  };
}

/** A new check-in (`from` null) or an edit of the one stored in month `from`. */
export const saveEntry = (checkIn: CheckIn, from: string | null): Promise<Reply> =>
  send(from === null ? { type: 'checkin/add', checkIn } : { type: 'checkin/update', from, checkIn });

export const deleteEntry = (checkIn: CheckIn): Promise<Reply> =>
  send({ type: 'checkin/remove', month: monthOf(checkIn), id: checkIn.id });
