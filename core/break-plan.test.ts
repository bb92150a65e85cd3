import { describe, expect, it } from 'vitest';
import {
  breathPhase,
  canSnooze,
  clockText,
  latestToday,
  offersCheckIn,
  parseBreakQuery,
  pickWalkIdea,
  resolveNudge,
  toLatest,
  WALK_IDEAS,
  waitingBreak,
} from './break-plan';
import type { CheckIn } from './checkins';
import type { PendingBreak } from './schedule';
import { DEFAULT_SETTINGS, type SettingsV1 } from './settings';
import { HOUR_MS } from './time';

describe('parseBreakQuery', () => {
  it.each([
    ['?nudge=posture', { nudge: 'posture', deferred: false, window: false }],
    ['?nudge=walk&deferred=1', { nudge: 'walk', deferred: true, window: false }],
    ['?nudge=stretch&mode=window', { nudge: 'stretch', deferred: false, window: true }],
    ['?nudge=eye-drops&deferred=1&mode=window', { nudge: 'eye-drops', deferred: true, window: true }],
    ['', { nudge: 'stretch', deferred: false, window: false }],
    ['?nudge=<script>', { nudge: 'stretch', deferred: false, window: false }],
    ['?nudge=walk&deferred=yes&mode=tab', { nudge: 'walk', deferred: false, window: false }],
  ])('%s', (search, expected) => {
    expect(parseBreakQuery(search)).toEqual(expected);
  });
});

describe('resolveNudge', () => {
  const settings: SettingsV1 = {
    ...DEFAULT_SETTINGS,
    customNudges: [{ id: 'eye-drops', name: 'Eye drops', enabled: true, intervalMin: 90, durationSec: 30 }],
  };
  it.each([
    ['posture', { kind: 'posture', id: 'posture', durationSec: 20 }],
    ['stretch', { kind: 'stretch', id: 'stretch', durationSec: 120 }],
    ['walk', { kind: 'walk', id: 'walk', durationSec: 300 }],
    ['eye-drops', { kind: 'custom', id: 'eye-drops', name: 'Eye drops', durationSec: 30 }],
    ['gone', null],
  ])('%s', (id, expected) => {
    expect(resolveNudge(id, settings)).toEqual(expected);
  });
});

const pending = (over: Partial<PendingBreak> = {}): PendingBreak => ({
  nudge: 'stretch',
  dueAt: 0,
  shown: true,
  snoozesUsed: 0,
  snoozedUntil: null,
  heldSince: null,
  deferred: false,
  ...over,
});

describe('waitingBreak and canSnooze', () => {
  it('answers only the waiting break of the same nudge', () => {
    expect(waitingBreak(pending(), 'stretch')).toEqual(pending());
    expect(waitingBreak(pending(), 'walk')).toBeNull();
    expect(waitingBreak(null, 'stretch')).toBeNull();
  });

  it.each([
    [0, 2, true],
    [1, 2, true],
    [2, 2, false],
    [3, 2, false],
    [0, 0, false],
  ])('%i snoozes used of %i allowed → %s', (snoozesUsed, snoozeLimit, expected) => {
    expect(canSnooze(pending({ snoozesUsed }), { snoozeLimit })).toBe(expected);
  });

  it('offers no snooze when nothing is waiting', () => {
    expect(canSnooze(null, { snoozeLimit: 5 })).toBe(false);
  });
});

describe('latestToday', () => {
  // Noon UTC on 24 Nov 2026, seen from UTC+1.
  const now = Date.UTC(2026, 10, 24, 12);
  const tz = 60;
  const at = (hoursAgo: number, extra: Partial<CheckIn> = {}): CheckIn => ({
    id: `c${hoursAgo}-abcdef`,
    at: now - hoursAgo * HOUR_MS,
    tzOffsetMin: tz,
    mood: 3,
    pain: hoursAgo,
    source: 'popup',
    ...extra,
  });

  it("takes today's latest check-in", () => {
    expect(latestToday([at(5), at(1), at(3)], now, tz)?.pain).toBe(1);
  });

  it("ignores yesterday's, however recent", () => {
    // 13 h before noon UTC is 00:00 local today; 14 h is 23:00 yesterday.
    expect(latestToday([at(14)], now, tz)).toBeUndefined();
    expect(latestToday([at(13)], now, tz)?.pain).toBe(13);
  });

  it('ignores a check-in from the future (a clock moved back)', () => {
    expect(latestToday([at(2), at(-1)], now, tz)?.pain).toBe(2);
  });

  it('hands pain, mood and regions to the move choice', () => {
    expect(toLatest(at(2, { regions: ['lower'], mood: 2 }))).toEqual({ pain: 2, mood: 2, regions: ['lower'] });
    expect(toLatest(at(2))).toEqual({ pain: 2, mood: 3 });
    expect(toLatest(undefined)).toBeUndefined();
  });
});

describe('the rest of the plan', () => {
  it('offers the quick check-in after a stretch or a walk only', () => {
    expect(offersCheckIn(resolveNudge('stretch', DEFAULT_SETTINGS))).toBe(true);
    expect(offersCheckIn(resolveNudge('walk', DEFAULT_SETTINGS))).toBe(true);
    expect(offersCheckIn(resolveNudge('posture', DEFAULT_SETTINGS))).toBe(false);
    expect(offersCheckIn(null)).toBe(false);
  });

  it('picks every walk idea, and never steps off the end', () => {
    expect(pickWalkIdea(() => 0)).toBe('stairs');
    expect(pickWalkIdea(() => 0.5)).toBe('water');
    expect(pickWalkIdea(() => 0.999)).toBe('window');
    expect(pickWalkIdea(() => 1)).toBe('window');
    expect(WALK_IDEAS).toHaveLength(3);
  });

  it.each([
    [0, 'in'],
    [3_999, 'in'],
    [4_000, 'out'],
    [9_999, 'out'],
    [10_000, 'in'],
    [64_000, 'out'],
  ])('%i ms into breathing is breathing %s', (ms, phase) => {
    expect(breathPhase(ms)).toBe(phase);
  });

  it.each([
    [20, '0:20'],
    [19.2, '0:20'],
    [0.1, '0:01'],
    [0, '0:00'],
    [-3, '0:00'],
    [300, '5:00'],
    [61, '1:01'],
    [600, '10:00'],
  ])('%f s reads %s', (sec, text) => {
    expect(clockText(sec)).toBe(text);
  });
});
