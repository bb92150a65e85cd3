import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { assertHelplinesFresh, buildDayOf } from './scripts/helpline-check';
import { prerenderPopup } from './scripts/prerender-plugin';

// See DESIGN.md "Layout" and "Platform facts"; issue 2 fixes the manifest's permissions.
export default defineConfig({
  // Parallel builds (a bench, a second checkout) may each take their own folder.
  outDir: process.env.LIMBER_OUT_DIR ?? '.output',
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module', '@wxt-dev/auto-icons'],
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    sizes: [128, 96, 48, 32, 16],
    developmentIndicator: false,
  },
  manifest: ({ browser }) => ({
    name: 'Limber',
    description: '__MSG_extension_summary__',
    default_locale: 'en',
    // unlimitedStorage is not needed: ten years of check-ins measure ~3.5 MB (bench storage.bytes.10y),
    // well inside chrome.storage.local's 10 MB quota.
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
    action: { default_title: 'Limber' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'limber@limber.app',
              strict_min_version: '140.0',
              // Firefox's built-in data consent: Limber collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Android gained data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // `npm run zip` packages nothing while a help line is more than a year unchecked.
    'zip:start': () => assertHelplinesFresh(buildDayOf(new Date())),
  },
  vite: () => ({
    plugins: [preact(), prerenderPopup()],
    build: {
      target: 'es2022',
      // ASCII-only output: V8 keeps a script with any non-ASCII character as two-byte
      // text, doubling the memory its source takes in every page and in the worker.
      rolldownOptions: { output: { charset: 'ascii' } },
      // `LIMBER_SOURCEMAP=1` for the heap and coverage diagnostics (bench/heap-snapshot.mjs).
      sourcemap: !!process.env.LIMBER_SOURCEMAP,
    },
  }),
});
