// Makes the popup's first view appear as fast as a blank extension page (DESIGN.md
// "Speed"): it is rendered to static HTML at build time and put in popup.html, which
// main.tsx hydrates; its styles are inlined; and nothing is requested before it but
// its one module script. The view is rendered in the default locale, en.
import { resolve } from 'node:path';
import { type Plugin, type Rollup, runnerImport } from 'vite';
import { loadGetMessage } from './messages';

const MARKER = '<!--prerender:popup-->';
const POPUP_HTML = 'entrypoints/popup/index.html';

export function prerenderPopup(): Plugin[] {
  return [
    {
      name: 'limber:prerender-popup',
      transformIndexHtml: {
        order: 'pre',
        async handler(html) {
          if (!html.includes(MARKER)) return html;
          return html.replace(MARKER, await renderPopup());
        },
      },
    },
    {
      // Every request an extension page makes while its HTML is parsed costs main-thread
      // time before the page is ready (about a millisecond each in a Chrome trace here):
      // Vite's five modulepreload links and three stylesheets were most of the popup's
      // lag behind a blank page.
      name: 'limber:popup-requests-nothing-first',
      apply: 'build',
      config: () => ({
        build: {
          modulePreload: {
            // The popup's module graph loads after its first view has parsed: the
            // prerendered radios work without it, and a choice made early is kept.
            resolveDependencies: (_file, deps, { hostId, hostType }) =>
              hostType === 'html' && hostId === POPUP_HTML ? [] : deps,
          },
        },
      }),
      transformIndexHtml: {
        order: 'post',
        handler(html, { path, bundle }) {
          if (path !== `/${POPUP_HTML}` || !bundle) return html;
          return inlineStylesheets(html, bundle);
        },
      },
    },
  ];
}

/**
 * Puts the page's stylesheets in it, as one <style> in cascade order, so the first
 * paint waits for no file. A disabled link to each stays behind: it is never fetched
 * or applied, and it tells Vite's loader for dynamic imports (later.ts) that this CSS
 * is already here, so a shared chunk's CSS is not fetched and applied a second time.
 */
function inlineStylesheets(html: string, bundle: Rollup.OutputBundle): string {
  const LINK = /\s*<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g;
  const files = [...html.matchAll(LINK)].map(([, file = '']) => file);
  if (files.length === 0) return html;
  const css = files.map((file) => {
    const asset = bundle[file];
    if (asset?.type !== 'asset') throw new Error(`The popup's stylesheet ${file} is not in the bundle.`);
    return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
  });
  const links = files.map((file) => `<link rel="stylesheet" href="/${file}" disabled>`);
  const inline = [`<style>${css.join('')}</style>`, ...links].map((tag) => `\n    ${tag}`).join('');
  return html.replace(LINK, '').replace(/\s*<\/head>/, `${inline}\n  </head>`);
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
