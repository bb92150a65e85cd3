// How a record is checked against its one valibot schema, and what is wrong with it
// said field by field: the one place valibot's issues become problems (check-ins,
// PHQ-2 results, weekly reflections, break records; settings map their own kinds
// through the same loop, `firstPerField`).
//
// Bulk input is checked by the same schema compiled (core/compiled-check.ts).
import * as v from 'valibot';

export type Result<T, E> = { ok: true; value: T } | { ok: false; problems: E[] };

/**
 * What is wrong with a record, as data: pages turn it into words (utils/describe-*.ts),
 * so core stays free of i18n. `field` is one of the record's fields, or the unknown key.
 */
export type FieldProblem<F extends string = string> =
  | { kind: 'notAnObject' }
  | { kind: 'invalidField'; field: F }
  | { kind: 'unknownField'; field: string };

type Issue = v.BaseIssue<unknown>;

/**
 * The one loop from valibot's issues to problems: each issue mapped by `toProblem`,
 * the first problem of each field kept, in the order valibot found them.
 */
export function firstPerField<P extends { field: string }>(
  issues: readonly Issue[],
  toProblem: (issue: Issue) => P,
): P[] {
  const problems: P[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const problem = toProblem(issue);
    if (seen.has(problem.field)) continue;
    seen.add(problem.field);
    problems.push(problem);
  }
  return problems;
}

/** A whole number from min to max: the rule of every count, score and time. */
export const wholeNumber = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

// biome-ignore lint/suspicious/noExplicitAny: any strict object's entries and message
export type RecordSchema = v.StrictObjectSchema<v.ObjectEntries, any>;
export type FieldOf<S extends RecordSchema> = keyof S['entries'] & string;

const isRecordInput = (input: unknown): input is object =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * Checks one record with valibot alone (the slow, wordy path): a list or a non-object
 * is `notAnObject`; otherwise each field with an issue, once, in field order, then
 * the first unknown key.
 */
export function validateWithValibot<S extends RecordSchema>(
  schema: S,
  input: unknown,
): Result<v.InferOutput<S>, FieldProblem<FieldOf<S>>> {
  if (!isRecordInput(input)) return { ok: false, problems: [{ kind: 'notAnObject' }] };
  const parsed = v.safeParse(schema, input, { abortPipeEarly: true });
  if (parsed.success) return { ok: true, value: parsed.output };
  const problems = firstPerField(parsed.issues, (issue): FieldProblem<FieldOf<S>> & { field: string } => {
    const field = String(issue.path?.[0]?.key);
    return Object.hasOwn(schema.entries, field)
      ? { kind: 'invalidField', field: field as FieldOf<S> }
      : { kind: 'unknownField', field };
  });
  return { ok: false, problems };
}
