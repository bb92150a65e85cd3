// Carries check-in requests out against storage. Runs in the background (the one
// writer); every read-modify-write of a month runs under that month's Web Lock.
import {
  addToMonth,
  type CheckIn,
  monthOf,
  parseMonth,
  putInMonth,
  removeFromMonth,
  validateCheckIn,
} from '@/core/checkins';
import type { Reply } from '@/core/messages';
import { withLocks } from './locks';
import { keepAside } from './quarantine';
import { monthItem } from './storage';
import { CHECKINS } from './storage-keys';

const OK: Reply = { ok: true };

/** Reads one month for display. Damage is reported, never repaired here: readers don't write. */
export async function readMonth(month: string): Promise<{ checkIns: CheckIn[]; damaged: boolean }> {
  return parseMonth(await monthItem(CHECKINS, month).getValue());
}

/**
 * A page's read of some months (the popup's `checkins/read`): every valid entry, in
 * the months' order. A damaged month is kept aside and repaired here, by the one
 * writer, as the page would otherwise have asked (`checkins/repair`).
 */
export async function readMonthsForPage(months: readonly string[], now: number): Promise<Reply> {
  const read = await Promise.all(months.map(readMonth));
  for (const [i, month] of months.entries()) {
    if (read[i]?.damaged) await repairMonth(month, now);
  }
  return { ok: true, checkIns: read.flatMap((m) => m.checkIns) };
}

/**
 * Adds a check-in. The same check-in sent again (the popup retries a save whose
 * answer was lost, with the same id) writes nothing and answers `alreadySaved`.
 */
export async function addCheckIn(input: unknown, now: number): Promise<Reply> {
  const result = validateCheckIn(input);
  if (!result.ok) return { ok: false, error: { kind: 'invalidCheckIn', problems: result.problems } };
  const checkIn = result.value;
  let already = false;
  const reply = await updateMonths([monthOf(checkIn)], now, ([month]) => {
    const added = addToMonth(month as CheckIn[], checkIn);
    if (added.kind === 'idTaken') return null;
    if (added.kind === 'alreadySaved') {
      already = true;
      return [month as CheckIn[]];
    }
    return [added.month];
  });
  return reply.ok && already ? { ok: true, alreadySaved: true } : reply;
}

/**
 * Replaces the entry with this id in month `from` by `input`, which may belong to
 * another month (its time was edited): both months change under their locks at once.
 * An entry no longer there is put back (an edit racing a delete keeps the edit).
 */
export async function updateCheckIn(from: string, input: unknown, now: number): Promise<Reply> {
  const result = validateCheckIn(input);
  if (!result.ok) return { ok: false, error: { kind: 'invalidCheckIn', problems: result.problems } };
  const checkIn = result.value;
  const to = monthOf(checkIn);
  if (to === from) return updateMonths([from], now, ([month]) => [putInMonth(month as CheckIn[], checkIn)]);
  // Written in this order: should the second write fail, the entry is in both months, never in neither.
  return updateMonths([to, from], now, ([next, old]) => [
    putInMonth(next as CheckIn[], checkIn),
    removeFromMonth(old as CheckIn[], checkIn.id),
  ]);
}

export async function removeCheckIn(month: string, id: string, now: number): Promise<Reply> {
  return updateMonths([month], now, ([list]) => [removeFromMonth(list as CheckIn[], id)]);
}

/** Keeps a damaged month's raw value aside and leaves its valid entries in place. */
export async function repairMonth(month: string, now: number): Promise<Reply> {
  return updateMonths([month], now, (lists) => lists);
}

/**
 * The one path that writes months. `change` gets each month's list and returns the
 * new lists (the same list for one it leaves alone), or null to refuse (an id
 * already taken by another check-in); a refused change writes nothing at all.
 * Months are written in the order given.
 */
async function updateMonths(
  months: readonly string[],
  now: number,
  change: (lists: CheckIn[][]) => CheckIn[][] | null,
): Promise<Reply> {
  const keys = months.map((m) => CHECKINS.key(m));
  try {
    // Each month's lock, and every check-in month's shared (utils/locks.ts lockPlan).
    return await withLocks(keys, async () => {
      const raws = await Promise.all(months.map((m) => monthItem(CHECKINS, m).getValue()));
      const parsed = raws.map(parseMonth);
      const lists = parsed.map((p) => p.checkIns);
      const next = change(lists);
      if (next === null) return { ok: false, error: { kind: 'duplicateId' } } satisfies Reply;
      for (const [i, month] of months.entries()) {
        const { damaged } = parsed[i] as { damaged: boolean };
        const key = keys[i] as (typeof keys)[number];
        if (damaged) await keepAside(key, raws[i], (lists[i] as CheckIn[]).length, now);
        if (damaged || next[i] !== lists[i]) await monthItem(CHECKINS, month).setValue(next[i] as CheckIn[]);
      }
      return OK;
    });
  } catch (error) {
    // Quota exceeded or storage unavailable: nothing was written; say so plainly.
    return { ok: false, error: { kind: 'storage', detail: String(error) } };
  }
}
