// A small Web Locks manager for unit tests (happy-dom has none): named locks held
// exclusively or shared, granted first come first served, as the spec says
// (https://w3c.github.io/web-locks/). It also records what each request asked for
// and what was held at that moment, so tests can check the order locks are taken in.

export interface LockRequestRecord {
  name: string;
  mode: LockMode;
  /** Names held (by anyone) when this one was asked for. */
  heldAtRequest: string[];
}

interface Waiting {
  mode: LockMode;
  grant: () => void;
}

export class FakeLockManager {
  readonly requests: LockRequestRecord[] = [];
  private readonly held = new Map<string, { mode: LockMode; count: number }>();
  private readonly waiting = new Map<string, Waiting[]>();

  /** The names held right now. */
  heldNames(): string[] {
    return [...this.held.keys()];
  }

  /** The mode `name` is held in right now, if it is. */
  heldMode(name: string): LockMode | undefined {
    return this.held.get(name)?.mode;
  }

  request<T>(name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<T> | T): Promise<T> {
    const mode = options.mode ?? 'exclusive';
    this.requests.push({ name, mode, heldAtRequest: this.heldNames() });
    return new Promise<T>((resolve, reject) => {
      const queue = this.waiting.get(name) ?? [];
      this.waiting.set(name, queue);
      queue.push({
        mode,
        grant: () => {
          // Released before the request settles, as the spec says.
          Promise.resolve()
            .then(() => callback({ name, mode }))
            .then(
              (value) => {
                this.release(name);
                resolve(value);
              },
              (error) => {
                this.release(name);
                reject(error);
              },
            );
        },
      });
      this.pump(name);
    });
  }

  private pump(name: string): void {
    const queue = this.waiting.get(name) ?? [];
    while (queue.length > 0) {
      const next = queue[0] as Waiting;
      const held = this.held.get(name);
      if (held && (held.mode === 'exclusive' || next.mode === 'exclusive')) return;
      queue.shift();
      this.held.set(name, { mode: next.mode, count: (held?.count ?? 0) + 1 });
      next.grant();
    }
  }

  private release(name: string): void {
    const held = this.held.get(name);
    if (!held) return;
    held.count -= 1;
    if (held.count === 0) this.held.delete(name);
    this.pump(name);
  }
}

/** Gives `navigator.locks` a fresh fake and returns it. */
export function installFakeLocks(): FakeLockManager {
  const locks = new FakeLockManager();
  Object.defineProperty(globalThis.navigator, 'locks', { value: locks, configurable: true });
  return locks;
}

/** The fake the current test runs with (tests/setup.ts installs one before each test). */
export const fakeLocks = (): FakeLockManager => globalThis.navigator.locks as unknown as FakeLockManager;
