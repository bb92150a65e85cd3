// What the history page does: load check-ins (the range first, then everything),
// compute insights and the care signal, and save PHQ-2 answers and reflections
// through the background writer.
import { careInput, careSignal, type Phq2Result, type WeeklyReflection } from '@/core/care';
import { type CheckIn, monthOf } from '@/core/checkins';
import { buildHistoryIndex, dayFactsOf, monthsOf, type RangeId, resolveRange } from '@/core/history';
import { insightActivity } from '@/core/insight-activity';
import { computeInsights } from '@/core/insights';
import type { Reply } from '@/core/messages';
import { localDayKey } from '@/core/time';
import { readActivity, readCheckIns, readPhq2, readReflections } from '@/utils/history-data';
import { send } from '@/utils/messaging';
import { readSettings } from '@/utils/settings-store';
import { phq2Item, reflectionsItem } from '@/utils/storage';
import { localOffsetMin } from '@/utils/time-zone';
import type { HistoryStore } from './store';

/** The range the page opens on: the months it needs, then the first charts. */
export async function loadRange(store: HistoryStore, now: number): Promise<void> {
  if (store.range.value === 'all') return loadEverything(store, now);
  const span = resolveRange(store.range.value, store.today, null);
  const months = monthsOf(span);
  const [loaded, activity, { settings }] = await Promise.all([
    readCheckIns(months),
    readActivity(months),
    readSettings(),
  ]);
  store.walkGoalMin.value = settings.walkGoalMin;
  if (store.complete.value) return; // everything arrived first
  store.index.value = buildHistoryIndex(loaded.checkIns);
  store.activity.value = activity;
  // With part of the diary, the rule can only miss, never cry wolf: show it early if it holds.
  const care = careOf(loaded.checkIns, now);
  if (care.show) store.care.value = care;
  reportDamage(store, loaded.damagedMonths);
}

/** The care rule on exactly the months `careInput` names, the days the popup feeds it too. */
function careOf(checkIns: readonly CheckIn[], now: number) {
  const tz = localOffsetMin(now);
  const months = new Set(careInput(now, tz).months);
  return careSignal(
    checkIns.filter((c) => months.has(monthOf(c))),
    now,
    tz,
  );
}

const inflight = new WeakMap<HistoryStore, Promise<void>>();

/** Every stored month: the "all" range, insights and the care rule. Loaded once per page. */
export function loadEverything(store: HistoryStore, now: number): Promise<void> {
  let loading = inflight.get(store);
  if (!loading) {
    loading = readEverything(store, now);
    inflight.set(store, loading);
  }
  return loading;
}

async function readEverything(store: HistoryStore, now: number): Promise<void> {
  const [loaded, activity] = await Promise.all([readCheckIns('all'), readActivity('all')]);
  store.index.value = buildHistoryIndex(loaded.checkIns);
  store.activity.value = activity;
  store.complete.value = true;
  store.care.value = careOf(loaded.checkIns, now);
  performance.mark('limber:insights-start');
  const days = dayFactsOf(store.index.value, insightActivity(activity));
  store.insights.value = computeInsights(days, loaded.checkIns, localDayKey(now, localOffsetMin(now)));
  performance.measure('limber:insights', 'limber:insights-start');
  reportDamage(store, loaded.damagedMonths);
}

function reportDamage(store: HistoryStore, months: string[]) {
  const fresh = months.filter((m) => !store.damagedMonths.value.includes(m));
  if (fresh.length === 0) return;
  store.damagedMonths.value = [...store.damagedMonths.value, ...fresh];
  // Readers never write: ask the one writer to keep the damaged value aside.
  for (const month of fresh) void send({ type: 'checkins/repair', month });
}

/** PHQ-2 history and reflections, kept fresh while the page is open. */
export async function loadCare(store: HistoryStore): Promise<() => void> {
  const refresh = async () => {
    const [phq2, reflections] = await Promise.all([readPhq2(), readReflections()]);
    store.phq2.value = phq2;
    store.reflections.value = reflections;
  };
  await refresh();
  const a = phq2Item.watch(() => void refresh());
  const b = reflectionsItem.watch(() => void refresh());
  return () => {
    a();
    b();
  };
}

export function setRange(store: HistoryStore, range: RangeId, now: number): Promise<void> | undefined {
  store.range.value = range;
  const url = new URL(location.href);
  url.searchParams.set('range', range);
  history.replaceState(null, '', url);
  if (!store.complete.value) return loadEverything(store, now);
  return undefined;
}

export const savePhq2 = (result: Phq2Result): Promise<Reply> => send({ type: 'phq2/add', result });
export const saveReflection = (reflection: WeeklyReflection): Promise<Reply> =>
  send({ type: 'reflection/save', reflection });
