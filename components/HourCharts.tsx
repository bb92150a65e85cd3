// Pain and active screen time by hour of the day.
import { i18n } from '#i18n';
import { BarChart } from '@/components/BarChart';
import { Chart, fmt0, fmt1, fmtHour } from '@/components/Chart';
import { checkIns, daysText } from '@/components/chart-tables';
import {
  activeByHour,
  activityIn,
  type DayActivity,
  type DayRange,
  type HistoryIndex,
  painByHour,
} from '@/core/history';

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
          unit={i18n.t('charts.unit.pain')}
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
          unit={i18n.t('charts.unit.minutes')}
          height={150}
          labels={HOUR_LABELS}
          partClasses={['']}
        />
      </Chart>
    </>
  );
}
