// The options page: every setting (saved as it changes) and "Your data".
import '@/components/base.css';
import './style.css';
import { render } from 'preact';
import { i18n } from '#i18n';
import { send } from '@/utils/messaging';
import { quarantineItem } from '@/utils/storage';
import { App } from './App';
import { createOptionsActions } from './actions';
import { loadEnvironment, loadSettings } from './settings-actions';
import { createOptionsStore } from './store';

const store = createOptionsStore();
const actions = createOptionsActions(store);

document.title = i18n.t('options.title');
render(<App store={store} actions={actions} />, document.getElementById('app') as HTMLElement);

// The first page that finds damaged data tells: the background keeps it aside, "Kept aside" shows it.
void quarantineItem.getValue().then((raw) => {
  store.quarantine.value = raw;
  quarantineItem.watch((next) => {
    store.quarantine.value = next;
  });
  return send({ type: 'data/check' });
});

void Promise.all([loadSettings(store), loadEnvironment(store)]).then(() => {
  document.documentElement.dataset.ready = 'true';
});
