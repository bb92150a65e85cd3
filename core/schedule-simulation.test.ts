import { describe, expect, it } from 'vitest';
import { simulateDay } from './schedule-simulation';
import { DEFAULT_SETTINGS } from './settings';
import { HOUR_MS, MINUTE_MS } from './time';

const T0 = Date.UTC(2026, 10, 23, 9, 0);

describe('simulateDay', () => {
  it('counts per hour: active time, alarms, browser wakes, user events and due breaks', () => {
    const result = simulateDay(
      DEFAULT_SETTINGS,
      [
        { at: T0, event: { type: 'start', state: 'active' } },
        { at: T0 + 90 * MINUTE_MS, event: { type: 'idleState', state: 'locked' } },
      ],
      { startAt: T0, untilAt: T0 + 2 * HOUR_MS, respond: () => ({ afterMs: 0, event: { type: 'done' } }) },
    );
    const [first, second] = result.hours;
    expect(result.hours).toHaveLength(2);
    expect(first?.activeMs).toBe(HOUR_MS);
    expect(second?.activeMs).toBe(30 * MINUTE_MS);
    // Posture at 20, stretch at 40, walk at 60 (absorbing the posture check due with it), posture at 80.
    expect(result.hours.map((h) => h.due)).toEqual([2, 2]);
    expect(result.hours.map((h) => h.userEvents)).toEqual([2, 2]);
    expect(result.hours.map((h) => h.wakes)).toEqual([1, 1]);
    // An alarm at each due time; the one that falls due with the reply's done is the same wake.
    expect(result.hours.map((h) => h.alarms)).toEqual([2, 2]);
  });

  it('answers a notification when told to, at the time it says', () => {
    const result = simulateDay(DEFAULT_SETTINGS, [{ at: T0, event: { type: 'start', state: 'active' } }], {
      startAt: T0,
      untilAt: T0 + 30 * MINUTE_MS,
      respond: () => ({ afterMs: 45_000, event: { type: 'snooze' } }),
    });
    const snoozed = result.steps.find((s) => s.event.type === 'snooze');
    expect(snoozed?.at).toBe(T0 + 20 * MINUTE_MS + 45_000);
  });
});
