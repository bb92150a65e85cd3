// What a page reads of `storage.local` by itself (the popup: the engine's status, the
// notices, the weekday of the reflection, a month changing), through the browser's own
// promise API (page-browser.ts), not @wxt-dev/storage: the popup then loads neither it
// nor the locks (bench popup.heapRatio). Readers never write. Keys come from
// storage-keys.ts. A key that is not stored reads as undefined, where an item of
// utils/storage.ts reads as its fallback: every caller here reads it as that fallback.
import { type KeptNotices, noticesOf } from '@/core/quarantine';
import { browser } from './page-browser';
import { KEY, keptSourceOf, type StoredKey } from './storage-keys';

/** The raw stored value of `key` (untrusted: validate it), or undefined when it is not stored. */
export async function readStored(key: StoredKey): Promise<unknown> {
  const found: Record<string, unknown> = await browser.storage.local.get(key);
  return found[key];
}

/** Calls `onChange` with the new raw value of `key` after each change of it (none, once removed). */
export function watchStored(key: StoredKey, onChange: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (key in changes) onChange(changes[key]?.newValue);
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}

/** What the pages tell now, read straight from the stored quarantine (utils/quarantine.ts writes it). */
export async function readNotices(): Promise<KeptNotices> {
  return noticesOf(await readStored(KEY.quarantine), keptSourceOf);
}

/** Calls `onChange` with the notices now and after every change of the quarantine. */
export async function watchNotices(onChange: (notices: KeptNotices) => void): Promise<() => void> {
  onChange(await readNotices());
  return watchStored(KEY.quarantine, (raw) => onChange(noticesOf(raw, keptSourceOf)));
}
