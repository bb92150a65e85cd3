// Properties of active-time derivation and folding over random observation logs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeIntervals, activeMsBetween, fold, type Observation } from './activity';
import { DAY_MS, MINUTE_MS, SECOND_MS } from './time';

const T0 = Date.UTC(2026, 0, 5, 6, 0);

/** A log built from random gaps, as the worker appends it: time only moves forward. */
const logArb = fc
  .array(
    fc.record({
      gapMs: fc.oneof(
        fc.integer({ min: 0, max: 10 * MINUTE_MS }),
        fc.integer({ min: 10 * MINUTE_MS, max: 3 * DAY_MS }),
      ),
      state: fc.constantFrom<Observation['state']>('active', 'active', 'idle', 'locked'),
      observed: fc.boolean(),
    }),
    { maxLength: 120 },
  )
  .map((steps) => {
    let at = T0;
    return steps.map(({ gapMs, state, observed }) => {
      at += gapMs;
      return observed ? { at, state, observed } : { at, state };
    });
  });

const detectionArb = fc.integer({ min: 15, max: 600 });

describe('activity properties', () => {
  it('gives sorted, disjoint intervals inside [first entry, now], never more than wall time', () => {
    fc.assert(
      fc.property(logArb, detectionArb, fc.integer({ min: 0, max: 10 * DAY_MS }), (log, detectionSec, afterMs) => {
        const now = (log.at(-1)?.at ?? T0) + afterMs;
        const intervals = activeIntervals(log, detectionSec, now);
        let previousEnd = Number.NEGATIVE_INFINITY;
        for (const i of intervals) {
          expect(i.from).toBeGreaterThanOrEqual(log[0]?.at ?? T0);
          expect(i.to).toBeGreaterThan(i.from);
          expect(i.to).toBeLessThanOrEqual(now);
          expect(i.from).toBeGreaterThan(previousEnd);
          previousEnd = i.to;
        }
        expect(activeMsBetween(log, T0, now, now, detectionSec)).toBeLessThanOrEqual(now - T0);
      }),
    );
  });

  it('a longer detection interval never adds active time', () => {
    fc.assert(
      fc.property(logArb, detectionArb, detectionArb, (log, a, b) => {
        const now = (log.at(-1)?.at ?? T0) + MINUTE_MS;
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(activeMsBetween(log, T0, now, now, long)).toBeLessThanOrEqual(activeMsBetween(log, T0, now, now, short));
      }),
    );
  });

  it('folding loses nothing: rollups plus the kept log add up to the whole log', () => {
    fc.assert(
      fc.property(logArb, detectionArb, fc.integer({ min: -720, max: 840 }), (log, detectionSec, tz) => {
        const now = (log.at(-1)?.at ?? T0) + 8 * DAY_MS;
        const folded = fold({ log, foldedUntil: null, rollups: [] }, now, tz, detectionSec);
        const cut = folded.foldedUntil as number;
        expect(activeIntervals(folded.log, detectionSec, now, cut)).toEqual(
          activeIntervals(log, detectionSec, now, cut),
        );
        const rolledMin = folded.rollups.reduce((sum, r) => sum + r.activeMinByHour.reduce((a, b) => a + b, 0), 0);
        const beforeCutMin = activeMsBetween(log, T0 - DAY_MS, cut, now, detectionSec) / MINUTE_MS;
        // Each hour keeps a tenth of a minute: at most 3 s of rounding per hour.
        const hours = folded.rollups.length * 24;
        expect(Math.abs(rolledMin - beforeCutMin)).toBeLessThanOrEqual((hours * 3 * SECOND_MS) / MINUTE_MS + 1e-9);
      }),
    );
  });
});
