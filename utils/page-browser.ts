// The extension APIs as the browser itself gives them, for the pages' few calls
// (runtime.sendMessage and getURL, tabs.create, storage.local.get): Chrome's MV3
// `chrome.*` and Firefox's `browser.*` both return promises for these, so the pages
// need no webextension-polyfill (about 3 kB gzipped off every popup open, bench
// popup.gzipBytes). `wxt/browser` (the polyfill) stays for the background, whose
// onMessage listener answers with a promise, which only the polyfill carries in Chrome.
export { browser } from '@wxt-dev/browser';
