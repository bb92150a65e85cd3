import { describe, expect, it, vi } from 'vitest';
import { startImport } from '@/core/import-policy';
import type { Reply, Request } from '@/core/messages';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { runImport } from './import-runner';
import type { ImportWriteResult } from './import-writer';

const fileSettings = { ...DEFAULT_SETTINGS, snoozeMin: 9 };
const current = { ...DEFAULT_SETTINGS, snoozeMin: 5 };
const ok: ImportWriteResult = {
  ok: true,
  checkIns: { added: 1, alreadyHere: 0, conflicts: 0 },
  added: { phq2: 0, reflections: 0, outcomes: 0, rollups: 0, activity: 0 },
};

function deps(results: ImportWriteResult[]) {
  const log: string[] = [];
  const send = vi.fn(async (request: Request): Promise<Reply> => {
    log.push(request.type === 'checkins/repair' ? `repair ${request.month}` : request.type);
    return { ok: true };
  });
  return {
    log,
    send,
    readSettings: async () => current,
    writeRecords: async () => {
      log.push('write');
      return results.shift() ?? ok;
    },
    onWriting: (writing: boolean) => log.push(writing ? 'watch off' : 'watch on'),
  };
}

describe('runImport', () => {
  it('sends the settings first, rests the watch while writing, and ends with the counts', async () => {
    const d = deps([]);
    const end = await runImport(
      startImport({ settings: { ok: true, value: fileSettings } }, { settings: 'changed' }),
      d,
    );
    expect(end).toMatchObject({ ok: true, added: 1, settings: true });
    expect(d.log).toEqual(['settings/update', 'watch off', 'write', 'watch on']);
    expect(d.send).toHaveBeenCalledWith({ type: 'settings/update', patch: fileSettings });
  });

  it('repairs, writes again, and puts the previous settings back when the records still fail', async () => {
    const damaged: ImportWriteResult = { ok: false, error: { kind: 'damaged', months: ['2026-10', '2026-11'] } };
    const d = deps([damaged, damaged]);
    const end = await runImport(
      startImport({ settings: { ok: true, value: fileSettings } }, { settings: 'changed' }),
      d,
    );
    expect(end).toEqual({ ok: false, error: damaged.error });
    expect(d.log).toEqual([
      'settings/update',
      'watch off',
      'write',
      'repair 2026-10',
      'repair 2026-11',
      'write',
      'watch on',
      'settings/update',
    ]);
    expect(d.send).toHaveBeenLastCalledWith({ type: 'settings/update', patch: current });
  });
});
