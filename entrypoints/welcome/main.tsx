// The welcome page: opened once on install (entrypoints/background/index.ts), and from
// Settings later. Its settings steps are the options page's own sections, with the
// same store, validation and saving (entrypoints/options/settings-actions.ts).
import '@/components/base.css';
import '../options/style.css';
import './style.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { createOptionsActions } from '../options/actions';
import { loadEnvironment, loadSettings } from '../options/settings-actions';
import { createOptionsStore } from '../options/store';
import { Welcome } from './Welcome';

const store = createOptionsStore();
const actions = createOptionsActions(store);

/** Done: the tab closes (the page opened it for this); a window.close() fallback elsewhere. */
async function finish() {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

document.title = i18n.t('welcome.title');
render(
  <Welcome store={store} actions={actions} onFinish={() => void finish()} />,
  document.getElementById('app') as HTMLElement,
);

void Promise.all([loadSettings(store), loadEnvironment(store)]).then(() => {
  document.documentElement.dataset.ready = 'true';
});
