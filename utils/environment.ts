// Is the user on a call or watching full screen? Asked only when a nudge falls due,
// never by listening to every tab update (that would wake the worker all day).
import { browser } from 'wxt/browser';

export async function isBusyWithCallOrFullscreen(): Promise<boolean> {
  try {
    const [windows, audible] = await Promise.all([
      browser.windows.getAll(),
      // `audible` can be queried without the tabs permission (no URLs are exposed).
      browser.tabs.query({ audible: true }),
    ]);
    return windows.some((w) => w.state === 'fullscreen') || audible.length > 0;
  } catch {
    return false;
  }
}
