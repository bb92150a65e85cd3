import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AT_MIN,
  addToMonth,
  CHECKIN_FIELDS,
  type CheckIn,
  checkInSchema,
  createCheckIn,
  entryTimeProblem,
  makeCheckInId,
  NOTE_MAX_CHARS,
  parseMonth,
  putInMonth,
  removeFromMonth,
  summarizeDays,
  validateCheckIn,
} from './checkins';
import { DAY_MS, HOUR_MS } from './time';

const at = Date.UTC(2026, 10, 24, 13, 5);
const valid: CheckIn = { id: 'mhx1c2a0-k2j9', at, tzOffsetMin: 60, mood: 3, pain: 4, source: 'popup' };

describe('CHECKIN_FIELDS', () => {
  it("is the schema's fields, in the schema's order", () => {
    expect(Object.keys(checkInSchema().entries)).toStrictEqual([...CHECKIN_FIELDS]);
  });
});

describe('validateCheckIn', () => {
  it('accepts a minimal check-in and one with every optional part', () => {
    expect(validateCheckIn(valid)).toEqual({ ok: true, value: valid });
    const full = {
      ...valid,
      regions: ['neck', 'lower'],
      tags: ['stressed'],
      sleep: 0,
      note: 'x'.repeat(NOTE_MAX_CHARS),
    };
    expect(validateCheckIn(full)).toEqual({ ok: true, value: full });
  });

  it.each([
    ['mood 0', { mood: 0 }, 'mood'],
    ['mood 6', { mood: 6 }, 'mood'],
    ['mood 2.5', { mood: 2.5 }, 'mood'],
    ['mood as text', { mood: '3' }, 'mood'],
    ['pain −1', { pain: -1 }, 'pain'],
    ['pain 11', { pain: 11 }, 'pain'],
    ['pain NaN', { pain: Number.NaN }, 'pain'],
    ['sleep 11', { sleep: 11 }, 'sleep'],
    ['note of 501 chars', { note: 'x'.repeat(NOTE_MAX_CHARS + 1) }, 'note'],
    ['unknown region', { regions: ['knee'] }, 'regions'],
    ['repeated region', { regions: ['neck', 'neck'] }, 'regions'],
    ['a tag that is not one line of words', { tags: ['two;tags'] }, 'tags'],
    ['a tag longer than 40 characters', { tags: ['x'.repeat(41)] }, 'tags'],
    ['a tag with a leading space', { tags: [' work'] }, 'tags'],
    ['repeated tag', { tags: ['work', 'work'] }, 'tags'],
    ['unknown source', { source: 'server' }, 'source'],
    ['time before 2000', { at: 0 }, 'at'],
    ['zone beyond UTC+14', { tzOffsetMin: 900 }, 'tzOffsetMin'],
    ['id with spaces', { id: 'a b c d e f' }, 'id'],
  ])('refuses %s, naming the field', (_, patch, field) => {
    expect(validateCheckIn({ ...valid, ...patch })).toEqual({
      ok: false,
      problems: [{ kind: 'invalidField', field }],
    });
  });

  it.each([
    ['a start', { source: 'break', breakId: 'mhx1c000-abcd', breakPhase: 'start' }],
    ['an end', { source: 'break', breakId: 'mhx1c000-abcd', breakPhase: 'end' }],
  ])('accepts a break-page check-in marked as %s of its break', (_, patch) => {
    expect(validateCheckIn({ ...valid, ...patch })).toEqual({ ok: true, value: { ...valid, ...patch } });
  });

  it.each([
    ['a break id not shaped like an id', { source: 'break', breakId: 'a b', breakPhase: 'end' }, 'breakId'],
    ['an unknown phase', { source: 'break', breakId: 'mhx1c000-abcd', breakPhase: 'middle' }, 'breakPhase'],
    ['a break id without its phase', { source: 'break', breakId: 'mhx1c000-abcd' }, 'breakPhase'],
    ['a phase without its break id', { source: 'break', breakPhase: 'start' }, 'breakId'],
    ['a marker on a popup check-in', { source: 'popup', breakId: 'mhx1c000-abcd', breakPhase: 'start' }, 'breakId'],
  ])('refuses %s, naming the field', (_, patch, field) => {
    expect(validateCheckIn({ ...valid, ...patch })).toEqual({
      ok: false,
      problems: [{ kind: 'invalidField', field }],
    });
  });

  it('refuses a missing source', () => {
    const { source: _dropped, ...rest } = valid;
    expect(validateCheckIn(rest)).toEqual({ ok: false, problems: [{ kind: 'invalidField', field: 'source' }] });
  });

  it.each([
    ['mood only', 'pain'],
    ['pain only', 'mood'],
  ])('accepts a check-in with %s', (_, skipped) => {
    const { [skipped as 'mood' | 'pain']: _dropped, ...rest } = valid;
    expect(validateCheckIn(rest)).toEqual({ ok: true, value: rest });
  });

  it('refuses a check-in with neither mood nor pain, and a bad field first', () => {
    const { mood: _m, pain: _p, ...neither } = valid;
    expect(validateCheckIn(neither)).toEqual({ ok: false, problems: [{ kind: 'noMoodOrPain' }] });
    expect(validateCheckIn({ ...neither, sleep: 12 })).toEqual({
      ok: false,
      problems: [{ kind: 'invalidField', field: 'sleep' }],
    });
  });

  it('refuses unknown fields by name', () => {
    expect(validateCheckIn({ ...valid, mod: 3 })).toEqual({
      ok: false,
      problems: [{ kind: 'unknownField', field: 'mod' }],
    });
  });

  it.each([null, undefined, 42, 'mood=3', [valid]])('refuses %j as not an object', (input) => {
    expect(validateCheckIn(input)).toEqual({ ok: false, problems: [{ kind: 'notAnObject' }] });
  });
});

describe('createCheckIn', () => {
  it('drops empty optional parts and trims the note', () => {
    const result = createCheckIn(
      { mood: 4, pain: 2, regions: [], tags: [], note: '  ', source: 'popup' },
      at,
      60,
      'abcdef-1234',
    );
    expect(result).toEqual({
      ok: true,
      value: { id: 'abcdef-1234', at, tzOffsetMin: 60, mood: 4, pain: 2, source: 'popup' },
    });
  });

  it('leaves a skipped mood or pain out, and refuses a draft with neither', () => {
    expect(createCheckIn({ pain: 2, source: 'popup' }, at, 60, 'abcdef-1234')).toEqual({
      ok: true,
      value: { id: 'abcdef-1234', at, tzOffsetMin: 60, pain: 2, source: 'popup' },
    });
    expect(createCheckIn({ source: 'popup' }, at, 60, 'abcdef-1234')).toEqual({
      ok: false,
      problems: [{ kind: 'noMoodOrPain' }],
    });
  });

  it('refuses a draft with extra fields instead of dropping them', () => {
    const draft = { mood: 4, pain: 2, source: 'popup' as const, admin: true };
    expect(createCheckIn(draft, at, 0, 'abcdef-1234')).toMatchObject({
      ok: false,
      problems: [{ kind: 'unknownField', field: 'admin' }],
    });
  });
});

describe('makeCheckInId', () => {
  it('is short, valid and ordered by time', () => {
    const a = makeCheckInId(at, () => 0.99);
    const b = makeCheckInId(at + 1000, () => 0);
    expect(a).toMatch(/^[a-z0-9]{8}-[a-z0-9]{4}$/);
    expect(validateCheckIn({ ...valid, id: a }).ok).toBe(true);
    expect(a < b).toBe(true);
  });
});

describe('months', () => {
  it('keeps valid entries of a damaged month and says it is damaged', () => {
    const raw = [valid, { ...valid, id: 'other-id-1', pain: 99 }, 'junk'];
    expect(parseMonth(raw)).toEqual({ checkIns: [valid], damaged: true });
    expect(parseMonth({ not: 'a list' })).toEqual({ checkIns: [], damaged: true });
    expect(parseMonth(undefined)).toEqual({ checkIns: [], damaged: false });
  });

  it('treats a repeated id as damage and keeps the first', () => {
    expect(parseMonth([valid, { ...valid, pain: 1 }])).toEqual({ checkIns: [valid], damaged: true });
  });

  // Each save carries its id, so a save sent twice is stored once (issue 15).
  it.each<[string, CheckIn[], CheckIn, string]>([
    ['a new id', [], valid, 'added'],
    ['the same check-in again', [valid], { ...valid }, 'alreadySaved'],
    [
      'the same check-in with its lists equal',
      [{ ...valid, tags: ['walked'] }],
      { ...valid, tags: ['walked'] },
      'alreadySaved',
    ],
    ['the same id with another pain', [valid], { ...valid, pain: 9 }, 'idTaken'],
    ['the same id with a note added', [valid], { ...valid, note: 'x' }, 'idTaken'],
    [
      'the same id with lists in another order',
      [{ ...valid, tags: ['walked', 'stressed'] }],
      { ...valid, tags: ['stressed', 'walked'] },
      'idTaken',
    ],
  ])('adding %s is %s', (_, month, checkIn, kind) => {
    expect(addToMonth(month, checkIn).kind).toBe(kind);
  });

  it('a repeated add changes nothing, however often it is sent', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }), (sends) => {
        let month: CheckIn[] = [];
        for (const i of sends) {
          const outcome = addToMonth(month, { ...valid, id: `id-${i}-aaaa`, at: at + i });
          if (outcome.kind === 'added') month = outcome.month;
          else expect(outcome.kind).toBe('alreadySaved');
        }
        expect(month.map((c) => c.id)).toEqual([...new Set(sends)].sort().map((i) => `id-${i}-aaaa`));
      }),
    );
  });

  it('puts an edited check-in in place of the old one, in time order, and removes by id', () => {
    const early = { ...valid, id: 'early-aaaa', at: at - HOUR_MS };
    const late = { ...valid, id: 'late-aaaa', at: at + HOUR_MS };
    expect(putInMonth([early, valid, late], { ...valid, at: at + 2 * HOUR_MS, pain: 8 })).toEqual([
      early,
      late,
      { ...valid, at: at + 2 * HOUR_MS, pain: 8 },
    ]);
    expect(putInMonth([early], valid)).toEqual([early, valid]);
    expect(removeFromMonth([valid], valid.id)).toEqual([]);
    expect(removeFromMonth([valid], 'other-aaaa')).toEqual([valid]);
  });

  it('keeps a month sorted whatever order check-ins arrive in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1e9 }), { maxLength: 60 }), (offsets) => {
        let month: CheckIn[] = [];
        for (const [i, offset] of offsets.entries()) {
          const result = addToMonth(month, { ...valid, id: `id-${String(i).padStart(4, '0')}`, at: at + offset });
          expect(result.kind).toBe('added');
          if (result.kind === 'added') month = result.month;
        }
        expect(month.map((c) => c.at)).toEqual([...offsets].sort((a, b) => a - b).map((o) => at + o));
        expect(parseMonth(month)).toEqual({ checkIns: month, damaged: false });
      }),
    );
  });
});

describe('summarizeDays', () => {
  it('averages each local day and leaves days without entries out', () => {
    const day = DAY_MS;
    const list: CheckIn[] = [
      { ...valid, id: 'aaaaaa-1', pain: 2, mood: 4 },
      { ...valid, id: 'aaaaaa-2', at: at + HOUR_MS, pain: 5, mood: 1 },
      { ...valid, id: 'aaaaaa-3', at: at + 2 * day, pain: 7, mood: 2 },
    ];
    expect(summarizeDays(list)).toEqual([
      { day: '2026-11-24', entries: 2, meanPain: 3.5, meanMood: 2.5 },
      { day: '2026-11-26', entries: 1, meanPain: 7, meanMood: 2 },
    ]);
  });
});

describe('entryTimeProblem', () => {
  const now = Date.UTC(2026, 10, 2, 10, 30);
  it.each<[string, number | null, string | null]>([
    ['now', now, null],
    ['a minute ago', now - 60_000, null],
    ['ten years ago', now - 3650 * DAY_MS, null],
    ['a minute ahead', now + 60_000, 'future'],
    ['tomorrow', now + DAY_MS, 'future'],
    ['before 2000', AT_MIN - 1, 'tooEarly'],
    ['no date or time', null, 'missing'],
  ])('%s: %s', (_, at, problem) => {
    expect(entryTimeProblem(at, now)).toBe(problem);
  });
});
