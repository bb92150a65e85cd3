// "Your data" writes (issue 5): importing check-ins and deleting everything. Runs in
// the background, the one writer. An import is all or nothing: every check-in is
// validated before anything is written; the months it touches are written a year at
// a time under their Web Locks, held until the end, and if a write fails, the months
// already written are put back as they were.
import { browser } from 'wxt/browser';
import { type CheckIn, monthOf, parseMonth, validateCheckIn } from '@/core/checkins';
import { mergeById } from '@/core/import';
import type { Reply } from '@/core/messages';
import { ALL_CHECKINS_LOCK, withLock } from './locks';
import { CHECKINS_KEY_PREFIX } from './storage';

/** More than a lifetime of check-ins (ten a day for 50 years): anything larger is not an import. */
export const IMPORT_MAX_CHECKINS = 200_000;

/** Months written per storage call: a year of check-ins is ~400 KB. */
const MONTHS_PER_WRITE = 12;

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

/** Holds every named lock at once, taken in sorted order so two holders never deadlock. */
function withLocks<T>(names: readonly string[], task: () => Promise<T>): Promise<T> {
  const sorted = [...new Set(names)].sort();
  const take = (i: number): Promise<T> =>
    i === sorted.length ? task() : withLock(sorted[i] as string, () => take(i + 1));
  return take(0);
}

const monthKey = (month: string) => `${CHECKINS_KEY_PREFIX}${month}`;

export async function importCheckIns(input: unknown, area: Area = browser.storage.local): Promise<Reply> {
  if (!Array.isArray(input) || input.length > IMPORT_MAX_CHECKINS) return { ok: false, error: { kind: 'badMessage' } };

  // 1. Validate everything first: one bad record and nothing is written.
  const byMonth = new Map<string, CheckIn[]>();
  for (let i = 0; i < input.length; i++) {
    const result = validateCheckIn(input[i]);
    if (!result.ok) return { ok: false, error: { kind: 'invalidImport', row: i + 1, problems: result.problems } };
    const month = monthOf(result.value);
    const list = byMonth.get(month);
    if (list) list.push(result.value);
    else byMonth.set(month, [result.value]);
  }
  if (byMonth.size === 0) return { ok: true };

  const months = [...byMonth.keys()].sort();
  const keys = months.map(monthKey);
  try {
    // One exclusive lock over every month: no single-month save can interleave.
    return await withLock(ALL_CHECKINS_LOCK, async () => {
      // 2. Merge by id: what is stored is never overwritten (core/import.ts mergeById).
      const stored: Record<string, unknown> = await area.get(keys);
      const writes: [key: string, next: CheckIn[]][] = [];
      for (const month of months) {
        const key = monthKey(month);
        const { checkIns, damaged } = parseMonth(stored[key]);
        // A damaged month is left for the repair path (which keeps the raw value aside):
        // rewriting it here would drop what could not be read.
        if (damaged) return { ok: false, error: { kind: 'storage', detail: `${key} needs repair first` } } as Reply;
        const { merged, counts } = mergeById(checkIns, byMonth.get(month) as CheckIn[]);
        if (counts.added > 0) writes.push([key, merged]);
      }

      // 3. Write a year of months per call (one storage round trip each, not 120 for ten
      //    years); on failure put back every month of the batches tried.
      const tried: string[] = [];
      try {
        for (let i = 0; i < writes.length; i += MONTHS_PER_WRITE) {
          const batch = writes.slice(i, i + MONTHS_PER_WRITE);
          for (const [key] of batch) tried.push(key);
          await area.set(Object.fromEntries(batch));
        }
      } catch (error) {
        await restore(area, tried, stored);
        return { ok: false, error: { kind: 'storage', detail: String(error) } } as Reply;
      }
      return { ok: true } as Reply;
    });
  } catch (error) {
    return { ok: false, error: { kind: 'storage', detail: String(error) } };
  }
}

async function restore(area: Area, keys: readonly string[], before: Record<string, unknown>): Promise<void> {
  for (const key of keys) {
    try {
      // An absent key may come back as undefined (fakeBrowser) or not at all (Chrome).
      if (before[key] !== undefined) await area.set({ [key]: before[key] });
      else await area.remove(key);
    } catch {
      // Storage refused even the restore: nothing more can be done from here.
    }
  }
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
    await withLocks([ALL_CHECKINS_LOCK, 'settings', 'quarantine', 'engine', 'activity'], async () => {
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
