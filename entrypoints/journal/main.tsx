// The history page. Opens on the chosen range (?range=7|30|90|365|all, 30 by default),
// reading only the months it needs; then reads everything for insights and care.
import '@/components/base.css';
import '@/components/charts.css';
import './style.css';
import { render } from 'preact';
import { i18n } from '#i18n';
import { DEFAULT_RANGE, RANGES, type RangeId } from '@/core/history';
import { NO_NOTICES } from '@/core/quarantine';
import { localEpochDay, localMonthKey, weekStartOf } from '@/core/time';
import { send } from '@/utils/messaging';
import { watchNotices } from '@/utils/page-storage';
import { localOffsetMin } from '@/utils/time-zone';
import { App, type HistoryActions } from './App';
import { loadCare, loadEverything, loadRange, savePhq2, saveReflection, setRange } from './actions';
import { createEntriesStore, deleteEntry, saveEntry, watchEntries } from './entries';
import { createHistoryStore } from './store';

const now = Date.now();
const tz = localOffsetMin(now);
const asked = new URLSearchParams(location.search).get('range');
const range: RangeId = (RANGES as readonly string[]).includes(asked ?? '') ? (asked as RangeId) : DEFAULT_RANGE;
const store = createHistoryStore(localEpochDay(now, tz), range);

const actions: HistoryActions = {
  setRange: (r) => void setRange(store, r, now),
  savePhq2,
  saveReflection,
  saveEntry,
  deleteEntry,
  dismissNotices: () => void dismissNotices(store),
};
const currentMonth = localMonthKey(now, tz);

async function dismissNotices(history: typeof store) {
  const reply = await send({ type: 'quarantine/dismiss' });
  if (reply.ok) history.notices.value = NO_NOTICES;
}
const entries = createEntriesStore(currentMonth);

document.title = i18n.t('history.title');
render(
  <App
    store={store}
    actions={actions}
    now={now}
    tzOffsetMin={tz}
    weekStart={weekStartOf(now, tz)}
    entries={entries}
    currentMonth={currentMonth}
  />,
  document.getElementById('app') as HTMLElement,
);

// Only the shown month is read for the list; a damaged one is reported like the charts'.
watchEntries(entries, (month) => {
  if (!store.damagedMonths.value.includes(month)) void send({ type: 'checkins/repair', month });
});

// The first page that finds damaged data tells: the background keeps it aside, the notice shows it.
void watchNotices((notices) => {
  store.notices.value = notices;
}).then(() => send({ type: 'data/check' }));

void (async () => {
  await Promise.all([loadRange(store, now), loadCare(store)]);
  // Let the first charts paint before reading ten years.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await loadEverything(store, now);
  document.documentElement.dataset.ready = 'true';
})();
