import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  careInput,
  careSignal,
  PHQ2_ATTRIBUTION,
  PHQ2_ITEMS,
  PHQ2_OPTIONS,
  PHQ2_STEM,
  type Phq2Result,
  phq2Due,
  reflectionTrend,
  scorePhq2,
  validatePhq2Responses,
  validatePhq2Result,
  validateWeeklyReflection,
} from './care';
import { type CheckIn, monthOf } from './checkins';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';

// 2026-11-24 15:00 UTC, a Tuesday; zone UTC+0 unless a test says otherwise.
const now = Date.UTC(2026, 10, 24, 15, 0);
const todayMidnight = Date.UTC(2026, 10, 24);

type Row = [daysAgo: number, pain: number, mood: number];
let seq = 0;
const checkIn = ([daysAgo, pain, mood]: Row, hour = 12): CheckIn => ({
  id: `test-${(seq++).toString(36).padStart(6, '0')}`,
  at: todayMidnight - daysAgo * DAY_MS + hour * HOUR_MS,
  tzOffsetMin: 0,
  pain,
  mood,
  source: 'popup',
});
const daily = (from: number, to: number, pain: number, mood: number): Row[] =>
  Array.from({ length: to - from + 1 }, (_, i) => [from + i, pain, mood]);

describe('careSignal: zones, days and order', () => {
  it('counts several check-ins on one day as one day: pain by their mean, mood by the lowest', () => {
    const rows = daily(0, 20, 6, 3).flatMap((r) => [checkIn(r, 9), checkIn(r, 11), checkIn([r[0], 0, 2], 13)]);
    // Each day: pain (6 + 6 + 0) / 3 = 4, a high day; mood 3, 3 and 2: a low day.
    expect(careSignal(rows, now, 0)).toMatchObject({
      kind: 'both',
      recentPain: { flagged: 21, logged: 21 },
      mood: { flagged: 14, logged: 14 },
    });
  });

  it('reads "today" in the caller’s zone and each day in the check-in’s own zone', () => {
    // Thirteen days of low mood, the first on 2026-11-11: just under two weeks in UTC.
    const rows = daily(0, 12, 2, 1).map((r) => checkIn(r));
    // At 23:30 UTC on the 24th it is already the 25th in UTC+1: the window moves on a
    // day, and the first log is now exactly 13 days back, its first day.
    const late = Date.UTC(2026, 10, 24, 23, 30);
    expect(careSignal(rows, late, 0)).toMatchObject({ kind: null, mood: { logged: 13, enough: false } });
    expect(careSignal(rows, late, 60)).toMatchObject({ kind: 'mood', mood: { logged: 13, enough: true } });
    // A check-in at 23:30 UTC written in UTC+1 belongs to the next local day.
    const lateEvening = { ...checkIn([14, 2, 1]), at: todayMidnight - 13 * DAY_MS - 30 * MINUTE_MS };
    expect(careSignal([...rows, lateEvening], now, 0).mood).toMatchObject({ logged: 13, enough: true });
    const shifted = { ...lateEvening, tzOffsetMin: 60 };
    expect(careSignal([...rows, shifted], now, 0).mood).toMatchObject({ logged: 14, enough: true });
  });

  it('does not depend on the order of check-ins, and a card always rests on enough, mostly flagged days', () => {
    const row = fc.tuple(
      fc.integer({ min: -2, max: 50 }),
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: 1, max: 5 }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 100 }), fc.integer(), (rows, seed) => {
        const list = rows.map((r) => checkIn(r as Row));
        const shuffled = [...list].sort((a, b) => ((a.at * 31 + seed) % 97) - ((b.at * 31 + seed) % 97));
        const result = careSignal(list, now, 0);
        expect(careSignal(shuffled, now, 0)).toEqual(result);
        for (const w of [result.pain, result.recentPain, result.mood]) {
          expect(w.flagged).toBeLessThanOrEqual(w.logged);
          expect(w.logged).toBeLessThanOrEqual(w.days);
          if (w.holds) {
            expect(w.flagged * 2).toBeGreaterThan(w.logged);
            expect(w.logged).toBeGreaterThanOrEqual((2 * w.days) / 7);
          }
        }
        const windows = { pain: [result.pain], mood: [result.mood], both: [result.recentPain, result.mood] };
        if (result.kind) for (const w of windows[result.kind]) expect(w.holds).toBe(true);
        expect(result.show).toBe(result.kind !== null);
      }),
    );
  });
});

describe('careInput: every page feeds the care rule the same days', () => {
  it.each([
    // The first day read is today − 69 (six weeks and four before them).
    ['a Tuesday in November', now, 0, ['2026-09', '2026-10', '2026-11']],
    ['early January', Date.UTC(2027, 0, 10, 12), 0, ['2026-11', '2026-12', '2027-01']],
    ['New Year’s Eve, 23:30 UTC', Date.UTC(2026, 11, 31, 23, 30), 0, ['2026-10', '2026-11', '2026-12']],
    [
      'the same moment in UTC+1, already New Year (the first day read is 23 October)',
      Date.UTC(2026, 11, 31, 23, 30),
      60,
      ['2026-10', '2026-11', '2026-12', '2027-01'],
    ],
  ])('%s → months %j', (_, at, tz, months) => {
    expect(careInput(at, tz).months).toEqual(months);
  });

  /** What a page that reads only `careInput`'s months feeds the rule. */
  const asRead = (list: readonly CheckIn[], at: number, tz: number) => {
    const months = careInput(at, tz).months;
    return list.filter((c) => months.includes(monthOf(c)));
  };
  // The popup used to read this month and the one 21 days back, the history page all months.
  const twoMonths = (list: readonly CheckIn[]) => list.filter((c) => monthOf(c) === '2026-11');

  it.each<{ name: string; rows: Row[]; show: boolean; twoMonthsShow: boolean }>([
    {
      name: 'a diary begun in September, then pain 7 daily from today − 40: two months hid the card the history showed',
      rows: [[60, 0, 5], ...daily(0, 40, 7, 3)],
      show: true,
      twoMonthsShow: false,
    },
    {
      name: 'a check-in 69 days back (the first day read) reaches the window',
      rows: [[69, 0, 5], ...daily(0, 40, 7, 3)],
      show: true,
      twoMonthsShow: false,
    },
    {
      name: 'silent for the four weeks before the window: as new as a diary begun in it',
      rows: [[70, 0, 5], ...daily(0, 40, 7, 3)],
      show: false,
      twoMonthsShow: false,
    },
    { name: 'three weeks of pain and low mood', rows: daily(0, 20, 6, 1), show: true, twoMonthsShow: true },
  ])('$name', ({ rows, show, twoMonthsShow }) => {
    const list = rows.map((r) => checkIn(r));
    const history = careSignal(list, now, 0);
    const popup = careSignal(asRead(list, now, 0), now, 0);
    expect(popup).toEqual(history);
    expect(history.show).toBe(show);
    expect(careSignal(twoMonths(list), now, 0).show).toBe(twoMonthsShow);
  });

  it('gives the same signal from careInput’s months as from every month, in any zones', () => {
    const zone = fc.constantFrom(-600, -300, 0, 60, 330, 840);
    const row = fc.record({
      daysAgo: fc.integer({ min: -2, max: 120 }),
      hour: fc.integer({ min: 0, max: 23 }),
      pain: fc.integer({ min: 0, max: 10 }),
      mood: fc.integer({ min: 1, max: 5 }),
      tz: zone,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 120 }), fc.integer({ min: 0, max: 400 }), zone, (rows, shift, tz) => {
        const at = now + shift * DAY_MS;
        const list = rows.map((r) => ({
          ...checkIn([r.daysAgo, r.pain, r.mood], r.hour),
          at: todayMidnight - r.daysAgo * DAY_MS + shift * DAY_MS + r.hour * HOUR_MS,
          tzOffsetMin: r.tz,
        }));
        expect(careSignal(asRead(list, at, tz), at, tz)).toEqual(careSignal(list, at, tz));
      }),
    );
  });
});

describe('PHQ-2', () => {
  it('keeps the instrument’s exact wording and attribution', () => {
    expect(PHQ2_STEM).toBe('Over the last 2 weeks, how often have you been bothered by the following problems?');
    expect(PHQ2_ITEMS.map((i) => [i.id, i.text])).toEqual([
      ['interest', 'Little interest or pleasure in doing things'],
      ['down', 'Feeling down, depressed, or hopeless'],
    ]);
    expect(PHQ2_OPTIONS.map((o) => [o.value, o.text])).toEqual([
      [0, 'Not at all'],
      [1, 'Several days'],
      [2, 'More than half the days'],
      [3, 'Nearly every day'],
    ]);
    expect(PHQ2_ATTRIBUTION).toContain('Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues');
    expect(PHQ2_ATTRIBUTION).toContain('educational grant from Pfizer Inc.');
    expect(PHQ2_ATTRIBUTION).toContain('No permission required to reproduce');
  });

  it.each([
    [0, 0, 0, false],
    [1, 1, 2, false],
    [2, 0, 2, false],
    [0, 2, 2, false],
    [1, 2, 3, true],
    [3, 0, 3, true],
    [0, 3, 3, true],
    [3, 3, 6, true],
  ] as const)('interest %i + down %i = %i, suggest a clinician: %s', (interest, down, total, suggestClinician) => {
    expect(scorePhq2({ interest, down })).toEqual({ total, suggestClinician });
  });

  it.each([
    ['4', { interest: 4, down: 0 }],
    ['−1', { interest: 0, down: -1 }],
    ['1.5', { interest: 1.5, down: 0 }],
    ['NaN', { interest: 0, down: Number.NaN }],
    ['text', { interest: '1', down: 0 }],
    ['missing', { interest: 1 }],
  ])('scorePhq2 refuses an answer of %s', (_, answers) => {
    expect(() => scorePhq2(answers as never)).toThrow(RangeError);
  });

  it.each([[{ interest: 0, down: 3 }], [{ interest: 2, down: 1 }]])('validatePhq2Responses accepts %j', (input) => {
    expect(validatePhq2Responses(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    ['interest 4', { interest: 4, down: 0 }, [{ kind: 'invalidField', field: 'interest' }]],
    ['down −1', { interest: 0, down: -1 }, [{ kind: 'invalidField', field: 'down' }]],
    ['interest 1.5', { interest: 1.5, down: 0 }, [{ kind: 'invalidField', field: 'interest' }]],
    ['down as text', { interest: 0, down: '2' }, [{ kind: 'invalidField', field: 'down' }]],
    ['down missing', { interest: 0 }, [{ kind: 'invalidField', field: 'down' }]],
    ['an unknown item', { interest: 0, down: 0, sleep: 1 }, [{ kind: 'unknownField', field: 'sleep' }]],
    ['null', null, [{ kind: 'notAnObject' }]],
    ['an array', [1, 2], [{ kind: 'notAnObject' }]],
  ])('validatePhq2Responses refuses %s', (_, input, problems) => {
    expect(validatePhq2Responses(input)).toEqual({ ok: false, problems });
  });

  const answer: Phq2Result = { id: 'mhx1c2a0-k2j9', at: now, tzOffsetMin: 60, interest: 1, down: 2 };

  it('validatePhq2Result accepts a stored record', () => {
    expect(validatePhq2Result(answer)).toEqual({ ok: true, value: answer });
  });

  it.each([
    ['a bad id', { id: 'a b' }, 'id'],
    ['a time before 2000', { at: 0 }, 'at'],
    ['a zone beyond UTC+14', { tzOffsetMin: 900 }, 'tzOffsetMin'],
    ['interest 5', { interest: 5 }, 'interest'],
    ['down 0.5', { down: 0.5 }, 'down'],
  ])('validatePhq2Result refuses %s, naming the field', (_, patch, field) => {
    expect(validatePhq2Result({ ...answer, ...patch })).toEqual({
      ok: false,
      problems: [{ kind: 'invalidField', field }],
    });
  });

  it('validatePhq2Result refuses unknown fields by name', () => {
    expect(validatePhq2Result({ ...answer, total: 3 })).toEqual({
      ok: false,
      problems: [{ kind: 'unknownField', field: 'total' }],
    });
  });

  const last = Date.UTC(2026, 10, 1, 20, 0);
  it.each([
    { name: 'never taken', history: [], at: now, due: true, nextAt: null },
    { name: 'taken a moment ago', history: [last], at: last + 1, due: false, nextAt: last + 14 * DAY_MS },
    {
      name: '1 ms short of 14 days',
      history: [last],
      at: last + 14 * DAY_MS - 1,
      due: false,
      nextAt: last + 14 * DAY_MS,
    },
    { name: 'exactly 14 days', history: [last], at: last + 14 * DAY_MS, due: true, nextAt: last + 14 * DAY_MS },
    { name: 'months later', history: [last], at: last + 90 * DAY_MS, due: true, nextAt: last + 14 * DAY_MS },
    {
      name: 'the latest counts, whatever the order',
      history: [last, last - 30 * DAY_MS, last - 60 * DAY_MS],
      at: last + 13 * DAY_MS,
      due: false,
      nextAt: last + 14 * DAY_MS,
    },
    {
      name: 'a record dated after now (clock moved back) still holds it off',
      history: [last + 2 * DAY_MS],
      at: last,
      due: false,
      nextAt: last + 16 * DAY_MS,
    },
  ])('phq2Due: $name', ({ history, at, due, nextAt }) => {
    expect(
      phq2Due(
        history.map((t) => ({ at: t })),
        at,
      ),
    ).toEqual({ due, nextAt });
  });
});

describe('weekly reflection', () => {
  const reflection = { weekStart: '2026-11-23', enjoyment: 4, activity: 7 };

  it.each([[reflection], [{ weekStart: '2024-02-29', enjoyment: 0, activity: 10 }]])('accepts %j', (input) => {
    expect(validateWeeklyReflection(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    ['enjoyment 11', { enjoyment: 11 }, 'enjoyment'],
    ['activity −1', { activity: -1 }, 'activity'],
    ['activity 2.5', { activity: 2.5 }, 'activity'],
    ['a week start that is not a date', { weekStart: '2026-W48' }, 'weekStart'],
    ['2026-02-30', { weekStart: '2026-02-30' }, 'weekStart'],
    ['2025-02-29 (not a leap year)', { weekStart: '2025-02-29' }, 'weekStart'],
  ])('refuses %s, naming the field', (_, patch, field) => {
    expect(validateWeeklyReflection({ ...reflection, ...patch })).toEqual({
      ok: false,
      problems: [{ kind: 'invalidField', field }],
    });
  });

  it('refuses an unknown field and a non-object', () => {
    expect(validateWeeklyReflection({ ...reflection, note: 'x' })).toEqual({
      ok: false,
      problems: [{ kind: 'unknownField', field: 'note' }],
    });
    expect(validateWeeklyReflection('4,7')).toEqual({ ok: false, problems: [{ kind: 'notAnObject' }] });
  });

  it('reflectionTrend sorts by week and keeps the later entry for a repeated week', () => {
    expect(
      reflectionTrend([
        { weekStart: '2026-11-23', enjoyment: 4, activity: 7 },
        { weekStart: '2026-11-09', enjoyment: 6, activity: 6 },
        { weekStart: '2026-11-16', enjoyment: 5, activity: 5 },
        { weekStart: '2026-11-23', enjoyment: 3, activity: 6 },
      ]),
    ).toEqual([
      { weekStart: '2026-11-09', enjoyment: 6, activity: 6 },
      { weekStart: '2026-11-16', enjoyment: 5, activity: 5 },
      { weekStart: '2026-11-23', enjoyment: 3, activity: 6 },
    ]);
    expect(reflectionTrend([])).toEqual([]);
  });
});
