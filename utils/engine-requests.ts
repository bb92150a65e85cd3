// Page requests that drive the break engine or change settings.
import { i18n } from '#i18n';
import type { Reply } from '@/core/messages';
import { pauseEndAt } from '@/core/pause-end';
import type { PauseOption } from '@/core/settings';
import { currentIdleState, runEngine } from './engine';
import { setDetectionInterval } from './idle';
import { createNotification, openBreakWindow } from './nudges';
import { readSettings, resetStoredSettings, updateStoredSettings } from './settings-store';
import { localOffsetMin } from './time-zone';

const OK: Reply = { ok: true };

/** A valid change reaches the running schedule at once. */
async function settingsChanged(): Promise<void> {
  const { settings } = await runEngine([{ type: 'settingsChanged' }]);
  setDetectionInterval(settings.idleDetectionSec);
}

export async function updateSettingsRequest(patch: unknown, now: number): Promise<Reply> {
  const reply = await updateStoredSettings(patch, now);
  if (reply.ok) await settingsChanged();
  return reply;
}

export async function resetSettingsRequest(): Promise<Reply> {
  const reply = await resetStoredSettings();
  if (reply.ok) await settingsChanged();
  return reply;
}

export async function pauseRequest(option: PauseOption, now: number): Promise<Reply> {
  await runEngine([{ type: 'pause', untilAt: pauseEndAt(option, now, localOffsetMin) }], now);
  return OK;
}

export async function resumeRequest(now: number): Promise<Reply> {
  await runEngine([{ type: 'resume' }], now);
  return OK;
}

export async function takeBreakNowRequest(nudge: string, now: number): Promise<Reply> {
  await runEngine([{ type: 'takeBreakNow', nudge }], now);
  return OK;
}

/** Done, Snooze or Skip from a notification button or the break page. */
export async function outcomeRequest(action: 'done' | 'snooze' | 'skip', now: number): Promise<Reply> {
  // A Snooze past the limit is a Skip: the engine decides (core/snooze.ts).
  await runEngine([{ type: action }], now);
  return OK;
}

/** "Send a test nudge" from settings: shows one the chosen way, changes nothing. */
export async function testNudgeRequest(): Promise<Reply> {
  const { settings } = await readSettings();
  const words = { title: i18n.t('nudge.test.title'), message: i18n.t('nudge.test.message') };
  if (settings.notificationStyle !== 'window') await createNotification(words, settings.snoozeMin);
  if (settings.notificationStyle !== 'notification') await openBreakWindow('posture');
  return OK;
}

/** After everything is deleted, the schedule starts afresh at once, re-armed from now. */
export async function restartEngine(now: number): Promise<void> {
  await runEngine(async (settings) => [{ type: 'start', state: await currentIdleState(settings) }], now);
}
