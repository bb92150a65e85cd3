// The typed messages pages send the background, which is the one writer of shared
// keys (DESIGN.md "Storage"). Anything that does not match is refused, whoever sent it.
import * as v from 'valibot';
import type { CheckInProblem } from './checkins';
import { MONTH_KEY } from './time';

const month = v.pipe(v.string(), v.regex(MONTH_KEY));

export const RequestSchema = v.variant('type', [
  // The check-in itself is validated field by field by validateCheckIn, so the
  // reply can name the field that is wrong.
  v.strictObject({ type: v.literal('checkin/add'), checkIn: v.unknown() }),
  v.strictObject({ type: v.literal('checkin/remove'), month, id: v.pipe(v.string(), v.maxLength(64)) }),
  v.strictObject({ type: v.literal('checkins/repair'), month }),
  v.strictObject({ type: v.literal('quarantine/dismiss') }),
]);

export type Request = v.InferOutput<typeof RequestSchema>;

export type Failure =
  | { kind: 'badMessage' }
  | { kind: 'invalidCheckIn'; problems: CheckInProblem[] }
  | { kind: 'duplicateId' }
  | { kind: 'storage'; detail: string }
  | { kind: 'unreachable' };

export type Reply = { ok: true } | { ok: false; error: Failure };

export function parseRequest(input: unknown): Request | null {
  const parsed = v.safeParse(RequestSchema, input);
  return parsed.success ? parsed.output : null;
}
