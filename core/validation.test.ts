// The one loop from valibot's issues to field problems, and a record checked by
// valibot alone.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type CheckIn, checkInSchema } from './checkins';
import { firstPerField, validateWithValibot, wholeNumber } from './validation';

const valid: CheckIn = {
  id: 'mhx1c2a0-k2j9',
  at: Date.UTC(2026, 10, 24, 13, 5),
  tzOffsetMin: 60,
  mood: 3,
  pain: 4,
  source: 'popup',
};

describe('firstPerField: the one loop from issues to problems', () => {
  const issue = (...keys: (string | number)[]) =>
    ({ path: keys.map((key) => ({ key })) }) as unknown as v.BaseIssue<unknown>;
  const byPath = (i: v.BaseIssue<unknown>) => ({ field: (i.path ?? []).map((p) => p.key).join('.') });

  it.each<[string, v.BaseIssue<unknown>[], string[]]>([
    ['no issues', [], []],
    ['one', [issue('mood')], ['mood']],
    ['two fields, in issue order', [issue('pain'), issue('mood')], ['pain', 'mood']],
    ['a field twice: the first is kept', [issue('mood'), issue('pain'), issue('mood')], ['mood', 'pain']],
    ['nested paths are fields of their own', [issue('a', 0), issue('a', 1), issue('a', 0)], ['a.0', 'a.1']],
  ])('%s', (_, issues, fields) => {
    expect(firstPerField(issues, byPath).map((p) => p.field)).toEqual(fields);
  });

  it('names a record’s own fields invalid and any other key unknown', () => {
    expect(validateWithValibot(checkInSchema(), { ...valid, mood: 9, colour: 'red' })).toStrictEqual({
      ok: false,
      problems: [
        { kind: 'invalidField', field: 'mood' },
        { kind: 'unknownField', field: 'colour' },
      ],
    });
  });
});

describe('validateWithValibot', () => {
  it.each<[string, unknown, unknown]>([
    ['a list', [valid], { ok: false, problems: [{ kind: 'notAnObject' }] }],
    ['null', null, { ok: false, problems: [{ kind: 'notAnObject' }] }],
    ['a valid record', valid, { ok: true, value: valid }],
    [
      'a missing field and a bad one, in field order',
      { ...valid, id: undefined, pain: 11 },
      {
        ok: false,
        problems: [
          { kind: 'invalidField', field: 'id' },
          { kind: 'invalidField', field: 'pain' },
        ],
      },
    ],
  ])('%s', (_, input, expected) => {
    expect(validateWithValibot(checkInSchema(), input)).toStrictEqual(expected);
  });
});

describe('wholeNumber', () => {
  it.each<[unknown, boolean]>([
    [1, true],
    [5, true],
    [0, false],
    [6, false],
    [2.5, false],
    [Number.NaN, false],
    ['3', false],
  ])('%j from 1 to 5: %s', (x, ok) => {
    expect(v.is(wholeNumber(1, 5), x)).toBe(ok);
  });
});
