// The options page: every setting (saved as it changes) and "Your data".
import '@/components/base.css';
import './style.css';
import { render } from 'preact';
import { i18n } from '#i18n';
import { App } from './App';
import { createOptionsActions, loadEnvironment, loadSettings } from './actions';
import { createOptionsStore } from './store';

const store = createOptionsStore();
const actions = createOptionsActions(store);

document.title = i18n.t('options.title');
render(<App store={store} actions={actions} />, document.getElementById('app') as HTMLElement);

void Promise.all([loadSettings(store), loadEnvironment(store)]).then(() => {
  document.documentElement.dataset.ready = 'true';
});
