// A custom nudge the user adds in the options page starts from these values; the page
// only supplies the name (from locales/en.yml) and the moment it was added.
import type { CustomNudge, NudgeSettings } from './settings-defaults';

/** On, every 45 minutes of active time, one minute long: between a stretch and a walk. */
export const NEW_CUSTOM_NUDGE: Readonly<NudgeSettings> = { enabled: true, intervalMin: 45, durationSec: 60 };

/** A new custom nudge named `name`, its id taken from `now` (lower-case letters and digits). */
export function newCustomNudge(name: string, now: number): CustomNudge {
  return { id: `custom-${now.toString(36)}`, name, ...NEW_CUSTOM_NUDGE };
}
