import { describe, expect, it } from 'vitest';
import type { CheckInProblem } from '@/core/checkins';
import { describeCheckInProblems, describeFailure } from './describe-failure';

describe('describeCheckInProblems: each field named, in one line', () => {
  it.each<[string, CheckInProblem[], string]>([
    ['no problems', [], ''],
    ['not an object', [{ kind: 'notAnObject' }], 'A check-in must be a set of fields, so nothing was saved.'],
    ['pain', [{ kind: 'invalidField', field: 'pain' }], 'Pain must be a whole number from 0 to 10.'],
    [
      'neither mood nor pain',
      [{ kind: 'noMoodOrPain' }],
      'A check-in needs a mood, a pain number or both, so nothing was saved.',
    ],
    [
      'mood, then the note',
      [
        { kind: 'invalidField', field: 'mood' },
        { kind: 'invalidField', field: 'note' },
      ],
      'Mood must be one of the five faces, 1 (very low) to 5 (very good). The note can be at most 500 characters.',
    ],
    [
      'an unknown field',
      [{ kind: 'unknownField', field: 'colour' }],
      '“colour” is not part of a check-in, so nothing was saved.',
    ],
  ])('%s', (_, problems, words) => {
    expect(describeCheckInProblems(problems)).toBe(words);
  });

  it('is what a refused check-in from the background says', () => {
    const problems: CheckInProblem[] = [
      { kind: 'invalidField', field: 'sleep' },
      { kind: 'unknownField', field: 'x' },
    ];
    expect(describeFailure({ kind: 'invalidCheckIn', problems })).toBe(describeCheckInProblems(problems));
  });
});
