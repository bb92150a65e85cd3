// Digit keys pick pain in the popup: 0–9 directly, and "1" then "0" within a
// moment makes 10 (the way people type it).
export const TEN_WINDOW_MS = 800;

export interface KeyPress {
  key: string;
  at: number;
}

/** The pain value a key press picks, or null if the key is not a pain key. */
export function painFromKey(press: KeyPress, previous: KeyPress | null): number | null {
  if (!/^[0-9]$/.test(press.key)) return null;
  if (press.key === '0' && previous?.key === '1' && press.at - previous.at <= TEN_WINDOW_MS) return 10;
  return Number(press.key);
}
