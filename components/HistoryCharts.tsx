// The history page's and the report's charts. Each has a heading, an SVG named by its summary, and a
// table with the same numbers; screen time and breaks say plainly when there is no
// data yet, rather than drawing zeros.
import { i18n } from '#i18n';
import { BarChart } from '@/components/BarChart';
import { Chart, fmt0, fmt1, fmt1OrDash, fmtDay, fmtDayLong, fmtHour } from '@/components/Chart';
import { DailyLineChart } from '@/components/DailyLineChart';
import { calendarSize, PAIN_LEVELS, PainCalendar } from '@/components/PainCalendar';
import {
  activeByHour,
  activityIn,
  type DayActivity,
  type DayRange,
  type DayRow,
  dailySlots,
  type HistoryIndex,
  painByHour,
  summarizeRange,
} from '@/core/history';
import { DAY_MS, dayKey } from '@/core/time';

const checkIns = (n: number) => i18n.t('history.count.checkIns', n);
const daysText = (n: number) => i18n.t('history.count.days', n);

interface DailyProps {
  rows: readonly DayRow[];
  range: DayRange;
}

function dailyTable(rows: readonly DayRow[]) {
  return {
    caption: i18n.t('charts.daily.caption'),
    columns: [
      i18n.t('charts.col.date'),
      i18n.t('charts.col.pain'),
      i18n.t('charts.col.mood'),
      i18n.t('charts.col.checkIns'),
    ],
    rows: () => rows.map((r) => [dayKey(r.n), fmt1OrDash(r.meanPain), fmt1OrDash(r.meanMood), r.entries]),
  };
}

export function PainMoodCharts({ rows, range }: DailyProps) {
  const slots = dailySlots(rows, range);
  const summary = summarizeRange(rows);
  const empty = rows.length === 0 ? i18n.t('charts.noCheckIns') : null;
  const common = {
    from: fmtDayLong(range.from),
    to: fmtDayLong(range.to),
    days: daysText(summary.loggedDays),
    checkIns: checkIns(summary.entries),
  };
  return (
    <>
      <Chart
        id="pain-daily"
        title={i18n.t('charts.pain.title')}
        summary={i18n.t('charts.pain.summary', {
          ...common,
          days: daysText(summary.painDays),
          mean: fmt1OrDash(summary.meanPain),
        })}
        empty={empty}
        width={640}
        height={170}
        table={dailyTable(rows)}
        legend={
          <span class="legend-item">
            <span class="swatch line" aria-hidden="true" />
            {i18n.t('charts.pain.legend')}
          </span>
        }
      >
        <DailyLineChart
          slots={slots}
          range={range}
          value={(r) => r.meanPain}
          min={0}
          max={10}
          ticks={[0, 2, 4, 6, 8, 10]}
          height={170}
          dayLabel={fmtDay}
          kind="pain"
        />
      </Chart>
      <Chart
        id="mood-daily"
        title={i18n.t('charts.mood.title')}
        summary={i18n.t('charts.mood.summary', {
          ...common,
          days: daysText(summary.moodDays),
          mean: fmt1OrDash(summary.meanMood),
        })}
        empty={empty}
        width={640}
        height={140}
        table={dailyTable(rows)}
        legend={
          <span class="legend-item">
            <span class="swatch line mood" aria-hidden="true" />
            {i18n.t('charts.mood.legend')}
          </span>
        }
      >
        <DailyLineChart
          slots={slots}
          range={range}
          value={(r) => r.meanMood}
          min={1}
          max={5}
          ticks={[1, 2, 3, 4, 5]}
          height={140}
          dayLabel={fmtDay}
          kind="mood"
        />
      </Chart>
    </>
  );
}

const HOUR_LABELS = [0, 6, 12, 18].map((h) => ({ index: h, text: fmtHour(h) }));

export function HourCharts({
  index,
  range,
  activity,
}: {
  index: HistoryIndex;
  range: DayRange;
  activity: DayActivity[];
}) {
  const hours = painByHour(index, range);
  const logged = hours.filter((h) => h.entries > 0);
  const peak = logged.reduce<(typeof hours)[number] | null>(
    (best, h) => (best === null || (h.meanPain ?? 0) > (best.meanPain ?? 0) ? h : best),
    null,
  );
  const active = activeByHour(activityIn(activity, range));
  const activePeak = active.reduce<(typeof active)[number] | null>(
    (best, h) => (best === null || h.meanMinutes > best.meanMinutes ? h : best),
    null,
  );
  return (
    <>
      <Chart
        id="pain-hour"
        title={i18n.t('charts.painHour.title')}
        summary={
          peak
            ? i18n.t('charts.painHour.summary', {
                hour: fmtHour(peak.hour),
                mean: fmt1(peak.meanPain ?? 0),
                checkIns: checkIns(peak.entries),
                hours: String(logged.length),
              })
            : ''
        }
        empty={logged.length === 0 ? i18n.t('charts.noCheckIns') : null}
        width={640}
        height={150}
        table={{
          caption: i18n.t('charts.painHour.caption'),
          columns: [i18n.t('charts.col.hour'), i18n.t('charts.col.pain'), i18n.t('charts.col.checkIns')],
          rows: () => logged.map((h) => [fmtHour(h.hour), fmt1(h.meanPain ?? 0), h.entries]),
        }}
      >
        <BarChart
          bars={hours.map((h) => ({ key: h.hour, parts: h.meanPain === null ? null : [h.meanPain] }))}
          max={10}
          ticks={[0, 5, 10]}
          height={150}
          labels={HOUR_LABELS}
          partClasses={['pain-bar']}
        />
      </Chart>
      <Chart
        id="active-hour"
        title={i18n.t('charts.activeHour.title')}
        summary={
          activePeak
            ? i18n.t('charts.activeHour.summary', {
                hour: fmtHour(activePeak.hour),
                minutes: fmt0(activePeak.meanMinutes),
                days: daysText(activePeak.days),
              })
            : ''
        }
        empty={active.length === 0 ? i18n.t('charts.noScreenTime') : null}
        width={640}
        height={150}
        table={{
          caption: i18n.t('charts.activeHour.caption'),
          columns: [i18n.t('charts.col.hour'), i18n.t('charts.col.activeMinutes')],
          rows: () => active.map((h) => [fmtHour(h.hour), fmt0(h.meanMinutes)]),
        }}
      >
        <BarChart
          bars={active.map((h) => ({ key: h.hour, parts: [h.meanMinutes] }))}
          max={60}
          ticks={[0, 30, 60]}
          height={150}
          labels={HOUR_LABELS}
          partClasses={['']}
        />
      </Chart>
    </>
  );
}

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
// 1970-01-05 was a Monday.
const WEEKDAYS = [0, 2, 4].map((i) => weekdayFormat.format((4 + i) * DAY_MS)) as [string, string, string];

export function CalendarChart({ rows, range }: DailyProps) {
  const slots = dailySlots(rows, range);
  const size = calendarSize(range);
  const high = rows.filter((r) => r.meanPain !== null && r.meanPain >= 4).length;
  return (
    <Chart
      id="pain-calendar"
      title={i18n.t('charts.calendar.title')}
      summary={i18n.t('charts.calendar.summary', {
        from: fmtDayLong(range.from),
        to: fmtDayLong(range.to),
        days: daysText(rows.length),
        high: daysText(high),
      })}
      empty={rows.length === 0 ? i18n.t('charts.noCheckIns') : null}
      width={size.width}
      height={size.height}
      table={dailyTable(rows)}
      legend={
        <>
          <span class="legend-item">
            <span class="swatch" aria-hidden="true" />
            {i18n.t('charts.calendar.none')}
          </span>
          {PAIN_LEVELS.map((level) => (
            <span key={level} class="legend-item">
              <span class={`swatch level-${level}`} aria-hidden="true" />
              {i18n.t(`charts.calendar.level${level}`)}
            </span>
          ))}
        </>
      }
    >
      <PainCalendar
        slots={slots}
        range={range}
        monthLabel={(d) => monthFormat.format(d * DAY_MS)}
        weekdayLabels={WEEKDAYS}
        cellTitle={(day, row) =>
          row
            ? i18n.t('charts.calendar.cell', [fmtDayLong(day), fmt1OrDash(row.meanPain), checkIns(row.entries)])
            : i18n.t('charts.calendar.cellNone', [fmtDayLong(day)])
        }
      />
    </Chart>
  );
}

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
  const maxMinutes = Math.max(60, ...withMinutes.map((r) => r.activeMinutes as number));
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
          minutes: fmt0(meanMinutes),
        })}
        empty={withMinutes.length === 0 ? i18n.t('charts.noScreenTime') : null}
        width={640}
        height={150}
        table={{
          caption: i18n.t('charts.activeDaily.caption'),
          columns: [i18n.t('charts.col.date'), i18n.t('charts.col.activeMinutes')],
          rows: () => withMinutes.map((r) => [r.day, fmt0(r.activeMinutes as number)]),
        }}
      >
        <BarChart
          bars={minutes.map((m, i) => ({ key: i, parts: m === undefined ? null : [m] }))}
          max={maxMinutes}
          ticks={[0, Math.round(maxMinutes / 2), Math.round(maxMinutes)]}
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
          height={150}
          labels={dayLabels(range, count)}
          partClasses={['']}
          goal={walkGoalMin}
        />
      </Chart>
    </>
  );
}
