// What the popup shows after its first view: the break engine's status, the care
// card and the weekly reflection. main.tsx imports this module after hydrating, so
// none of it delays the check-in (DESIGN.md "Speed").
import type { WeeklyReflection } from '@/core/care';
import { careInput, careSignal } from '@/core/care-signal';
import type { Reply } from '@/core/messages';
import { isStatusSnapshot, statusNow } from '@/core/status-snapshot';
import { localWeekday, MINUTE_MS, weekStartOf } from '@/core/time';
import { readCheckIns } from '@/utils/checkin-reader';
import { send } from '@/utils/messaging';
import { readStored, watchStored } from '@/utils/page-storage';
import { isReflectionDay } from '@/utils/settings-view';
import { KEY } from '@/utils/storage-keys';
import { localOffsetMin } from '@/utils/time-zone';
import type { PopupStore } from './store';

/** Shows the status the background stored after its last step, and keeps it fresh. */
export async function loadStatus(store: PopupStore): Promise<() => void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = async () => {
    clearTimeout(timer);
    const snapshot = await readStored(KEY.status);
    const now = Date.now();
    // A snapshot in an older or damaged shape shows nothing rather than something wrong.
    const usable = isStatusSnapshot(snapshot);
    store.nudgeNames.value = usable ? (snapshot.names ?? {}) : {};
    store.status.value = usable ? statusNow(snapshot, now) : null;
    // Active time moves on while the popup is open: redraw each minute (a page timer, not the worker's).
    timer = setTimeout(() => void refresh(), MINUTE_MS - (now % MINUTE_MS));
  };
  await refresh();
  const unwatch = watchStored(KEY.status, () => void refresh());
  return () => {
    clearTimeout(timer);
    unwatch();
  };
}

/**
 * The calm care card (DESIGN.md "Care") and, on the chosen weekday, this week's
 * reflection. The care rule reads the months `careInput` names, as the history page does.
 */
export async function loadCare(store: PopupStore, now = Date.now()): Promise<void> {
  const tz = localOffsetMin(now);
  const { months } = careInput(now, tz);
  const [checkIns, reflectionDay] = await Promise.all([readCheckIns(months), isReflectionDay(localWeekday(now, tz))]);
  // No answer from the background: no card rather than a wrong one.
  const signal = careSignal(checkIns ?? [], now, tz);
  // The card's code loads only on the days it shows; the reflection's only on its day.
  if (signal.show) {
    const { CareCard } = await import('@/components/CareCard');
    store.careViews.value = { ...store.careViews.value, CareCard };
    store.care.value = signal;
  }
  // What the rule said, for the end-to-end tests (tests/e2e/care.test.mjs): a card's kind, or none.
  document.documentElement.dataset.care = signal.kind ?? 'none';
  if (!reflectionDay) return;
  const [{ WeeklyReflection: ReflectionForm }, { validateWeeklyReflection }] = await Promise.all([
    import('@/components/WeeklyReflection'),
    import('@/core/care'),
  ]);
  store.careViews.value = { ...store.careViews.value, WeeklyReflection: ReflectionForm };
  const weekStart = weekStartOf(now, tz);
  const stored = await readStored(KEY.reflections);
  const saved = (Array.isArray(stored) ? stored : [])
    .map((r) => validateWeeklyReflection(r))
    .flatMap((r) => (r.ok ? [r.value] : []))
    .find((r) => r.weekStart === weekStart);
  store.reflection.value = {
    weekStart,
    initial: saved ? { enjoyment: saved.enjoyment, activity: saved.activity } : null,
  };
}

export const saveReflection = (reflection: WeeklyReflection): Promise<Reply> =>
  send({ type: 'reflection/save', reflection });
