// What the JSON backup carries of each stored key (issue 15 "A backup that is
// whole"): everything the person made or Limber measured, and for every key it does
// not carry, why that key is derived or not the person's. utils/backup-coverage.test.ts
// holds this table to utils/storage.ts's registry and to core/export.ts BACKUP_PARTS,
// and round-trips every carried key; tests/e2e/options.test.mjs does it in Chromium.
import type { BACKUP_PARTS } from '@/core/export';
import type { DOCUMENTED_KEYS } from './storage';

type Part = 'checkIns' | (typeof BACKUP_PARTS)[number];

export const BACKUP_COVERAGE: Record<
  (typeof DOCUMENTED_KEYS)[number],
  { carried: Part } | { derived: string } | { notCarried: string }
> = {
  'checkins:YYYY-MM': { carried: 'checkIns' },
  'outcomes:YYYY-MM': { carried: 'outcomes' },
  // With the moves hidden with "Not for me" (settings.hiddenMoves).
  settings: { carried: 'settings' },
  engine: { derived: 'the break timer’s state, rebuilt from settings and the clock when the worker starts' },
  status: { derived: 'the popup’s view of the engine, rewritten after every engine step' },
  activity: { carried: 'activity' },
  rollups: { carried: 'rollups' },
  phq2: { carried: 'phq2' },
  reflections: { carried: 'reflections' },
  lastMove: { derived: 'the last move the break page offered, kept only so the next one differs' },
  quarantine: {
    notCarried:
      'values that failed validation, kept aside on this device to be looked at; a backup holds only valid data',
  },
  'sync:settings': { derived: 'a copy of settings in the browser’s sync area, written when sync is on' },
};
