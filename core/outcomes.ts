// A break record (an outcome): what happened to one nudge, and when. The engine
// records one per step of a nudge's life (core/schedule.ts), the background stores
// them per local month (`outcomes:YYYY-MM`), a backup carries them, and history
// counts them (core/outcome-days.ts). The kinds, the one schema and how a stored or
// imported record is read are here, once.
//
// To add a field (say each walk's credited seconds): add it to the outcome schema, as
// `v.optional(...)` so older records stay valid; the type, the import's checks, the
// stored months' reading and the field's problem wording all follow from it.
import * as v from 'valibot';
import { AT_MAX, AT_MIN } from './checkins';
import { recordValidator } from './compiled-check';
import { once } from './once';
import { LIMITS } from './settings-defaults';
import { type FieldProblem, type Result, wholeNumber } from './validation';

/** Every kind of record, in the order of a nudge's life. */
export const OUTCOME_KINDS = ['due', 'shown', 'done', 'snoozed', 'skipped', 'natural', 'deferred'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

// Built on the first record read, not when the worker loads (core/once.ts).
const makeOutcomeSchema = () =>
  v.strictObject({
    // A built-in or custom nudge's id ('posture' | 'stretch' | 'walk' or a custom one), as the background's requests allow it.
    nudge: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
    kind: v.picklist(OUTCOME_KINDS),
    at: wholeNumber(AT_MIN, AT_MAX),
    // A walk done or taken naturally: the seconds it added to the walking goal, its
    // length in settings at the time (a length settings allow). History sums these, so
    // changing the walk length never rewrites the past. Older records have none.
    creditedSec: v.optional(wholeNumber(LIMITS.durationSec.min, LIMITS.durationSec.max)),
  });
export const outcomeSchema = once(makeOutcomeSchema);

export type Outcome = v.InferOutput<ReturnType<typeof makeOutcomeSchema>>;
export type OutcomeField = keyof ReturnType<typeof makeOutcomeSchema>['entries'];

/**
 * One break record, every field checked; unknown fields are refused by name. Fast
 * enough for years of records (core/compiled-check.ts).
 */
export const validateOutcome: (input: unknown) => Result<Outcome, FieldProblem<OutcomeField>> =
  recordValidator(outcomeSchema);

/**
 * A stored month's records (storage is input like any other): the valid ones, in
 * stored order; anything else, or a value that is not a list, is left out.
 */
export function parseOutcomes(raw: unknown): Outcome[] {
  if (!Array.isArray(raw)) return [];
  const outcomes: Outcome[] = [];
  for (const item of raw) {
    const result = validateOutcome(item);
    if (result.ok) outcomes.push(result.value);
  }
  return outcomes;
}
