// Read-modify-write of a shared key runs under a Web Lock (DESIGN.md "Storage"): the
// lock is shared by every page and the worker of the extension's origin, so two
// contexts can never interleave a read and a write of the same key.
const fallbackQueues = new Map<string, Promise<unknown>>();

/**
 * Every check-in month's writer holds this in shared mode as well as its month's
 * lock; a writer of many months at once (import, delete all) holds it exclusively,
 * so it takes one lock instead of one per month (a readers-writer lock).
 */
export const ALL_CHECKINS_LOCK = 'checkins';

export function withLock<T>(name: string, task: () => Promise<T>, mode: LockMode = 'exclusive'): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`limber:${name}`, { mode }, task) as Promise<T>;
  // Unit tests (happy-dom) have no Web Locks: serialize within this context instead
  // (a shared hold is exclusive here: slower, never less safe).
  const previous = fallbackQueues.get(name) ?? Promise.resolve();
  const next = previous.then(task, task);
  fallbackQueues.set(
    name,
    next.catch(() => undefined),
  );
  return next;
}
