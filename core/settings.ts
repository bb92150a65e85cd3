// Settings: one flat-ish object of defaults (Stretchly's habit), a valibot schema, and
// problems reported as data so pages can word them (DESIGN.md "Domain rules").
//
// API
//   type SettingsV1 (= Settings), NudgeSettings, CustomNudge, WorkingHours, SettingsProblem, SettingsPatch
//   DEFAULT_SETTINGS                       the settings of a new install
//   LIMITS, LENGTHS                        the allowed ranges, for inputs' min/max too
//   PAUSE_OPTIONS                          the fixed pause choices (core/pause-end.ts pauseEndAt)
//   validateSettings(input: unknown)       → { ok: true, value } | { ok: false, problems }
//   updateSettings(current, patch: unknown) deep-merges a partial patch, then validates:
//                                          an invalid value is never returned as settings
import * as v from 'valibot';
import { MOVE_CONDITIONS } from './exercises';
import { BUILT_IN_NUDGES, DEFAULT_SETTINGS, LENGTHS, LIMITS, type SettingsV1 } from './settings-defaults';
import type { MinuteRange } from './time';
import { firstPerField, type Result } from './validation';

export * from './settings-defaults';

export type SettingsProblem =
  /** A number outside min–max, or not a whole number. */
  | { field: string; kind: 'range'; min: number; max: number }
  /** A text's length or a list's size outside min–max. */
  | { field: string; kind: 'length'; min: number; max: number }
  /** The wrong type, or not one of the options. */
  | { field: string; kind: 'invalid' }
  /** A field settings do not have. */
  | { field: string; kind: 'unknown' }
  /** A working-hours range that does not end after it starts. */
  | { field: string; kind: 'order' }
  /** Two working-hours ranges of one day overlap. */
  | { field: string; kind: 'overlap' }
  /** Two custom nudges share an id. */
  | { field: string; kind: 'duplicate' };

type Limited = keyof typeof LIMITS;
const whole = (key: Limited) =>
  v.pipe(v.number(), v.integer(), v.minValue(LIMITS[key].min), v.maxValue(LIMITS[key].max));
const sized = <T extends v.LengthInput>(key: keyof typeof LENGTHS) =>
  [v.minLength<T, number>(LENGTHS[key].min), v.maxLength<T, number>(LENGTHS[key].max)] as const;

const NudgeSchema = v.strictObject({
  enabled: v.boolean(),
  intervalMin: whole('intervalMin'),
  durationSec: whole('durationSec'),
});

const RangeSchema = v.pipe(
  v.strictObject({ startMin: whole('startMin'), endMin: whole('endMin') }),
  v.check((r) => r.startMin < r.endMin, 'order'),
);

const noOverlap = (ranges: MinuteRange[]) => {
  const sorted = [...ranges].sort((a, b) => a.startMin - b.startMin);
  return sorted.every((r, i) => i === 0 || (sorted[i - 1] as MinuteRange).endMin <= r.startMin);
};

const CUSTOM_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;

const CustomNudgeSchema = v.strictObject({
  id: v.pipe(
    v.string(),
    v.regex(CUSTOM_ID),
    v.check((id) => !(BUILT_IN_NUDGES as readonly string[]).includes(id)),
  ),
  name: v.pipe(v.string(), v.trim(), ...sized<string>('customNudges.*.name')),
  enabled: v.boolean(),
  intervalMin: whole('intervalMin'),
  durationSec: whole('durationSec'),
});

export const SettingsSchema = v.strictObject({
  nudges: v.strictObject({ posture: NudgeSchema, stretch: NudgeSchema, walk: NudgeSchema }),
  customNudges: v.pipe(
    v.array(CustomNudgeSchema),
    ...sized<v.InferOutput<typeof CustomNudgeSchema>[]>('customNudges'),
    v.check((list) => new Set(list.map((c) => c.id)).size === list.length, 'duplicate'),
  ),
  idleDetectionSec: whole('idleDetectionSec'),
  snoozeMin: whole('snoozeMin'),
  snoozeLimit: whole('snoozeLimit'),
  workingHours: v.strictObject({
    enabled: v.boolean(),
    days: v.pipe(
      v.array(
        v.pipe(v.array(RangeSchema), ...sized<MinuteRange[]>('workingHours.days.*'), v.check(noOverlap, 'overlap')),
      ),
      ...sized<MinuteRange[][]>('workingHours.days'),
    ),
  }),
  waitDuringCalls: v.boolean(),
  maxWaitMin: whole('maxWaitMin'),
  notificationStyle: v.picklist(['notification', 'window', 'both']),
  dailyReminder: v.strictObject({ enabled: v.boolean(), minuteOfDay: whole('minuteOfDay') }),
  walkGoalMin: whole('walkGoalMin'),
  reflectionWeekday: v.nullable(whole('reflectionWeekday')),
  syncSettings: v.boolean(),
  helpCountry: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  hiddenMoves: v.pipe(
    v.array(v.pipe(v.string(), ...sized<string>('hiddenMoves.*'))),
    ...sized<string[]>('hiddenMoves'),
  ),
  // Care (issue 13): each condition at most once. Settings stored before it existed
  // lack it and read as "none ticked" rather than as damaged.
  movesToAvoid: v.optional(
    v.pipe(
      v.array(v.picklist(MOVE_CONDITIONS)),
      v.check((list) => new Set(list).size === list.length, 'duplicate'),
    ),
    () => [],
  ),
  // Added after settings were first stored: missing means the default (off).
  chime: v.optional(v.boolean(), DEFAULT_SETTINGS.chime),
  headsUp: v.optional(v.strictObject({ enabled: v.boolean(), leadSec: whole('leadSec') }), () => ({
    ...DEFAULT_SETTINGS.headsUp,
  })),
});

// The schema and the documented interface must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<v.InferOutput<typeof SettingsSchema>, SettingsV1> = true;
void sameShape;

const CHECK_KINDS = ['order', 'overlap', 'duplicate'] as const;
const LENGTH_TYPES = ['min_length', 'max_length', 'length'];

function problemFor(issue: v.BaseIssue<unknown>): SettingsProblem {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  const field = keys.join('.');
  const last = keys.at(-1);
  if (issue.type === 'strict_object' && issue.expected === 'never') return { field, kind: 'unknown' };
  if (typeof last === 'string' && last in LIMITS) return { field, kind: 'range', ...LIMITS[last as Limited] };
  if (LENGTH_TYPES.includes(issue.type)) {
    const pattern = keys.map((k) => (typeof k === 'number' ? '*' : k)).join('.') as keyof typeof LENGTHS;
    const limits = LENGTHS[pattern];
    if (limits) return { field, kind: 'length', ...limits };
  }
  const checkKind = CHECK_KINDS.find((k) => k === issue.message);
  if (issue.type === 'check' && checkKind) return { field, kind: checkKind };
  return { field, kind: 'invalid' };
}

/** Checks a whole settings object. Problems come one per field, in schema order. */
export function validateSettings(input: unknown): Result<SettingsV1, SettingsProblem> {
  const parsed = v.safeParse(SettingsSchema, input, { abortPipeEarly: true });
  if (parsed.success) return { ok: true, value: parsed.output };
  return { ok: false, problems: firstPerField(parsed.issues, problemFor) };
}

type PatchOf<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: PatchOf<T[K]> } : T;
/** A partial settings object: nested objects merge, lists are replaced whole. */
export type SettingsPatch = PatchOf<SettingsV1>;

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function merge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) out[key] = merge(base[key], value);
  }
  return out;
}

/**
 * Applies a partial change (say `{ nudges: { walk: { intervalMin: 45 } } }`) to the
 * current settings and validates the result, so the caller stores either valid
 * settings or nothing. Lists (custom nudges, working-hours days) are replaced whole.
 */
export function updateSettings(current: SettingsV1, patch: unknown): Result<SettingsV1, SettingsProblem> {
  if (!isPlainObject(patch)) return { ok: false, problems: [{ field: '', kind: 'invalid' }] };
  return validateSettings(merge(current, patch));
}
