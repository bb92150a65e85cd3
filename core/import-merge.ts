// Merging an import into what is stored, as a plan a thin adapter carries out
// (utils/import-writer.ts): check-ins by id (`planImport`), a backup's other records
// by their identity (core/restore.ts), never replacing what is stored. Pure: the
// stored values come in raw, the plan says what to write and what to keep aside.

import * as v from 'valibot';
import { ActivityLogSchema, type Observation } from './activity';
import { CHECKIN_FIELDS, type CheckIn, monthOf, parseMonth, type Result } from './checkins';
import { sortedByTime } from './export';
import { mergeRecords, noneAdded, type RecordPart, type RestoreData, VALIDATORS } from './restore';

export interface MergeCounts {
  /** New ids, added. */
  added: number;
  /** Ids already stored with the same content. */
  alreadyHere: number;
  /** Ids already stored with different content: the stored one is kept. */
  conflicts: number;
}

/**
 * Adds incoming check-ins to existing ones by id, sorted by time (then id).
 * A record whose id is already there is never overwritten: if it is identical
 * (field by field, lists in order) it counts as already here, otherwise as a conflict
 * and the existing one stays, so an import can never silently change what the user
 * logged. A repeated id within `incoming` is judged against its first occurrence.
 */
export function mergeById(
  existing: readonly CheckIn[],
  incoming: readonly CheckIn[],
): { merged: CheckIn[]; counts: MergeCounts } {
  const byId = new Map<string, CheckIn>();
  for (const c of existing) if (!byId.has(c.id)) byId.set(c.id, c);
  const merged = [...existing];
  const counts: MergeCounts = { added: 0, alreadyHere: 0, conflicts: 0 };
  for (const c of incoming) {
    const here = byId.get(c.id);
    if (!here) {
      byId.set(c.id, c);
      merged.push(c);
      counts.added++;
    } else if (sameCheckIn(here, c)) counts.alreadyHere++;
    else counts.conflicts++;
  }
  return { merged: sortedByTime(merged), counts };
}

/** Field-by-field equality; lists must match in order; an absent part equals an absent part. */
export function sameCheckIn(a: CheckIn, b: CheckIn): boolean {
  return CHECKIN_FIELDS.every((field) => {
    const x = a[field];
    const y = b[field];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => item === y[i]);
    return x === y;
  });
}

/** What an import will write: every month it adds to, merged; and what it found. */
export interface ImportPlan {
  /** `YYYY-MM` → the month's check-ins after the merge, for months that gain at least one. */
  writes: Map<string, CheckIn[]>;
  counts: MergeCounts;
  /** Stored months that hold something unreadable (`YYYY-MM`): an import must not rewrite them. */
  damaged: string[];
}

/** Check-ins by local month (`YYYY-MM`), each month's list in the given order. */
export function groupByMonth(checkIns: readonly CheckIn[]): Map<string, CheckIn[]> {
  const byMonth = new Map<string, CheckIn[]>();
  for (const c of checkIns) {
    const month = monthOf(c);
    const list = byMonth.get(month);
    if (list) list.push(c);
    else byMonth.set(month, [c]);
  }
  return byMonth;
}

/**
 * Merges incoming check-ins (grouped with `groupByMonth`) into the stored months by id
 * (`mergeById`). `stored` maps every stored month (`YYYY-MM`) to its raw value. An id
 * already stored in another month is a conflict too: the stored one stays. A damaged
 * month is listed, not merged: rewriting it would drop what could not be read, which
 * is the repair path's to keep aside.
 */
export function planImport(
  byMonth: ReadonlyMap<string, readonly CheckIn[]>,
  stored: ReadonlyMap<string, unknown>,
): ImportPlan {
  const plan: ImportPlan = { writes: new Map(), counts: { added: 0, alreadyHere: 0, conflicts: 0 }, damaged: [] };
  const idsElsewhere = new Set<string>();
  for (const [month, raw] of stored) if (!byMonth.has(month)) for (const id of storedIds(raw)) idsElsewhere.add(id);

  for (const [month, incoming] of byMonth) {
    const { checkIns, damaged } = parseMonth(stored.get(month));
    if (damaged) {
      plan.damaged.push(month);
      continue;
    }
    const fresh = incoming.filter((c) => !idsElsewhere.has(c.id));
    const { merged, counts } = mergeById(checkIns, fresh);
    if (counts.added > 0) plan.writes.set(month, merged);
    plan.counts.added += counts.added;
    plan.counts.alreadyHere += counts.alreadyHere;
    plan.counts.conflicts += counts.conflicts + incoming.length - fresh.length;
  }
  return plan;
}

/** The ids in a raw stored month, without validating each entry: enough to know an id is taken. */
export function* storedIds(raw: unknown): Iterable<string> {
  if (!Array.isArray(raw)) return;
  for (const item of raw) {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string') yield id;
  }
}

/** The raw stored values an import merges into (utils/storage.ts readEverything's, by meaning). */
export interface StoredForImport {
  checkIns: ReadonlyMap<string, unknown>;
  outcomes: ReadonlyMap<string, unknown>;
  phq2: unknown;
  reflections: unknown;
  rollups: unknown;
  activity: unknown;
}

/** What an import brings: check-ins, and a backup's other records (each part may be empty). */
export type ImportWrite = { checkIns: readonly CheckIn[] } & Partial<Omit<RestoreData, 'settings'>>;

/** One stored value to write: which one, its new value and what it was (undefined: absent). */
export type PlannedWrite =
  | { target: 'checkIns' | 'outcomes'; month: string; value: unknown; before: unknown }
  | { target: 'phq2' | 'reflections' | 'rollups' | 'activity'; value: unknown; before: unknown };

/** Everything an import will do, decided before any write (issue 11: the writer only carries it out). */
export type WritePlan =
  | {
      ok: true;
      writes: PlannedWrite[];
      /** Stored values with unreadable entries, kept aside whole before they are rewritten. */
      setAside: { write: PlannedWrite; kept: number }[];
      checkIns: MergeCounts;
      added: Record<RecordPart, number>;
    }
  /** Stored check-in months (`YYYY-MM`) that hold something unreadable: repair them first. */
  | { ok: false; damaged: string[] };

/** A stored list of records: the valid ones, and whether anything else was there. */
function parseStored<P extends RecordPart>(part: P, raw: unknown) {
  const list = Array.isArray(raw) ? raw : [];
  const validate = VALIDATORS[part] as (x: unknown) => Result<RestoreData[P][number], unknown>;
  const valid: RestoreData[P][number][] = [];
  for (const item of list) {
    const result = validate(item);
    if (result.ok) valid.push(result.value);
  }
  return { valid, damaged: raw !== undefined && raw !== null && (!Array.isArray(raw) || valid.length !== list.length) };
}

/**
 * The merged log's fold point: the earlier of the two. Time before a fold point is
 * read from the rollups only, so a later one would drop the other side's days that no
 * rollup holds yet: a backup restored days after it was made, onto a worker that has
 * already folded, lost those days of screen time. From the earlier point the worker's
 * next fold rolls them up. (When the stored point is the earlier, a stretch open at
 * the file's own fold point may count again, up to core/activity.ts MAX_UNOBSERVED_MS;
 * that needs the two in zones less than a day apart.)
 */
function earlierFold(stored: number | null, file: number | null): number | null {
  if (stored === null) return file;
  if (file === null) return stored;
  return Math.min(stored, file);
}

/**
 * Plans an import: check-ins merged by id per month (`planImport`), PHQ-2,
 * reflections, rollups and each break-record month by identity, the activity log's
 * observations by identity (the earlier fold point of the two, `earlierFold`).
 * `outcomesMonth` files a break record as the engine does.
 */
export function planWrites(
  data: ImportWrite,
  stored: StoredForImport,
  outcomesMonth: (at: number) => string,
): WritePlan {
  const plan = planImport(groupByMonth(data.checkIns), stored.checkIns);
  if (plan.damaged.length) return { ok: false, damaged: plan.damaged };
  const writes: PlannedWrite[] = [];
  const setAside: { write: PlannedWrite; kept: number }[] = [];
  for (const [month, list] of plan.writes)
    writes.push({ target: 'checkIns', month, value: list, before: stored.checkIns.get(month) });

  const added = noneAdded();
  const mergePart = <P extends RecordPart>(
    part: P,
    raw: unknown,
    incoming: readonly RestoreData[P][number][],
    write: (merged: RestoreData[P][number][]) => PlannedWrite,
  ) => {
    const { valid, damaged } = parseStored(part, raw);
    const merged = mergeRecords(part, valid, incoming);
    if (merged.added === 0) return;
    added[part] += merged.added;
    const planned = write(merged.merged);
    if (damaged) setAside.push({ write: planned, kept: valid.length });
    writes.push(planned);
  };
  mergePart('phq2', stored.phq2, data.phq2 ?? [], (value) => ({ target: 'phq2', value, before: stored.phq2 }));
  mergePart('reflections', stored.reflections, data.reflections ?? [], (value) => ({
    target: 'reflections',
    value,
    before: stored.reflections,
  }));
  mergePart('rollups', stored.rollups, data.rollups ?? [], (value) => ({
    target: 'rollups',
    value,
    before: stored.rollups,
  }));
  const outcomesByMonth = new Map<string, RestoreData['outcomes']>();
  for (const o of data.outcomes ?? []) {
    const month = outcomesMonth(o.at);
    const list = outcomesByMonth.get(month);
    if (list) list.push(o);
    else outcomesByMonth.set(month, [o]);
  }
  for (const [month, list] of outcomesByMonth) {
    const before = stored.outcomes.get(month);
    mergePart('outcomes', before, list, (value) => ({ target: 'outcomes', month, value, before }));
  }

  // The activity log is one object: its observations merge like records.
  const log = v.safeParse(ActivityLogSchema, stored.activity);
  const storedLog = log.success ? log.output : { log: [], foldedUntil: null };
  const logDamaged = stored.activity !== undefined && stored.activity !== null && !log.success;
  mergePart('activity', storedLog.log, data.activity ?? [], (merged: Observation[]) => ({
    target: 'activity',
    value: { log: merged, foldedUntil: earlierFold(storedLog.foldedUntil, data.foldedUntil ?? null) },
    before: stored.activity,
  }));
  if (logDamaged) {
    const planned = writes.find((w) => w.target === 'activity');
    if (planned) setAside.push({ write: planned, kept: 0 });
  }
  return { ok: true, writes, setAside, checkIns: plan.counts, added };
}
