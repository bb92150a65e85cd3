// What the popup needs of the settings: the weekday of the weekly reflection. The
// settings are read as the background reads them (core/settings.ts validateSettings,
// the one schema; damaged or not yet stored settings count as the defaults, as
// utils/settings-store.ts readSettings has it), but the validator is loaded only on a
// day it can change the answer, the stored or the default reflection day: on the
// other days of the week the popup does not carry it (DESIGN.md "Speed",
// popup.gzipBytes). Read with page-storage.ts, not the settings item (popup.heapRatio).
import { DEFAULT_SETTINGS } from '@/core/settings-defaults';
import { readStored } from './page-storage';
import { KEY } from './storage-keys';

/** Whether `weekday` (0 Sunday … 6 Saturday) is the day the popup offers the weekly reflection. */
export async function isReflectionDay(weekday: number): Promise<boolean> {
  const raw = await readStored(KEY.settings);
  const stored =
    typeof raw === 'object' && raw !== null ? (raw as { reflectionWeekday?: unknown }).reflectionWeekday : undefined;
  // Valid settings say `stored`, damaged ones the default's: neither is today.
  if (stored !== weekday && DEFAULT_SETTINGS.reflectionWeekday !== weekday) return false;
  const { validateSettings } = await import('@/core/settings');
  const result = validateSettings(raw);
  return (result.ok ? result.value : DEFAULT_SETTINGS).reflectionWeekday === weekday;
}
