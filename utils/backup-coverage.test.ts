// Every stored key is either carried by the JSON backup or says why not, and what is
// carried comes back identically after export → delete everything → import.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_PARTS, backupJson } from '@/core/export-backup';
import { parseImport } from '@/core/import';
import { readRestore } from '@/core/restore';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { DAY_MS, HOUR_MS, localMonthKey, MINUTE_MS } from '@/core/time';
import { readAllData } from './all-data';

import { deleteAllData } from './data-store';
import { writeImport } from './import-writer';
import { BACKUP_COVERAGE, DOCUMENTED_KEYS } from './storage';
import { CHECKINS, KEY, OUTCOMES } from './storage-keys';
import { localOffsetMin } from './time-zone';

const all = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const at = Date.UTC(2026, 10, 24, 13, 5);

describe('backup coverage', () => {
  it('lists every stored key, each carried or with the reason it is not', () => {
    expect(Object.keys(BACKUP_COVERAGE).sort()).toEqual([...DOCUMENTED_KEYS].sort());
    for (const entry of Object.values(BACKUP_COVERAGE)) {
      if ('derived' in entry) expect(entry.derived.length).toBeGreaterThan(20);
      if ('notCarried' in entry) expect(entry.notCarried.length).toBeGreaterThan(20);
    }
  });

  it('carries exactly the backup’s parts', () => {
    const carried = Object.values(BACKUP_COVERAGE).flatMap((e) => ('carried' in e ? [e.carried] : []));
    expect(carried.sort()).toEqual(['checkIns', ...BACKUP_PARTS].sort());
  });

  it('export → delete everything → import: every carried key comes back identically', async () => {
    const march = Date.UTC(2026, 2, 10, 12);
    const seeded: Record<string, unknown> = {
      [CHECKINS.key('2026-03')]: [
        { id: 'cov-000001', at: march, tzOffsetMin: 60, mood: 2, pain: 6, source: 'popup', note: 'stiff 😣' },
        {
          id: 'cov-000002',
          at: march + HOUR_MS,
          tzOffsetMin: 60,
          mood: 4,
          pain: 3,
          tags: ['walked'],
          source: 'break',
        },
      ],
      [OUTCOMES.key(localMonthKey(march, localOffsetMin(march)))]: [
        { nudge: 'walk', kind: 'due', at: march },
        { nudge: 'walk', kind: 'done', at: march + 60_000, creditedSec: 300 },
      ],
      [KEY.settings]: { ...DEFAULT_SETTINGS, snoozeMin: 10, hiddenMoves: ['neck-roll'] },
      [KEY.phq2]: [{ id: 'phq2-0001', at: march, tzOffsetMin: 60, interest: 1, down: 2 }],
      [KEY.reflections]: [{ weekStart: '2026-03-09', enjoyment: 4, activity: 6 }],
      [KEY.rollups]: [
        { day: '2026-03-09', activeMinByHour: Array.from({ length: 24 }, (_, h) => (h > 8 && h < 17 ? 41.5 : 0)) },
        { day: '2026-03-10', activeMinByHour: Array.from({ length: 24 }, (_, h) => (h === 10 ? 12.3 : 0)) },
      ],
      [KEY.activity]: {
        log: [
          { at: march + DAY_MS, state: 'active', observed: true },
          { at: march + DAY_MS + 10 * MINUTE_MS, state: 'idle' },
        ],
        foldedUntil: march,
      },
    };
    await fakeBrowser.storage.local.set(seeded);
    const data = await readAllData();
    const { checkIns, settings, outcomes, phq2, reflections, rollups, activity } = data;
    const text = JSON.stringify(backupJson({ checkIns, settings, outcomes, phq2, reflections, rollups, activity }, at));

    await deleteAllData();
    expect(await all()).toEqual({});
    const parsed = parseImport(text, 'limber-backup.json', new Set(), { now: at });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const restore = readRestore(parsed.value, at);
    if (!restore.ok) throw new Error(JSON.stringify(restore.problems));
    const { settings: restoredSettings, ...records } = restore.value;
    const written = await writeImport({ checkIns: parsed.value.checkIns, ...records });
    expect(written).toMatchObject({
      ok: true,
      added: { phq2: 1, reflections: 1, outcomes: 2, rollups: 2, activity: 2 },
    });
    // Settings are the background's to write: the page sends the file's (App.test.tsx).
    expect(restoredSettings).toEqual({ ok: true, value: seeded[KEY.settings] });
    await fakeBrowser.storage.local.set({ [KEY.settings]: restoredSettings?.ok && restoredSettings.value });
    expect(await all()).toEqual(seeded);
  });
});
