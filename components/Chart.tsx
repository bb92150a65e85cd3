// A chart's frame: heading, the drawing (an SVG with role="img" and a summary as its
// name), an honest empty state, and the same numbers as a table in a <details>. The
// table's rows are built only when it is opened, so ten years cost nothing until asked.
import './charts.css';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { DAY_MS, HOUR_MS } from '@/core/time';

export type Cell = string | number;

export interface ChartTable {
  caption: string;
  columns: readonly string[];
  rows: () => readonly (readonly Cell[])[];
}

interface Props {
  id: string;
  title: string;
  /** The accessible name of the drawing: what a sighted reader takes from it. */
  summary: string;
  /** When set, shown instead of the drawing and the table. */
  empty?: string | null;
  width: number;
  height: number;
  table: ChartTable;
  /** A short key (legend) under the drawing; visible, so colour is never the only signal. */
  legend?: ComponentChildren;
  children: ComponentChildren;
}

export function Chart({ id, title, summary, empty, width, height, table, legend, children }: Props) {
  return (
    <figure class="chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <h3 id={`${id}-title`} class="chart-title">
        {title}
      </h3>
      {empty ? (
        <p class="chart-empty">{empty}</p>
      ) : (
        <>
          <svg
            class="chart-svg"
            role="img"
            aria-label={summary}
            viewBox={`0 0 ${width} ${height}`}
            // Never drawn much larger than designed: a short calendar stays calendar-sized.
            style={{ maxWidth: `${Math.round(width * 1.3)}px` }}
            preserveAspectRatio="xMidYMid meet"
          >
            {children}
          </svg>
          {legend && <div class="chart-legend">{legend}</div>}
          <ChartDataTable table={table} />
        </>
      )}
    </figure>
  );
}

export function ChartDataTable({ table }: { table: ChartTable }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="chart-table" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{i18n.t('charts.showTable')}</summary>
      {open && <DataTable table={table} />}
    </details>
  );
}

export function DataTable({ table }: { table: ChartTable }) {
  return (
    <div class="table-scroll">
      <table class="data">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows().map((row) => (
            <tr key={String(row[0])}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// ---------------------------------------------------------------------------------
// Shared geometry and formats

export const PLOT = { width: 640, left: 34, right: 10, top: 10, bottom: 24 } as const;

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
export const fmt1 = (x: number) => oneDecimal.format(x);
/** A mean that may be missing (every check-in skipped it): a dash, never a zero. */
export const fmt1OrDash = (x: number | null) => (x === null ? '—' : oneDecimal.format(x));
export const fmt0 = (x: number) => whole.format(x);

const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** A day number (days since 1970-01-01) as a short local-language date. */
export const fmtDay = (day: number) => shortDate.format(day * DAY_MS);
export const fmtDayLong = (day: number) => longDate.format(day * DAY_MS);

/** `09:00`-style label for an hour of the day, in the page's language. */
const hourFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', timeZone: 'UTC' });
export const fmtHour = (hour: number) => hourFormat.format(hour * HOUR_MS);
