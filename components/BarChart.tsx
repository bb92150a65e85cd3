// Bars, optionally stacked, with an optional goal line. A bar with no value (null)
// is not drawn: an unknown is a gap, never a zero.
import { AxisUnit, PLOT } from './Chart';

export interface Bar {
  key: string | number;
  /** Stacked parts, bottom first; null when the value is unknown. */
  parts: readonly number[] | null;
}

interface Props {
  bars: readonly Bar[];
  max: number;
  ticks: readonly number[];
  /** How a tick is written (plain numbers by default). */
  tickLabel?: (tick: number) => string;
  /** The value axis's unit, shown above it. */
  unit: string;
  height: number;
  /** Labels under some bars, by index. */
  labels: readonly { index: number; text: string }[];
  /** One class per stacked part (the legend names them); fill, tint and outline tell them apart without colour. */
  partClasses: readonly string[];
  goal?: number;
}

export function BarChart({ bars, max, ticks, tickLabel, unit, height, labels, partClasses, goal }: Props) {
  const plotW = PLOT.width - PLOT.left - PLOT.right;
  const plotH = height - PLOT.top - PLOT.bottom;
  const step = plotW / Math.max(1, bars.length);
  const barW = Math.max(1, step * 0.72);
  const y = (v: number) => PLOT.top + ((max - Math.min(v, max)) / max) * plotH;
  return (
    <g class="bar-chart">
      {ticks.map((t) => (
        <g key={t} class="grid">
          <line x1={PLOT.left} x2={PLOT.width - PLOT.right} y1={y(t)} y2={y(t)} />
          <text x={PLOT.left - 6} y={y(t)} dy="0.32em" text-anchor="end">
            {tickLabel ? tickLabel(t) : t}
          </text>
        </g>
      ))}
      <AxisUnit text={unit} />
      {bars.map((bar, i) => {
        if (!bar.parts) return null;
        let base = 0;
        const x = PLOT.left + i * step + (step - barW) / 2;
        return (
          <g key={bar.key}>
            {bar.parts.map((part, k) => {
              const top = y(base + part);
              const bottom = y(base);
              base += part;
              if (part <= 0) return null;
              return (
                <rect
                  key={k}
                  class={`bar ${partClasses[k] ?? ''}`}
                  x={x.toFixed(1)}
                  y={top.toFixed(1)}
                  width={barW.toFixed(1)}
                  height={Math.max(0.5, bottom - top).toFixed(1)}
                />
              );
            })}
          </g>
        );
      })}
      {goal !== undefined && (
        <line class="goal" x1={PLOT.left} x2={PLOT.width - PLOT.right} y1={y(goal)} y2={y(goal)} />
      )}
      <g class="axis">
        {labels.map(({ index, text }) => (
          <text key={index} x={PLOT.left + index * step + step / 2} y={height - 6} text-anchor="middle">
            {text}
          </text>
        ))}
      </g>
    </g>
  );
}
