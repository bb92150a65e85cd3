// A record validator (the check compiled from a schema, then valibot for the words)
// must say exactly what valibot alone says: the same value on success, the same
// problems in the same order on failure. And the compiled check itself must accept
// exactly what valibot accepts, with valibot's value.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AT_MAX,
  AT_MIN,
  type CheckIn,
  checkInSchema,
  NOTE_MAX_CHARS,
  REGIONS,
  SOURCES,
  TAGS,
  validateCheckIn,
} from './checkins';
import { compileSchema, REFUSED, recordValidator } from './compiled-check';

// What core/import.ts checks every check-in of a file with.
const validateCheckInFast = recordValidator(checkInSchema);
const compiledCheckIn = compileSchema(checkInSchema());

/** The compiled check's answer beside valibot's, in one comparable shape. */
const compiledSays = (check: (x: unknown) => unknown, x: unknown) => {
  const out = check(x);
  return out === REFUSED ? { refused: true } : { value: out };
};
const valibotSays = (schema: v.GenericSchema, x: unknown) => {
  const parsed = v.safeParse(schema, x);
  return parsed.success ? { value: parsed.output } : { refused: true };
};

const at = Date.UTC(2026, 10, 24, 13, 5);
const valid: CheckIn = { id: 'mhx1c2a0-k2j9', at, tzOffsetMin: 60, mood: 3, pain: 4, source: 'popup' };
const full: CheckIn = {
  ...valid,
  regions: ['neck', 'lower'],
  tags: ['stressed'],
  sleep: 0,
  note: 'x'.repeat(NOTE_MAX_CHARS),
};

// A list with a hole before its one item.
const sparse: unknown[] = [];
sparse[1] = 'neck';

const expectSame = (input: unknown) => {
  const fast = validateCheckInFast(input);
  // toStrictEqual: a key present as undefined is not the same as a missing key.
  expect(fast).toStrictEqual(validateCheckIn(input));
  expect(compiledSays(compiledCheckIn, input)).toStrictEqual(valibotSays(checkInSchema(), input));
  return fast;
};

describe('the compiled check-in check: the rules, as the check-in schema has them', () => {
  it('accepts a minimal check-in and one with every optional part, as new objects', () => {
    for (const input of [valid, full]) {
      const result = expectSame(input);
      expect(result).toEqual({ ok: true, value: input });
      if (result.ok) {
        expect(result.value).not.toBe(input);
        if (input.regions) expect(result.value.regions).not.toBe(input.regions);
      }
    }
  });

  it.each([
    ['mood 0', { mood: 0 }],
    ['mood 6', { mood: 6 }],
    ['mood 2.5', { mood: 2.5 }],
    ['mood as text', { mood: '3' }],
    ['pain −1', { pain: -1 }],
    ['pain 11', { pain: 11 }],
    ['pain NaN', { pain: Number.NaN }],
    ['pain Infinity', { pain: Number.POSITIVE_INFINITY }],
    ['sleep 11', { sleep: 11 }],
    ['sleep null', { sleep: null }],
    ['note of 501 chars', { note: 'x'.repeat(NOTE_MAX_CHARS + 1) }],
    ['note as a number', { note: 5 }],
    ['unknown region', { regions: ['knee'] }],
    ['repeated region', { regions: ['neck', 'neck'] }],
    ['regions not a list', { regions: 'neck' }],
    ['a sparse regions list', { regions: sparse }],
    ['unknown tag', { tags: ['happy'] }],
    ['unknown source', { source: 'server' }],
    ['time before 2000', { at: 0 }],
    ['time after 2100', { at: AT_MAX + 1 }],
    ['time as a date', { at: new Date(at) }],
    ['zone beyond UTC+14', { tzOffsetMin: 900 }],
    ['zone below UTC−12', { tzOffsetMin: -721 }],
    ['id with spaces', { id: 'a b c d e f' }],
    ['id too short', { id: 'abc' }],
    ['id as a number', { id: 123456789 }],
    ['several bad fields', { mood: 0, pain: 11, note: 7, source: 'x' }],
    ['an unknown field', { mod: 3 }],
    ['two unknown fields (only the first is named)', { mod: 3, zzz: 4 }],
    ['a bad field and an unknown one', { pain: 12, colour: 'red' }],
    ['optional parts present as undefined', { regions: undefined, tags: undefined, sleep: undefined, note: undefined }],
    ['a required part present as undefined', { mood: undefined }],
  ])('%s', (_, patch) => {
    expectSame({ ...valid, ...patch });
  });

  it.each(['id', 'at', 'tzOffsetMin', 'mood', 'pain', 'source'])('missing %s', (field) => {
    const { [field as keyof CheckIn]: _dropped, ...rest } = valid;
    expectSame(rest);
  });

  it.each([null, undefined, 42, 'mood=3', [valid], () => valid, new Date(at), {}])('%j', (input) => {
    expectSame(input);
  });

  it('reads inherited fields as valibot does, and JSON’s own __proto__ key as unknown', () => {
    expectSame(Object.assign(Object.create({ mood: 3 }), { ...valid, mood: undefined }));
    const proto = Object.create(valid);
    expectSame(proto);
    expectSame(JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(valid).slice(1)}`));
    expectSame({ ...valid, constructor: 1, toString: 'x' });
  });
});

const arbCheckIn: fc.Arbitrary<CheckIn> = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{5,20}$/),
    at: fc.integer({ min: AT_MIN, max: AT_MAX }),
    tzOffsetMin: fc.integer({ min: -720, max: 840 }),
    mood: fc.integer({ min: 1, max: 5 }),
    pain: fc.integer({ min: 0, max: 10 }),
    regions: fc.uniqueArray(fc.constantFrom(...REGIONS)),
    tags: fc.uniqueArray(fc.constantFrom(...TAGS)),
    sleep: fc.integer({ min: 0, max: 10 }),
    note: fc.string({ maxLength: 520 }),
    source: fc.constantFrom(...SOURCES),
  },
  { requiredKeys: ['id', 'at', 'tzOffsetMin', 'mood', 'pain', 'source'] },
);

/** A value that is almost right: a plausible one, or anything at all. */
const arbFieldValue = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
  fc.constantFrom(...REGIONS, ...TAGS, ...SOURCES, 'popup', 'knee'),
  fc.array(fc.constantFrom(...REGIONS, ...TAGS, 'x')),
  fc.string(),
  fc.anything(),
);

describe('the compiled check-in check: fuzzed, always what valibot says', () => {
  it('on valid check-ins', () => {
    fc.assert(fc.property(arbCheckIn, (c) => void expectSame(c)));
  });

  it('on check-ins with fields changed, dropped or added', () => {
    const arbMutated = fc
      .tuple(
        arbCheckIn,
        fc.dictionary(
          fc.oneof(
            fc.constantFrom('id', 'at', 'tzOffsetMin', 'mood', 'pain', 'regions', 'tags', 'sleep', 'note', 'source'),
            fc.string(),
          ),
          arbFieldValue,
          { maxKeys: 4 },
        ),
        fc.subarray(['id', 'at', 'mood', 'regions', 'note', 'source']),
      )
      .map(([c, patch, drop]) => {
        const out: Record<string, unknown> = { ...c, ...patch };
        for (const key of drop) delete out[key];
        return out;
      });
    fc.assert(
      fc.property(arbMutated, (input) => void expectSame(input)),
      { numRuns: 500 },
    );
  });

  it('on anything at all', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (x) => void expectSame(x)));
  });
});

describe('compileSchema: every kind of part the records use, as valibot has it', () => {
  const score = v.union([v.literal(0), v.literal(1), v.literal(2), v.literal(3)]);
  const Sample = v.strictObject({
    score,
    flag: v.boolean(),
    country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
    name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(3), v.title('a name'))),
    list: v.pipe(v.array(v.picklist(['a', 'b'])), v.minLength(1), v.maxLength(2)),
    nested: v.pipe(
      v.strictObject({ from: v.number(), to: v.number() }),
      v.check((r) => r.from < r.to),
    ),
  });
  const good = { score: 0, flag: false, country: null, list: ['a'], nested: { from: 1, to: 2 } };
  const check = compileSchema(Sample);

  it.each<[string, Record<string, unknown>]>([
    ['the minimal value', {}],
    ['a score of 3', { score: 3 }],
    ['a score of 4', { score: 4 }],
    ['a score of "1"', { score: '1' }],
    ['a score of −0', { score: -0 }],
    ['a flag as 0', { flag: 0 }],
    ['a country', { country: 'NL' }],
    ['a country in lower case', { country: 'nl' }],
    ['a country undefined', { country: undefined }],
    ['a name of 1 and of 3 characters', { name: 'abc' }],
    ['an empty name', { name: '' }],
    ['a name of 4 characters', { name: 'abcd' }],
    ['a name present as undefined', { name: undefined }],
    ['an empty list', { list: [] }],
    ['a list of 3', { list: ['a', 'b', 'a'] }],
    ['a list with an unknown item', { list: ['c'] }],
    ['a range that ends before it starts', { nested: { from: 2, to: 1 } }],
    ['a range with an unknown key', { nested: { from: 1, to: 2, by: 1 } }],
    ['an unknown key', { other: 1 }],
  ])('%s', (_, patch) => {
    const input = { ...good, ...patch };
    expect(compiledSays(check, input)).toStrictEqual(valibotSays(Sample, input));
  });

  it.each<[string, v.GenericSchema]>([
    ['a transform', v.pipe(v.string(), v.trim())],
    ['a default', v.optional(v.string(), 'x')],
    ['a fallback', v.fallback(v.string(), 'x')],
    ['a global pattern', v.pipe(v.string(), v.regex(/x/g))],
    ['a kind it does not know', v.date()],
  ])('refuses to compile %s rather than guess', (_, schema) => {
    expect(() => compileSchema(schema)).toThrow(/not supported/);
  });

  it('says yes or no as valibot does on fuzzed input', () => {
    const arbValue = fc.oneof(fc.constantFrom(0, 3, 4, 'NL', 'a', 'b', null, undefined, true), fc.anything());
    const arbInput = fc
      .dictionary(fc.constantFrom('score', 'flag', 'country', 'name', 'list', 'nested', 'x'), arbValue, { maxKeys: 4 })
      .map((patch) => ({ ...good, ...patch }));
    fc.assert(
      fc.property(
        arbInput,
        (input) => void expect(compiledSays(check, input)).toStrictEqual(valibotSays(Sample, input)),
      ),
    );
  });
});
