// Fuzzing parseImport: whatever text comes in, it never throws, never touches
// Object.prototype, and either refuses with problems or returns check-ins that are
// each fully valid, with unique ids and a truthful preview.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { AT_MAX, AT_MIN, BREAK_PHASES, type CheckIn, REGIONS, SOURCES, TAGS, validateCheckIn } from './checkins';
import { backupJson } from './export-backup';
import { checkInsCsv } from './export-csv';
import { type ImportResult, MAX_PROBLEMS, parseImport } from './import';
import { localDayKey, OFFSETS_IN_USE } from './time';

const PROBLEM_KINDS = [
  'tooLarge',
  'notLimber',
  'badJson',
  'badCsv',
  'badField',
  'unknownColumn',
  'missingColumn',
  'duplicateId',
  'unsupportedVersion',
];

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const arbNote = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('=', '+', '-', '@', "'", '"', ',', ';', '\r', '\n', '\t'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 250,
  })
  .filter((s) => s.length <= 500);

const arbFields = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{5,20}$/),
    at: fc.integer({ min: AT_MIN, max: AT_MAX }),
    tzOffsetMin: fc.constantFrom(...OFFSETS_IN_USE),
    mood: fc.integer({ min: 1, max: 5 }),
    pain: fc.integer({ min: 0, max: 10 }),
    regions: fc.uniqueArray(fc.constantFrom(...REGIONS), { minLength: 1 }),
    tags: fc.uniqueArray(fc.constantFrom(...TAGS), { minLength: 1 }),
    sleep: fc.integer({ min: 0, max: 10 }),
    note: arbNote,
    source: fc.constantFrom(...SOURCES),
  },
  { requiredKeys: ['id', 'at', 'tzOffsetMin', 'mood', 'pain', 'source'] },
);
// A break-page check-in may carry its break's marker (both parts, source "break" only).
const arbCheckIn: fc.Arbitrary<CheckIn> = fc
  .tuple(
    arbFields,
    fc.option(
      fc.record({
        breakId: fc.stringMatching(/^[a-z0-9][a-z0-9-]{5,20}$/),
        breakPhase: fc.constantFrom(...BREAK_PHASES),
      }),
    ),
  )
  .map(([c, marker]) => (marker && c.source === 'break' ? { ...c, ...marker } : c));
const arbCheckIns = fc.uniqueArray(arbCheckIn, { selector: (c) => c.id, maxLength: 25 });

const sorted = (list: CheckIn[]) => [...list].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));

/** What every result must satisfy, ok or not. */
function expectWellFormed(result: ImportResult, existingIds: ReadonlySet<string>) {
  if (!result.ok) {
    expect(Object.keys(result).sort()).toEqual(['ok', 'problems']);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
    for (const p of result.problems) {
      expect(PROBLEM_KINDS).toContain(p.kind);
      if ('row' in p && p.row !== undefined) expect(p.row).toBeGreaterThanOrEqual(1);
    }
    return;
  }
  const { checkIns, preview } = result.value;
  for (const c of checkIns) expect(validateCheckIn(c)).toEqual({ ok: true, value: c });
  expect(new Set(checkIns.map((c) => c.id)).size).toBe(checkIns.length);
  expect(preview.count).toBe(checkIns.length);
  expect(preview.alreadyHere).toBe(checkIns.filter((c) => existingIds.has(c.id)).length);
  const days = checkIns.map((c) => localDayKey(c.at, c.tzOffsetMin)).sort();
  expect(preview.firstDay).toBe(days[0]);
  expect(preview.lastDay).toBe(days.at(-1));
}

describe('round trips', () => {
  it('CSV: export then import gives the same check-ins', () => {
    fc.assert(
      fc.property(arbCheckIns, fc.boolean(), (checkIns, bom) => {
        const result = parseImport(checkInsCsv(checkIns, { bom }), 'limber.csv', new Set());
        expect(result).toMatchObject({ ok: true });
        if (result.ok) expect(result.value.checkIns).toEqual(sorted(checkIns));
      }),
      { numRuns: 200 },
    );
  });

  it('JSON: backup then import gives the same check-ins', () => {
    fc.assert(
      fc.property(arbCheckIns, fc.integer({ min: AT_MIN, max: AT_MAX }), (checkIns, now) => {
        const result = parseImport(JSON.stringify(backupJson({ checkIns }, now)), 'limber.json', new Set());
        expect(result).toMatchObject({ ok: true });
        if (result.ok) expect(result.value.checkIns).toEqual(sorted(checkIns));
      }),
      { numRuns: 200 },
    );
  });
});

describe('random input', () => {
  const fileName = fc.constantFrom('x.json', 'x.csv', 'x', 'x.txt');

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fileName, (text, name) => {
        expectWellFormed(parseImport(text, name, new Set()), new Set());
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random CSV-ish text under a Limber header', () => {
    const unit = fc.constantFrom(',', '"', '\r\n', '\n', '=', '-', '1', '3', 'a', 'popup', 'neck', ';', 'T', ':', '+');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (body) => {
        const text = `id,time,tzOffsetMin,mood,pain,sleep,regions,tags,note,source\r\n${body}`;
        expectWellFormed(parseImport(text, 'x.csv', new Set()), new Set());
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random JSON dressed as a backup', () => {
    const arbBackupLike = fc.record(
      {
        format: fc.constantFrom('limber-backup', 'other'),
        schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
        exportedAt: fc.oneof(fc.constant('2026-11-24T13:05:00.000Z'), fc.jsonValue()),
        checkIns: fc.oneof(fc.array(fc.oneof(arbCheckIn, fc.jsonValue() as fc.Arbitrary<unknown>)), fc.jsonValue()),
        settings: fc.jsonValue(),
        outcomes: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(arbBackupLike, fc.jsonValue(), (backup, extra) => {
        const text = JSON.stringify(backup).replace(/^\{/, `{"__proto__":${JSON.stringify(extra)},`);
        expectWellFormed(parseImport(text, 'x.json', new Set()), new Set());
      }),
      { numRuns: 300 },
    );
  });
});

// Mutations of a valid file: each picks its position with a number taken modulo the length.
type Mutation = (text: string) => string;
const at = (text: string, n: number) => (text.length ? n % text.length : 0);
const PALETTE = [
  ',',
  '"',
  '\r',
  '\n',
  ';',
  '{',
  '}',
  '[',
  ']',
  ':',
  '-',
  '=',
  '+',
  "'",
  '@',
  '0',
  '9',
  'a',
  'Z',
  ' ',
  '\\',
  '😣',
];
const SNIPPETS = [
  '"__proto__":{"polluted":1},',
  '"constructor":{"prototype":{"polluted":1}},',
  '__proto__',
  '"',
  ',',
  '\r\n',
  '-1',
  '99',
  '1e400',
  'NaN',
  'null',
  '[]',
  '{}',
  '"schemaVersion":2,',
];

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Flip a character.
  fc.tuple(fc.nat(), fc.constantFrom(...PALETTE)).map(
    ([n, ch]): Mutation =>
      (t) => {
        const i = at(t, n);
        return t.slice(0, i) + ch + t.slice(i + 1);
      },
  ),
  // Delete a stretch.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(
    ([n, len]): Mutation =>
      (t) => {
        const i = at(t, n);
        return t.slice(0, i) + t.slice(i + len);
      },
  ),
  // Insert a snippet.
  fc.tuple(fc.nat(), fc.constantFrom(...SNIPPETS)).map(
    ([n, s]): Mutation =>
      (t) => {
        const i = at(t, n);
        return t.slice(0, i) + s + t.slice(i);
      },
  ),
  // Change a number.
  fc.tuple(fc.nat(), fc.integer({ min: -2000, max: 5_000_000 })).map(
    ([n, value]): Mutation =>
      (t) => {
        const numbers = [...t.matchAll(/-?\d+/g)];
        const m = numbers.length ? numbers[n % numbers.length] : undefined;
        return m?.index === undefined ? t : t.slice(0, m.index) + String(value) + t.slice(m.index + m[0].length);
      },
  ),
  // Drop a CSV column (naively, by commas), header included.
  fc.nat({ max: 11 }).map(
    (k): Mutation =>
      (t) =>
        t
          .split('\r\n')
          .map((line) =>
            line
              .split(',')
              .filter((_, i) => i !== k)
              .join(','),
          )
          .join('\r\n'),
  ),
  // Repeat or drop a line.
  fc.tuple(fc.nat(), fc.boolean()).map(
    ([n, repeat]): Mutation =>
      (t) => {
        const lines = t.split('\n');
        const i = n % lines.length;
        lines.splice(i, repeat ? 0 : 1, ...(repeat ? [lines[i] as string] : []));
        return lines.join('\n');
      },
  ),
);

describe('mutated valid files', () => {
  const existing = fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{5,8}$/), { maxLength: 3 });

  it.each([
    ['a check-ins CSV', 'limber.csv', (checkIns: CheckIn[]) => checkInsCsv(checkIns)],
    [
      'a JSON backup',
      'limber.json',
      (checkIns: CheckIn[]) =>
        JSON.stringify(backupJson({ checkIns, settings: { a: 1 }, outcomes: [{ b: 2 }] }, AT_MIN), null, 1),
    ],
  ])('%s: never throws, and returns problems or a fully valid result', (_, name, write) => {
    fc.assert(
      fc.property(
        arbCheckIns.filter((l) => l.length > 0),
        fc.array(arbMutation, { minLength: 1, maxLength: 4 }),
        existing,
        (checkIns, mutations, ids) => {
          const text = mutations.reduce((t, mutate) => mutate(t), write(checkIns));
          // Some of the file's own ids are "already here", to exercise the preview.
          const existingIds = new Set([...ids, ...checkIns.slice(0, 2).map((c) => c.id)]);
          expectWellFormed(parseImport(text, name, existingIds), existingIds);
        },
      ),
      { numRuns: 400 },
    );
  });
});
