// Settings for pages that only show them (the popup's status): read without loading
// the validator. The background validates every write (utils/settings-store.ts), so
// what is stored is valid unless damaged; damage here costs a wrong line of text at
// worst, and shows the defaults instead.
import { DEFAULT_SETTINGS, type SettingsV1 } from '@/core/settings-defaults';
import { settingsItem } from './storage';

const isNumber = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const isNudge = (n: unknown) =>
  typeof n === 'object' &&
  n !== null &&
  typeof (n as { enabled?: unknown }).enabled === 'boolean' &&
  isNumber((n as { intervalMin?: unknown }).intervalMin) &&
  isNumber((n as { durationSec?: unknown }).durationSec);

function looksLikeSettings(x: unknown): x is SettingsV1 {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Partial<Record<keyof SettingsV1, unknown>>;
  const nudges = s.nudges as Record<string, unknown> | undefined;
  return (
    isNudge(nudges?.posture) &&
    isNudge(nudges?.stretch) &&
    isNudge(nudges?.walk) &&
    Array.isArray(s.customNudges) &&
    s.customNudges.every(isNudge) &&
    isNumber(s.walkGoalMin) &&
    isNumber(s.snoozeMin) &&
    isNumber(s.maxWaitMin) &&
    (s.reflectionWeekday === null || isNumber(s.reflectionWeekday)) &&
    typeof s.workingHours === 'object' &&
    s.workingHours !== null &&
    Array.isArray((s.workingHours as { days?: unknown }).days)
  );
}

export async function readSettingsForDisplay(): Promise<SettingsV1> {
  const raw = await settingsItem.getValue();
  return looksLikeSettings(raw) ? raw : DEFAULT_SETTINGS;
}
