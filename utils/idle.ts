// The idle API behind an adapter: fakeBrowser has none, and Firefox/Chrome differ.
import { browser } from 'wxt/browser';

export type IdleState = 'active' | 'idle' | 'locked';

export function setDetectionInterval(seconds: number): void {
  browser.idle?.setDetectionInterval(seconds);
}

export async function queryIdleState(seconds: number): Promise<IdleState> {
  if (!browser.idle) return 'active';
  return (await browser.idle.queryState(seconds)) as IdleState;
}

export function onIdleStateChanged(listener: (state: IdleState) => void): void {
  browser.idle?.onStateChanged.addListener((state) => listener(state as IdleState));
}
