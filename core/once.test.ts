import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { once } from './once';

// valibot as is, with its object builder counted: which schemas a module builds, and when.
vi.mock('valibot', async (importOriginal) => {
  const actual = await importOriginal<typeof import('valibot')>();
  return { ...actual, strictObject: vi.fn(actual.strictObject) };
});
const built = () => vi.mocked(v.strictObject).mock.calls.length;

describe('once', () => {
  it('makes nothing until first asked', () => {
    let calls = 0;
    once(() => ++calls);
    expect(calls).toBe(0);
  });

  it.each([
    { asks: 1, calls: 1 },
    { asks: 3, calls: 1 },
  ])('makes the value once for $asks asks and returns the same value each time', ({ asks, calls }) => {
    let made = 0;
    const get = once(() => ({ n: ++made }));
    const values = Array.from({ length: asks }, () => get());
    expect(made).toBe(calls);
    for (const value of values) expect(value).toBe(values[0]);
  });

  it('keeps a made value that is falsy (null, 0, "") without making it again', () => {
    for (const falsy of [null, 0, '', false]) {
      let made = 0;
      const get = once(() => {
        made++;
        return falsy;
      });
      expect([get(), get()]).toEqual([falsy, falsy]);
      expect(made).toBe(1);
    }
  });
});

// The worker loads these modules at every wake; their schemas are built on the first
// record checked (the check-in, PHQ-2, reflection and break-record schemas), so an
// alarm or an idle change builds none (bench: worker.heapRatio.start).
describe('record schemas, built on first use', () => {
  const checkIn = { id: 'lazy000001', at: 1_764_000_000_000, tzOffsetMin: 0, mood: 3, pain: 4, source: 'popup' };
  const cases = [
    {
      name: 'check-in',
      load: async () => (await import('./checkins')).validateCheckIn,
      inputs: [checkIn, { ...checkIn, mood: 9 }, { ...checkIn, colour: 'red' }, []],
    },
    {
      name: 'PHQ-2 result',
      load: async () => (await import('./care')).validatePhq2Result,
      inputs: [
        { id: 'lazy000002', at: 1_764_000_000_000, tzOffsetMin: 0, interest: 1, down: 2 },
        { id: 'lazy000002', at: 1_764_000_000_000, tzOffsetMin: 0, interest: 4, down: 2 },
      ],
    },
    {
      name: 'PHQ-2 answers',
      load: async () => (await import('./care')).validatePhq2Responses,
      inputs: [{ interest: 0, down: 3 }, { interest: 0.5, down: 3 }, null],
    },
    {
      name: 'weekly reflection',
      load: async () => (await import('./care')).validateWeeklyReflection,
      inputs: [
        { weekStart: '2026-11-30', enjoyment: 3, activity: 4 },
        { weekStart: '2026-02-30', enjoyment: 3 },
      ],
    },
    {
      name: 'break record',
      load: async () => (await import('./outcomes')).validateOutcome,
      inputs: [
        { nudge: 'walk', kind: 'done', at: 1_764_000_000_000, creditedSec: 300 },
        { nudge: '', kind: 'x' },
      ],
    },
  ];

  it('loading the modules builds none of them', async () => {
    vi.mocked(v.strictObject).mockClear();
    for (const { load } of cases) await load();
    expect(built()).toBe(0);
  });

  it.each(cases)(
    'the $name schema is built once, on the first check, and answers alike every time',
    async ({ load, inputs }) => {
      const validate = (await load()) as (input: unknown) => unknown;
      const before = built();
      const first = inputs.map((input) => validate(input));
      const after = built();
      expect(after).toBeGreaterThan(before);
      const again = inputs.map((input) => validate(input));
      expect(again).toStrictEqual(first);
      expect(built()).toBe(after);
      // The first answers are real ones: a valid record passes, the others do not.
      expect(first.map((r) => (r as { ok: boolean }).ok)).toStrictEqual(inputs.map((_, i) => i === 0));
    },
  );
});
