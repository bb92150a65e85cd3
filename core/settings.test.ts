import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LIMITS, type SettingsV1, updateSettings, validateSettings } from './settings';

const clone = (): SettingsV1 => structuredClone(DEFAULT_SETTINGS);

/** Sets a dotted path on a copy of the defaults. */
function withValue(path: string, value: unknown): unknown {
  const settings = clone() as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let target = settings;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1) as string] = value;
  return settings;
}

describe('DEFAULT_SETTINGS', () => {
  it('is valid', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it.each([
    { nudge: 'posture', intervalMin: 20, durationSec: 20 },
    { nudge: 'stretch', intervalMin: 40, durationSec: 120 },
    { nudge: 'walk', intervalMin: 60, durationSec: 300 },
  ] as const)('$nudge: every $intervalMin min for $durationSec s (DESIGN.md "Nudges")', (row) => {
    expect(DEFAULT_SETTINGS.nudges[row.nudge]).toEqual({
      enabled: true,
      intervalMin: row.intervalMin,
      durationSec: row.durationSec,
    });
  });

  it('has working hours off, Monday to Friday 09:00–17:30', () => {
    const { enabled, days } = DEFAULT_SETTINGS.workingHours;
    expect(enabled).toBe(false);
    expect(days.map((d) => d.length)).toEqual([0, 1, 1, 1, 1, 1, 0]);
    expect(days[1]).toEqual([{ startMin: 540, endMin: 1050 }]);
  });

  it.each([
    ['idleDetectionSec', 60],
    ['snoozeMin', 5],
    ['snoozeLimit', 2],
    ['maxWaitMin', 30],
    ['walkGoalMin', 20],
    ['waitDuringCalls', true],
    ['notificationStyle', 'notification'],
    ['syncSettings', false],
    ['helpCountry', null],
  ] as const)('%s defaults to %s', (field, value) => {
    expect(DEFAULT_SETTINGS[field]).toBe(value);
  });
});

describe('validateSettings: numbers', () => {
  const rows = [
    'nudges.posture.intervalMin',
    'nudges.walk.durationSec',
    'idleDetectionSec',
    'snoozeMin',
    'snoozeLimit',
    'maxWaitMin',
    'walkGoalMin',
    'dailyReminder.minuteOfDay',
  ].flatMap((field) => {
    const { min, max } = LIMITS[field.split('.').at(-1) as keyof typeof LIMITS];
    return [
      { field, value: min - 1, min, max },
      { field, value: max + 1, min, max },
      { field, value: min + 0.5, min, max },
      { field, value: '10', min, max },
    ];
  });

  it.each(rows)('$field = $value → range $min–$max', ({ field, value, min, max }) => {
    expect(validateSettings(withValue(field, value))).toEqual({
      ok: false,
      problems: [{ field, kind: 'range', min, max }],
    });
  });

  it.each([
    ['nudges.posture.intervalMin', 5],
    ['nudges.posture.intervalMin', 240],
    ['idleDetectionSec', 15],
    ['idleDetectionSec', 600],
    ['snoozeLimit', 0],
    ['walkGoalMin', 0],
  ])('%s = %d is allowed', (field, value) => {
    expect(validateSettings(withValue(field, value)).ok).toBe(true);
  });
});

describe('validateSettings: everything else', () => {
  const range = (startMin: number, endMin: number) => ({ startMin, endMin });

  it.each([
    { name: 'not an object', input: 'x', problem: { field: '', kind: 'invalid' } },
    { name: 'an unknown field', input: { ...clone(), colour: 'red' }, problem: { field: 'colour', kind: 'unknown' } },
    {
      name: 'a missing field',
      input: withValue('syncSettings', undefined),
      problem: { field: 'syncSettings', kind: 'invalid' },
    },
    {
      name: 'an unknown style',
      input: withValue('notificationStyle', 'popup'),
      problem: { field: 'notificationStyle', kind: 'invalid' },
    },
    {
      name: 'a lower-case country',
      input: withValue('helpCountry', 'gb'),
      problem: { field: 'helpCountry', kind: 'invalid' },
    },
    {
      name: 'six weekdays',
      input: withValue('workingHours.days', [[], [], [], [], [], []]),
      problem: { field: 'workingHours.days', kind: 'length', min: 7, max: 7 },
    },
    {
      name: 'a range ending before it starts',
      input: withValue('workingHours.days', [[], [range(600, 540)], [], [], [], [], []]),
      problem: { field: 'workingHours.days.1.0', kind: 'order' },
    },
    {
      name: 'overlapping ranges',
      input: withValue('workingHours.days', [[], [range(780, 1050), range(540, 800)], [], [], [], [], []]),
      problem: { field: 'workingHours.days.1', kind: 'overlap' },
    },
    {
      name: 'an end past midnight',
      input: withValue('workingHours.days', [[], [range(540, 1441)], [], [], [], [], []]),
      problem: { field: 'workingHours.days.1.0.endMin', kind: 'range', min: 1, max: 1440 },
    },
    {
      name: 'six custom nudges',
      input: withValue(
        'customNudges',
        Array.from({ length: 6 }, (_, i) => ({
          id: `c${i}`,
          name: 'Eyes',
          enabled: false,
          intervalMin: 30,
          durationSec: 20,
        })),
      ),
      problem: { field: 'customNudges', kind: 'length', min: 0, max: 5 },
    },
    {
      name: 'two custom nudges with one id',
      input: withValue('customNudges', [
        { id: 'eyes', name: 'Eyes', enabled: true, intervalMin: 30, durationSec: 20 },
        { id: 'eyes', name: 'Water', enabled: true, intervalMin: 30, durationSec: 20 },
      ]),
      problem: { field: 'customNudges', kind: 'duplicate' },
    },
    {
      name: 'a custom nudge named after a built-in',
      input: withValue('customNudges', [{ id: 'walk', name: 'Walk', enabled: true, intervalMin: 30, durationSec: 20 }]),
      problem: { field: 'customNudges.0.id', kind: 'invalid' },
    },
    {
      name: 'a blank custom name',
      input: withValue('customNudges', [{ id: 'eyes', name: '   ', enabled: true, intervalMin: 30, durationSec: 20 }]),
      problem: { field: 'customNudges.0.name', kind: 'length', min: 1, max: 40 },
    },
    {
      name: 'a custom interval too short',
      input: withValue('customNudges', [{ id: 'eyes', name: 'Eyes', enabled: true, intervalMin: 1, durationSec: 20 }]),
      problem: { field: 'customNudges.0.intervalMin', kind: 'range', min: 5, max: 240 },
    },
  ])('$name', ({ input, problem }) => {
    expect(validateSettings(input)).toEqual({ ok: false, problems: [problem] });
  });

  it('reports one problem per field, for every field that is wrong', () => {
    const input = withValue('snoozeMin', 0) as SettingsV1;
    input.snoozeLimit = 9;
    const result = validateSettings(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['snoozeMin', 'snoozeLimit']);
  });

  it('accepts several ranges a day and trims custom names', () => {
    const input = withValue('workingHours.days', [[], [range(540, 720), range(780, 1050)], [], [], [], [], []]);
    (input as SettingsV1).customNudges = [
      { id: 'eyes', name: '  Eyes  ', enabled: true, intervalMin: 30, durationSec: 20 },
    ];
    const result = validateSettings(input);
    expect(result.ok && result.value.customNudges[0]?.name).toBe('Eyes');
    expect(result.ok && result.value.workingHours.days[1]).toHaveLength(2);
  });
});

describe('updateSettings', () => {
  it('merges a nested patch and keeps everything else', () => {
    const result = updateSettings(DEFAULT_SETTINGS, { nudges: { walk: { intervalMin: 45 } } });
    expect(result).toEqual({
      ok: true,
      value: {
        ...DEFAULT_SETTINGS,
        nudges: { ...DEFAULT_SETTINGS.nudges, walk: { enabled: true, intervalMin: 45, durationSec: 300 } },
      },
    });
  });

  it('replaces lists whole', () => {
    const result = updateSettings({ ...clone(), hiddenMoves: ['cat-cow', 'twist'] }, { hiddenMoves: ['twist'] });
    expect(result.ok && result.value.hiddenMoves).toEqual(['twist']);
  });

  it.each([
    { patch: { snoozeMin: 0 }, problem: { field: 'snoozeMin', kind: 'range', min: 1, max: 30 } },
    { patch: { nudges: { walk: { speed: 3 } } }, problem: { field: 'nudges.walk.speed', kind: 'unknown' } },
    { patch: null, problem: { field: '', kind: 'invalid' } },
    { patch: [1], problem: { field: '', kind: 'invalid' } },
  ])('refuses $patch without touching the current settings', ({ patch, problem }) => {
    const current = clone();
    expect(updateSettings(current, patch)).toEqual({ ok: false, problems: [problem] });
    expect(current).toEqual(DEFAULT_SETTINGS);
  });
});

describe('reflectionWeekday', () => {
  it.each([
    [0, true],
    [6, true],
    [null, true],
    [7, false],
    [-1, false],
    [2.5, false],
  ])('%s → valid: %s', (day, ok) => {
    expect(validateSettings({ ...DEFAULT_SETTINGS, reflectionWeekday: day }).ok).toBe(ok);
  });
});

describe('chime (added later)', () => {
  it.each<[string, unknown, { ok: boolean; chime?: boolean }]>([
    ['settings stored before it existed read as off', undefined, { ok: true, chime: false }],
    ['on', true, { ok: true, chime: true }],
    ['off', false, { ok: true, chime: false }],
    ['not a yes or no', 'loud', { ok: false }],
  ])('%s', (_, chime, expected) => {
    const { chime: _default, ...before } = DEFAULT_SETTINGS;
    const result = validateSettings(chime === undefined ? before : { ...before, chime });
    expect(result.ok).toBe(expected.ok);
    if (result.ok) expect(result.value.chime).toBe(expected.chime);
    else expect(result.problems).toEqual([{ field: 'chime', kind: 'invalid' }]);
  });
});

describe('headsUp (added later)', () => {
  it.each<[string, unknown, { ok: true; headsUp: unknown } | { ok: false; field: string }]>([
    [
      'settings stored before it existed read as off, 30 s',
      undefined,
      { ok: true, headsUp: { enabled: false, leadSec: 30 } },
    ],
    ['on, a minute before', { enabled: true, leadSec: 60 }, { ok: true, headsUp: { enabled: true, leadSec: 60 } }],
    ['too close to the break', { enabled: true, leadSec: 5 }, { ok: false, field: 'headsUp.leadSec' }],
    ['too far ahead', { enabled: true, leadSec: 301 }, { ok: false, field: 'headsUp.leadSec' }],
  ])('%s', (_, headsUp, expected) => {
    const { headsUp: _default, ...before } = DEFAULT_SETTINGS;
    const result = validateSettings(headsUp === undefined ? before : { ...before, headsUp });
    expect(result.ok).toBe(expected.ok);
    if (result.ok && expected.ok) expect(result.value.headsUp).toEqual(expected.headsUp);
    if (!result.ok && !expected.ok) expect(result.problems.map((p) => p.field)).toEqual([expected.field]);
  });
});
