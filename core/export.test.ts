import { describe, expect, it } from 'vitest';
import type { CheckIn } from './checkins';
import {
  backupJson,
  buildDailyRows,
  CHECKIN_CSV_COLUMNS,
  checkInsCsv,
  type DailyRow,
  dailySummaryCsv,
  fhirBundle,
  localIsoTime,
  type Phq2Result,
  URL_NAMESPACE,
  uuidV5,
} from './export';
import { insightActivity } from './insight-activity';
import { outcomeDays } from './outcome-days';
import type { Outcome } from './outcomes';

const at = Date.UTC(2026, 10, 24, 13, 5); // 14:05 in UTC+1
const minimal: CheckIn = { id: 'mhx1c2a0-k2j9', at, tzOffsetMin: 60, mood: 3, pain: 4, source: 'popup' };
const full: CheckIn = {
  id: 'mhx0aaaa-0001',
  at: at - 3_600_000,
  tzOffsetMin: -300,
  mood: 1,
  pain: 7,
  regions: ['neck', 'lower'],
  tags: ['sleptBadly', 'stressed'],
  sleep: 2,
  note: 'stiff, "bad" day\nbetter later 😣',
  source: 'break',
  breakId: 'mhx0a000-b001',
  breakPhase: 'end',
};

describe('localIsoTime', () => {
  it.each([
    ['UTC+1', at, 60, '2026-11-24T14:05:00+01:00'],
    ['UTC−5', at, -300, '2026-11-24T08:05:00-05:00'],
    ['UTC, as +00:00', at, 0, '2026-11-24T13:05:00+00:00'],
    ['UTC+5:45 (Nepal)', at, 345, '2026-11-24T18:50:00+05:45'],
    ['UTC−9:30 (Marquesas)', at, -570, '2026-11-24T03:35:00-09:30'],
    ['UTC+14 crossing into the next day', at, 840, '2026-11-25T03:05:00+14:00'],
    ['UTC−12 back into the day before', Date.UTC(2026, 10, 24, 5), -720, '2026-11-23T17:00:00-12:00'],
    ['seconds', at + 7_000, 60, '2026-11-24T14:05:07+01:00'],
    ['milliseconds, only when not zero', at + 7_045, 60, '2026-11-24T14:05:07.045+01:00'],
    ['a leap day', Date.UTC(2028, 1, 29, 23, 59, 59), 0, '2028-02-29T23:59:59+00:00'],
  ])('%s', (_, time, zone, expected) => {
    expect(localIsoTime(time, zone)).toBe(expected);
  });
});

describe('checkInsCsv', () => {
  it('writes a header and one row per check-in in time order, numbers as numbers', () => {
    expect(checkInsCsv([minimal, full], { bom: false })).toBe(
      'id,time,tzOffsetMin,mood,pain,sleep,regions,tags,note,source,breakId,breakPhase\r\n' +
        'mhx0aaaa-0001,2026-11-24T07:05:00-05:00,-300,1,7,2,neck;lower,sleptBadly;stressed,' +
        '"stiff, ""bad"" day\nbetter later 😣",break,mhx0a000-b001,end\r\n' +
        'mhx1c2a0-k2j9,2026-11-24T14:05:00+01:00,60,3,4,,,,,popup,,\r\n',
    );
  });

  it('starts with a UTF-8 BOM by default, for Excel', () => {
    expect(checkInsCsv([])).toBe(`\uFEFF${CHECKIN_CSV_COLUMNS.join(',')}\r\n`);
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@cmd', "'@cmd"],
    ['=1+1,2', `"'=1+1,2"`],
    ["'=quoted", "''=quoted"],
    ['fine = ok', 'fine = ok'],
  ])('guards a note %j as %j, but not the negative zone offset', (note, cell) => {
    const csv = checkInsCsv([{ ...minimal, tzOffsetMin: -300, note }], { bom: false });
    expect(csv.split('\r\n')[1]).toBe(`mhx1c2a0-k2j9,2026-11-24T08:05:00-05:00,-300,3,4,,,,${cell},popup,,`);
  });

  it('does not reorder the caller’s array', () => {
    const input = [minimal, full];
    checkInsCsv(input);
    expect(input).toEqual([minimal, full]);
  });
});

describe('buildDailyRows', () => {
  const on = (day: number, hour: number, pain: number, mood: number, id: string): CheckIn => ({
    id,
    at: Date.UTC(2026, 10, day, hour),
    tzOffsetMin: 0,
    mood,
    pain,
    source: 'popup',
  });

  it.each<[string, CheckIn[], DailyRow[]]>([
    ['no check-ins', [], []],
    [
      'one day, means of several',
      [on(24, 9, 4, 3, 'aaaaaa1'), on(24, 15, 5, 4, 'aaaaaa2')],
      [{ date: '2026-11-24', entries: 2, meanPain: 4.5, meanMood: 3.5 }],
    ],
    [
      'thirds, rounded to 2 decimals',
      [on(24, 9, 1, 1, 'aaaaaa1'), on(24, 10, 0, 1, 'aaaaaa2'), on(24, 11, 0, 2, 'aaaaaa3')],
      [{ date: '2026-11-24', entries: 3, meanPain: 0.33, meanMood: 1.33 }],
    ],
    [
      'days in date order, whatever the input order',
      [on(25, 9, 2, 2, 'aaaaaa1'), on(23, 9, 6, 5, 'aaaaaa2')],
      [
        { date: '2026-11-23', entries: 1, meanPain: 6, meanMood: 5 },
        { date: '2026-11-25', entries: 1, meanPain: 2, meanMood: 2 },
      ],
    ],
    [
      'the local day of each check-in',
      [{ ...on(24, 23, 3, 3, 'aaaaaa1'), tzOffsetMin: 120 }],
      [{ date: '2026-11-25', entries: 1, meanPain: 3, meanMood: 3 }],
    ],
  ])('%s', (_, checkIns, rows) => {
    expect(buildDailyRows(checkIns)).toEqual(rows);
  });

  it('rounds halves up exactly (201/200 is 1.01, not 1.00)', () => {
    const checkIns = Array.from({ length: 200 }, (_, i) =>
      on(24, 9, i === 0 ? 2 : 1, 1, `aaaa${String(i).padStart(4, '0')}`),
    );
    expect(buildDailyRows(checkIns)[0]?.meanPain).toBe(1.01);
  });

  it('adds activity and outcomes per day; unknown values stay absent, zeros stay zero', () => {
    const activity = {
      '2026-11-24': { activeMinutes: 310, taken: 5, snoozed: 0, skipped: 1, natural: 2, walkMinutes: 15 },
      '2026-11-25': { activeMinutes: 120 },
      '2026-11-26': { activeMinutes: Number.NaN, taken: 3 },
      'not a day': { activeMinutes: 1 },
    };
    expect(buildDailyRows([on(24, 9, 4, 3, 'aaaaaa1')], activity)).toEqual([
      {
        date: '2026-11-24',
        entries: 1,
        meanPain: 4,
        meanMood: 3,
        activeMinutes: 310,
        // 5 done and 2 natural: a natural break counts as taken (core/outcome-days.ts breaksTaken).
        nudgesTaken: 7,
        snoozed: 0,
        skipped: 1,
        natural: 2,
        walkMinutes: 15,
      },
      { date: '2026-11-25', entries: 0, activeMinutes: 120 },
      { date: '2026-11-26', entries: 0, nudgesTaken: 3 },
    ]);
  });

  it('reads only the map’s own day keys', () => {
    const activity = JSON.parse('{"__proto__": {"activeMinutes": 1}, "2026-11-24": {"taken": 1}}');
    expect(buildDailyRows([], activity)).toEqual([{ date: '2026-11-24', entries: 0, nudgesTaken: 1 }]);
  });
});

describe('dailySummaryCsv', () => {
  it('writes absent values as empty cells, never 0', () => {
    const rows: DailyRow[] = [
      { date: '2026-11-24', entries: 2, meanPain: 4.5, meanMood: 3.33, activeMinutes: 310, nudgesTaken: 5, snoozed: 0 },
      { date: '2026-11-25', entries: 0, walkMinutes: 20 },
    ];
    expect(dailySummaryCsv(rows, { bom: false })).toBe(
      'date,meanPain,meanMood,entries,activeMinutes,nudgesTaken,snoozed,skipped,natural,walkMinutes\r\n' +
        '2026-11-24,4.5,3.33,2,310,5,0,,,\r\n' +
        '2026-11-25,,,0,,,,,,20\r\n',
    );
  });

  it('starts with a BOM by default', () => {
    expect(dailySummaryCsv([]).startsWith('\uFEFFdate,')).toBe(true);
  });
});

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

describe('uuidV5', () => {
  it.each([
    ['www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '2ed6657d-e927-568b-95e1-2665a8aea6a2'],
    ['https://limber.invalid/records', URL_NAMESPACE, '2defd5e7-ba10-5da7-a6bf-0f6daab9233a'],
    ['', URL_NAMESPACE, '1b4db7eb-4057-5ddf-91e0-36dec72071f5'],
    ['x'.repeat(55), URL_NAMESPACE, 'd7c769b2-da3b-59fa-bdd6-2f3e8c5ed303'],
    ['y'.repeat(200), URL_NAMESPACE, '48a8e42e-8ca4-5338-879f-ac503569accc'],
    ['rücken 😣', URL_NAMESPACE, '44d261f9-6fbe-54d2-99ef-507ad68c46e4'],
  ])('matches Python’s uuid5 for %j', (name, namespace, expected) => {
    expect(uuidV5(name, namespace)).toBe(expected);
  });
});

describe('fhirBundle', () => {
  const phq2: Phq2Result = { id: 'phq-mhx1c2a0', at: at + 60_000, tzOffsetMin: 60, interest: 2, down: 3 };
  const bundle = fhirBundle([minimal, full], [phq2], at + 120_000);
  const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const loinc = (code: string, display: string) => ({
    coding: [{ system: 'http://loinc.org', code, display }],
    text: display,
  });
  const survey = [
    {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' },
      ],
    },
  ];

  it('is an R4 collection bundle stamped with the export time', () => {
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe('2026-11-24T13:07:00.000Z');
    expect(bundle.entry).toHaveLength(3);
  });

  it('gives each pain rating an Observation with LOINC 72514-3 and its local time', () => {
    const [first, second] = bundle.entry;
    expect(first?.resource).toEqual({
      resourceType: 'Observation',
      id: expect.any(String),
      status: 'final',
      category: survey,
      code: loinc('72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'),
      effectiveDateTime: '2026-11-24T07:05:00-05:00',
      valueInteger: 7,
    });
    expect(second?.resource.effectiveDateTime).toBe('2026-11-24T14:05:00+01:00');
    expect(second?.resource.valueInteger).toBe(4);
  });

  it('gives each PHQ-2 a 55757-9 panel: two LOINC answers and the total as an integer', () => {
    const panel = bundle.entry[2]?.resource;
    expect(panel).toEqual({
      resourceType: 'Observation',
      id: expect.any(String),
      status: 'final',
      category: survey,
      code: loinc('55757-9', 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]'),
      effectiveDateTime: '2026-11-24T14:06:00+01:00',
      component: [
        {
          code: loinc('44250-9', 'Little interest or pleasure in doing things'),
          valueCodeableConcept: {
            coding: [{ system: 'http://loinc.org', code: 'LA6570-1', display: 'More than half the days' }],
            text: 'More than half the days',
          },
        },
        {
          code: loinc('44255-8', 'Feeling down, depressed, or hopeless'),
          valueCodeableConcept: {
            coding: [{ system: 'http://loinc.org', code: 'LA6571-9', display: 'Nearly every day' }],
            text: 'Nearly every day',
          },
        },
        {
          code: loinc('55758-7', 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]'),
          valueInteger: 5,
        },
      ],
    });
  });

  it.each([
    [0, 'LA6568-5', 'Not at all'],
    [1, 'LA6569-3', 'Several days'],
    [2, 'LA6570-1', 'More than half the days'],
    [3, 'LA6571-9', 'Nearly every day'],
  ] as const)('codes the answer %i as %s', (answer, code, display) => {
    const panel = fhirBundle([], [{ ...phq2, interest: answer, down: 0 }], at).entry[0]?.resource;
    expect(panel?.component?.[0]?.valueCodeableConcept?.coding[0]).toEqual({
      system: 'http://loinc.org',
      code,
      display,
    });
    expect(panel?.component?.[2]?.valueInteger).toBe(answer);
  });

  it('uses urn:uuid full URLs derived from the record ids, the same on every export', () => {
    for (const e of bundle.entry) {
      expect(e.fullUrl).toMatch(UUID_URN);
      expect(e.fullUrl).toBe(`urn:uuid:${e.resource.id}`);
    }
    expect(new Set(bundle.entry.map((e) => e.fullUrl)).size).toBe(3);
    expect(fhirBundle([full, minimal], [phq2], at + 120_000)).toEqual(bundle);
    const again = fhirBundle([minimal], [], at + 999_999);
    expect(again.entry[0]?.fullUrl).toBe(bundle.entry[1]?.fullUrl);
    const other = fhirBundle([{ ...minimal, id: 'mhx1c2a0-zzzz' }], [], at);
    expect(other.entry[0]?.fullUrl).not.toBe(bundle.entry[1]?.fullUrl);
  });

  it('is an empty collection when there is nothing to send', () => {
    expect(fhirBundle([], [], at)).toEqual({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-11-24T13:05:00.000Z',
      entry: [],
    });
  });
});

describe('the daily CSV counts nudges taken as the insights do', () => {
  const at = (h: number) => Date.UTC(2026, 10, 24, h);
  // Before this was one definition, the CSV counted done only and the insights done plus natural.
  it.each<[string, Outcome[], number]>([
    ['done only', [{ nudge: 'posture', kind: 'done', at: at(9) }], 1],
    ['natural only', [{ nudge: 'walk', kind: 'natural', at: at(10) }], 1],
    [
      'done, natural, snoozed and skipped',
      [
        { nudge: 'posture', kind: 'done', at: at(9) },
        { nudge: 'stretch', kind: 'snoozed', at: at(10) },
        { nudge: 'stretch', kind: 'skipped', at: at(10) },
        { nudge: 'walk', kind: 'natural', at: at(11) },
      ],
      2,
    ],
  ])('%s → %i taken in the CSV and in the insights', (_, outcomes, taken) => {
    const days = outcomeDays(outcomes, () => 0, 300);
    const [row] = buildDailyRows([], Object.fromEntries(days.map((d) => [d.day, d])));
    const [insight] = insightActivity(days);
    expect(row?.nudgesTaken).toBe(taken);
    expect(insight?.nudgesTaken).toBe(taken);
  });
});
