import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckIn, parseMonth } from './checkins';
import { rangeLength } from './history';
import { loggedSpan, REPORT_MAX_DAYS, type ReportRange, reportRange } from './report-range';
import { DAY_MS, dayKey, dayNumber, HOUR_MS, MINUTE_MS } from './time';

const TODAY = dayNumber('2026-11-30');

/** A check-in at 09:00 local on `daysAgo` days before TODAY, in zone `tz`. */
const checkInAgo = (daysAgo: number, tz = 0): CheckIn => ({
  id: `c${daysAgo}-${tz}`,
  at: (TODAY - daysAgo) * DAY_MS + 9 * HOUR_MS - tz * MINUTE_MS,
  tzOffsetMin: tz,
  pain: 3,
  mood: 4,
  source: 'popup',
});
const ago = (...days: number[]) => days.map((d) => checkInAgo(d));
const run = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

const range = (fromAgo: number, toAgo = 0) => ({ from: TODAY - fromAgo, to: TODAY - toAgo });

describe('reportRange: the diary’s own span, up to 90 days', () => {
  it.each<[string, CheckIn[], ReportRange]>([
    ['an empty diary', [], { kind: 'empty' }],
    ['one day, today', ago(0), { kind: 'whole', range: range(0) }],
    ['one day, a week ago', ago(7), { kind: 'whole', range: range(7) }],
    ['30 days ending today', ago(...run(30)), { kind: 'whole', range: range(29) }],
    ['exactly 90 days', ago(...run(90)), { kind: 'whole', range: range(89) }],
    ['91 days', ago(...run(91)), { kind: 'recent', range: range(89), first: TODAY - 90 }],
    ['400 days', ago(...run(400)), { kind: 'recent', range: range(89), first: TODAY - 399 }],
    ['a gap inside the 90 days', ago(40, 39, 3, 2), { kind: 'whole', range: range(40) }],
    [
      'a gap across the 90-day edge (a long pause, then back)',
      ago(...run(30, 150), ...run(10)),
      { kind: 'recent', range: range(89), first: TODAY - 179 },
    ],
    [
      'nothing in the last 90 days: the 90 days up to the last check-in',
      ago(...run(200, 100)),
      { kind: 'stale', range: range(189, 100), last: TODAY - 100 },
    ],
    [
      'a short diary that stopped long ago',
      ago(130, 120),
      { kind: 'stale', range: range(130, 120), last: TODAY - 120 },
    ],
    ['a check-in ahead of today (a clock moved back)', ago(-1), { kind: 'whole', range: range(0) }],
  ])('%s', (_, checkIns, expected) => {
    expect(reportRange(TODAY, loggedSpan(checkIns))).toEqual(expected);
  });

  it('entries only in a month kept aside: nothing readable, so nothing to report', () => {
    // A month whose every value fails validation is kept aside whole (utils/storage.ts
    // quarantine); the report reads only what parseMonth keeps.
    const damaged = parseMonth([{ id: 'x', at: 'yesterday', pain: 11 }, 'garbage', null]);
    expect(damaged.damaged).toBe(true);
    expect(reportRange(TODAY, loggedSpan(damaged.checkIns))).toEqual({ kind: 'empty' });
  });

  it('reads each day in its own zone (Kolkata, St John’s, Chatham)', () => {
    const span = loggedSpan([checkInAgo(20, 330), checkInAgo(5, -210), checkInAgo(1, 825)]);
    expect(span && [dayKey(span.first), dayKey(span.last)]).toEqual(['2026-11-10', '2026-11-29']);
  });

  it('always ends on or before today, never empty, never longer than 90 days, and holds the last check-in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: 1000 }), { minLength: 1, maxLength: 40 }), (days) => {
        const result = reportRange(TODAY, loggedSpan(ago(...days)));
        expect(result.kind).not.toBe('empty');
        if (result.kind === 'empty') return;
        const { from, to } = result.range;
        expect(to).toBeLessThanOrEqual(TODAY);
        expect(from).toBeLessThanOrEqual(to);
        expect(rangeLength(result.range)).toBeLessThanOrEqual(REPORT_MAX_DAYS);
        const last = Math.min(TODAY, TODAY - Math.min(...days));
        expect(last >= from && last <= to).toBe(true);
        // The range starts on a logged day unless the diary is longer than it.
        const first = TODAY - Math.max(...days);
        if (result.kind === 'whole') expect(from).toBe(Math.min(first, TODAY));
      }),
    );
  });
});
