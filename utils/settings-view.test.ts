import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { readSettingsForDisplay } from './settings-view';

describe('readSettingsForDisplay', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['valid settings', { ...DEFAULT_SETTINGS, walkGoalMin: 30 }, { ...DEFAULT_SETTINGS, walkGoalMin: 30 }],
    ['a damaged nudge', { ...DEFAULT_SETTINGS, nudges: { ...DEFAULT_SETTINGS.nudges, walk: 'x' } }, DEFAULT_SETTINGS],
    ['a missing field', { ...DEFAULT_SETTINGS, customNudges: undefined }, DEFAULT_SETTINGS],
    ['not an object', 'settings', DEFAULT_SETTINGS],
  ])('%s', async (_, stored, expected) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ settings: stored });
    expect(await readSettingsForDisplay()).toEqual(expected);
  });
});
