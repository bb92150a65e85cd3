// What the popup shows after its first view: the break engine's status, the care
// card and the weekly reflection. main.tsx imports this module after hydrating, so
// none of it delays the check-in (DESIGN.md "Speed").
import { CareCard } from '@/components/CareCard';
import { WeeklyReflection as ReflectionForm } from '@/components/WeeklyReflection';
import { careSignal, validateWeeklyReflection, type WeeklyReflection, weekStartOf } from '@/core/care';
import type { Reply } from '@/core/messages';
import { parseScheduleState } from '@/core/schedule';
import { engineStatus } from '@/core/status';
import { DAY_MS, localMonthKey, localWeekday } from '@/core/time';
import { readMonth } from '@/utils/checkin-store';
import { send } from '@/utils/messaging';
import { readSettings } from '@/utils/settings-store';
import { engineItem, reflectionsItem, settingsItem } from '@/utils/storage';
import { timeScale } from '@/utils/time-scale';
import { localOffsetMin } from './actions';
import type { PopupStore } from './store';

/** Loads the break engine's status from storage (no worker wake) and keeps it fresh. */
export async function loadStatus(store: PopupStore): Promise<() => void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = async () => {
    clearTimeout(timer);
    const [raw, { settings }] = await Promise.all([engineItem.getValue(), readSettings()]);
    const state = parseScheduleState(raw);
    const now = Date.now();
    store.nudgeNames.value = Object.fromEntries(settings.customNudges.map((n) => [n.id, n.name]));
    store.status.value = state ? engineStatus(state, timeScale.apply(settings), now, localOffsetMin(now)) : null;
    // Active time moves on while the popup is open: redraw each minute (a page timer, not the worker's).
    timer = setTimeout(() => void refresh(), 60_000 - (now % 60_000));
  };
  await refresh();
  const unwatchEngine = engineItem.watch(() => void refresh());
  const unwatchSettings = settingsItem.watch(() => void refresh());
  return () => {
    clearTimeout(timer);
    unwatchEngine();
    unwatchSettings();
  };
}

/**
 * The calm care card (DESIGN.md "Care") and, on the chosen weekday, this week's
 * reflection. The care rule looks back three weeks: this month and the last.
 */
export async function loadCare(store: PopupStore, now = Date.now()): Promise<void> {
  const tz = localOffsetMin(now);
  const months = [...new Set([localMonthKey(now - 21 * DAY_MS, tz), localMonthKey(now, tz)])];
  const [monthsRead, { settings }] = await Promise.all([Promise.all(months.map(readMonth)), readSettings()]);
  const checkIns = monthsRead.flatMap((m) => m.checkIns);
  store.careViews.value = { CareCard, WeeklyReflection: ReflectionForm };
  const signal = careSignal(checkIns, now, tz);
  store.care.value = signal.show ? signal : null;
  if (settings.reflectionWeekday !== localWeekday(now, tz)) return;
  const weekStart = weekStartOf(now, tz);
  const stored = await reflectionsItem.getValue();
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
