// A break's length as people say it: minutes and seconds, in two boxes (issue 14).
// Settings keep seconds; the options page shows and reads them with these.

/** `seconds` as whole minutes and the seconds left over. */
export function splitMinSec(seconds: number): { min: number; sec: number } {
  const whole = Math.max(0, Math.round(seconds));
  return { min: Math.floor(whole / 60), sec: whole % 60 };
}

/**
 * The seconds two boxes mean, or null when either holds something other than a whole
 * number of zero or more. An empty box is 0, so "5" minutes alone is 5 minutes; 90
 * seconds is accepted as 1 minute 30 (the boxes tidy up when left).
 */
export function parseMinSec(minText: string, secText: string): number | null {
  const part = (text: string) => {
    const t = text.trim();
    if (t === '') return 0;
    return /^\d{1,5}$/.test(t) ? Number(t) : null;
  };
  const min = part(minText);
  const sec = part(secText);
  if (min === null || sec === null) return null;
  return min * 60 + sec;
}
