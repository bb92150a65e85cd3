import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_NUDGES,
  DEFAULT_SETTINGS,
  LENGTHS,
  LIMITS,
  PAUSE_OPTIONS,
  type SettingsV1,
} from './settings-defaults';

// The defaults must satisfy their own limits without the validator (settings.ts holds
// that every default also validates): walk every number and list in DEFAULT_SETTINGS.

/** Every number in a value, with its dotted path. */
function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => numbersIn(v, path ? `${path}.${k}` : k));
}

/** The value at a LENGTHS path (`*` for every index), each with its concrete path. */
function atPath(root: unknown, pattern: string): [string, unknown][] {
  let here: [string, unknown][] = [['', root]];
  for (const part of pattern.split('.')) {
    here = here.flatMap(([p, v]) => {
      const join = (k: string) => (p ? `${p}.${k}` : k);
      if (part === '*') return Array.isArray(v) ? v.map((item, i): [string, unknown] => [join(String(i)), item]) : [];
      return [[join(part), (v as Record<string, unknown>)[part]]];
    });
  }
  return here;
}

describe('DEFAULT_SETTINGS within LIMITS', () => {
  const numbers = numbersIn(DEFAULT_SETTINGS);
  it('has a limit for every number in it', () => {
    expect(numbers.length).toBeGreaterThan(10);
    const missing = numbers.map(([p]) => p).filter((p) => !((p.split('.').at(-1) as string) in LIMITS));
    expect(missing).toEqual([]);
  });

  it.each(numbers)('%s = %d is a whole number inside its limits', (path, value) => {
    const { min, max } = LIMITS[path.split('.').at(-1) as keyof typeof LIMITS];
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(min);
    expect(value).toBeLessThanOrEqual(max);
  });
});

describe('DEFAULT_SETTINGS within LENGTHS', () => {
  const rows = Object.entries(LENGTHS).flatMap(([pattern, { min, max }]) =>
    atPath(DEFAULT_SETTINGS, pattern).map(([path, value]) => ({ pattern, path, value, min, max })),
  );
  it.each(rows)('$path has a length within $min–$max', ({ value, min, max }) => {
    expect(typeof value === 'string' || Array.isArray(value)).toBe(true);
    const { length } = value as string | unknown[];
    expect(length).toBeGreaterThanOrEqual(min);
    expect(length).toBeLessThanOrEqual(max);
  });
});

describe('DEFAULT_SETTINGS: the rules the validator also holds', () => {
  it.each(DEFAULT_SETTINGS.workingHours.days.map((ranges, day) => ({ day, ranges })))(
    'weekday $day: each range starts before it ends, in order, with no overlap',
    ({ ranges }) => {
      for (const [i, r] of ranges.entries()) {
        expect(r.startMin).toBeLessThan(r.endMin);
        const previous = ranges[i - 1];
        if (previous) expect(previous.endMin).toBeLessThanOrEqual(r.startMin);
      }
    },
  );

  it('sets every built-in nudge and nothing else', () => {
    expect(Object.keys(DEFAULT_SETTINGS.nudges).sort()).toEqual([...BUILT_IN_NUDGES].sort());
  });

  it('is plain data that survives storage unchanged, well inside storage.sync’s 8 KB per item', () => {
    const json = JSON.stringify(DEFAULT_SETTINGS);
    expect(JSON.parse(json) as SettingsV1).toEqual(DEFAULT_SETTINGS);
    expect(new TextEncoder().encode(json).length).toBeLessThan(8192 / 4);
  });

  it.each([
    ['reflectionWeekday', DEFAULT_SETTINGS.reflectionWeekday, 5],
    ['dailyReminder.enabled', DEFAULT_SETTINGS.dailyReminder.enabled, false],
    ['dailyReminder.minuteOfDay', DEFAULT_SETTINGS.dailyReminder.minuteOfDay, 20 * 60],
    ['customNudges', DEFAULT_SETTINGS.customNudges.length, 0],
    ['hiddenMoves', DEFAULT_SETTINGS.hiddenMoves.length, 0],
  ] as const)('%s defaults to %s', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('PAUSE_OPTIONS', () => {
  it('offers the popup’s four pauses in order, shortest first', () => {
    expect(PAUSE_OPTIONS).toEqual(['30min', '1h', '2h', 'tomorrow']);
  });
});
