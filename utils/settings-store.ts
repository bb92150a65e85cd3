// Settings: read anywhere, written only by the background (one writer), validated
// on the way in and on the way out.
import type { Reply } from '@/core/messages';
import { DEFAULT_SETTINGS, type SettingsV1, updateSettings, validateSettings } from '@/core/settings';
import { withLocks } from './locks';
import { keepAside } from './quarantine';
import { settingsItem, syncedSettingsItem } from './storage';
import { KEY } from './storage-keys';

/** The stored settings, or the defaults if none (or unreadable: see repairSettings). */
export async function readSettings(): Promise<{ settings: SettingsV1; damaged: boolean }> {
  const raw = await settingsItem.getValue();
  const result = validateSettings(raw);
  return result.ok ? { settings: result.value, damaged: false } : { settings: DEFAULT_SETTINGS, damaged: true };
}

export async function updateStoredSettings(patch: unknown, now: number): Promise<Reply> {
  return withLocks(['settings'], async () => {
    const { settings, damaged } = await readSettings();
    const next = updateSettings(settings, patch);
    if (!next.ok) return { ok: false, error: { kind: 'invalidSettings', problems: next.problems } } satisfies Reply;
    if (damaged) await keepAside(KEY.settings, await settingsItem.getValue(), 0, now);
    await write(next.value);
    return { ok: true } satisfies Reply;
  });
}

export async function resetStoredSettings(): Promise<Reply> {
  return withLocks(['settings'], async () => {
    const { settings } = await readSettings();
    // Keep the user's choice of syncing; everything else goes back to the defaults.
    await write({ ...DEFAULT_SETTINGS, syncSettings: settings.syncSettings });
    return { ok: true } satisfies Reply;
  });
}

async function write(settings: SettingsV1) {
  await settingsItem.setValue(settings);
  // Settings follow the user through the browser's sync only if they asked (100 KB quota; check-ins never).
  if (settings.syncSettings) await syncedSettingsItem.setValue(settings);
}
