// Carries PHQ-2 and weekly-reflection requests out against storage. Runs in the
// background (the one writer); each read-modify-write runs under its key's Web Lock.
// Stored entries that fail validation are dropped from the rewritten list only after
// the raw list is kept aside in quarantine, so nothing the user had is lost.
import { phq2Due, validatePhq2Result, validateWeeklyReflection } from '@/core/care';
import type { Failure, Reply } from '@/core/messages';
import { withLocks } from './locks';
import { keepAside } from './quarantine';
import { phq2Item, reflectionsItem } from './storage';
import { KEY } from './storage-keys';

const OK: Reply = { ok: true };

type Item = typeof phq2Item;

const problemFields = (problems: readonly { kind: string; field?: string }[]) =>
  problems.map((p) => (p.kind === 'notAnObject' ? '(not an object)' : String(p.field)));

/** Reads a stored list, keeping only valid entries; `damaged` when anything was dropped. */
function parseList<T>(raw: unknown, validate: (x: unknown) => { ok: true; value: T } | { ok: false }) {
  const list = Array.isArray(raw) ? raw : [];
  const valid: T[] = [];
  for (const entry of list) {
    const result = validate(entry);
    if (result.ok) valid.push(result.value);
  }
  return { valid, damaged: !Array.isArray(raw) || valid.length !== list.length };
}

async function update<T>(
  key: typeof KEY.phq2 | typeof KEY.reflections,
  item: Item,
  validate: (x: unknown) => { ok: true; value: T } | { ok: false },
  now: number,
  change: (list: T[]) => T[] | Failure,
): Promise<Reply> {
  try {
    return await withLocks([key], async () => {
      const raw = await item.getValue();
      const { valid, damaged } = parseList(raw, validate);
      const next = change(valid);
      if (!Array.isArray(next)) return { ok: false, error: next } satisfies Reply;
      if (damaged) {
        await keepAside(key, raw, valid.length, now);
      }
      await item.setValue(next);
      return OK;
    });
  } catch (error) {
    return { ok: false, error: { kind: 'storage', detail: String(error) } };
  }
}

/** Adds a PHQ-2 self-check, at most one every 14 days (core/care.ts `phq2Due`). */
export async function addPhq2(input: unknown, now: number): Promise<Reply> {
  const result = validatePhq2Result(input);
  if (!result.ok) {
    return { ok: false, error: { kind: 'invalidRecord', record: 'phq2', fields: problemFields(result.problems) } };
  }
  const record = result.value;
  return update(KEY.phq2, phq2Item, validatePhq2Result, now, (list) => {
    if (list.some((r) => r.id === record.id)) return { kind: 'duplicateId' };
    const due = phq2Due(list, now);
    if (!due.due) return { kind: 'tooSoon', nextAt: due.nextAt as number };
    return [...list, record].sort((a, b) => a.at - b.at);
  });
}

/** Saves a week's reflection; a second one for the same week replaces the first (a correction). */
export async function saveReflection(input: unknown, now: number): Promise<Reply> {
  const result = validateWeeklyReflection(input);
  if (!result.ok) {
    return {
      ok: false,
      error: { kind: 'invalidRecord', record: 'reflection', fields: problemFields(result.problems) },
    };
  }
  const reflection = result.value;
  return update(KEY.reflections, reflectionsItem, validateWeeklyReflection, now, (list) =>
    [...list.filter((r) => r.weekStart !== reflection.weekStart), reflection].sort((a, b) =>
      a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0,
    ),
  );
}
