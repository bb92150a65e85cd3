// What a Limber JSON backup brings back besides check-ins (issue 5 "Your data"):
// PHQ-2 self-checks, weekly reflections, break records (nudge outcomes) and settings.
// Pure: it validates each part of a file already read by import.ts, and merges a
// part's records into what is stored by their identity, never replacing one.
//
// All or nothing, as for check-ins: one bad record and `readRestore` returns the
// problems (the first MAX_PROBLEMS, naming the part, the record's position counting
// from 1, and the field). Settings are the exception: a backup whose settings do not
// validate (an older or hand-edited file) still restores everything else, and the
// preview says the settings stay as they are, and why.
import { type Phq2Result, validatePhq2Result, validateWeeklyReflection, type WeeklyReflection } from './care';
import type { Result } from './checkins';
import { type ImportedData, MAX_PROBLEMS } from './import';
import { type Outcome, validateOutcome } from './outcomes';
import { type SettingsProblem, type SettingsV1, validateSettings } from './settings';
import type { FieldProblem } from './validation';

export const RECORD_PARTS = ['phq2', 'reflections', 'outcomes'] as const;
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
}

/** The parts of a backup to restore, each record valid. */
export interface RestoreData {
  phq2: Phq2Result[];
  reflections: WeeklyReflection[];
  outcomes: Outcome[];
  /** The file's settings, if it has any: valid, or the reasons they are not. */
  settings?: { ok: true; value: SettingsV1 } | { ok: false; problems: SettingsProblem[] };
}

/** Each part's record validator. */
export const VALIDATORS: { [P in RecordPart]: (x: unknown) => Result<RestoreData[P][number], FieldProblem> } = {
  phq2: validatePhq2Result,
  reflections: validateWeeklyReflection,
  outcomes: validateOutcome,
};

/** Validates the parts of an imported backup that are not check-ins (a CSV has none). */
export function readRestore(
  data: ImportedData,
): { ok: true; value: RestoreData } | { ok: false; problems: RestoreProblem[] } {
  const value: RestoreData = { phq2: [], reflections: [], outcomes: [] };
  const problems: RestoreProblem[] = [];
  const readPart = <P extends RecordPart>(part: P) => {
    const list = (data[part] ?? []) as unknown[];
    const valid = value[part] as RestoreData[P][number][];
    for (let i = 0; i < list.length && problems.length < MAX_PROBLEMS; i++) {
      const result = VALIDATORS[part](list[i]);
      if (result.ok) valid.push(result.value);
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
};

/** The order each part is stored in. */
export const ORDER: { [P in RecordPart]: (a: RestoreData[P][number], b: RestoreData[P][number]) => number } = {
  phq2: (a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  reflections: (a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0),
  // Stable: records of one moment keep the order they were made in.
  outcomes: (a, b) => a.at - b.at,
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
  const added = { phq2: 0, reflections: 0, outcomes: 0 };
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
