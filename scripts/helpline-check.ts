// `npm run zip` refuses to package while any help line was checked more than a year
// before the build (issue 13 item 6). wxt.config.ts calls this from WXT's `zip:start`
// hook, before anything is built or zipped; the date rule itself is core/helplines.ts
// staleEntries, with its table of edges in core/helplines.test.ts.
import { type CountryHelp, HELPLINE_MAX_AGE_DAYS, HELPLINES, staleEntries } from '../core/helplines';

/** The build day as a UTC calendar day (the table's dates are calendar days, not instants). */
export const buildDayOf = (now: Date): string => now.toISOString().slice(0, 10);

/** Throws, naming every stale entry, when the table is too old to ship on `buildDay`. */
export function assertHelplinesFresh(buildDay: string, table: readonly CountryHelp[] = HELPLINES): void {
  const stale = staleEntries(table, buildDay);
  if (stale.length === 0) return;
  const list = stale.map((s) => `  ${s.country}: ${s.what} (checked ${s.checkedOn})`).join('\n');
  throw new Error(
    `Not packaging: ${stale.length} help-line ${stale.length === 1 ? 'entry was' : 'entries were'} checked more than ` +
      `${HELPLINE_MAX_AGE_DAYS} days before ${buildDay}. Re-check each against its source ` +
      `(core/helplines.ts), then move its checkedOn:\n${list}`,
  );
}
