// Stored values that failed validation, kept aside exactly as found (DESIGN.md
// "Storage": nothing is ever lost). The `quarantine` key's only writer. Pages read the
// notices with utils/page-storage.ts watchNotices (no schema, core/quarantine.ts).
import type { Reply } from '@/core/messages';
import { repairQuarantine } from '@/core/quarantine';
import { withLocks } from './locks';
import { quarantineItem } from './storage';
import { KEY, type StoredKey } from './storage-keys';

/**
 * Keeps `raw` (from storage key `source`) aside; `kept` valid entries stayed in place.
 * A quarantine that is itself unreadable is kept in it first, whole.
 */
export async function keepAside(source: StoredKey, raw: unknown, kept: number, now: number): Promise<void> {
  await withLocks(['quarantine'], async () => {
    const { entries } = repairQuarantine(await quarantineItem.getValue(), now, KEY.quarantine);
    await quarantineItem.setValue([...entries, { source, at: now, kept, raw, dismissed: false }]);
  });
}

/** Keeps a damaged quarantine in itself (its readable entries stay); true if it was damaged. */
export async function repairStoredQuarantine(now: number): Promise<boolean> {
  return withLocks(['quarantine'], async () => {
    const { entries, damaged } = repairQuarantine(await quarantineItem.getValue(), now, KEY.quarantine);
    if (damaged) await quarantineItem.setValue(entries);
    return damaged;
  });
}

/** The person has read the notice: keep everything, stop telling. */
export async function dismissQuarantineNotices(now: number): Promise<Reply> {
  return withLocks(['quarantine'], async () => {
    const { entries } = repairQuarantine(await quarantineItem.getValue(), now, KEY.quarantine);
    await quarantineItem.setValue(entries.map((e) => ({ ...e, dismissed: true })));
    return { ok: true } satisfies Reply;
  });
}
