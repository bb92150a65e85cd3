// Screen time and breaks each day: active time (in hours), breaks by what happened,
// walk minutes against the goal. Each says plainly when there is no data yet, rather
// than drawing zeros.
import { i18n } from '#i18n';
import { BarChart } from '@/components/BarChart';
import { Chart, fmt0, fmtDay, fmtHoursTick, fmtMinutes } from '@/components/Chart';
import { daysText } from '@/components/chart-tables';
import { activityIn, type DayActivity, type DayRange } from '@/core/history';

function dayLabels(range: DayRange, count: number) {
  const labels = [{ index: 0, text: fmtDay(range.from) }];
  if (count > 1) labels.push({ index: count - 1, text: fmtDay(range.to) });
  return labels;
}

export function ActivityCharts({
  activity,
  range,
  walkGoalMin,
}: {
  activity: DayActivity[];
  range: DayRange;
  walkGoalMin: number;
}) {
  const rows = activityIn(activity, range);
  const count = range.to - range.from + 1;
  const byDay = new Map(rows.map((r) => [r.n, r]));
  const perDay = <T,>(pick: (r: DayActivity) => T | undefined) =>
    Array.from({ length: count }, (_, i) => {
      const r = byDay.get(range.from + i);
      return r ? pick(r) : undefined;
    });
  const minutes = perDay((r) => r.activeMinutes);
  const withMinutes = rows.filter((r) => r.activeMinutes !== undefined);
  const hasNudges = rows.some((r) => [r.taken, r.snoozed, r.skipped, r.natural].some((x) => x !== undefined));
  const withWalk = rows.filter((r) => r.walkMinutes !== undefined);
  // Whole hours on the axis: the top is the next hour above the busiest day.
  const maxMinutes =
    60 * Math.max(1, Math.ceil(Math.max(0, ...withMinutes.map((r) => r.activeMinutes as number)) / 60));
  const maxNudges = Math.max(
    4,
    ...rows.map((r) => (r.taken ?? 0) + (r.natural ?? 0) + (r.snoozed ?? 0) + (r.skipped ?? 0)),
  );
  const maxWalk = Math.max(walkGoalMin * 1.5, ...withWalk.map((r) => r.walkMinutes as number));
  const meanMinutes =
    withMinutes.reduce((n, r) => n + (r.activeMinutes as number), 0) / Math.max(1, withMinutes.length);
  const goalDays = withWalk.filter((r) => (r.walkMinutes as number) >= walkGoalMin).length;
  const totals = rows.reduce(
    (t, r) => ({
      taken: t.taken + (r.taken ?? 0),
      natural: t.natural + (r.natural ?? 0),
      snoozed: t.snoozed + (r.snoozed ?? 0),
      skipped: t.skipped + (r.skipped ?? 0),
    }),
    { taken: 0, natural: 0, snoozed: 0, skipped: 0 },
  );
  const outcomes = ['taken', 'natural', 'snoozed', 'skipped'] as const;
  return (
    <>
      <Chart
        id="active-daily"
        title={i18n.t('charts.activeDaily.title')}
        summary={i18n.t('charts.activeDaily.summary', {
          days: daysText(withMinutes.length),
          minutes: fmtMinutes(meanMinutes),
        })}
        empty={withMinutes.length === 0 ? i18n.t('charts.noScreenTime') : null}
        width={640}
        height={150}
        table={{
          caption: i18n.t('charts.activeDaily.caption'),
          columns: [i18n.t('charts.col.date'), i18n.t('charts.col.activeMinutes')],
          rows: () => withMinutes.map((r) => [r.day, fmtMinutes(r.activeMinutes as number)]),
        }}
      >
        <BarChart
          bars={minutes.map((m, i) => ({ key: i, parts: m === undefined ? null : [m] }))}
          max={maxMinutes}
          ticks={maxMinutes >= 120 ? [0, 60 * Math.round(maxMinutes / 120), maxMinutes] : [0, maxMinutes]}
          tickLabel={fmtHoursTick}
          unit={i18n.t('charts.unit.hours')}
          height={150}
          labels={dayLabels(range, count)}
          partClasses={['']}
        />
      </Chart>
      <Chart
        id="nudges-daily"
        title={i18n.t('charts.nudges.title')}
        summary={i18n.t('charts.nudges.summary', {
          taken: fmt0(totals.taken),
          natural: fmt0(totals.natural),
          snoozed: fmt0(totals.snoozed),
          skipped: fmt0(totals.skipped),
        })}
        empty={hasNudges ? null : i18n.t('charts.noBreaks')}
        width={640}
        height={150}
        table={{
          caption: i18n.t('charts.nudges.caption'),
          columns: [i18n.t('charts.col.date'), ...outcomes.map((o) => i18n.t(`charts.nudges.${o}`))],
          rows: () =>
            rows.map((r) => [r.day, ...outcomes.map((o) => (r[o] === undefined ? '—' : fmt0(r[o] as number)))]),
        }}
        legend={outcomes.map((o, k) => (
          <span key={o} class="legend-item">
            <svg width="14" height="10" aria-hidden="true">
              <rect class={`bar part-${k}`} width="14" height="10" />
            </svg>
            {i18n.t(`charts.nudges.${o}`)}
          </span>
        ))}
      >
        <BarChart
          bars={Array.from({ length: count }, (_, i) => {
            const r = byDay.get(range.from + i);
            return { key: i, parts: r ? outcomes.map((o) => r[o] ?? 0) : null };
          })}
          max={maxNudges}
          ticks={[0, Math.round(maxNudges)]}
          unit={i18n.t('charts.unit.breaks')}
          height={150}
          labels={dayLabels(range, count)}
          partClasses={['part-0', 'part-1', 'part-2', 'part-3']}
        />
      </Chart>
      <Chart
        id="walk-daily"
        title={i18n.t('charts.walk.title', [fmt0(walkGoalMin)])}
        summary={i18n.t('charts.walk.summary', {
          days: daysText(withWalk.length),
          goal: daysText(goalDays),
          minutes: fmt0(walkGoalMin),
        })}
        empty={withWalk.length === 0 ? i18n.t('charts.noBreaks') : null}
        width={640}
        height={150}
        table={{
          caption: i18n.t('charts.walk.caption'),
          columns: [i18n.t('charts.col.date'), i18n.t('charts.col.walkMinutes')],
          rows: () => withWalk.map((r) => [r.day, fmt0(r.walkMinutes as number)]),
        }}
        legend={
          <span class="legend-item">
            <span
              class="swatch line"
              aria-hidden="true"
              style="border-top-style: dashed; border-top-color: currentColor"
            />
            {i18n.t('charts.walk.goal', [fmt0(walkGoalMin)])}
          </span>
        }
      >
        <BarChart
          bars={perDay((r) => r.walkMinutes).map((m, i) => ({ key: i, parts: m === undefined ? null : [m] }))}
          max={maxWalk}
          ticks={[0, walkGoalMin]}
          unit={i18n.t('charts.unit.minutes')}
          height={150}
          labels={dayLabels(range, count)}
          partClasses={['']}
          goal={walkGoalMin}
        />
      </Chart>
    </>
  );
}
