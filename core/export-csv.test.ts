import { describe, expect, it } from 'vitest';
import { full, minimal } from '../tests/export-samples';
import type { CheckIn } from './checkins';
import { buildDailyRows, CHECKIN_CSV_COLUMNS, checkInsCsv, type DailyRow, dailySummaryCsv } from './export-csv';
import { insightActivity } from './insight-activity';
import { outcomeDays } from './outcome-days';
import type { Outcome } from './outcomes';

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
