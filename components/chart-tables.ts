// What several history charts share: counts in words and the daily table (one
// definition for the pain, mood and calendar charts).
import { i18n } from '#i18n';
import { fmt1 } from '@/components/Chart';
import type { DayRange, DayRow } from '@/core/history';
import { dayKey } from '@/core/time';

export const checkIns = (n: number) => i18n.t('history.count.checkIns', n);
export const daysText = (n: number) => i18n.t('history.count.days', n);

export interface DailyProps {
  rows: readonly DayRow[];
  range: DayRange;
}

export function dailyTable(rows: readonly DayRow[]) {
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
