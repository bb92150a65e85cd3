// Stored values that failed validation, kept aside exactly as found (DESIGN.md
// "Storage": nothing is ever lost). The `quarantine` key's only writer.
import type { Reply } from '@/core/messages';
import { withLocks } from './locks';
import { CHECKINS, KEY, type QuarantineEntryV1, quarantineItem, type StoredKey } from './storage';

/** Keeps `raw` (from storage key `source`) aside; `kept` valid entries stayed in place. */
export async function keepAside(source: StoredKey, raw: unknown, kept: number, now: number): Promise<void> {
  await withLocks(['quarantine'], async () => {
    const entries = await quarantineItem.getValue();
    await quarantineItem.setValue([...entries, { source, at: now, kept, raw, dismissed: false }]);
  });
}

/** The user has read the notice: keep everything, stop telling. */
export async function dismissQuarantineNotices(): Promise<Reply> {
  return withLocks(['quarantine'], async () => {
    const entries = await quarantineItem.getValue();
    await quarantineItem.setValue(entries.map((e) => ({ ...e, dismissed: true })));
    return { ok: true } satisfies Reply;
  });
}

/** What the popup tells about values kept aside and not yet dismissed. */
export interface QuarantineNotices {
  /** Check-in months (`YYYY-MM`) with something unreadable. */
  months: string[];
  /** The break schedule was unreadable and restarted. */
  engine: boolean;
  /** The settings were unreadable and the defaults are in use. */
  settings: boolean;
}

export const NO_NOTICES: QuarantineNotices = { months: [], engine: false, settings: false };

export function noticesOf(entries: readonly QuarantineEntryV1[]): QuarantineNotices {
  const open = entries.filter((e) => !e.dismissed);
  return {
    months: [...new Set(open.flatMap((e) => CHECKINS.monthOf(e.source) ?? []))],
    engine: open.some((e) => e.source === KEY.engine),
    settings: open.some((e) => e.source === KEY.settings),
  };
}
