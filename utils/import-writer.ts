// The options page's import writer (issue 5 "Your data"). The page has already read
// and validated every record for its preview (core/import.ts parseImport,
// core/restore.ts readRestore), so it writes them itself rather than sending them to
// the worker to validate again. DESIGN.md "Storage": every read-modify-write of a
// shared key runs under a Web Lock. Web Locks are shared by every page and the worker
// of the extension's origin, and this writer holds the lock of every key it changes:
// the all-check-ins lock exclusively (every single-month save in the background holds
// it shared, utils/checkin-store.ts), each break-record month's lock (the engine's,
// utils/engine.ts), and `phq2` and `reflections` (utils/care-store.ts). Settings are
// not written here: the page asks the background's settings writer.
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
import { withLocks } from './data-store';
import { ALL_CHECKINS_LOCK } from './locks';
import { keepAside } from './quarantine';
import { CHECKINS_KEY_PREFIX, OUTCOMES_KEY_PREFIX, storedMonths } from './storage';
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

const checkInsKey = (month: string) => `${CHECKINS_KEY_PREFIX}${month}`;
/** Break records are kept per local month of the machine's zone, as the engine files them. */
const outcomesKey = (at: number) => `${OUTCOMES_KEY_PREFIX}${localMonthKey(at, localOffsetMin(at))}`;

/** PHQ-2 self-checks and reflections are kept under one key each; break records per month. */
const SINGLE_KEY = { phq2: 'phq2', reflections: 'reflections' } as const;

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
  const all: Record<string, unknown> = await area.get(null);
  const here: StoredIdentities = {
    checkIns: new Set(),
    records: { phq2: new Set(), reflections: new Set(), outcomes: new Set() },
  };
  for (const raw of storedMonths(all, CHECKINS_KEY_PREFIX).values())
    for (const id of storedIds(raw)) here.checkIns.add(id);
  identitiesOf('phq2', all.phq2, here.records.phq2);
  identitiesOf('reflections', all.reflections, here.records.reflections);
  for (const raw of storedMonths(all, OUTCOMES_KEY_PREFIX).values())
    identitiesOf('outcomes', raw, here.records.outcomes);
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
  const outcomesByKey = new Map<string, RestoreData['outcomes']>();
  for (const o of data.outcomes ?? []) {
    const key = outcomesKey(o.at);
    const list = outcomesByKey.get(key);
    if (list) list.push(o);
    else outcomesByKey.set(key, [o]);
  }
  // In the order every holder takes them (utils/data-store.ts withLocks).
  const locks = [
    ALL_CHECKINS_LOCK,
    ...[...outcomesByKey.keys()].sort(),
    ...(data.phq2?.length ? ['phq2'] : []),
    ...(data.reflections?.length ? ['reflections'] : []),
  ];
  try {
    return await withLocks(locks, async (): Promise<ImportWriteResult> => {
      onStep('lock');
      // Everything, not only the months the file touches: an id is taken wherever it is stored.
      const all: Record<string, unknown> = await area.get(null);
      const plan = planImport(byMonth, storedMonths(all, CHECKINS_KEY_PREFIX));
      if (plan.damaged.length) return { ok: false, error: { kind: 'damaged', months: plan.damaged } };

      const writes = new Map<string, unknown>();
      for (const [month, list] of plan.writes) writes.set(checkInsKey(month), list);
      const added: Record<RecordPart, number> = { phq2: 0, reflections: 0, outcomes: 0 };
      // A stored list with unreadable entries is kept aside whole before it is rewritten
      // with its valid entries and the new ones, as the background's writers do.
      const setAside: [key: string, raw: unknown, kept: number][] = [];
      const mergePart = <P extends RecordPart>(part: P, key: string, incoming: readonly RestoreData[P][number][]) => {
        const { valid, damaged } = parseStored(part, all[key]);
        const merged = mergeRecords(part, valid, incoming);
        if (merged.added === 0) return;
        added[part] += merged.added;
        if (damaged) setAside.push([key, all[key], valid.length]);
        writes.set(key, merged.merged);
      };
      for (const part of ['phq2', 'reflections'] as const) mergePart(part, SINGLE_KEY[part], data[part] ?? []);
      for (const [key, list] of outcomesByKey) mergePart('outcomes', key, list);
      onStep('merge');

      for (const [key, raw, kept] of setAside) await keepAside(key, raw, kept, now);
      // One call per key, all at once: measured faster for ten years than one call for
      // everything or a year per call, as storage stores one while the next is sent.
      const keys = [...writes.keys()];
      const results = await Promise.allSettled(keys.map((key) => area.set({ [key]: writes.get(key) })));
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) {
        await putBack(area, keys, all);
        return { ok: false, error: { kind: 'storage', detail: String(failed.reason) } };
      }
      onStep('set');
      return { ok: true, checkIns: plan.counts, added };
    });
  } catch (error) {
    return { ok: false, error: { kind: 'storage', detail: String(error) } };
  }
}

/** Puts every key back as it was in `before` (absent there: removed). */
async function putBack(area: Area, keys: readonly string[], before: Record<string, unknown>): Promise<void> {
  for (const key of keys) {
    try {
      if (before[key] !== undefined) await area.set({ [key]: before[key] });
      else await area.remove(key);
    } catch {
      // Storage refused even the put-back: nothing more can be done from here.
    }
  }
}
