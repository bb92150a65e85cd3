// What leaves the device when the user asks (FIELD.md "Export"; issue 5 "Your data"),
// one file per job: check-ins and the daily summary as CSV (core/export-csv.ts), the
// full JSON backup (core/export-backup.ts) and a FHIR R4 bundle for a clinician
// (core/export-fhir.ts). Here, what they share: the time order and the local time
// they write. Everything is pure: time comes in as a parameter.
import { MINUTE_MS } from './time';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface Timed {
  at: number;
  id: string;
}

const byTime = (a: Timed, b: Timed) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Records (check-ins, PHQ-2 results) in time order, then by id, as stored months keep
 * check-ins; the input is not changed.
 */
export const sortedByTime = <T extends Timed>(records: readonly T[]): T[] => [...records].sort(byTime);

/**
 * ISO 8601 local time with its offset, e.g. `2026-11-24T14:05:00+01:00`: what the
 * user's clock showed. Milliseconds appear only when not zero, so the text always
 * turns back into exactly the same `at` (see `parseLocalIsoTime` in core/import-csv.ts).
 * UTC is written `+00:00`, not `Z`: it is a local time that happens to be UTC.
 */
export function localIsoTime(at: number, tzOffsetMin: number): string {
  const d = new Date(at + tzOffsetMin * MINUTE_MS);
  const ms = d.getUTCMilliseconds();
  const sign = tzOffsetMin < 0 ? '-' : '+';
  const abs = Math.abs(tzOffsetMin);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    (ms ? `.${pad(ms, 3)}` : '') +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
