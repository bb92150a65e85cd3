// The pure core the benchmarks run in Node (loaded with Vite's runnerImport).
export { type ActivityHistory, fold, type Observation } from '@/core/activity';
export { simulateDay } from '@/core/schedule-simulation';
export { DEFAULT_SETTINGS } from '@/core/settings';
