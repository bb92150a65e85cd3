// Globals the end-to-end suites' page code finds (code passed to page.evaluate runs in
// an extension page): Firefox's `browser`, typed as webextension-polyfill describes it,
// and axe-core, which tests/e2e/harness.mjs injects into a page before it runs it.
// (`chrome` and the benchmarks' marks: bench/page-globals.d.ts.)
declare const browser: import('webextension-polyfill').Browser;

interface Window {
  axe: typeof import('axe-core');
}

/** Firefox's background window, kept by tests/e2e-firefox/harness.mjs waitForSuspension to see it close. */
declare var __limberBackground: Window | undefined;
