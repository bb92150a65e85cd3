// The break page's address, for the background (utils/nudges.ts) and the popup's
// "Take a break now", through the browser's own API so the popup loads no polyfill.
import { browser } from './page-browser';

export function breakPageUrl(nudge: string, options: { deferred?: boolean; window?: boolean } = {}): string {
  const query = new URLSearchParams({ nudge });
  if (options.deferred) query.set('deferred', '1');
  if (options.window) query.set('mode', 'window');
  return browser.runtime.getURL(`/break.html?${query}`);
}
