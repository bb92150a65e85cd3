// Deleting everything (issue 5 "Your data"). Runs in the background, the one writer
// of the engine's keys, which it restarts afterwards. Imports are written by the
// options page itself (utils/import-writer.ts), so the worker carries no import code.
import { browser } from 'wxt/browser';
import type { Reply } from '@/core/messages';
import { LOCK_ORDER, withLocks } from './locks';
import { readEverything } from './storage';
import { SYNC_KEY } from './storage-keys';

type Area = Pick<typeof browser.storage.local, 'get' | 'remove'>;

/**
 * Removes everything Limber keeps in this browser: check-ins, break records, engine
 * state, settings (and their synced copy), PHQ-2, reflections, activity and
 * quarantine. Every key in the extension's local area is Limber's own. It holds every
 * lock (each month family exclusively), so a save running at that moment either
 * finishes before and is removed too, or starts after from nothing: never writes
 * back what it read before.
 */
export async function deleteAllData(
  area: Area = browser.storage.local,
  syncArea: Pick<Area, 'remove'> | undefined = browser.storage.sync,
): Promise<Reply> {
  try {
    await withLocks(LOCK_ORDER, async () => {
      // Read under the locks: a month may have appeared meanwhile.
      const { keys } = await readEverything(area);
      if (keys.length) await area.remove(keys);
      // Settings' synced copy, if the user turned sync on (storage.sync may be absent).
      await syncArea?.remove(SYNC_KEY.settings).catch(() => undefined);
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: { kind: 'storage', detail: String(error) } };
  }
}
