// One value per day as a line. A day without a check-in is a gap in the line, never
// a zero; a logged day between two gaps is drawn as a dot so it is never lost.
import type { DayRange, DayRow } from '@/core/history';
import { AxisUnit, PLOT } from './Chart';

interface Props {
  slots: readonly (DayRow | null)[];
  range: DayRange;
  /** The day's value; null (a skipped rating) is a gap like a day without a check-in. */
  value: (row: DayRow) => number | null;
  min: number;
  max: number;
  ticks: readonly number[];
  /** How a tick is written (plain numbers by default). */
  tickLabel?: (tick: number) => string;
  /** The value axis's unit, shown above it. */
  unit: string;
  height: number;
  /** Text for the x-axis ends and middle. */
  dayLabel: (day: number) => string;
  kind: 'pain' | 'mood';
}

/** Lines through consecutive logged days only. */
export function linePath(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = '';
  let open = false;
  for (const p of points) {
    if (!p) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`;
    open = true;
  }
  return d;
}

export function DailyLineChart({
  slots,
  range,
  value,
  min,
  max,
  ticks,
  tickLabel,
  unit,
  height,
  dayLabel,
  kind,
}: Props) {
  const plotW = PLOT.width - PLOT.left - PLOT.right;
  const plotH = height - PLOT.top - PLOT.bottom;
  const count = slots.length;
  const x = (i: number) => PLOT.left + (count <= 1 ? plotW / 2 : (i * plotW) / (count - 1));
  const y = (v: number) => PLOT.top + ((max - v) / (max - min)) * plotH;
  const points = slots.map((row, i) => {
    const v = row ? value(row) : null;
    return v === null ? null : { x: x(i), y: y(v) };
  });
  const showAllDots = count <= 92;
  const mid = range.from + Math.floor((range.to - range.from) / 2);
  return (
    <g class={`line-chart ${kind}`}>
      {ticks.map((t) => (
        <g key={t} class="grid">
          <line x1={PLOT.left} x2={PLOT.width - PLOT.right} y1={y(t)} y2={y(t)} />
          <text x={PLOT.left - 6} y={y(t)} dy="0.32em" text-anchor="end">
            {tickLabel ? tickLabel(t) : t}
          </text>
        </g>
      ))}
      <AxisUnit text={unit} />
      <path class="series" d={linePath(points)} />
      {points.map((p, i) => {
        if (!p) return null;
        const isolated = !points[i - 1] && !points[i + 1];
        if (!showAllDots && !isolated) return null;
        return <circle key={i} class="dot" cx={p.x.toFixed(1)} cy={p.y.toFixed(1)} r={showAllDots ? 2.8 : 1.6} />;
      })}
      <g class="axis">
        <text x={x(0)} y={height - 6} text-anchor="start">
          {dayLabel(range.from)}
        </text>
        {count > 2 && (
          <text x={x(mid - range.from)} y={height - 6} text-anchor="middle">
            {dayLabel(mid)}
          </text>
        )}
        {count > 1 && (
          <text x={x(count - 1)} y={height - 6} text-anchor="end">
            {dayLabel(range.to)}
          </text>
        )}
      </g>
    </g>
  );
}
