// Read-modify-write of a shared key runs under a Web Lock (DESIGN.md "Storage"): the
// lock is shared by every page and the worker of the extension's origin, so two
// contexts can never interleave a read and a write of the same key.
const fallbackQueues = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`limber:${name}`, task) as Promise<T>;
  // Unit tests (happy-dom) have no Web Locks: serialize within this context instead.
  const previous = fallbackQueues.get(name) ?? Promise.resolve();
  const next = previous.then(task, task);
  fallbackQueues.set(
    name,
    next.catch(() => undefined),
  );
  return next;
}
