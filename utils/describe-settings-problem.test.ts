// Every setting, refused with its reason in plain words: the table the options page
// shows beside each field. Problems come from core/settings.ts validateSettings.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type SettingsProblem, validateSettings } from '@/core/settings';
import { withSetting } from '@/entrypoints/options/setting-path';
import { describeSettingsProblem } from './describe-settings-problem';

const custom = { id: 'water', name: 'Drink water', enabled: true, intervalMin: 45, durationSec: 60 };
const base = { ...DEFAULT_SETTINGS, customNudges: [custom] };

function problemOf(path: string, value: unknown): SettingsProblem {
  const result = validateSettings(withSetting(base, path, value));
  if (result.ok) throw new Error(`${path} = ${JSON.stringify(value)} was accepted`);
  return result.problems[0] as SettingsProblem;
}

describe('settings problems in plain words', () => {
  it.each([
    ['nudges.posture.intervalMin', 4, 'Interval must be between 5 and 240 minutes.'],
    ['nudges.stretch.intervalMin', 241, 'Interval must be between 5 and 240 minutes.'],
    ['nudges.walk.intervalMin', 45.5, 'Interval must be between 5 and 240 minutes.'],
    ['nudges.walk.intervalMin', Number.NaN, 'Interval must be between 5 and 240 minutes.'],
    [
      'nudges.posture.durationSec',
      9,
      'A break must last between 10 seconds and 30 minutes, in whole minutes and seconds.',
    ],
    [
      'nudges.walk.durationSec',
      1801,
      'A break must last between 10 seconds and 30 minutes, in whole minutes and seconds.',
    ],
    ['nudges.walk.enabled', 'yes', 'This value is not valid, so it was not saved.'],
    ['customNudges.0.intervalMin', 0, 'Interval must be between 5 and 240 minutes.'],
    [
      'customNudges.0.durationSec',
      4000,
      'A break must last between 10 seconds and 30 minutes, in whole minutes and seconds.',
    ],
    ['customNudges.0.name', '', 'The name must be 1 to 40 characters.'],
    ['customNudges.0.name', '   ', 'The name must be 1 to 40 characters.'],
    ['customNudges.0.name', 'x'.repeat(41), 'The name must be 1 to 40 characters.'],
    ['customNudges.0.id', 'walk', 'This value is not valid, so it was not saved.'],
    [
      'customNudges',
      Array.from({ length: 6 }, (_, i) => ({ ...custom, id: `c${i}` })),
      'You can have at most 5 nudges of your own.',
    ],
    ['customNudges', [custom, custom], 'Two of your nudges share a name; rename one.'],
    ['idleDetectionSec', 14, 'Idle detection must be between 15 and 600 seconds.'],
    ['idleDetectionSec', 601, 'Idle detection must be between 15 and 600 seconds.'],
    ['snoozeMin', 0, 'Snooze length must be between 1 and 30 minutes.'],
    ['snoozeMin', 31, 'Snooze length must be between 1 and 30 minutes.'],
    ['snoozeLimit', -1, 'Snoozes in a row must be between 0 and 5.'],
    ['snoozeLimit', 6, 'Snoozes in a row must be between 0 and 5.'],
    ['workingHours.enabled', 1, 'This value is not valid, so it was not saved.'],
    ['workingHours.days.1.0.startMin', Number.NaN, 'Choose a start time.'],
    ['workingHours.days.1.0.endMin', 1441, 'Choose an end time.'],
    ['workingHours.days.1.0', { startMin: 600, endMin: 540 }, 'The end must be after the start.'],
    [
      'workingHours.days.1',
      [
        { startMin: 540, endMin: 720 },
        { startMin: 700, endMin: 800 },
      ],
      'These hours overlap another range on the same day.',
    ],
    [
      'workingHours.days.1',
      Array.from({ length: 5 }, (_, i) => ({ startMin: i * 100, endMin: i * 100 + 50 })),
      'A day can have at most 4 ranges.',
    ],
    ['waitDuringCalls', 'on', 'This value is not valid, so it was not saved.'],
    ['maxWaitMin', 4, 'The longest wait must be between 5 and 120 minutes.'],
    ['maxWaitMin', 121, 'The longest wait must be between 5 and 120 minutes.'],
    ['notificationStyle', 'popup', 'Choose one of the three ways.'],
    ['dailyReminder.enabled', null, 'This value is not valid, so it was not saved.'],
    ['dailyReminder.minuteOfDay', 1440, 'Choose a time of day for the reminder.'],
    ['dailyReminder.minuteOfDay', Number.NaN, 'Choose a time of day for the reminder.'],
    ['walkGoalMin', -1, 'Walking goal must be between 0 and 240 minutes.'],
    ['walkGoalMin', 241, 'Walking goal must be between 0 and 240 minutes.'],
    ['syncSettings', 'true', 'This value is not valid, so it was not saved.'],
    ['helpCountry', 'gb', 'Choose a country from the list.'],
    ['helpCountry', 'GBR', 'Choose a country from the list.'],
    [
      'hiddenMoves',
      Array.from({ length: 201 }, (_, i) => `m${i}`),
      'Too many moves are hidden; bring some back first.',
    ],
    ['hiddenMoves.0', '', 'This value is not valid, so it was not saved.'],
    ['shoeSize', 42, '“shoeSize” is not a setting, so nothing was saved.'],
  ])('%s = %j: “%s”', (path, value, words) => {
    const problem = problemOf(path, value);
    expect(describeSettingsProblem(problem)).toBe(words);
  });

  it('names the field the problem belongs to, so the page can show it beside that field', () => {
    expect(problemOf('nudges.walk.intervalMin', 4).field).toBe('nudges.walk.intervalMin');
    expect(problemOf('workingHours.days.3.0', { startMin: 600, endMin: 540 }).field).toBe('workingHours.days.3.0');
    expect(problemOf('customNudges.0.name', '').field).toBe('customNudges.0.name');
  });

  it('accepts every default, and the limits themselves', () => {
    expect(validateSettings(base).ok).toBe(true);
    for (const [path, value] of [
      ['nudges.walk.intervalMin', 5],
      ['nudges.walk.intervalMin', 240],
      ['idleDetectionSec', 15],
      ['idleDetectionSec', 600],
      ['snoozeLimit', 0],
      ['walkGoalMin', 0],
      ['workingHours.days.1.0.endMin', 1440],
    ] as const) {
      expect(validateSettings(withSetting(base, path, value)).ok, `${path} = ${value}`).toBe(true);
    }
  });
});
