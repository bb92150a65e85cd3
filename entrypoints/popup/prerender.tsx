// Build-time only: the popup's first view as static HTML (see scripts/prerender-plugin.ts).
import { renderToString } from 'preact-render-to-string';
import { App, type PopupActions } from './App';
import { createPopupStore } from './store';

// Nothing can be clicked at build time; main.tsx supplies the real actions.
const inert: PopupActions = {
  chose() {},
  save() {},
  undo() {},
  dismissNotices() {},
  takeBreak() {},
  pause() {},
  resume() {},
  saveReflection: async () => ({ ok: true }),
};

export function renderFirstView(): string {
  return renderToString(<App store={createPopupStore()} actions={inert} />);
}
