// @ts-check
// What every benchmark shares: the median of repeated runs, rounding, the record
// bench/results.json keeps per metric ({ value, unit, budget, ok }), printing them as
// a table, and writing that file, whole (a full run) or over the old values of the
// metrics a part measured.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** @typedef {{ value: number, unit: string, budget: number | null, ok: boolean | null, goal?: number }} Metric */
/** @typedef {Record<string, Metric>} Results */

/** @param {readonly number[]} xs */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? Number(s[m]) : (Number(s[m - 1]) + Number(s[m])) / 2;
};

export const round = (/** @type {number} */ x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * One metric's record: `value` rounded to `digits` (2 unless said), ok when the
 * unrounded value is no more than `budget`; with no budget (null) it is informational
 * and ok is null. `ok` is given only where the budget is judged on something else.
 *
 * @param {number} value
 * @param {string} unit
 * @param {number | null} budget
 * @param {{ digits?: number, ok?: boolean | null }} [options]
 * @returns {Metric}
 */
export function metric(value, unit, budget, { digits = 2, ok } = {}) {
  return {
    value: round(value, digits),
    unit,
    budget,
    ok: ok !== undefined ? ok : budget === null ? null : value <= budget,
  };
}

/**
 * A metric with a goal to reach (a floor), not a budget: ok when the unrounded value is
 * at least `goal`.
 *
 * @param {number} value
 * @param {string} unit
 * @param {number} goal
 * @param {{ digits?: number }} [options]
 * @returns {Metric}
 */
export function goalMetric(value, unit, goal, { digits = 2 } = {}) {
  return { value: round(value, digits), unit, budget: null, goal, ok: value >= goal };
}

/** Prints results as a Markdown table: value, budget (or goal), ok. */
export function printTable(/** @type {Results} */ results) {
  console.log('| metric | value | budget | ok |');
  console.log('|---|---|---|---|');
  for (const [name, m] of Object.entries(results)) {
    console.log(
      `| ${name} | ${m.value} ${m.unit} | ${m.budget !== null ? `≤ ${m.budget} ${m.unit}` : m.goal !== undefined ? `goal ≥ ${m.goal}` : '—'} | ${m.ok === null ? '—' : m.ok ? 'yes' : 'NO'} |`,
    );
  }
}

const RESULTS_FILE = 'bench/results.json';

/** Writes a full run's results as bench/results.json, replacing what was there. */
export function writeResults(/** @type {Results} */ results) {
  writeFileSync(resolve(RESULTS_FILE), `${JSON.stringify(results, null, 2)}\n`);
}

/**
 * Writes a part's `fresh` metrics over their old values in bench/results.json; of the
 * old ones, those `keep` refuses are dropped (a part's own names it no longer measures),
 * every other metric keeps its last run.
 *
 * @param {Results} fresh
 * @param {(name: string) => boolean} [keep]
 */
export function mergeResults(fresh, keep = () => true) {
  const file = resolve(RESULTS_FILE);
  /** @type {Results} */
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const kept = Object.fromEntries(Object.entries(previous).filter(([name]) => keep(name)));
  writeResults({ ...kept, ...fresh });
}
