// A month key (`2026-10`) as people read it, in the browser's language: "October 2026".
// The formatter is made on first use, so a page that never names a month (the popup,
// nearly always) pays nothing for it.
let monthName: Intl.DateTimeFormat | undefined;

export function monthWords(month: string): string {
  monthName ??= new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return monthName.format(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1));
}
