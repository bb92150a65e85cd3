// Deleting everything (issue 5 "Your data"). Runs in the background, the one writer
// of the engine's keys, which it restarts afterwards. Imports are written by the
// options page itself (utils/import-writer.ts), so the worker carries no import code.
import { browser } from 'wxt/browser';
import type { Reply } from '@/core/messages';
import { ALL_CHECKINS_LOCK, withLock } from './locks';

type Area = Pick<typeof browser.storage.local, 'get' | 'remove'>;

/**
 * Holds every named lock at once, taken in the order given. Callers list them in
 * the order the other holders nest them (the engine takes `activity` and
 * `quarantine` while holding `engine`; every writer may take `quarantine` last), so
 * no two holders can each wait for the other.
 */
export function withLocks<T>(names: readonly string[], task: () => Promise<T>): Promise<T> {
  const take = (i: number): Promise<T> =>
    i === names.length ? task() : withLock(names[i] as string, () => take(i + 1));
  return take(0);
}

/**
 * Removes everything Limber keeps in this browser: check-ins, break records, engine
 * state, settings (and their synced copy), PHQ-2, reflections and quarantine. Every
 * key in the extension's local area is Limber's own. Months are removed under the
 * all-check-ins lock held exclusively, so a check-in being saved at that moment is either removed too or saved after.
 */
export async function deleteAllData(
  area: Area = browser.storage.local,
  syncArea: Pick<Area, 'remove'> | undefined = browser.storage.sync,
): Promise<Reply> {
  try {
    await withLocks(['engine', 'activity', 'settings', ALL_CHECKINS_LOCK, 'quarantine'], async () => {
      // Read again under the locks: a month may have appeared meanwhile.
      const now = Object.keys(await area.get(null));
      if (now.length) await area.remove(now);
    });
    // Settings' synced copy, if the user turned sync on (storage.sync may be absent).
    await syncArea?.remove('settings').catch(() => undefined);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: { kind: 'storage', detail: String(error) } };
  }
}
