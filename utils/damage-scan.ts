// The background's look over everything stored (issue 15 "Nothing damaged is lost
// silently"): each value that fails validation is kept aside whole (utils/quarantine.ts)
// and replaced by what core/damage.ts says stays in place, under that key's lock, so
// the page that asked can tell the person at once. Pages ask on open ('data/check').
import { browser } from 'wxt/browser';
import { inspectStored, type StoredKind } from '@/core/damage';
import type { Reply } from '@/core/messages';
import { withLocks } from './locks';
import { keepAside, repairStoredQuarantine } from './quarantine';
import { readEverything } from './storage';
import { CHECKINS, KEY, OUTCOMES, type StoredKey } from './storage-keys';

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

const kindOf = (key: string): StoredKind | null => {
  if (CHECKINS.monthOf(key) !== null) return 'checkins';
  if (OUTCOMES.monthOf(key) !== null) return 'outcomes';
  switch (key) {
    case KEY.settings:
    case KEY.engine:
    case KEY.status:
    case KEY.activity:
    case KEY.rollups:
    case KEY.phq2:
    case KEY.reflections:
    case KEY.lastMove:
      return key;
    default:
      return null;
  }
};

/** The lock a key's writers hold (utils/locks.ts): `status` is the engine's, `rollups` the activity log's. */
const lockOf = (key: StoredKey) => (key === KEY.status ? KEY.engine : key === KEY.rollups ? KEY.activity : key);

/**
 * Keeps one stored value aside if it is damaged, and stores what stays in its place.
 * Read again under the key's lock: a writer may have changed it since the first look.
 */
export async function keepAsideIfDamaged(key: StoredKey, now: number, area: Area = browser.storage.local) {
  const kind = kindOf(key);
  if (kind === null) return false;
  return withLocks([lockOf(key)], async () => {
    const raw = (await area.get(key as never))[key];
    const found = inspectStored(kind, raw);
    if (!found.damaged) return false;
    await keepAside(key, raw, found.kept, now);
    if (found.repaired === undefined) await area.remove(key as never);
    else await area.set({ [key]: found.repaired });
    return true;
  });
}

/**
 * Looks at every stored value; returns the keys kept aside. The engine's own state is
 * kept aside by the engine when it next starts (utils/engine.ts loadState): the
 * caller restarts it when `engine` is among them.
 */
export async function keepAsideDamaged(
  now: number,
  area: Area = browser.storage.local,
  months?: readonly string[],
): Promise<StoredKey[]> {
  const found: StoredKey[] = [];
  if (await repairStoredQuarantine(now)) found.push(KEY.quarantine);
  const { keys, single, checkIns, outcomes } = await (months === undefined
    ? readEverything(area)
    : readSome(area, months));
  // A first look without locks; only what looks damaged is read again under its lock.
  const suspects = keys.filter((key): key is StoredKey => {
    const kind = kindOf(key);
    if (kind === null || key === KEY.engine) return false;
    const month = CHECKINS.monthOf(key) ?? OUTCOMES.monthOf(key);
    const raw =
      month === null ? single[key as keyof typeof single] : (kind === 'checkins' ? checkIns : outcomes).get(month);
    return inspectStored(kind, raw).damaged;
  });
  for (const key of suspects) if (await keepAsideIfDamaged(key, now, area)) found.push(key);
  if (inspectStored('engine', single.engine).damaged) found.push(KEY.engine);
  return found;
}

/** The single keys and the given months of both families, shaped as readEverything's. */
async function readSome(area: Area, months: readonly string[]) {
  const wanted = [...Object.values(KEY), ...months.map(CHECKINS.key), ...months.map(OUTCOMES.key)];
  const all: Record<string, unknown> = await area.get(wanted as never);
  const single: Record<string, unknown> = {};
  for (const key of Object.values(KEY)) if (all[key] !== undefined) single[key] = all[key];
  return {
    single: single as Awaited<ReturnType<typeof readEverything>>['single'],
    checkIns: CHECKINS.months(all),
    outcomes: OUTCOMES.months(all),
    keys: Object.keys(all),
  };
}

/**
 * The 'data/check' request: keep aside what is damaged, restart the schedule if it was.
 * With `months`, only the single keys and those months are looked at.
 */
export async function checkStoredData(
  now: number,
  restartEngine: (now: number) => Promise<void>,
  months?: readonly string[],
): Promise<Reply> {
  try {
    const found = await keepAsideDamaged(now, browser.storage.local, months);
    if (found.includes(KEY.engine)) await restartEngine(now);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: { kind: 'storage', detail: String(error) } };
  }
}
