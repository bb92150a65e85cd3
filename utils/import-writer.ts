// The options page's import writer (issue 5 "Your data"). The page has already read
// and validated every record for its preview (core/import.ts parseImport,
// core/restore.ts readRestore), so it writes them itself rather than sending them to
// the worker to validate again. DESIGN.md "Storage": every read-modify-write of a
// shared key runs under a Web Lock. Web Locks are shared by every page and the worker
// of the extension's origin, and this writer holds the lock of every key it changes
// (utils/locks.ts): every check-in month and every break-record month, each family
// exclusively (a single-month writer in the background holds its family shared), and
// `phq2` and `reflections` (utils/care-store.ts). Settings are not written here: the
// page asks the background's settings writer.
//
// All or nothing: a damaged stored check-in month refuses the import before anything
// is written; every key is then written at once, one storage call each, and if any
// write fails, every key is put back as it was.
import { browser } from 'wxt/browser';
import { type ImportWrite, type MergeCounts, type PlannedWrite, planWrites, storedIds } from '@/core/import-merge';
import type { Failure } from '@/core/messages';
import { IDENTITY, type RecordPart } from '@/core/restore';
import { localMonthKey } from '@/core/time';
import { type LockName, withLocks } from './locks';
import { keepAside } from './quarantine';
import { readEverything } from './storage';
import { CHECKINS, KEY, OUTCOMES, type StoredKey } from './storage-keys';
import { localOffsetMin } from './time-zone';

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

export type { ImportWrite };

/** The steps of a write, each reported as it ends, so the page can time them. */
export type WriteStep = 'lock' | 'merge' | 'set';

export type ImportWriteResult =
  | { ok: true; checkIns: MergeCounts; added: Record<RecordPart, number> }
  /** Stored check-in months (`YYYY-MM`) that hold something unreadable: repair them, then import again. */
  | { ok: false; error: { kind: 'damaged'; months: string[] } }
  | { ok: false; error: Extract<Failure, { kind: 'storage' }> };

/** Break records are kept per local month of the machine's zone, as the engine files them. */
const outcomesMonth = (at: number) => localMonthKey(at, localOffsetMin(at));

/** What this writer may change (utils/locks.ts takes them in their one order). */
const IMPORT_LOCKS: readonly LockName[] = ['activity', CHECKINS.name, OUTCOMES.name, KEY.phq2, KEY.reflections];

/** What is already here, for the preview: ids and identities, without validating each entry. */
export interface StoredIdentities {
  checkIns: Set<string>;
  records: Record<RecordPart, Set<string>>;
}

const identitiesOf = <P extends RecordPart>(part: P, raw: unknown, into: Set<string>) => {
  if (!Array.isArray(raw)) return;
  const identity = IDENTITY[part] as (record: unknown) => string;
  for (const item of raw) if (typeof item === 'object' && item !== null) into.add(identity(item));
};

export async function readStoredIdentities(area: Pick<Area, 'get'> = browser.storage.local): Promise<StoredIdentities> {
  const stored = await readEverything(area);
  const here: StoredIdentities = {
    checkIns: new Set(),
    records: { phq2: new Set(), reflections: new Set(), outcomes: new Set(), rollups: new Set(), activity: new Set() },
  };
  for (const raw of stored.checkIns.values()) for (const id of storedIds(raw)) here.checkIns.add(id);
  identitiesOf('phq2', stored.single.phq2, here.records.phq2);
  identitiesOf('reflections', stored.single.reflections, here.records.reflections);
  identitiesOf('rollups', stored.single.rollups, here.records.rollups);
  const log = stored.single.activity as { log?: unknown } | undefined;
  identitiesOf('activity', typeof log === 'object' && log !== null ? log.log : undefined, here.records.activity);
  for (const raw of stored.outcomes.values()) identitiesOf('outcomes', raw, here.records.outcomes);
  return here;
}

/** The storage key of a planned write: the one place a plan's targets become keys. */
const keyOf = (write: PlannedWrite): StoredKey =>
  write.target === 'checkIns'
    ? CHECKINS.key(write.month)
    : write.target === 'outcomes'
      ? OUTCOMES.key(write.month)
      : KEY[write.target];

/**
 * Adds an import to what is stored, as core/import-merge.ts planWrites decides it:
 * check-ins by id, other records by their identity (core/restore.ts). What is stored
 * is never replaced; a stored value with unreadable entries is kept aside whole
 * before it is rewritten with its valid entries and the new ones.
 */
export async function writeImport(
  data: ImportWrite,
  options: { area?: Area; now?: number; onStep?: (step: WriteStep) => void } = {},
): Promise<ImportWriteResult> {
  const area = options.area ?? browser.storage.local;
  const now = options.now ?? Date.now();
  const onStep = options.onStep ?? (() => undefined);
  try {
    return await withLocks(IMPORT_LOCKS, async (): Promise<ImportWriteResult> => {
      onStep('lock');
      // Everything, not only the months the file touches: an id is taken wherever it is stored.
      const stored = await readEverything(area);
      const plan = planWrites(
        data,
        {
          checkIns: stored.checkIns,
          outcomes: stored.outcomes,
          phq2: stored.single.phq2,
          reflections: stored.single.reflections,
          rollups: stored.single.rollups,
          activity: stored.single.activity,
        },
        outcomesMonth,
      );
      if (!plan.ok) return { ok: false, error: { kind: 'damaged', months: plan.damaged } };
      onStep('merge');

      for (const { write, kept } of plan.setAside) await keepAside(keyOf(write), write.before, kept, now);
      // One call per key, all at once: measured faster for ten years than one call for
      // everything or a year per call, as storage stores one while the next is sent.
      const results = await Promise.allSettled(plan.writes.map((w) => area.set({ [keyOf(w)]: w.value })));
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) {
        await putBack(area, plan.writes);
        return { ok: false, error: { kind: 'storage', detail: String(failed.reason) } };
      }
      onStep('set');
      return { ok: true, checkIns: plan.checkIns, added: plan.added };
    });
  } catch (error) {
    return { ok: false, error: { kind: 'storage', detail: String(error) } };
  }
}

/** Puts every key written back as it was before (absent then: removed). */
async function putBack(area: Area, writes: readonly PlannedWrite[]): Promise<void> {
  for (const write of writes) {
    const key = keyOf(write);
    try {
      if (write.before !== undefined) await area.set({ [key]: write.before });
      else await area.remove(key as string);
    } catch {
      // Storage refused even the put-back: nothing more can be done from here.
    }
  }
}
