import { describe, expect, it } from 'vitest';
import { NEW_CUSTOM_NUDGE, newCustomNudge } from './custom-nudge';
import { DEFAULT_SETTINGS, LIMITS, validateSettings } from './settings';

describe('newCustomNudge', () => {
  it.each([
    [0, 'custom-0'],
    [Date.UTC(2026, 10, 24, 9), `custom-${Date.UTC(2026, 10, 24, 9).toString(36)}`],
  ])('added at %i → id %s, with the defaults', (now, id) => {
    expect(newCustomNudge('Drink water', now)).toEqual({ id, name: 'Drink water', ...NEW_CUSTOM_NUDGE });
  });

  it.each([
    ['intervalMin', NEW_CUSTOM_NUDGE.intervalMin, LIMITS.intervalMin],
    ['durationSec', NEW_CUSTOM_NUDGE.durationSec, LIMITS.durationSec],
  ])('the default %s (%i) is inside its limits', (_, value, { min, max }) => {
    expect(value).toBeGreaterThanOrEqual(min);
    expect(value).toBeLessThanOrEqual(max);
  });

  it('makes settings the validator accepts', () => {
    const customNudges = [newCustomNudge('Drink water', Date.UTC(2026, 10, 24, 9))];
    expect(validateSettings({ ...DEFAULT_SETTINGS, customNudges }).ok).toBe(true);
  });
});
