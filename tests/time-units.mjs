// @ts-check
// Lengths of time in ms for the plain-JavaScript scripts (bench/, tests/e2e*/), which
// cannot import core/time.ts (the app's own MINUTE_MS, HOUR_MS, DAY_MS; same values).
// Code that runs inside a page (page.evaluate) gets them as an argument: `TIME_UNITS`.
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const TIME_UNITS = { MINUTE_MS, HOUR_MS, DAY_MS };
