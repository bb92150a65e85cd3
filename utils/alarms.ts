// One alarm for the next thing the schedule must do (DESIGN.md "Platform facts"):
// armed from stored absolute times, re-armed idempotently on every worker start.
import { browser } from 'wxt/browser';

export const NEXT_ALARM = 'limber:next';

/** Arms (or moves) the one alarm; `at` null clears it. Re-arming the same time is a no-op. */
export async function armNext(at: number | null): Promise<void> {
  const current = await browser.alarms.get(NEXT_ALARM);
  if (at === null) {
    if (current) await browser.alarms.clear(NEXT_ALARM);
    return;
  }
  if (current && current.scheduledTime === at) return;
  await browser.alarms.create(NEXT_ALARM, { when: at });
}
