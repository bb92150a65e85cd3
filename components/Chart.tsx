// A chart's frame: heading, the drawing (an SVG with role="img" and a summary as its
// name), an honest empty state, and the same numbers as a table in a <details>. The
// table's rows are built only when it is opened, so ten years cost nothing until asked.
// Its styles (charts.css) are imported by the pages that draw charts, never from a
// shared chunk, so the popup never loads them.
import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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
  /** Controls that belong right under the drawing (a readout, a slider). */
  after?: ComponentChildren;
  children: ComponentChildren;
}

/** The smallest axis text at any width, in CSS pixels. */
export const MIN_TEXT_PX = 11;
/** Axis text in the drawing's own units, when drawn at its designed width. */
const TEXT_UNITS = 12;

/**
 * Keeps an SVG's text at least MIN_TEXT_PX on screen however narrow the drawing is
 * drawn: the viewBox scales text with the chart, so the font size (in the drawing's
 * units) grows as the drawing shrinks. Sets `--chart-text` on the element.
 */
export function useReadableText(ref: RefObject<SVGSVGElement>, width: number) {
  useLayoutEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const apply = () => {
      const shown = svg.getBoundingClientRect().width;
      if (shown <= 0) return;
      const units = Math.max(TEXT_UNITS, (MIN_TEXT_PX * width) / shown);
      svg.style.setProperty('--chart-text', `${units.toFixed(2)}px`);
    };
    apply();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(apply);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [ref, width]);
}

export function Chart({ id, title, summary, empty, width, height, table, legend, after, children }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  useReadableText(svg, width);
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
            ref={svg}
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
          {after}
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

/** Room for axis text: wide enough for "10 h" at its largest (narrow screens). */
export const PLOT = { width: 640, left: 46, right: 10, top: 34, bottom: 32 } as const;

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
export const fmt1 = (x: number) => oneDecimal.format(x);
/** A mean that may be missing (every check-in skipped it): a dash, never a zero. */
export const fmt1OrDash = (x: number | null) => (x === null ? '—' : oneDecimal.format(x));
export const fmt0 = (x: number) => whole.format(x);
/** The value axis's unit, above it: every axis says what it counts. */
export function AxisUnit({ text }: { text: string }) {
  return (
    <text class="unit" x={4} y={PLOT.top - 14} text-anchor="start">
      {text}
    </text>
  );
}

/** An axis tick in whole hours: "3 h". */
export const fmtHoursTick = (minutes: number) => i18n.t('charts.hoursTick', [fmt0(minutes / 60)]);
/** Minutes as people say them: "45 min", or "5 h 39 min" from an hour on. */
export function fmtMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return i18n.t('status.minutes', [fmt0(m)]);
  return i18n.t('status.duration', [fmt0(Math.floor(m / 60)), String(m % 60).padStart(2, '0')]);
}

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
