// The break page: /break.html?nudge=posture|stretch|walk|breathe|<custom id>[&deferred=1][&mode=window].
// The background opens it when a nudge's notification is clicked (a tab), or as a
// small window when notifications are off. It renders at once, then reads settings,
// the waiting break and today's check-in to choose what to show.
import '@/components/base.css';
import '@/components/scales.css';
import './style.css';
import { render } from 'preact';
import { i18n } from '#i18n';
import { parseBreakQuery } from '@/core/break-plan';
import { localMonthKey } from '@/core/time';
import { watchNotices } from '@/utils/page-storage';
import { listenForPainDigits } from '@/utils/pain-digits';
import { localOffsetMin } from '@/utils/time-zone';
import { App } from './App';
import { bindActions, browserDeps, load, watchEngine } from './actions';
import { createBreakStore } from './store';

const query = parseBreakQuery(location.search);
const store = createBreakStore(query);
const deps = browserDeps();

const actions = bindActions(store, deps);

document.title = i18n.t('break.title');
if (query.window) document.documentElement.classList.add('in-window');
const root = document.getElementById('app') as HTMLElement;
render(<App store={store} actions={actions} />, root);
// The check-in's hint promises number keys for pain, as in the popup.
listenForPainDigits(
  root,
  () => store.phase.value === 'checkin',
  (pain) => {
    store.checkIn.pain.value = pain;
  },
);

// The first page that finds damaged data tells: the background keeps it aside (this
// month and the single keys, as the popup asks), the notice shows it.
void watchNotices((notices) => {
  store.notices.value = notices;
}).then(() => deps.send({ type: 'data/check', months: [localMonthKey(Date.now(), localOffsetMin(Date.now()))] }));

void load(store, deps).then(() => {
  watchEngine(store);
  document.documentElement.dataset.ready = 'true';
});
