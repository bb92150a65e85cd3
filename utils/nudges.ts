// Shows a nudge the way the user chose: a notification (buttons in Chrome; Firefox
// has none and throws on them), a small break window, or both. When notifications
// are denied, the window is used instead (DESIGN.md "Platform facts").

import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Effect } from '@/core/schedule';
import type { SettingsV1 } from '@/core/settings';
import { notificationActions } from '@/core/snooze';
import { breakPageUrl } from './break-url';

export const NUDGE_NOTIFICATION = 'limber:nudge';
/** The heads-up shortly before a break (settings.headsUp): its one button is Postpone. */
export const HEADS_UP_NOTIFICATION = 'limber:heads-up';
type Notify = Extract<Effect, { kind: 'notify' }>;

const BUILT_IN = ['posture', 'stretch', 'walk'] as const;
const isBuiltIn = (id: string): id is (typeof BUILT_IN)[number] => (BUILT_IN as readonly string[]).includes(id);

function words(effect: Notify, settings: SettingsV1) {
  if (effect.deferred) return { title: i18n.t('nudge.title.deferred'), message: i18n.t('nudge.message.deferred') };
  if (isBuiltIn(effect.nudge)) {
    return { title: i18n.t(`nudge.title.${effect.nudge}`), message: i18n.t(`nudge.message.${effect.nudge}`) };
  }
  const name = settings.customNudges.find((n) => n.id === effect.nudge)?.name ?? effect.nudge;
  return { title: i18n.t('nudge.title.custom', [name]), message: i18n.t('nudge.message.custom') };
}

async function notificationsAllowed(): Promise<boolean> {
  const api = browser.notifications as typeof browser.notifications & {
    getPermissionLevel?: () => Promise<string>;
  };
  if (!api) return false;
  // Chrome only; Firefox has no such call and shows notifications when it can.
  if (typeof api.getPermissionLevel !== 'function') return true;
  try {
    return (await api.getPermissionLevel()) === 'granted';
  } catch {
    return true;
  }
}

export async function showNudge(effect: Notify, settings: SettingsV1): Promise<void> {
  const style = settings.notificationStyle;
  const notify = style !== 'window' && (await notificationsAllowed());
  const [, second] = notificationActions(effect.snoozesLeft);
  if (notify) await createNotification(words(effect, settings), second === 'snooze' ? settings.snoozeMin : null);
  if (!notify || style !== 'notification') await openBreakWindow(effect.nudge, effect.deferred);
}

/** `snoozeMin` null: the snooze limit is reached, so the second button is Skip. */
export async function createNotification(
  { title, message }: { title: string; message: string },
  snoozeMin: number | null,
): Promise<void> {
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title,
    message,
    priority: 1,
  };
  const buttons = [
    { title: i18n.t('nudge.done') },
    { title: snoozeMin === null ? i18n.t('nudge.skip') : i18n.t('nudge.snooze', [Math.round(snoozeMin)]) },
  ];
  if (import.meta.env.FIREFOX) {
    await browser.notifications.create(NUDGE_NOTIFICATION, base);
    return;
  }
  try {
    await browser.notifications.create(NUDGE_NOTIFICATION, { ...base, buttons } as typeof base);
  } catch {
    // A browser without buttons: the body click still opens the break page.
    await browser.notifications.create(NUDGE_NOTIFICATION, base);
  }
}

export async function closeNudge(): Promise<void> {
  await browser.notifications?.clear(NUDGE_NOTIFICATION);
}

type HeadsUp = Extract<Effect, { kind: 'headsUp' }>;

/**
 * "Walk in 30 seconds", with Postpone (Chrome; Firefox shows no buttons). Only as a
 * notification: a window for a heads-up would interrupt more than the break itself.
 */
export async function showHeadsUp(effect: HeadsUp, settings: SettingsV1, now: number): Promise<void> {
  if (settings.notificationStyle === 'window' || !(await notificationsAllowed())) return;
  const name = isBuiltIn(effect.nudge)
    ? i18n.t(`status.nudgeName.${effect.nudge}`)
    : (settings.customNudges.find((n) => n.id === effect.nudge)?.name ?? effect.nudge);
  const seconds = Math.max(1, Math.round((effect.at - now) / 1000));
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title: i18n.t('nudge.headsUp.title', [capitalise(name), i18n.t('break.timer.seconds', seconds)]),
    message: i18n.t('nudge.headsUp.message'),
    priority: 0,
  };
  const buttons = [{ title: i18n.t('nudge.headsUp.postpone', [settings.snoozeMin]) }];
  if (import.meta.env.FIREFOX) {
    await browser.notifications.create(HEADS_UP_NOTIFICATION, base);
    return;
  }
  try {
    await browser.notifications.create(HEADS_UP_NOTIFICATION, { ...base, buttons } as typeof base);
  } catch {
    await browser.notifications.create(HEADS_UP_NOTIFICATION, base);
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export async function closeHeadsUp(): Promise<void> {
  await browser.notifications?.clear(HEADS_UP_NOTIFICATION);
}

export async function openBreakWindow(nudge: string, deferred = false): Promise<void> {
  await browser.windows.create({
    url: breakPageUrl(nudge, { deferred, window: true }),
    type: 'popup',
    width: 420,
    height: 620,
    focused: true,
  });
}

export async function openBreakTab(nudge: string): Promise<void> {
  await browser.tabs.create({ url: breakPageUrl(nudge) });
}
