import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Phq2Result, WeeklyReflection } from './care';
import { backupJson } from './export-backup';
import { type ImportedData, MAX_PROBLEMS, parseImport } from './import';
import type { Outcome } from './outcomes';
import { mergeRecords, previewRestore, type RestoreData, readRestore, sameSettings } from './restore';
import { DEFAULT_SETTINGS } from './settings';
import { DAY_MS, HOUR_MS } from './time';

const at = Date.UTC(2026, 10, 24, 13, 5);
const phq = (i: number): Phq2Result => ({
  id: `phq2-${String(i).padStart(4, '0')}`,
  at: at + i * 14 * DAY_MS,
  tzOffsetMin: 60,
  interest: 1,
  down: 2,
});
const week = (weekStart: string, enjoyment = 3): WeeklyReflection => ({ weekStart, enjoyment, activity: 4 });
const outcome = (offset: number, kind: Outcome['kind'] = 'done'): Outcome => ({ nudge: 'walk', kind, at: at + offset });
const rollup = (day: string) => ({
  day,
  activeMinByHour: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 42.5 : 0)),
});

const imported = (parts: Partial<ImportedData>): ImportedData => ({
  fileType: 'json',
  checkIns: [],
  preview: { count: 0, alreadyHere: 0 },
  ...parts,
});

describe('readRestore', () => {
  it('returns every part, each record valid, and the settings when they validate', () => {
    const data = imported({
      phq2: [phq(1)],
      reflections: [week('2026-11-23')],
      outcomes: [outcome(0)],
      rollups: [rollup('2026-11-20')],
      activity: { log: [{ at, state: 'active' }], foldedUntil: at - 1 },
      settings: DEFAULT_SETTINGS,
    });
    expect(readRestore(data)).toEqual({
      ok: true,
      value: {
        phq2: [phq(1)],
        reflections: [week('2026-11-23')],
        outcomes: [outcome(0)],
        rollups: [rollup('2026-11-20')],
        activity: [{ at, state: 'active' }],
        foldedUntil: at - 1,
        settings: { ok: true, value: DEFAULT_SETTINGS },
      },
    });
  });

  it('has nothing to restore from a CSV or a backup of check-ins only', () => {
    expect(readRestore(imported({ fileType: 'csv' }))).toEqual({
      ok: true,
      value: { phq2: [], reflections: [], outcomes: [], rollups: [], activity: [] },
    });
  });

  it('keeps settings that do not validate out, with the reasons, and restores the rest', () => {
    const settings = { ...DEFAULT_SETTINGS, snoozeMin: 0 };
    const result = readRestore(imported({ settings, phq2: [phq(1)] }));
    expect(result).toMatchObject({
      ok: true,
      value: { phq2: [phq(1)], settings: { ok: false, problems: [{ field: 'snoozeMin', kind: 'range' }] } },
    });
  });

  it.each<[string, Partial<ImportedData>, unknown[]]>([
    [
      'a bad PHQ-2 answer, naming its position and field',
      { phq2: [phq(1), { ...phq(2), interest: 4 }] },
      [{ kind: 'badRecord', part: 'phq2', row: 2, field: 'interest' }],
    ],
    [
      'a reflection that is not an object',
      { reflections: [week('2026-11-23'), 'great week'] },
      [{ kind: 'badRecord', part: 'reflections', row: 2 }],
    ],
    [
      'a reflection for a day that does not exist, with an unknown field',
      { reflections: [{ ...week('2026-02-30'), mood: 2 }] },
      [
        { kind: 'badRecord', part: 'reflections', row: 1, field: 'weekStart' },
        { kind: 'badRecord', part: 'reflections', row: 1, field: 'mood', unknown: true },
      ],
    ],
    [
      'bad records in several parts, in part order',
      { outcomes: [{ ...outcome(0), kind: 'x' }], phq2: [{ ...phq(1), id: '' }] },
      [
        { kind: 'badRecord', part: 'phq2', row: 1, field: 'id' },
        { kind: 'badRecord', part: 'outcomes', row: 1, field: 'kind' },
      ],
    ],
  ])('refuses %s', (_, parts, problems) => {
    expect(readRestore(imported(parts))).toEqual({ ok: false, problems });
  });

  it(`reports at most ${MAX_PROBLEMS} problems`, () => {
    const outcomes = Array.from({ length: 30 }, () => ({ nudge: 5 }));
    const result = readRestore(imported({ outcomes }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toHaveLength(MAX_PROBLEMS);
  });

  it('reads back what a backup holds, identically', () => {
    const parts = {
      phq2: [phq(1), phq(2)],
      reflections: [week('2026-11-16'), week('2026-11-23')],
      outcomes: [outcome(0), outcome(5, 'due')],
      rollups: [rollup('2026-11-19'), rollup('2026-11-20')],
    };
    const log = [
      { at, state: 'active' as const },
      { at: at + 60_000, state: 'idle' as const, observed: true },
    ];
    const activity = { log, foldedUntil: null };
    const text = JSON.stringify(backupJson({ checkIns: [], settings: DEFAULT_SETTINGS, ...parts, activity }, at));
    const parsed = parseImport(text, 'b.json', new Set());
    if (!parsed.ok) throw new Error('unreadable');
    expect(readRestore(parsed.value)).toEqual({
      ok: true,
      value: { ...parts, activity: log, foldedUntil: null, settings: { ok: true, value: DEFAULT_SETTINGS } },
    });
  });

  it('fuzzed parts: never throws, and every record it returns is valid', () => {
    fc.assert(
      fc.property(
        fc.record({
          phq2: fc.array(fc.oneof(fc.anything(), fc.constant(phq(1)))),
          reflections: fc.array(fc.oneof(fc.anything(), fc.constant(week('2026-11-23')))),
          outcomes: fc.array(fc.oneof(fc.anything(), fc.constant(outcome(0)))),
          settings: fc.oneof(fc.anything(), fc.constant(DEFAULT_SETTINGS)),
        }),
        (parts) => {
          const result = readRestore(imported(parts as Partial<ImportedData>));
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            return;
          }
          expect(result.value.phq2).toEqual(result.value.phq2.map(() => phq(1)));
          expect(result.value.reflections).toEqual(result.value.reflections.map(() => week('2026-11-23')));
          expect(result.value.outcomes).toEqual(result.value.outcomes.map(() => outcome(0)));
        },
      ),
    );
  });
});

describe('mergeRecords', () => {
  it('adds PHQ-2 self-checks by id, in time order; a stored one is never replaced', () => {
    const changed = { ...phq(2), down: 0 as const };
    expect(mergeRecords('phq2', [phq(2)], [phq(3), changed, phq(1), phq(1)])).toEqual({
      merged: [phq(1), phq(2), phq(3)],
      added: 2,
    });
  });

  it('adds reflections by week: the stored one for a week stays', () => {
    expect(mergeRecords('reflections', [week('2026-11-16', 9)], [week('2026-11-16', 1), week('2026-11-09')])).toEqual({
      merged: [week('2026-11-09'), week('2026-11-16', 9)],
      added: 1,
    });
  });

  it('adds break records by moment, nudge and kind, keeping one moment’s records in their order', () => {
    const stored = [outcome(0, 'due'), outcome(0, 'shown'), outcome(10)];
    expect(mergeRecords('outcomes', stored, [outcome(0, 'shown'), outcome(0, 'done'), outcome(-5, 'natural')])).toEqual(
      {
        merged: [outcome(-5, 'natural'), outcome(0, 'due'), outcome(0, 'shown'), outcome(0, 'done'), outcome(10)],
        added: 2,
      },
    );
  });

  it('returns what is stored untouched when nothing is new', () => {
    const stored = [phq(2), phq(1)];
    const { merged, added } = mergeRecords('phq2', stored, [phq(1)]);
    expect(added).toBe(0);
    expect(merged).toEqual(stored);
  });
});

describe('previewRestore', () => {
  const restore: RestoreData = {
    phq2: [phq(1), phq(2)],
    reflections: [week('2026-11-16'), week('2026-11-16')],
    outcomes: [outcome(0)],
    rollups: [{ day: '2026-11-20', activeMinByHour: Array(24).fill(1) }],
    activity: [],
    settings: { ok: true, value: { ...DEFAULT_SETTINGS, snoozeMin: 10 } },
  };
  const here = {
    phq2: new Set([phq(1).id]),
    reflections: new Set<string>(),
    outcomes: new Set([`${at} walk done`]),
    rollups: new Set<string>(),
    activity: new Set<string>(),
  };

  it('counts the records not here yet, and whether the settings change', () => {
    expect(previewRestore(restore, here, DEFAULT_SETTINGS)).toEqual({
      added: { phq2: 1, reflections: 1, outcomes: 0, rollups: 1, activity: 0 },
      settings: 'changed',
    });
  });

  it.each<[string, RestoreData['settings'], string]>([
    ['no settings', undefined, 'none'],
    ['the same settings', { ok: true, value: structuredClone(DEFAULT_SETTINGS) }, 'same'],
    ['settings that do not validate', { ok: false, problems: [{ field: 'snoozeMin', kind: 'invalid' }] }, 'invalid'],
  ])('%s', (_, settings, expected) => {
    expect(previewRestore({ ...restore, settings }, here, DEFAULT_SETTINGS).settings).toBe(expected);
  });
});

describe('sameSettings', () => {
  it('compares every field, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(DEFAULT_SETTINGS).reverse()) as typeof DEFAULT_SETTINGS;
    expect(sameSettings(DEFAULT_SETTINGS, reordered)).toBe(true);
    expect(sameSettings(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, hiddenMoves: ['x'] })).toBe(false);
    const later = structuredClone(DEFAULT_SETTINGS);
    later.nudges.walk.intervalMin = 61;
    expect(sameSettings(DEFAULT_SETTINGS, later)).toBe(false);
  });
});

describe('readRestore: what cannot be true (issue 15)', () => {
  const now = at + 100 * DAY_MS;
  it.each<[string, Partial<ImportedData>, object | null]>([
    [
      'a PHQ-2 a minute ahead',
      { phq2: [{ ...phq(1), at: now + 60_000 }] },
      { part: 'phq2', field: 'at', reason: 'future' },
    ],
    ['a PHQ-2 just now', { phq2: [{ ...phq(1), at: now }] }, null],
    [
      'a PHQ-2 at +13:15, an offset no zone uses',
      { phq2: [{ ...phq(1), tzOffsetMin: 795 }] },
      { part: 'phq2', field: 'tzOffsetMin', reason: 'offset' },
    ],
    [
      'a break record 25 hours ahead',
      { outcomes: [outcome(100 * DAY_MS + 25 * HOUR_MS)] },
      { part: 'outcomes', field: 'at', reason: 'future' },
    ],
    ['a break record 23 hours ahead (a clock set wrong)', { outcomes: [outcome(100 * DAY_MS + 23 * HOUR_MS)] }, null],
  ])('%s', (_, parts, problem) => {
    const result = readRestore(imported(parts), now);
    if (problem === null) expect(result.ok).toBe(true);
    else expect(result).toEqual({ ok: false, problems: [{ kind: 'badRecord', row: 1, ...problem }] });
  });
});
