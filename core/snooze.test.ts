import { describe, expect, it } from 'vitest';
import { effectiveAction, notificationActions, snoozesLeft } from './snooze';

describe('snoozesLeft', () => {
  it.each([
    [0, 2, 2],
    [1, 2, 1],
    [2, 2, 0],
    [3, 2, 0],
    [0, 0, 0],
  ])('%i used of %i allowed → %i left', (used, limit, left) => {
    expect(snoozesLeft(used, limit)).toBe(left);
  });
});

describe('notificationActions', () => {
  it.each([
    [2, ['done', 'snooze']],
    [1, ['done', 'snooze']],
    [0, ['done', 'skip']],
  ])('%i snoozes left → %j', (left, actions) => {
    expect(notificationActions(left)).toEqual(actions);
  });
});

describe('effectiveAction', () => {
  it.each([
    ['snooze', 1, 'snooze'],
    ['snooze', 0, 'skip'],
    ['done', 0, 'done'],
    ['skip', 2, 'skip'],
  ] as const)('%s with %i left → %s', (action, left, expected) => {
    expect(effectiveAction(action, left)).toBe(expected);
  });
});
