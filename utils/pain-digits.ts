// Number keys pick pain on a page with the pain scale (core/pain-keys.ts decides
// which value a key means): 0–9, and "1" then "0" for 10. Keys typed into a text box,
// a list or with a modifier are left alone. Returns a function that stops listening.
import { type KeyPress, painFromKey } from '@/core/pain-keys';

export function listenForPainDigits(
  root: HTMLElement,
  /** Whether the pain scale is on the page now. */
  active: () => boolean,
  pick: (pain: number) => void,
): () => void {
  let previous: KeyPress | null = null;
  const onKey = (event: KeyboardEvent) => {
    if (!active() || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest?.('textarea, select, input:not([type="radio"]):not([type="checkbox"])')) return;
    const press = { key: event.key, at: event.timeStamp };
    const pain = painFromKey(press, previous);
    previous = press;
    if (pain === null) return;
    event.preventDefault();
    pick(pain);
    root.querySelector<HTMLInputElement>(`input[name="pain"][value="${pain}"]`)?.focus();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
