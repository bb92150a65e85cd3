import { describe, expect, it } from 'vitest';
import { at, full, minimal } from '../tests/export-samples';
import { backupJson } from './export-backup';

describe('backupJson', () => {
  it('wraps check-ins in time order with format, version and UTC export time', () => {
    expect(backupJson({ checkIns: [minimal, full] }, at)).toEqual({
      format: 'limber-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-24T13:05:00.000Z',
      checkIns: [full, minimal],
    });
  });

  it('carries the other parts as given, and only those given', () => {
    const settings = { intervalMin: 20 };
    const backup = backupJson({ checkIns: [], settings, outcomes: [{ a: 1 }], phq2: [] }, at);
    expect(backup).toEqual({
      format: 'limber-backup',
      schemaVersion: 1,
      exportedAt: '2026-11-24T13:05:00.000Z',
      checkIns: [],
      settings,
      outcomes: [{ a: 1 }],
      phq2: [],
    });
    expect(Object.keys(backup)).not.toContain('rollups');
  });

  it('survives JSON text unchanged', () => {
    const backup = backupJson({ checkIns: [full, minimal], settings: { a: [1, 'b'] }, reflections: ['x'] }, at);
    expect(JSON.parse(JSON.stringify(backup))).toEqual(backup);
  });
});
