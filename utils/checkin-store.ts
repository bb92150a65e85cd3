// Carries check-in requests out against storage. Runs in the background (the one
// writer); every read-modify-write of a month runs under that month's Web Lock.
import { addToMonth, type CheckIn, monthOf, parseMonth, removeFromMonth, validateCheckIn } from '@/core/checkins';
import type { Reply } from '@/core/messages';
import { withLocks } from './locks';
import { keepAside } from './quarantine';
import { CHECKINS } from './storage';

const OK: Reply = { ok: true };

/** Reads one month for display. Damage is reported, never repaired here: readers don't write. */
export async function readMonth(month: string): Promise<{ checkIns: CheckIn[]; damaged: boolean }> {
  return parseMonth(await CHECKINS.item(month).getValue());
}

export async function addCheckIn(input: unknown, now: number): Promise<Reply> {
  const result = validateCheckIn(input);
  if (!result.ok) return { ok: false, error: { kind: 'invalidCheckIn', problems: result.problems } };
  const checkIn = result.value;
  return updateMonth(monthOf(checkIn), now, (month) => {
    const added = addToMonth(month, checkIn);
    return added.ok ? added.value : null;
  });
}

export async function removeCheckIn(month: string, id: string, now: number): Promise<Reply> {
  return updateMonth(month, now, (list) => removeFromMonth(list, id));
}

/** Keeps a damaged month's raw value aside and leaves its valid entries in place. */
export async function repairMonth(month: string, now: number): Promise<Reply> {
  return updateMonth(month, now, (list) => list);
}

/**
 * The one path that writes a month. `change` returns the new list, or null to refuse
 * (a duplicate id); a refused change writes nothing at all.
 */
async function updateMonth(month: string, now: number, change: (list: CheckIn[]) => CheckIn[] | null): Promise<Reply> {
  const item = CHECKINS.item(month);
  const key = CHECKINS.key(month);
  try {
    // The month's lock, and every check-in month's shared (utils/locks.ts lockPlan).
    return await withLocks([key], async () => {
      const raw = await item.getValue();
      const { checkIns, damaged } = parseMonth(raw);
      const next = change(checkIns);
      if (next === null) return { ok: false, error: { kind: 'duplicateId' } } satisfies Reply;
      if (damaged) await keepAside(key, raw, checkIns.length, now);
      if (damaged || next !== checkIns) await item.setValue(next);
      return OK;
    });
  } catch (error) {
    // Quota exceeded or storage unavailable: nothing was written; say so plainly.
    return { ok: false, error: { kind: 'storage', detail: String(error) } };
  }
}
