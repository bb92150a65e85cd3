import { browser } from 'wxt/browser';
import { NEXT_ALARM } from '@/utils/alarms';
import { currentIdleState, runEngine } from '@/utils/engine';
import { outcomeRequest } from '@/utils/engine-requests';
import { isBusyWithCallOrFullscreen } from '@/utils/environment';
import { handleRequest } from '@/utils/handle-request';
import { onIdleStateChanged, setDetectionInterval } from '@/utils/idle';
import { closeHeadsUp, HEADS_UP_NOTIFICATION, NUDGE_NOTIFICATION, openBreakTab } from '@/utils/nudges';
import { engineItem } from '@/utils/storage';

// main() stays synchronous and registers every listener at the top level, so a
// worker woken by an event finds its listener (DESIGN.md "Platform facts"). The worker
// wakes only for an idle change, its one alarm, a notification click or a message.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only Limber's own pages may ask; anything else gets no answer at all.
    if (sender.id !== browser.runtime.id) return undefined;
    return handleRequest(message, Date.now());
  });

  onIdleStateChanged((state) => void runEngine([{ type: 'idleState', state }]));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== NEXT_ALARM) return;
    // Calls and full screen are checked only when something falls due, never polled.
    void runEngine(async (settings) => [
      { type: 'environment', fullscreenOrAudible: settings.waitDuringCalls && (await isBusyWithCallOrFullscreen()) },
      { type: 'alarm', state: await currentIdleState(settings) },
    ]);
  });

  browser.notifications?.onButtonClicked.addListener((id, index) => {
    // The second button is Snooze, or Skip past the limit: the engine turns a late Snooze into a Skip.
    if (id === NUDGE_NOTIFICATION) void outcomeRequest(index === 0 ? 'done' : 'snooze', Date.now());
    // A heads-up's one button is Postpone.
    if (id === HEADS_UP_NOTIFICATION) void closeHeadsUp().then(() => runEngine([{ type: 'postpone' }]));
  });

  browser.notifications?.onClicked.addListener((id) => {
    if (id !== NUDGE_NOTIFICATION) return;
    void (async () => {
      const state = (await engineItem.getValue()) as { pending?: { nudge: string } | null } | null;
      await browser.notifications.clear(id);
      await openBreakTab(state?.pending?.nudge ?? 'posture');
    })();
  });

  // Every start, whatever woke the worker (install, update, browser start, or a plain
  // wake with no lifecycle event: alarms can vanish on disable/enable), re-arms the
  // one alarm from the stored schedule. Idempotent.
  void runEngine(async (settings) => {
    setDetectionInterval(settings.idleDetectionSec);
    return [{ type: 'start', state: await currentIdleState(settings) }];
  });
});
