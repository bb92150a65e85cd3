import { describe, expect, it } from 'vitest';
import { KEPT_KINDS, type KeptSourceOf, NO_NOTICES, noticesOf, parseQuarantine, repairQuarantine } from './quarantine';

const at = Date.UTC(2026, 10, 24, 9, 0);
const entry = (source: string, dismissed = false) => ({ source, at, kept: 0, raw: 'x', dismissed });
/** The test's own keys (utils/storage-keys.ts keptSourceOf knows the real ones). */
const sourceOf: KeptSourceOf = (key) => {
  const month = /^month:(\d{4}-\d{2})$/.exec(key)?.[1];
  if (month) return { kind: 'checkIns', checkInMonth: month };
  const kinds: Record<string, (typeof KEPT_KINDS)[number]> = {
    s: 'settings',
    p: 'phq2',
    r: 'reflections',
    t: 'screenTime',
  };
  const kind = kinds[key];
  return kind ? { kind } : null;
};

describe('parseQuarantine', () => {
  it.each<[string, unknown, number, boolean]>([
    ['absent', undefined, 0, false],
    ['null', null, 0, false],
    ['an empty list', [], 0, false],
    ['two entries', [entry('settings'), entry('checkins:2026-11', true)], 2, false],
    ['an entry whose raw is undefined is still one', [{ ...entry('phq2'), raw: undefined }], 1, false],
    ['a string', 'garbage', 0, true],
    ['a number', 42, 0, true],
    ['an object', { source: 'settings' }, 0, true],
    ['a list with wrong items', [entry('settings'), 1, { source: 'x' }], 1, true],
    ['an entry without raw', [{ source: 'phq2', at, kept: 0, dismissed: false }], 0, true],
    ['an entry with a negative count', [{ ...entry('phq2'), kept: -1 }], 0, true],
  ])('%s', (_name, raw, count, damaged) => {
    const parsed = parseQuarantine(raw);
    expect(parsed.entries).toHaveLength(count);
    expect(parsed.damaged).toBe(damaged);
  });
});

describe('repairQuarantine: garbage in the quarantine is kept in it', () => {
  it('a readable quarantine stays as it is', () => {
    const list = [entry('settings')];
    expect(repairQuarantine(list, at, 'own-key')).toEqual({ entries: list, damaged: false });
  });
  it.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['an object', { hello: 1 }],
    ['a list with wrong items', [entry('settings'), 7]],
  ])('%s: the readable entries, then the whole stored value', (_name, raw) => {
    const { entries, damaged } = repairQuarantine(raw, at, 'own-key');
    expect(damaged).toBe(true);
    expect(entries.at(-1)).toEqual({ source: 'own-key', at, kept: entries.length - 1, raw, dismissed: false });
    expect(parseQuarantine(entries)).toEqual({ entries, damaged: false });
  });
});

describe('noticesOf', () => {
  it.each<[string, unknown, ReturnType<typeof noticesOf>]>([
    ['nothing kept', [], NO_NOTICES],
    ['all dismissed', [entry('s', true), entry('month:2026-11', true)], NO_NOTICES],
    [
      'months in order, kinds in their order, each once',
      [entry('p'), entry('month:2026-11'), entry('month:2026-09'), entry('month:2026-11'), entry('t')],
      { kinds: ['checkIns', 'screenTime', 'phq2'], months: ['2026-09', '2026-11'] },
    ],
    ['a set-aside reflection is told', [entry('r')], { kinds: ['reflections'], months: [] }],
    ['garbage in the quarantine is told', 'garbage', { kinds: ['quarantine'], months: [] }],
    ['an unknown source is told as the quarantine', [entry('old-key')], { kinds: ['quarantine'], months: [] }],
  ])('%s', (_name, raw, expected) => {
    expect(noticesOf(raw, sourceOf)).toEqual(expected);
  });
  it('every kind has its place', () => {
    expect(new Set(KEPT_KINDS).size).toBe(KEPT_KINDS.length);
  });
});
