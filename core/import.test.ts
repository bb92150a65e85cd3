import { afterEach, describe, expect, it } from 'vitest';
import type { CheckIn } from './checkins';
import { backupJson } from './export-backup';
import { checkInsCsv } from './export-csv';
import {
  decodeImportBytes,
  IMPORT_MAX_BYTES,
  type ImportProblem,
  type ImportResult,
  MAX_PROBLEMS,
  parseImport,
  utf8ByteLength,
} from './import';
import type { ImportStep } from './import-read';
import { DAY_MS } from './time';

const at = Date.UTC(2026, 10, 24, 13, 5);
const minimal: CheckIn = { id: 'mhx1c2a0-k2j9', at, tzOffsetMin: 60, mood: 3, pain: 4, source: 'popup' };
const full: CheckIn = {
  id: 'mhx0aaaa-0001',
  at: at - DAY_MS - 123,
  tzOffsetMin: -300,
  mood: 1,
  pain: 7,
  regions: ['neck', 'lower'],
  tags: ['sleptBadly', 'stressed'],
  sleep: 0,
  note: 'stiff, "bad" day\r\nbetter later 😣',
  source: 'break',
  breakId: 'mhx0a000-b001',
  breakPhase: 'start',
};
const none = new Set<string>();
const HEADER = 'id,time,tzOffsetMin,mood,pain,sleep,regions,tags,note,source';
const ROW = 'mhx1c2a0-k2j9,2026-11-24T14:05:00+01:00,60,3,4,,,,,popup';

const json = (value: unknown) => JSON.stringify(value);
const backupText = (checkIns: CheckIn[], extra: Record<string, unknown> = {}) =>
  json({ ...backupJson({ checkIns }, at), ...extra });
const csvOf = (...lines: string[]) => lines.map((l) => `${l}\r\n`).join('');
const problemsOf = (result: ImportResult): ImportProblem[] => (result.ok ? [] : result.problems);
const okValue = (result: ImportResult) => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result.value;
};

describe('utf8ByteLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😣', 4],
    ['a😣é', 7],
    ['\uD800', 3], // a lone surrogate is written as U+FFFD
    ['\uDC00x', 4],
  ])('%j is %i bytes', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(new TextEncoder().encode(text).length).toBe(bytes);
  });
});

describe('parseImport: JSON backup', () => {
  it('reads a backup, with its other parts and a preview', () => {
    const settings = { intervalMin: 20, nested: { list: [1, 2] } };
    const text = json(
      backupJson({ checkIns: [minimal, full], settings, outcomes: [{ o: 1 }], rollups: [], phq2: [{ p: 1 }] }, at),
    );
    expect(parseImport(text, 'limber-backup.json', new Set(['mhx1c2a0-k2j9', 'someone-else']))).toEqual({
      ok: true,
      value: {
        fileType: 'json',
        checkIns: [full, minimal],
        settings,
        outcomes: [{ o: 1 }],
        rollups: [],
        phq2: [{ p: 1 }],
        exportedAt: '2026-11-24T13:05:00.000Z',
        preview: { count: 2, firstDay: '2026-11-23', lastDay: '2026-11-24', alreadyHere: 1 },
      },
    });
  });

  it('reads an empty backup', () => {
    expect(okValue(parseImport(backupText([]), 'b.json', none)).preview).toEqual({ count: 0, alreadyHere: 0 });
  });

  it.each<[string, string, ImportProblem[]]>([
    ['not JSON', '{"format": ', [{ kind: 'badJson' }]],
    ['JSON, but an array', '[1, 2]', [{ kind: 'notLimber' }]],
    ['JSON, but another app', json({ format: 'other', checkIns: [] }), [{ kind: 'notLimber' }]],
    ['JSON null', 'null', [{ kind: 'notLimber' }]],
    [
      'a newer version',
      json({ format: 'limber-backup', schemaVersion: 2, checkIns: [] }),
      [{ kind: 'unsupportedVersion', version: 2 }],
    ],
    [
      'no version',
      json({ format: 'limber-backup', exportedAt: '2026-11-24T13:05:00.000Z', checkIns: [] }),
      [{ kind: 'unsupportedVersion' }],
    ],
    ['checkIns not a list', backupText([], { checkIns: {} }), [{ kind: 'badField', field: 'checkIns' }]],
    ['a bad export time', backupText([], { exportedAt: 'yesterday' }), [{ kind: 'badField', field: 'exportedAt' }]],
    ['outcomes not a list', backupText([], { outcomes: 'x' }), [{ kind: 'badField', field: 'outcomes' }]],
    ['an unknown part', backupText([], { extra: 1 }), [{ kind: 'badField', field: 'extra' }]],
    [
      'a bad check-in, naming its position and field',
      backupText([minimal, { ...full, at: at + 5, pain: 11 }]),
      [{ kind: 'badField', row: 2, field: 'pain' }],
    ],
    [
      'several bad fields in one check-in',
      backupText([{ ...minimal, mood: 0, source: 'server' as never }]),
      [
        { kind: 'badField', row: 1, field: 'mood' },
        { kind: 'badField', row: 1, field: 'source' },
      ],
    ],
    [
      'an unknown field in a check-in',
      backupText([{ ...minimal, colour: 'red' } as CheckIn]),
      [{ kind: 'badField', row: 1, field: 'colour' }],
    ],
    ['a check-in that is not an object', backupText([minimal, 5 as never]), [{ kind: 'badField', row: 2 }]],
    [
      'a repeated id',
      backupText([minimal, full, { ...minimal, at: at + 1 }]),
      [{ kind: 'duplicateId', row: 3, field: 'id', id: minimal.id, firstRow: 2 }],
    ],
  ])('refuses %s, returning nothing else', (_, text, problems) => {
    expect(parseImport(text, 'backup.json', none)).toEqual({ ok: false, problems });
  });
});

describe('parseImport: check-ins CSV', () => {
  it('reads its own export, with a preview', () => {
    const result = parseImport(checkInsCsv([minimal, full]), 'limber-checkins.csv', new Set([full.id]));
    expect(result).toEqual({
      ok: true,
      value: {
        fileType: 'csv',
        checkIns: [full, minimal],
        preview: { count: 2, firstDay: '2026-11-23', lastDay: '2026-11-24', alreadyHere: 1 },
      },
    });
  });

  it('reads columns in any order, LF line ends, and no optional columns', () => {
    const text = 'source,pain,mood,time,id\npopup,4,3,2026-11-24T14:05:00+01:00,mhx1c2a0-k2j9\n';
    expect(okValue(parseImport(text, 'x.csv', none)).checkIns).toEqual([minimal]);
  });

  it('reads a header alone as no check-ins', () => {
    expect(okValue(parseImport(csvOf(HEADER), 'x.csv', none)).preview).toEqual({ count: 0, alreadyHere: 0 });
  });

  it('takes the zone from the time when the tzOffsetMin cell is empty', () => {
    const text = csvOf(HEADER, 'mhx1c2a0-k2j9,2026-11-24T14:05:00+01:00,,3,4,,,,,popup');
    expect(okValue(parseImport(text, 'x.csv', none)).checkIns).toEqual([minimal]);
  });

  it('trims spaces around list items', () => {
    const text = csvOf(HEADER, 'mhx1c2a0-k2j9,2026-11-24T14:05:00+01:00,60,3,4,,neck; lower,,,popup');
    expect(okValue(parseImport(text, 'x.csv', none)).checkIns[0]?.regions).toEqual(['neck', 'lower']);
  });

  const row = (patch: Record<string, string>) => {
    const cells: Record<string, string> = {
      id: 'mhx1c2a0-k2j9',
      time: '2026-11-24T14:05:00+01:00',
      tzOffsetMin: '60',
      mood: '3',
      pain: '4',
      sleep: '',
      regions: '',
      tags: '',
      note: '',
      source: 'popup',
      ...patch,
    };
    return HEADER.split(',')
      .map((c) => cells[c])
      .join(',');
  };

  it.each<[string, string, ImportProblem[]]>([
    ['an empty file', '', [{ kind: 'notLimber' }]],
    ['a daily summary', csvOf('date,meanPain,meanMood,entries', '2026-11-24,4,3,1'), [{ kind: 'notLimber' }]],
    ['another app’s CSV', csvOf('Date,Mood,Note', '2026-11-24,good,hi'), [{ kind: 'notLimber' }]],
    ['a broken quote', csvOf(HEADER, ROW, '"oops'), [{ kind: 'badCsv', row: 3, reason: 'unclosedQuote' }]],
    ['a short row', csvOf(HEADER, ROW, 'a,b'), [{ kind: 'badCsv', row: 3, reason: 'fieldCount' }]],
    [
      'a missing column',
      csvOf('id,time,mood,source', 'mhx1c2a0-k2j9,2026-11-24T14:05:00+01:00,3,popup'),
      [{ kind: 'missingColumn', field: 'pain' }],
    ],
    ['an unknown column', csvOf(`${HEADER},colour`, `${ROW},red`), [{ kind: 'unknownColumn', field: 'colour' }]],
    [
      'a repeated column',
      csvOf(`${HEADER},note`, `${ROW},x`),
      [{ kind: 'badCsv', row: 1, reason: 'duplicateColumn', field: 'note' }],
    ],
    [
      'an "at" column (the CSV has time)',
      csvOf('id,at,mood,pain,source', `mhx1c2a0-k2j9,${at},3,4,popup`),
      [
        { kind: 'unknownColumn', field: 'at' },
        { kind: 'missingColumn', field: 'time' },
      ],
    ],
    ['pain 11', csvOf(HEADER, ROW, row({ pain: '11' })), [{ kind: 'badField', row: 3, field: 'pain' }]],
    ['pain 4.5', csvOf(HEADER, row({ pain: '4.5' })), [{ kind: 'badField', row: 2, field: 'pain' }]],
    ['pain " 4"', csvOf(HEADER, row({ pain: ' 4' })), [{ kind: 'badField', row: 2, field: 'pain' }]],
    [
      'mood and pain both empty',
      csvOf(HEADER, row({ pain: '', mood: '' })),
      [{ kind: 'badField', row: 2, field: 'mood' }],
    ],
    ['mood as a word', csvOf(HEADER, row({ mood: 'good' })), [{ kind: 'badField', row: 2, field: 'mood' }]],
    ['sleep 11', csvOf(HEADER, row({ sleep: '11' })), [{ kind: 'badField', row: 2, field: 'sleep' }]],
    ['an unknown region', csvOf(HEADER, row({ regions: 'knee' })), [{ kind: 'badField', row: 2, field: 'regions' }]],
    ['an empty list item', csvOf(HEADER, row({ tags: 'stressed;' })), [{ kind: 'badField', row: 2, field: 'tags' }]],
    ['an unknown source', csvOf(HEADER, row({ source: 'server' })), [{ kind: 'badField', row: 2, field: 'source' }]],
    ['a bad id', csvOf(HEADER, row({ id: 'A B' })), [{ kind: 'badField', row: 2, field: 'id' }]],
    [
      'an unreadable time',
      csvOf(HEADER, row({ time: '24/11/2026 14:05' })),
      [{ kind: 'badField', row: 2, field: 'time' }],
    ],
    [
      'a time before 2000',
      csvOf(HEADER, row({ time: '1999-12-31T10:00:00+01:00' })),
      [{ kind: 'badField', row: 2, field: 'time' }],
    ],
    [
      'a zone beyond UTC+14',
      csvOf(HEADER, row({ time: '2026-11-24T14:05:00+15:00', tzOffsetMin: '' })),
      [{ kind: 'badField', row: 2, field: 'tzOffsetMin' }],
    ],
    [
      'a zone column that disagrees with the time',
      csvOf(HEADER, row({ tzOffsetMin: '120' })),
      [{ kind: 'badField', row: 2, field: 'tzOffsetMin' }],
    ],
    [
      'a note over 500 characters',
      csvOf(HEADER, row({ note: 'x'.repeat(501) })),
      [{ kind: 'badField', row: 2, field: 'note' }],
    ],
    [
      'several bad fields, in column order',
      csvOf(HEADER, row({ source: 'x', pain: '-1', time: 'soon' })),
      [
        { kind: 'badField', row: 2, field: 'time' },
        { kind: 'badField', row: 2, field: 'pain' },
        { kind: 'badField', row: 2, field: 'source' },
      ],
    ],
    [
      'a break marker on a popup check-in',
      csvOf(`${HEADER},breakId,breakPhase`, `${ROW},mhx0a000-b001,start`),
      [{ kind: 'badField', row: 2, field: 'breakId' }],
    ],
    [
      'a break id without its phase',
      csvOf(`${HEADER},breakId,breakPhase`, `${ROW.replace('popup', 'break')},mhx0a000-b001,`),
      [{ kind: 'badField', row: 2, field: 'breakPhase' }],
    ],
    [
      'a repeated id',
      csvOf(HEADER, ROW, row({ id: 'other-id-1' }), row({ time: '2026-11-25T14:05:00+01:00' })),
      [{ kind: 'duplicateId', row: 4, field: 'id', id: 'mhx1c2a0-k2j9', firstRow: 2 }],
    ],
  ])('refuses %s, returning nothing else', (_, text, problems) => {
    expect(parseImport(text, 'checkins.csv', none)).toEqual({ ok: false, problems });
  });

  it(`reports at most ${MAX_PROBLEMS} problems, starting with the first bad row`, () => {
    const bad = Array.from({ length: 30 }, (_, i) => row({ id: `bad-row-${i}`, pain: '99' }));
    const problems = problemsOf(parseImport(csvOf(HEADER, ROW, ...bad), 'x.csv', none));
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems[0]).toEqual({ kind: 'badField', row: 3, field: 'pain' });
  });
});

describe('parseImport: round trips', () => {
  const notes = [
    'plain',
    'with, commas, everywhere,',
    'with "quotes" and a lone "',
    'line one\nline two',
    'windows\r\nline ends\r\n',
    'a lone\rCR',
    'emoji 😣🙂‍↕️ and accents éàü and 中文',
    '=SUM(A1)',
    '+1',
    '-x',
    '@cmd',
    '\tstarts with a tab',
    '\rstarts with a CR',
    "'=already guarded",
    "'plain apostrophe",
    "'",
    "''=two",
    '=HYPERLINK("http://example.com","click")',
    '   spaces around   ',
    ';semi;colons;',
    '"',
    'x'.repeat(500),
  ];
  const withNotes = notes.map(
    (note, i): CheckIn => ({ ...full, id: `note-case-${String(i).padStart(2, '0')}`, at: at + i * 60_000, note }),
  );

  it.each(notes.map((note, i) => [JSON.stringify(note), withNotes[i] as CheckIn]))(
    'CSV keeps the note %s exactly',
    (_, checkIn) => {
      expect(okValue(parseImport(checkInsCsv([checkIn]), 'x.csv', none)).checkIns).toEqual([checkIn]);
    },
  );

  it('CSV brings back every check-in identically, with and without a BOM', () => {
    const all = [minimal, full, ...withNotes];
    const sorted = [...all].sort((a, b) => a.at - b.at);
    expect(okValue(parseImport(checkInsCsv(all), 'x.csv', none)).checkIns).toEqual(sorted);
    expect(okValue(parseImport(checkInsCsv(all, { bom: false }), 'x.csv', none)).checkIns).toEqual(sorted);
  });

  it('JSON brings back every check-in and part identically', () => {
    const data = {
      checkIns: [minimal, full, ...withNotes],
      settings: { a: 1, b: [true, null, 'x'] },
      outcomes: [{ kind: 'walk' }],
      rollups: [{ day: '2026-11-24' }],
      phq2: [{ id: 'p', interest: 1 }],
      reflections: ['=text'],
    };
    const backup = backupJson(data, at);
    const value = okValue(parseImport(JSON.stringify(backup, null, 2), 'backup.json', none));
    const { preview: _, fileType, ...rest } = value;
    expect(fileType).toBe('json');
    expect({ format: 'limber-backup', schemaVersion: 1, ...rest }).toEqual(backup);
  });
});

describe('parseImport: format and size', () => {
  it.each([
    ['JSON by extension', backupText([minimal]), 'Backup.JSON', 'json'],
    ['CSV by extension', checkInsCsv([minimal]), 'export.CSV', 'csv'],
    ['JSON by content', backupText([minimal]), 'download', 'json'],
    ['JSON by content, after a BOM and spaces', `\uFEFF \n${backupText([minimal])}`, 'x.txt', 'json'],
    ['CSV by content', checkInsCsv([minimal]), 'download.txt', 'csv'],
  ])('reads %s', (_, text, fileName, fileType) => {
    expect(okValue(parseImport(text, fileName, none)).fileType).toBe(fileType);
  });

  it('reads JSON text in a .csv file as CSV, and refuses it', () => {
    expect(parseImport(backupText([minimal]), 'x.csv', none).ok).toBe(false);
  });

  it('refuses CSV text in a .json file as bad JSON', () => {
    expect(parseImport(checkInsCsv([minimal]), 'x.json', none)).toEqual({ ok: false, problems: [{ kind: 'badJson' }] });
  });

  it.each([
    ['one byte over, ASCII', 'x'.repeat(11), 10, false],
    ['exactly at the cap', 'x'.repeat(10), 10, true],
    ['6 UTF-16 units but 12 bytes', '😣😣😣', 10, false],
    ['5 two-byte characters', 'ééééé', 10, true],
  ])('measures the cap in UTF-8 bytes: %s', (_, text, maxBytes, fits) => {
    const problems = problemsOf(parseImport(text, 'x.json', none, { maxBytes }));
    expect(problems.some((p) => p.kind === 'tooLarge')).toBe(!fits);
  });

  it('refuses a file over 20 MB by default, without reading it', () => {
    expect(IMPORT_MAX_BYTES).toBe(20 * 1024 * 1024);
    const text = `${backupText([])}${' '.repeat(IMPORT_MAX_BYTES)}`;
    expect(parseImport(text, 'x.json', none)).toEqual({
      ok: false,
      problems: [{ kind: 'tooLarge', maxBytes: IMPORT_MAX_BYTES }],
    });
  });
});

describe('parseImport: prototype pollution', () => {
  const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
  const before = prototypeKeys();
  afterEach(() => {
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const evil = '{"polluted": "yes", "toString": "gotcha"}';
  const checkInJson = json(minimal).slice(1, -1);
  it.each([
    [
      'at the top',
      `{"__proto__": ${evil}, "format":"limber-backup","schemaVersion":1,"exportedAt":"2026-11-24T13:05:00.000Z","checkIns":[]}`,
    ],
    [
      'in a check-in',
      `{"format":"limber-backup","schemaVersion":1,"exportedAt":"2026-11-24T13:05:00.000Z","checkIns":[{"__proto__": ${evil}, ${checkInJson}}]}`,
    ],
    [
      'in settings',
      `{"format":"limber-backup","schemaVersion":1,"exportedAt":"2026-11-24T13:05:00.000Z","checkIns":[],"settings":{"__proto__": ${evil}, "a": {"__proto__": ${evil}}}}`,
    ],
    [
      'as constructor.prototype',
      `{"format":"limber-backup","schemaVersion":1,"exportedAt":"2026-11-24T13:05:00.000Z","checkIns":[],"settings":{"constructor": {"prototype": ${evil}}}}`,
    ],
    [
      'in outcomes',
      `{"format":"limber-backup","schemaVersion":1,"exportedAt":"2026-11-24T13:05:00.000Z","checkIns":[],"outcomes":[{"__proto__": ${evil}}]}`,
    ],
    [
      'spelled with \\u escapes',
      `{"format":"limber-backup","schemaVersion":1,"exportedAt":"2026-11-24T13:05:00.000Z","checkIns":[],"settings":{"\\u005f_proto__": ${evil}, "constructo\\u0072": {"prototyp\\u0065": ${evil}}}}`,
    ],
  ])('drops __proto__ / constructor / prototype keys %s', (_, text) => {
    const value = okValue(parseImport(text, 'x.json', none));
    const all = [value, value.settings, ...(value.outcomes ?? []), ...value.checkIns];
    for (const object of all) {
      if (object === undefined) continue;
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      expect(Object.hasOwn(object as object, '__proto__')).toBe(false);
      expect(Object.hasOwn(object as object, 'constructor')).toBe(false);
      expect((object as Record<string, unknown>).polluted).toBeUndefined();
    }
    // Spreading what came in, as a careless caller might, still pollutes nothing.
    const spread = { ...(value.settings as object), ...value.checkIns[0] } as Record<string, unknown>;
    expect(spread.polluted).toBeUndefined();
    expect((Object.assign({}, value.settings) as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a check-in that had a __proto__ key to its own fields', () => {
    const text = `{"format":"limber-backup","schemaVersion":1,"exportedAt":"2026-11-24T13:05:00.000Z","checkIns":[{"__proto__": ${evil}, ${checkInJson}}]}`;
    expect(okValue(parseImport(text, 'x.json', none)).checkIns).toEqual([minimal]);
  });

  it('reads a file without such keys the same way (it skips the slower reviver)', () => {
    const withWords = { ...minimal, note: 'constructor of the prototype: __proto__' };
    const text = backupText([withWords, full]);
    expect(okValue(parseImport(text, 'x.json', none)).checkIns).toEqual([full, withWords]);
    expect(okValue(parseImport(backupText([minimal, full]), 'x.json', none)).checkIns).toEqual([full, minimal]);
  });

  it('refuses a __proto__ CSV column as unknown', () => {
    const text = csvOf(`${HEADER},__proto__`, `${ROW},x`);
    expect(parseImport(text, 'x.csv', none)).toEqual({
      ok: false,
      problems: [{ kind: 'unknownColumn', field: '__proto__' }],
    });
  });
});

describe('parseImport: steps', () => {
  it.each([
    ['a backup', backupText([minimal]), 'x.json', ['parse', 'validate']],
    ['a CSV', checkInsCsv([minimal]), 'x.csv', ['parse', 'validate']],
    ['bad JSON', '{', 'x.json', []],
    ['a bad check-in', backupText([{ ...minimal, pain: 11 }]), 'x.json', ['parse']],
  ])('reports each step of %s as it ends', (_, text, fileName, expected) => {
    const steps: ImportStep[] = [];
    parseImport(text, fileName, none, { onStep: (step) => steps.push(step) });
    expect(steps).toEqual(expected);
  });
});

describe('decodeImportBytes: UTF-8 or refused with the line', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it.each<[string, Uint8Array, ReturnType<typeof decodeImportBytes>]>([
    ['UTF-8 with accents', utf8('a\ncafé\n'), { ok: true, text: 'a\ncafé\n' }],
    ['a BOM is dropped', utf8('\uFEFFx'), { ok: true, text: 'x' }],
    // "café" saved as Windows-1252: é is the single byte 0xE9.
    [
      'Windows-1252 on line 3',
      new Uint8Array([...utf8('id\r\nrow\r\ncaf'), 0xe9, ...utf8('\r\n')]),
      { ok: false, problems: [{ kind: 'notUtf8', row: 3 }] },
    ],
    [
      'a cut-off sequence at the very end',
      new Uint8Array([...utf8('a\nb'), 0xe2, 0x82]),
      { ok: false, problems: [{ kind: 'notUtf8', row: 2 }] },
    ],
  ])('%s', (_, bytes, expected) => {
    expect(decodeImportBytes(bytes)).toEqual(expected);
  });
});

describe('parseImport: what cannot be true (issue 15)', () => {
  const now = at;
  it.each<[string, string, string, ImportProblem | null]>([
    [
      'a CSV check-in two days ahead',
      csvOf(HEADER, ROW.replace('2026-11-24', '2026-11-26')),
      'x.csv',
      { kind: 'badField', row: 2, field: 'time', reason: 'future' },
    ],
    [
      'a CSV check-in at +01:01',
      csvOf(HEADER, ROW.replace('+01:00,60', '+01:01,61')),
      'x.csv',
      { kind: 'badField', row: 2, field: 'tzOffsetMin', reason: 'offset' },
    ],
    [
      'a backup check-in years ahead',
      backupText([{ ...minimal, at: at + 900 * DAY_MS }]),
      'x.json',
      { kind: 'badField', row: 1, field: 'at', reason: 'future' },
    ],
    [
      'a backup note with half an emoji',
      backupText([{ ...minimal, note: 'x\uD83D' }]),
      'x.json',
      { kind: 'badField', row: 1, field: 'note', reason: 'surrogate' },
    ],
    ['a check-in today', backupText([minimal]), 'x.json', null],
  ])('%s', (_, text, fileName, problem) => {
    const result = parseImport(text, fileName, none, { now });
    expect(problemsOf(result)).toEqual(problem ? [problem] : []);
  });
});

describe('parseImport: Limber’s CSV re-saved by a spreadsheet', () => {
  it('reads semicolons, decimal commas, a BOM and CRLF', () => {
    const text = `\uFEFF${HEADER.replaceAll(',', ';')}\r\n${'mhx1c2a0-k2j9;2026-11-24T14:05:00+01:00;60;3,0;4;;"neck;lower";;"a, b";popup'}\r\n`;
    expect(okValue(parseImport(text, 'x.csv', none)).checkIns).toEqual([
      { ...minimal, regions: ['neck', 'lower'], note: 'a, b' },
    ]);
  });
});
