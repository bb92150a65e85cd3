// Renders the popup's first view to static HTML at build time and puts it in
// popup.html, so the check-in appears as fast as a blank extension page; main.tsx
// hydrates it (DESIGN.md "Speed"). The view is rendered in the default locale, en.
import { resolve } from 'node:path';
import { type Plugin, runnerImport } from 'vite';
import { loadGetMessage } from './messages';

const MARKER = '<!--prerender:popup-->';

export function prerenderPopup(): Plugin {
  return {
    name: 'limber:prerender-popup',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(MARKER)) return html;
        return html.replace(MARKER, await renderPopup());
      },
    },
  };
}

async function renderPopup(): Promise<string> {
  const root = process.cwd();
  const getMessage = await loadGetMessage(root);
  // @wxt-dev/i18n reads `chrome.i18n` when imported; give it the real messages.
  const g = globalThis as { chrome?: unknown };
  const previous = g.chrome;
  g.chrome = { i18n: { getMessage } };
  try {
    const { module } = await runnerImport<{ renderFirstView: () => string }>(
      resolve(root, 'entrypoints/popup/prerender.tsx'),
      {
        configFile: false,
        logLevel: 'error',
        resolve: {
          alias: { '#i18n': resolve(root, '.wxt/i18n/index.ts'), '@': root },
        },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        // Styles reach the page through the real build; static markup needs none.
        plugins: [
          {
            name: 'limber:prerender-no-css',
            enforce: 'pre',
            resolveId: (id) => (id.endsWith('.css') ? '\0limber-no-css' : null),
            load: (id) => (id === '\0limber-no-css' ? 'export default {}' : null),
          },
        ],
      },
    );
    return module.renderFirstView();
  } finally {
    g.chrome = previous;
  }
}
