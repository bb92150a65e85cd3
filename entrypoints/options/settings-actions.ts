// The options page's settings (the welcome page shares them). Every settings change is
// validated here first, with the same rules the background applies again
// (core/settings.ts): an invalid value stays in its field with its reason beside it and
// is never sent. Valid changes are gathered for a moment and sent as one patch, so
// typing "45" saves once.
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { countryFromLocale } from '@/core/helplines';
import { type SettingsProblem, validateSettings } from '@/core/settings';
import { describeFailure } from '@/utils/describe-failure';
import { describeSettingsProblem } from '@/utils/describe-settings-problem';
import { readSettings } from '@/utils/settings-store';
import { settingsItem } from '@/utils/storage';
import type { OptionsActions, OptionsDeps } from './actions';
import { mergePatches, patchFor, selfAndAncestors, withSetting } from './setting-path';
import type { OptionsStore } from './store';

/** How long after the last valid change the patch is sent. */
export const SAVE_DELAY_MS = 400;

const without = (record: Record<string, string>, drop: (key: string) => boolean) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !drop(key)));

function problemsToErrors(problems: readonly SettingsProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) errors[p.field] = describeSettingsProblem(p);
  return errors;
}

/** A page's watch on the stored settings; an import rests it while it writes (confirmImport). */
interface SettingsWatch {
  start: () => void;
  stop: () => void;
}
const settingsWatches = new WeakMap<OptionsStore, SettingsWatch>();

/** Shows stored settings, unless the page is saving its own (which then echo back here). */
function showStoredSettings(store: OptionsStore, value: unknown) {
  if (store.pending.value !== null || store.save.value.kind === 'saving') return;
  const result = validateSettings(value);
  if (result.ok) {
    store.settings.value = result.value;
    store.damaged.value = false;
  }
}

/** Reads the stored settings into the page and keeps them fresh while nothing is being saved. */
export async function loadSettings(store: OptionsStore): Promise<() => void> {
  const { settings, damaged } = await readSettings();
  store.settings.value = settings;
  store.damaged.value = damaged;
  // A change from elsewhere (another tab, sync) shows at once.
  let unwatch: (() => void) | null = null;
  const watch: SettingsWatch = {
    start: () => {
      unwatch ??= settingsItem.watch((value) => showStoredSettings(store, value));
    },
    stop: () => {
      unwatch?.();
      unwatch = null;
    },
  };
  settingsWatches.set(store, watch);
  watch.start();
  return () => {
    watch.stop();
    settingsWatches.delete(store);
  };
}

/** Whether notifications are blocked (Chrome's getPermissionLevel; Firefox has none), and the locale's country. */
export async function loadEnvironment(store: OptionsStore): Promise<void> {
  store.localeCountry.value = countryFromLocale(navigator.language ?? '');
  const api = browser.notifications as
    | (typeof browser.notifications & { getPermissionLevel?: () => Promise<string> })
    | undefined;
  if (typeof api?.getPermissionLevel !== 'function') return;
  try {
    store.notificationsBlocked.value = (await api.getPermissionLevel()) !== 'granted';
  } catch {
    // Unknown: say nothing rather than something wrong.
  }
}

/**
 * The page's settings watch, for an import to rest while it writes: `resume` starts it
 * again and shows what is stored by then. Undefined when the page keeps no watch.
 */
export function settingsWatchOf(store: OptionsStore): { rest: () => void; resume: () => void } | undefined {
  const watch = settingsWatches.get(store);
  if (!watch) return undefined;
  return {
    rest: watch.stop,
    resume: () => {
      watch.start();
      void settingsItem.getValue().then((value) => showStoredSettings(store, value));
    },
  };
}

type SettingsActions = Pick<OptionsActions, 'change' | 'changeList' | 'blur' | 'reset' | 'testNudge'>;

/**
 * The settings actions, and `dropPendingSave`: the import and delete-everything call it
 * before they replace the settings, so a change typed just before is not sent after them.
 */
export function createSettingsActions(
  store: OptionsStore,
  deps: Pick<OptionsDeps, 'send'>,
): SettingsActions & { dropPendingSave: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;

  function dropPendingSave() {
    clearTimeout(timer);
    store.pending.value = null;
  }

  async function flush() {
    timer = undefined;
    const patch = store.pending.value;
    if (patch === null) return;
    store.pending.value = null;
    store.save.value = { kind: 'saving' };
    const reply = await deps.send({ type: 'settings/update', patch });
    if (store.pending.value !== null) return; // more changes came meanwhile: their save reports
    if (reply.ok) {
      store.save.value = { kind: 'saved' };
      store.damaged.value = false;
      return;
    }
    // Refused: show why, keep what was typed, and show what is really stored.
    if (reply.error.kind === 'invalidSettings') {
      store.errors.value = { ...store.errors.value, ...problemsToErrors(reply.error.problems) };
      store.save.value = { kind: 'invalid' };
    } else {
      store.save.value = { kind: 'error', text: describeFailure(reply.error) };
    }
    store.settings.value = (await readSettings()).settings;
  }

  function change(path: string, value: unknown, typed?: string) {
    const current = store.settings.value;
    if (!current) return;
    if (typed !== undefined) store.drafts.value = { ...store.drafts.value, [path]: typed };
    // This change decides its own field and the ranges or lists around it (order, overlap).
    const cleared = new Set(selfAndAncestors(path));
    const errors = without(store.errors.value, (key) => cleared.has(key));
    const result = validateSettings(withSetting(current, path, value));
    if (!result.ok) {
      store.errors.value = { ...errors, ...problemsToErrors(result.problems) };
      store.save.value = { kind: 'invalid' };
      return;
    }
    store.errors.value = errors;
    store.settings.value = result.value;
    store.pending.value = mergePatches(store.pending.value ?? {}, patchFor(result.value, path));
    store.save.value = { kind: 'pending' };
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  function changeList(path: string, list: unknown[]) {
    const inside = (key: string) => key === path || key.startsWith(`${path}.`);
    store.drafts.value = without(store.drafts.value, inside);
    store.errors.value = without(store.errors.value, inside);
    change(path, list);
  }

  function blur(path: string) {
    if (store.errors.value[path] === undefined) store.drafts.value = without(store.drafts.value, (k) => k === path);
  }

  async function reset() {
    dropPendingSave();
    const reply = await deps.send({ type: 'settings/reset' });
    store.confirmingReset.value = false;
    if (!reply.ok) {
      store.resetNotice.value = { kind: 'error', text: describeFailure(reply.error) };
      return;
    }
    store.drafts.value = {};
    store.errors.value = {};
    store.settings.value = (await readSettings()).settings;
    store.damaged.value = false;
    store.save.value = { kind: 'idle' };
    store.resetNotice.value = { kind: 'ok', text: i18n.t('options.reset.done') };
  }

  async function testNudge() {
    const reply = await deps.send({ type: 'engine/testNudge' });
    store.testNudge.value = reply.ok
      ? { kind: 'ok', text: i18n.t('options.notify.testSent') }
      : { kind: 'error', text: describeFailure(reply.error) };
  }

  return { change, changeList, blur, reset, testNudge, dropPendingSave };
}
