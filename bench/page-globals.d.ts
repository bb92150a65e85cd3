// What the benchmarks' page code (page.evaluate, addInitScript) finds in an extension
// page: the extension API, untyped here (the app's own code is typed by WXT), and the
// marks bench/run.mjs and bench/history.mjs record in each page.
// biome-ignore lint/suspicious/noExplicitAny: the extension API as pages see it, not typed for the benchmarks
declare const chrome: any;

interface Window {
  __limberBench: { readyAt?: number; hydratedAt?: number; chartAt?: number };
  /** bench/data.mjs: the stored ten years, put back after the import runs. */
  __limberSnapshot: Record<string, unknown>;
  /** bench/history.mjs: the same marks, in the history page and the report. */
  __limberHistoryBench: Window['__limberBench'];
}
