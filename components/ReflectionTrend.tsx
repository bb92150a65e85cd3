// The weekly reflection as a trend: both 0–10 answers per week, with a table.
import { i18n } from '#i18n';
import { Chart, fmtDay, PLOT } from '@/components/Chart';
import { linePath } from '@/components/DailyLineChart';
import { reflectionTrend, type WeeklyReflection } from '@/core/care';
import { dayNumber } from '@/core/time';

const HEIGHT = 140;

export function ReflectionTrend({
  reflections,
  emptyText = i18n.t('reflection.noneYet'),
}: {
  reflections: readonly WeeklyReflection[];
  emptyText?: string;
}) {
  const weeks = reflectionTrend(reflections);
  if (weeks.length === 0) return <p class="muted">{emptyText}</p>;
  const plotW = PLOT.width - PLOT.left - PLOT.right;
  const plotH = HEIGHT - PLOT.top - PLOT.bottom;
  const first = dayNumber((weeks[0] as WeeklyReflection).weekStart);
  const last = dayNumber((weeks.at(-1) as WeeklyReflection).weekStart);
  const span = Math.max(1, last - first);
  const x = (w: WeeklyReflection) =>
    PLOT.left + (weeks.length === 1 ? plotW / 2 : ((dayNumber(w.weekStart) - first) / span) * plotW);
  const y = (v: number) => PLOT.top + ((10 - v) / 10) * plotH;
  // A missing week is a gap: consecutive weeks only are joined.
  const points = (pick: (w: WeeklyReflection) => number) => {
    const out: ({ x: number; y: number } | null)[] = [];
    weeks.forEach((w, i) => {
      const prev = weeks[i - 1];
      if (prev && dayNumber(w.weekStart) - dayNumber(prev.weekStart) > 7) out.push(null);
      out.push({ x: x(w), y: y(pick(w)) });
    });
    return out;
  };
  const latest = weeks.at(-1) as WeeklyReflection;
  return (
    <Chart
      id="reflection-trend"
      title={i18n.t('reflection.trendTitle')}
      summary={i18n.t('reflection.trendSummary', {
        weeks: i18n.t('reflection.count.weeks', weeks.length),
        enjoyment: String(latest.enjoyment),
        activity: String(latest.activity),
      })}
      width={640}
      height={HEIGHT}
      table={{
        caption: i18n.t('reflection.trendCaption'),
        columns: [i18n.t('reflection.col.week'), i18n.t('reflection.col.enjoyment'), i18n.t('reflection.col.activity')],
        rows: () => weeks.map((w) => [w.weekStart, w.enjoyment, w.activity]),
      }}
      legend={
        <>
          <span class="legend-item">
            <span class="swatch line" aria-hidden="true" />
            {i18n.t('reflection.col.enjoyment')}
          </span>
          <span class="legend-item">
            <span class="swatch line mood" aria-hidden="true" />
            {i18n.t('reflection.col.activity')}
          </span>
        </>
      }
    >
      {[0, 5, 10].map((t) => (
        <g key={t} class="grid">
          <line x1={PLOT.left} x2={PLOT.width - PLOT.right} y1={y(t)} y2={y(t)} />
          <text x={PLOT.left - 6} y={y(t)} dy="0.32em" text-anchor="end">
            {t}
          </text>
        </g>
      ))}
      <g class="line-chart pain">
        <path class="series" d={linePath(points((w) => w.enjoyment))} />
        {weeks.map((w) => (
          <circle key={w.weekStart} class="dot" cx={x(w)} cy={y(w.enjoyment)} r="2.8" />
        ))}
      </g>
      <g class="line-chart mood">
        <path class="series" d={linePath(points((w) => w.activity))} />
        {weeks.map((w) => (
          <circle key={w.weekStart} class="dot" cx={x(w)} cy={y(w.activity)} r="2.8" />
        ))}
      </g>
      <g class="axis">
        <text x={x(weeks[0] as WeeklyReflection)} y={HEIGHT - 6} text-anchor={weeks.length === 1 ? 'middle' : 'start'}>
          {fmtDay(first)}
        </text>
        {weeks.length > 1 && (
          <text x={x(latest)} y={HEIGHT - 6} text-anchor="end">
            {fmtDay(last)}
          </text>
        )}
      </g>
    </Chart>
  );
}
