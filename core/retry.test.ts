import { describe, expect, it } from 'vitest';
import type { Request } from './messages';
import { isRetrySafe, type NoAnswer, shouldRetry } from './retry';

describe('isRetrySafe', () => {
  it.each([
    ['checkin/add', true],
    ['checkin/update', true],
    ['checkin/remove', true],
    ['checkins/repair', true],
    ['quarantine/dismiss', true],
    ['data/check', true],
    ['settings/update', true],
    ['settings/reset', true],
    ['engine/pause', true],
    ['engine/resume', true],
    // Twice is not once: a second event, a second self-check, a second delete of newer data.
    ['engine/takeBreakNow', false],
    ['engine/outcome', false],
    ['engine/testNudge', false],
    ['phq2/add', false],
    ['reflection/save', true],
    ['data/deleteAll', false],
  ] as [Request['type'], boolean][])('%s: %s', (type, safe) => {
    expect(isRetrySafe({ type })).toBe(safe);
  });
});

describe('shouldRetry', () => {
  const save = { type: 'checkin/add' } as const;
  it.each<[string, Pick<Request, 'type'>, NoAnswer[], boolean]>([
    ['a save whose answer was lost', save, ['lost'], true],
    ['a save lost twice', save, ['lost', 'lost'], true],
    ['a save lost three times', save, ['lost', 'lost', 'lost'], false],
    ['a save that timed out once', save, ['timeout'], true],
    ['a save that timed out twice', save, ['timeout', 'timeout'], false],
    ['a save lost, then timed out', save, ['lost', 'timeout'], true],
    ['a save timed out, then lost', save, ['timeout', 'lost'], true],
    ['a break taken now, lost', { type: 'engine/takeBreakNow' }, ['lost'], false],
    ['a PHQ-2, timed out', { type: 'phq2/add' }, ['timeout'], false],
  ])('%s: %s', (_, request, failed, retry) => {
    expect(shouldRetry(request, failed)).toBe(retry);
  });

  it('never asks more than three times, and never waits through more than two timeouts', () => {
    const kinds: NoAnswer[] = ['lost', 'timeout'];
    for (let mask = 0; mask < 16; mask++) {
      const failed: NoAnswer[] = [];
      for (let i = 0; i < 4; i++) {
        failed.push(kinds[(mask >> i) & 1] as NoAnswer);
        if (!shouldRetry(save, failed)) break;
      }
      expect(failed.length).toBeLessThanOrEqual(3);
      expect(failed.filter((f) => f === 'timeout').length).toBeLessThanOrEqual(2);
    }
  });
});
