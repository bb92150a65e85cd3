// Daily pain and daily mood, each a line with gaps for days without a check-in, and
// the same numbers as a table.
import { i18n } from '#i18n';
import { Chart, fmt1OrDash, fmtDay, fmtDayLong } from '@/components/Chart';
import { checkIns, type DailyProps, dailyTable, daysText } from '@/components/chart-tables';
import { DailyLineChart } from '@/components/DailyLineChart';
import { dailySlots, summarizeRange } from '@/core/history';

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
          unit={i18n.t('charts.unit.pain')}
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
          unit={i18n.t('charts.unit.mood')}
          height={140}
          dayLabel={fmtDay}
          kind="mood"
        />
      </Chart>
    </>
  );
}
