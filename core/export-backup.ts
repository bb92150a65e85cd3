// The full JSON backup: every check-in in time order, and the other stored parts as
// they are (core/import.ts and core/restore.ts read it back, all or nothing).
import type { CheckIn } from './checkins';
import { sortedByTime } from './export';

export const BACKUP_FORMAT = 'limber-backup';
export const BACKUP_SCHEMA_VERSION = 1;

/** What a backup holds. Parts other than check-ins belong to other modules and pass through as they are. */
export interface BackupData {
  checkIns: readonly CheckIn[];
  settings?: unknown;
  outcomes?: readonly unknown[];
  rollups?: readonly unknown[];
  /** The stored activity log (`{ log, foldedUntil }`), as it is. */
  activity?: unknown;
  phq2?: readonly unknown[];
  reflections?: readonly unknown[];
}

export const BACKUP_PARTS = ['settings', 'outcomes', 'rollups', 'activity', 'phq2', 'reflections'] as const;

export interface LimberBackup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: typeof BACKUP_SCHEMA_VERSION;
  /** UTC, e.g. `2026-11-24T13:05:00.000Z`. */
  exportedAt: string;
  checkIns: CheckIn[];
  settings?: unknown;
  outcomes?: unknown[];
  rollups?: unknown[];
  activity?: unknown;
  phq2?: unknown[];
  reflections?: unknown[];
}

/**
 * The full backup as a plain object, ready for `JSON.stringify`. Check-ins are in
 * time order; other parts appear only when given.
 */
export function backupJson(data: BackupData, exportedAt: number): LimberBackup {
  const backup: LimberBackup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    checkIns: sortedByTime(data.checkIns),
  };
  if (data.settings !== undefined) backup.settings = data.settings;
  if (data.outcomes !== undefined) backup.outcomes = [...data.outcomes];
  if (data.rollups !== undefined) backup.rollups = [...data.rollups];
  if (data.activity !== undefined) backup.activity = data.activity;
  if (data.phq2 !== undefined) backup.phq2 = [...data.phq2];
  if (data.reflections !== undefined) backup.reflections = [...data.reflections];
  return backup;
}
