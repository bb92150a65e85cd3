import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { isReflectionDay } from './settings-view';

const FRIDAY = 5;
const TUESDAY = 2;
// The reflection day these cases store; the default is Friday.
const tuesdays = { ...DEFAULT_SETTINGS, reflectionWeekday: TUESDAY };

describe('isReflectionDay: the stored settings when valid, else the defaults', () => {
  beforeEach(() => fakeBrowser.reset());

  it('goes by the default day until something is stored', () => {
    expect(DEFAULT_SETTINGS.reflectionWeekday).toBe(FRIDAY);
  });

  it.each<[string, unknown, number, boolean]>([
    ['nothing stored, on Friday', undefined, FRIDAY, true],
    ['nothing stored, on Tuesday', undefined, TUESDAY, false],
    ['valid settings, on their day', tuesdays, TUESDAY, true],
    ['valid settings, on the default day', tuesdays, FRIDAY, false],
    ['valid settings with another walk goal', { ...tuesdays, walkGoalMin: 30 }, TUESDAY, true],
    ['valid settings, never', { ...DEFAULT_SETTINGS, reflectionWeekday: null }, FRIDAY, false],
    [
      'a damaged nudge, on the stored day',
      { ...tuesdays, nudges: { ...DEFAULT_SETTINGS.nudges, walk: 'x' } },
      TUESDAY,
      false,
    ],
    [
      'a damaged nudge, on the default day',
      { ...tuesdays, nudges: { ...DEFAULT_SETTINGS.nudges, walk: 'x' } },
      FRIDAY,
      true,
    ],
    ['a missing field', { ...tuesdays, customNudges: undefined }, TUESDAY, false],
    ['not an object, on the default day', 'settings', FRIDAY, true],
    ['not an object, on another day', 'settings', TUESDAY, false],
    // The schema's bounds, not only the shape: the background reads these as damaged too.
    ['a walk goal past its bound', { ...tuesdays, walkGoalMin: 10_000 }, TUESDAY, false],
    ['a reflection day past Saturday', { ...DEFAULT_SETTINGS, reflectionWeekday: 7 }, 7, false],
  ])('%s', async (_, stored, weekday, expected) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ settings: stored });
    expect(await isReflectionDay(weekday)).toBe(expected);
  });
});
