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
import type { CheckIn, Result } from '@/core/checkins';
import { groupByMonth, type MergeCounts, planImport, storedIds } from '@/core/import';
import type { Failure } from '@/core/messages';
import { IDENTITY, mergeRecords, type RecordPart, type RestoreData, VALIDATORS } from '@/core/restore';
import { localMonthKey } from '@/core/time';
import { type LockName, withLocks } from './locks';
import { keepAside } from './quarantine';
import { CHECKINS, KEY, OUTCOMES, readEverything, type StoredKey } from './storage';
import { localOffsetMin } from './time-zone';

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

/** What an import writes: check-ins, and a backup's other records (each part may be empty). */
export type ImportWrite = { checkIns: readonly CheckIn[] } & Partial<Omit<RestoreData, 'settings'>>;

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
const IMPORT_LOCKS: readonly LockName[] = [CHECKINS.name, OUTCOMES.name, KEY.phq2, KEY.reflections];

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
    records: { phq2: new Set(), reflections: new Set(), outcomes: new Set() },
  };
  for (const raw of stored.checkIns.values()) for (const id of storedIds(raw)) here.checkIns.add(id);
  identitiesOf('phq2', stored.single.phq2, here.records.phq2);
  identitiesOf('reflections', stored.single.reflections, here.records.reflections);
  for (const raw of stored.outcomes.values()) identitiesOf('outcomes', raw, here.records.outcomes);
  return here;
}

/** A stored list of records: the valid ones, and whether anything else was there. */
function parseStored<P extends RecordPart>(part: P, raw: unknown) {
  const list = Array.isArray(raw) ? raw : [];
  const validate = VALIDATORS[part] as (x: unknown) => Result<RestoreData[P][number], unknown>;
  const valid: RestoreData[P][number][] = [];
  for (const item of list) {
    const result = validate(item);
    if (result.ok) valid.push(result.value);
  }
  return { valid, damaged: raw !== undefined && (!Array.isArray(raw) || valid.length !== list.length) };
}

/**
 * Adds an import to what is stored: check-ins by id, other records by their identity
 * (core/restore.ts). What is stored is never replaced.
 */
export async function writeImport(
  data: ImportWrite,
  options: { area?: Area; now?: number; onStep?: (step: WriteStep) => void } = {},
): Promise<ImportWriteResult> {
  const area = options.area ?? browser.storage.local;
  const now = options.now ?? Date.now();
  const onStep = options.onStep ?? (() => undefined);
  const byMonth = groupByMonth(data.checkIns);
  const outcomesByMonth = new Map<string, RestoreData['outcomes']>();
  for (const o of data.outcomes ?? []) {
    const month = outcomesMonth(o.at);
    const list = outcomesByMonth.get(month);
    if (list) list.push(o);
    else outcomesByMonth.set(month, [o]);
  }
  try {
    return await withLocks(IMPORT_LOCKS, async (): Promise<ImportWriteResult> => {
      onStep('lock');
      // Everything, not only the months the file touches: an id is taken wherever it is stored.
      const stored = await readEverything(area);
      const plan = planImport(byMonth, stored.checkIns);
      if (plan.damaged.length) return { ok: false, error: { kind: 'damaged', months: plan.damaged } };

      /** Each key written, with its value before (undefined: absent), to put back on failure. */
      const writes = new Map<StoredKey, { value: unknown; before: unknown }>();
      for (const [month, list] of plan.writes)
        writes.set(CHECKINS.key(month), { value: list, before: stored.checkIns.get(month) });
      const added: Record<RecordPart, number> = { phq2: 0, reflections: 0, outcomes: 0 };
      // A stored list with unreadable entries is kept aside whole before it is rewritten
      // with its valid entries and the new ones, as the background's writers do.
      const setAside: [key: StoredKey, raw: unknown, kept: number][] = [];
      const mergePart = <P extends RecordPart>(
        part: P,
        key: StoredKey,
        raw: unknown,
        incoming: readonly RestoreData[P][number][],
      ) => {
        const { valid, damaged } = parseStored(part, raw);
        const merged = mergeRecords(part, valid, incoming);
        if (merged.added === 0) return;
        added[part] += merged.added;
        if (damaged) setAside.push([key, raw, valid.length]);
        writes.set(key, { value: merged.merged, before: raw });
      };
      mergePart('phq2', KEY.phq2, stored.single.phq2, data.phq2 ?? []);
      mergePart('reflections', KEY.reflections, stored.single.reflections, data.reflections ?? []);
      for (const [month, list] of outcomesByMonth)
        mergePart('outcomes', OUTCOMES.key(month), stored.outcomes.get(month), list);
      onStep('merge');

      for (const [key, raw, kept] of setAside) await keepAside(key, raw, kept, now);
      // One call per key, all at once: measured faster for ten years than one call for
      // everything or a year per call, as storage stores one while the next is sent.
      const keys = [...writes.keys()];
      const results = await Promise.allSettled(keys.map((key) => area.set({ [key]: writes.get(key)?.value })));
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) {
        await putBack(area, writes);
        return { ok: false, error: { kind: 'storage', detail: String(failed.reason) } };
      }
      onStep('set');
      return { ok: true, checkIns: plan.counts, added };
    });
  } catch (error) {
    return { ok: false, error: { kind: 'storage', detail: String(error) } };
  }
}

/** Puts every key written back as it was before (absent then: removed). */
async function putBack(area: Area, writes: ReadonlyMap<StoredKey, { before: unknown }>): Promise<void> {
  for (const [key, { before }] of writes) {
    try {
      if (before !== undefined) await area.set({ [key]: before });
      else await area.remove(key as string);
    } catch {
      // Storage refused even the put-back: nothing more can be done from here.
    }
  }
}
