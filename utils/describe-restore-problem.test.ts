import { describe, expect, it } from 'vitest';
import { describeRestoreProblem } from './describe-restore-problem';

describe('describeRestoreProblem', () => {
  it.each([
    [{ part: 'phq2', row: 3, field: 'interest' }, 'PHQ-2 self-check 3 in the backup: “interest” is not valid.'],
    [
      { part: 'reflections', row: 1, field: 'mood', unknown: true },
      'Weekly reflection 1 in the backup: “mood” is not part of it.',
    ],
    [{ part: 'outcomes', row: 12 }, 'Break record 12 in the backup: it is not a record.'],
  ] as const)('%j', (problem, words) => {
    expect(describeRestoreProblem({ kind: 'badRecord', ...problem })).toBe(words);
  });
});
