// Every read-modify-write of a shared key runs under a Web Lock (DESIGN.md "Storage").
// Web Locks are shared by every page and the worker of the extension's origin, so two
// contexts can never interleave a read and a write of the same key. The locks are
// named here, in the one order every holder takes them: a holder that already holds
// some locks only ever asks for later ones (the engine takes `activity`, `outcomes`
// and `quarantine` while it holds `engine`; every writer may take `quarantine` last),
// so no two holders can each wait for the other.
import { CHECKINS, OUTCOMES } from './storage-keys';

/** Every lock, in the order they are taken. */
export const LOCK_ORDER = [
  // engine, status (the engine runner holds it for a whole step)
  'engine',
  // activity, rollups
  'activity',
  // settings, sync:settings
  'settings',
  // every check-in month (readers-writer: see below)
  CHECKINS.name,
  // every break-record month (readers-writer)
  OUTCOMES.name,
  'phq2',
  'reflections',
  'lastMove',
  'quarantine',
] as const;

type Family = typeof CHECKINS.name | typeof OUTCOMES.name;
const FAMILIES = { [CHECKINS.name]: CHECKINS, [OUTCOMES.name]: OUTCOMES } as const;

/**
 * A lock's name: one of LOCK_ORDER, or one month of a family (`checkins:2026-11`).
 * A family's name alone is the whole family: a writer of many months (import, delete
 * everything) holds it exclusively instead of one lock per month; a writer of one
 * month holds the family shared as well as its month's lock (a readers-writer lock).
 */
export type LockName = (typeof LOCK_ORDER)[number] | `${Family}:${string}`;

export interface LockStep {
  name: string;
  mode: LockMode;
}

const orderOf = (name: string): number => LOCK_ORDER.indexOf(name as (typeof LOCK_ORDER)[number]);

/** A month lock's family and month, or null for a lock of LOCK_ORDER. */
function monthLock(name: string): { family: Family; month: string } | null {
  for (const family of Object.values(FAMILIES)) {
    const month = family.monthOf(name);
    if (month !== null) return { family: family.name, month };
  }
  return null;
}

/** Where a lock comes in the one order: a month just after its family, months in month order. */
export function lockRank(name: string): number {
  const month = monthLock(name);
  if (!month) {
    const rank = orderOf(name);
    if (rank < 0) throw new Error(`Not a lock: ${name}`);
    return rank;
  }
  // Months sort by name among themselves; as a number, each sits between its family and the next lock.
  return orderOf(month.family) + 0.5;
}

/**
 * The locks `names` stand for, in the order they are taken: each family held shared
 * before its months (or exclusively, and then none of its months), everything sorted
 * by LOCK_ORDER and months by month, each once.
 */
export function lockPlan(names: readonly LockName[]): LockStep[] {
  const whole = new Set<string>();
  const months = new Set<string>();
  for (const name of names) {
    lockRank(name);
    if (monthLock(name)) months.add(name);
    else whole.add(name);
  }
  const steps: (LockStep & { rank: number })[] = [...whole].map((name) => ({
    name,
    mode: 'exclusive',
    rank: lockRank(name),
  }));
  const sharedFamilies = new Set<string>();
  for (const name of months) {
    const { family } = monthLock(name) as { family: Family };
    if (whole.has(family)) continue;
    if (!sharedFamilies.has(family)) {
      sharedFamilies.add(family);
      steps.push({ name: family, mode: 'shared', rank: lockRank(family) });
    }
    steps.push({ name, mode: 'exclusive', rank: lockRank(name) });
  }
  return steps
    .sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, mode }) => ({ name, mode }));
}

/** Runs `task` holding every lock `names` stand for (lockPlan), taken in the one order. */
export function withLocks<T>(names: readonly LockName[], task: () => Promise<T>): Promise<T> {
  const plan = lockPlan(names);
  const locks = globalThis.navigator.locks;
  const take = (i: number): Promise<T> => {
    const step = plan[i];
    if (!step) return task();
    return locks.request(`limber:${step.name}`, { mode: step.mode }, () => take(i + 1)) as Promise<T>;
  };
  return take(0);
}
