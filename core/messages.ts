// The typed messages pages send the background, which is the one writer of shared
// keys (DESIGN.md "Storage"). Anything that does not match is refused, whoever sent it.
import * as v from 'valibot';
import type { CheckIn, CheckInProblem } from './checkins';
import { once } from './once';
import { PAUSE_OPTIONS, type SettingsProblem } from './settings';
import { MONTH_KEY } from './time';

// Built on the first request, not when the worker loads (core/once.ts).
const makeRequestSchema = () => {
  const month = v.pipe(v.string(), v.regex(MONTH_KEY));
  return v.variant('type', [
    // The check-in itself is validated field by field by validateCheckIn, so the
    // reply can name the field that is wrong.
    // Each save carries its id: the same check-in sent again is answered `alreadySaved`.
    v.strictObject({ type: v.literal('checkin/add'), checkIn: v.unknown() }),
    // An edit (or the popup's "Add details" after a save): the entry with this id, stored
    // in month `from`, is replaced by `checkIn`, which may move it to another month.
    v.strictObject({ type: v.literal('checkin/update'), from: month, checkIn: v.unknown() }),
    v.strictObject({ type: v.literal('checkin/remove'), month, id: v.pipe(v.string(), v.maxLength(64)) }),
    v.strictObject({ type: v.literal('checkins/repair'), month }),
    // The popup's read of the months it shows (today's, and the care rule's): the
    // background validates each and keeps a damaged one aside, so the popup loads no
    // schema. The reply carries `checkIns`, every valid entry of those months.
    v.strictObject({
      type: v.literal('checkins/read'),
      months: v.pipe(v.array(month), v.minLength(1), v.maxLength(12)),
    }),
    v.strictObject({ type: v.literal('quarantine/dismiss') }),
    // A page opened: keep aside whatever stored value is unreadable (utils/damage-scan.ts),
    // so that page tells the person at once.
    // `months` narrows the look to those check-in and break-record months and the
    // single keys (the popup's open: it shows one month, and should not make the
    // background read ten years each time); without it, everything is looked at.
    v.strictObject({
      type: v.literal('data/check'),
      months: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/))), v.maxLength(24))),
    }),
    // PHQ-2 answers and weekly reflections are validated by core/care.ts, field by field.
    v.strictObject({ type: v.literal('phq2/add'), result: v.unknown() }),
    v.strictObject({ type: v.literal('reflection/save'), reflection: v.unknown() }),
    // Settings: a partial patch, merged and validated by core/settings.ts updateSettings.
    v.strictObject({ type: v.literal('settings/update'), patch: v.unknown() }),
    v.strictObject({ type: v.literal('settings/reset') }),
    // The break engine (core/schedule.ts), from the popup, the break page and settings.
    v.strictObject({ type: v.literal('engine/pause'), option: v.picklist(PAUSE_OPTIONS) }),
    v.strictObject({ type: v.literal('engine/resume') }),
    v.strictObject({ type: v.literal('engine/takeBreakNow'), nudge: v.pipe(v.string(), v.maxLength(64)) }),
    v.strictObject({ type: v.literal('engine/outcome'), action: v.picklist(['done', 'snooze', 'skip']) }),
    v.strictObject({ type: v.literal('engine/testNudge') }),
    // Your data (utils/data-store.ts): delete everything, then the engine restarts. Imports
    // are written by the options page itself, under the all-check-ins Web Lock
    // (utils/import-writer.ts).
    v.strictObject({ type: v.literal('data/deleteAll') }),
  ]);
};
const requestSchema = once(makeRequestSchema);

export type Request = v.InferOutput<ReturnType<typeof makeRequestSchema>>;

export type Failure =
  | { kind: 'badMessage' }
  | { kind: 'invalidCheckIn'; problems: CheckInProblem[] }
  | { kind: 'duplicateId' }
  | { kind: 'storage'; detail: string }
  | { kind: 'unreachable' }
  // A PHQ-2 or weekly reflection that failed validation: the fields named.
  | { kind: 'invalidRecord'; record: 'phq2' | 'reflection'; fields: string[] }
  // The PHQ-2 is offered at most every 14 days; `nextAt` is when it may be taken again.
  | { kind: 'tooSoon'; nextAt: number }
  // A settings change that failed validation: nothing was stored.
  | { kind: 'invalidSettings'; problems: SettingsProblem[] };

/** `alreadySaved`: a check-in sent again (its first answer was lost) was stored the first time. */
/** `checkIns`: the answer to `checkins/read`. */
export type Reply = { ok: true; alreadySaved?: true; checkIns?: CheckIn[] } | { ok: false; error: Failure };

export function parseRequest(input: unknown): Request | null {
  const parsed = v.safeParse(requestSchema(), input);
  return parsed.success ? parsed.output : null;
}
