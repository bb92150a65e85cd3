// The pain calendar: a heat map of daily pain, with its table.
import { i18n } from '#i18n';
import { Chart, fmt1, fmt1OrDash, fmtDayLong } from '@/components/Chart';
import { checkIns, type DailyProps, dailyTable, daysText } from '@/components/chart-tables';
import { calendarSize, PAIN_LEVELS, PainCalendar } from '@/components/PainCalendar';
import { dailySlots } from '@/core/history';
import { DAY_MS } from '@/core/time';

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
