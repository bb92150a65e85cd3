// Two check-ins the export tests (core/export*.test.ts) write out: one with only what
// the popup asks, one with every optional part, in another zone and an hour earlier.
import type { CheckIn } from '../core/checkins';
import { HOUR_MS } from '../core/time';

export const at = Date.UTC(2026, 10, 24, 13, 5); // 14:05 in UTC+1
export const minimal: CheckIn = { id: 'mhx1c2a0-k2j9', at, tzOffsetMin: 60, mood: 3, pain: 4, source: 'popup' };
export const full: CheckIn = {
  id: 'mhx0aaaa-0001',
  at: at - HOUR_MS,
  tzOffsetMin: -300,
  mood: 1,
  pain: 7,
  regions: ['neck', 'lower'],
  tags: ['sleptBadly', 'stressed'],
  sleep: 2,
  note: 'stiff, "bad" day\nbetter later 😣',
  source: 'break',
  breakId: 'mhx0a000-b001',
  breakPhase: 'end',
};
