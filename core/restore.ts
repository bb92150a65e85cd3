// What a Limber JSON backup brings back besides check-ins (issue 5 "Your data"):
// PHQ-2 self-checks, weekly reflections, break records (nudge outcomes), screen time
// (the daily rollups and the last week's activity log; issue 15) and settings (with
// the moves hidden with "Not for me").
// Pure: it validates each part of a file already read by import.ts, and merges a
// part's records into what is stored by their identity, never replacing one.
//
// All or nothing, as for check-ins: one bad record and `readRestore` returns the
// problems (the first MAX_PROBLEMS, naming the part, the record's position counting
// from 1, and the field). Settings are the exception: a backup whose settings do not
// validate (an older or hand-edited file) still restores everything else, and the
// preview says the settings stay as they are, and why.
import { type DayRollup, type Observation, ObservationSchema, RollupSchema } from './activity';
import { type Phq2Result, validatePhq2Result, validateWeeklyReflection, type WeeklyReflection } from './care';
import type { Result } from './checkins';
import { FUTURE_SLACK_MS, type ImportedData, MAX_PROBLEMS } from './import-read';
import { type Outcome, validateOutcome } from './outcomes';
import { type SettingsProblem, type SettingsV1, validateSettings } from './settings';
import { isOffsetInUse } from './time';
import { type FieldProblem, validateWithValibot } from './validation';

export const RECORD_PARTS = ['phq2', 'reflections', 'outcomes', 'rollups', 'activity'] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];

export interface RestoreProblem {
  kind: 'badRecord';
  part: RecordPart;
  /** The record's position in its part of the file, from 1. */
  row: number;
  /** The field that is wrong; absent when the record is not an object at all. */
  field?: string;
  /** The field is not part of such a record (rather than holding a wrong value). */
  unknown?: true;
  /** Valid, but it cannot be true: a time in the future, an offset no zone uses. */
  reason?: 'future' | 'offset';
}

/**
 * What a valid record of a file still cannot be (issue 15): a PHQ-2 in the future (it
 * would hold back the self-check until then) or with an offset no zone uses, a break
 * record more than a day ahead.
 */
function implausibleRecord(
  part: RecordPart,
  record: unknown,
  now: number | undefined,
): RestoreProblem['reason'] | null {
  const r = record as { at?: number; tzOffsetMin?: number };
  if (part === 'phq2') {
    if (now !== undefined && (r.at as number) > now) return 'future';
    if (!isOffsetInUse(r.tzOffsetMin as number)) return 'offset';
  }
  if (part === 'outcomes' && now !== undefined && (r.at as number) > now + FUTURE_SLACK_MS) return 'future';
  return null;
}

/** The parts of a backup to restore, each record valid. */
export interface RestoreData {
  phq2: Phq2Result[];
  reflections: WeeklyReflection[];
  outcomes: Outcome[];
  /** Days of screen time (`rollups`). */
  rollups: DayRollup[];
  /** The activity log's observations; `foldedUntil` is the file's fold point (absent: no log in the file). */
  activity: Observation[];
  foldedUntil?: number | null;
  /** The file's settings, if it has any: valid, or the reasons they are not. */
  settings?: { ok: true; value: SettingsV1 } | { ok: false; problems: SettingsProblem[] };
}

/** Each part's record validator. */
export const VALIDATORS: { [P in RecordPart]: (x: unknown) => Result<RestoreData[P][number], FieldProblem> } = {
  phq2: validatePhq2Result,
  reflections: validateWeeklyReflection,
  outcomes: validateOutcome,
  rollups: (x) => validateWithValibot(RollupSchema, x),
  activity: (x) => validateWithValibot(ObservationSchema, x),
};

/** Validates the parts of an imported backup that are not check-ins (a CSV has none). `now` given: refuses the future. */
export function readRestore(
  data: ImportedData,
  now?: number,
): { ok: true; value: RestoreData } | { ok: false; problems: RestoreProblem[] } {
  const value: RestoreData = { phq2: [], reflections: [], outcomes: [], rollups: [], activity: [] };
  const lists: Record<RecordPart, unknown[] | undefined> = {
    phq2: data.phq2,
    reflections: data.reflections,
    outcomes: data.outcomes,
    rollups: data.rollups,
    activity: data.activity?.log,
  };
  const problems: RestoreProblem[] = [];
  const readPart = <P extends RecordPart>(part: P) => {
    const list = lists[part] ?? [];
    const valid = value[part] as RestoreData[P][number][];
    for (let i = 0; i < list.length && problems.length < MAX_PROBLEMS; i++) {
      const result = VALIDATORS[part](list[i]);
      const reason = result.ok ? implausibleRecord(part, result.value, now) : null;
      if (reason) {
        const field = reason === 'future' ? 'at' : 'tzOffsetMin';
        problems.push({ kind: 'badRecord', part, row: i + 1, field, reason });
      } else if (result.ok) valid.push(result.value);
      else
        for (const p of result.problems) {
          const row = i + 1;
          if (p.kind === 'notAnObject') problems.push({ kind: 'badRecord', part, row });
          else if (p.kind === 'unknownField')
            problems.push({ kind: 'badRecord', part, row, field: p.field, unknown: true });
          else problems.push({ kind: 'badRecord', part, row, field: p.field });
        }
    }
  };
  for (const part of RECORD_PARTS) readPart(part);
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  if (data.activity) value.foldedUntil = data.activity.foldedUntil;
  if (data.settings !== undefined) {
    const settings = validateSettings(data.settings);
    value.settings = settings.ok ? settings : { ok: false, problems: settings.problems };
  }
  return { ok: true, value };
}

/** What identifies a record of each part: the same key is the same record. */
export const IDENTITY: { [P in RecordPart]: (record: RestoreData[P][number]) => string } = {
  phq2: (p) => p.id,
  // One reflection per week: the stored one is kept, as a correction made here is newer.
  reflections: (r) => r.weekStart,
  outcomes: (o) => `${o.at} ${o.nudge} ${o.kind}`,
  // A day stored here is kept whole: adding the file's minutes to it would count them twice.
  rollups: (r) => r.day,
  activity: (o) => `${o.at} ${o.state}`,
};

/** The order each part is stored in. */
export const ORDER: { [P in RecordPart]: (a: RestoreData[P][number], b: RestoreData[P][number]) => number } = {
  phq2: (a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  reflections: (a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0),
  // Stable: records of one moment keep the order they were made in.
  outcomes: (a, b) => a.at - b.at,
  rollups: (a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0),
  activity: (a, b) => a.at - b.at,
};

/**
 * Adds the incoming records whose identity is not stored yet, in the part's order;
 * a stored record is never replaced. `added` counts the new ones.
 */
export function mergeRecords<P extends RecordPart>(
  part: P,
  stored: readonly RestoreData[P][number][],
  incoming: readonly RestoreData[P][number][],
): { merged: RestoreData[P][number][]; added: number } {
  const identity = IDENTITY[part] as (record: RestoreData[P][number]) => string;
  const seen = new Set(stored.map(identity));
  const merged = [...stored];
  for (const record of incoming) {
    const key = identity(record);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(record);
  }
  const added = merged.length - stored.length;
  return { merged: added ? merged.sort(ORDER[part]) : merged, added };
}

/** Two valid settings are the same when every field is (lists in order). */
export function sameSettings(a: SettingsV1, b: SettingsV1): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

// Keys sorted at every level, so equal settings written in another key order compare equal.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/** What a backup will restore besides check-ins: new records per part, and the settings. */
export interface RestorePreview {
  /** Records of each part not stored yet. */
  added: Record<RecordPart, number>;
  /** `changed`: valid and different from the current ones; `invalid`: they stay as they are. */
  settings: 'none' | 'same' | 'changed' | 'invalid';
}

/** `here` holds each part's stored identities (`IDENTITY`); `current` the settings in use. */
export function previewRestore(
  restore: RestoreData,
  here: Readonly<Record<RecordPart, ReadonlySet<string>>>,
  current: SettingsV1,
): RestorePreview {
  const added = noneAdded();
  for (const part of RECORD_PARTS) {
    const identity = IDENTITY[part] as (record: RestoreData[RecordPart][number]) => string;
    const counted = new Set<string>();
    for (const record of restore[part]) {
      const key = identity(record);
      if (here[part].has(key) || counted.has(key)) continue;
      counted.add(key);
      added[part]++;
    }
  }
  const { settings } = restore;
  return {
    added,
    settings: !settings
      ? 'none'
      : !settings.ok
        ? 'invalid'
        : sameSettings(settings.value, current)
          ? 'same'
          : 'changed',
  };
}

/** Zero of every part. */
export const noneAdded = (): Record<RecordPart, number> => ({
  phq2: 0,
  reflections: 0,
  outcomes: 0,
  rollups: 0,
  activity: 0,
});
