// Stored values that failed validation, kept aside exactly as found (DESIGN.md
// "Storage": nothing is ever lost). The `quarantine` key's only writer.
import type { Reply } from '@/core/messages';
import { withLock } from './locks';
import { quarantineItem } from './storage';

/** Keeps `raw` (from storage key `source`) aside; `kept` valid entries stayed in place. */
export async function keepAside(source: string, raw: unknown, kept: number, now: number): Promise<void> {
  await withLock('quarantine', async () => {
    const entries = await quarantineItem.getValue();
    await quarantineItem.setValue([...entries, { source, at: now, kept, raw, dismissed: false }]);
  });
}

/** The user has read the notice: keep everything, stop telling. */
export async function dismissQuarantineNotices(): Promise<Reply> {
  return withLock('quarantine', async () => {
    const entries = await quarantineItem.getValue();
    await quarantineItem.setValue(entries.map((e) => ({ ...e, dismissed: true })));
    return { ok: true } satisfies Reply;
  });
}
