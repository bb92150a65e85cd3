// A calendar heat map of daily pain: one row of weeks per calendar year, Monday at
// the top. Darker is more pain; a day without a check-in is an empty outline. The
// legend names every step, and the chart's table gives every number.
import type { DayRange, DayRow } from '@/core/history';
import { DAY_MS, weekStartDay } from '@/core/time';

export const CELL = 13;
const LEFT = 34;
const TOP = 16;
const YEAR_GAP = 12;

/** Five steps of the 0–10 scale: 0–1, 2–3, 4–5, 6–7, 8–10 (by the day's mean). */
export const painLevel = (meanPain: number) =>
  meanPain < 2 ? 1 : meanPain < 4 ? 2 : meanPain < 6 ? 3 : meanPain < 8 ? 4 : 5;
export const PAIN_LEVELS = [1, 2, 3, 4, 5] as const;

interface YearBlock {
  year: number;
  from: number;
  to: number;
  /** Day number of the Monday that starts the first column. */
  firstMonday: number;
  weeks: number;
}

const mondayOf = (day: number) => weekStartDay(day, 1);

export function yearBlocks(range: DayRange): YearBlock[] {
  const blocks: YearBlock[] = [];
  let from = range.from;
  while (from <= range.to) {
    const year = new Date(from * DAY_MS).getUTCFullYear();
    const yearEnd = Date.UTC(year, 11, 31) / DAY_MS;
    const to = Math.min(yearEnd, range.to);
    const firstMonday = mondayOf(from);
    blocks.push({ year, from, to, firstMonday, weeks: Math.floor((to - firstMonday) / 7) + 1 });
    from = to + 1;
  }
  return blocks;
}

export function calendarSize(range: DayRange): { width: number; height: number } {
  const blocks = yearBlocks(range);
  const weeks = Math.max(...blocks.map((b) => b.weeks), 1);
  return {
    width: Math.max(LEFT + weeks * CELL + 4, 200),
    height: blocks.length * (TOP + 7 * CELL + YEAR_GAP),
  };
}

interface Props {
  slots: readonly (DayRow | null)[];
  range: DayRange;
  monthLabel: (day: number) => string;
  weekdayLabels: readonly [string, string, string];
  cellTitle: (day: number, row: DayRow | null) => string;
}

export function PainCalendar({ slots, range, monthLabel, weekdayLabels, cellTitle }: Props) {
  const blocks = yearBlocks(range);
  return (
    <g class="calendar">
      {blocks.map((b, bi) => {
        const top = bi * (TOP + 7 * CELL + YEAR_GAP) + TOP;
        const cells = [];
        const months = [];
        for (let day = b.from; day <= b.to; day++) {
          const col = Math.floor((day - b.firstMonday) / 7);
          const rowIdx = day - mondayOf(day);
          const row = slots[day - range.from] ?? null;
          cells.push(
            <rect
              key={day}
              class={row?.meanPain != null ? `cell level-${painLevel(row.meanPain)}` : 'cell none'}
              x={LEFT + col * CELL}
              y={top + rowIdx * CELL}
              width={CELL - 2}
              height={CELL - 2}
              rx="2"
            >
              <title>{cellTitle(day, row)}</title>
            </rect>,
          );
          const firstOfMonth = new Date(day * DAY_MS).getUTCDate() === 1;
          // The range's first month is labelled too, unless the next month's label would crowd it.
          const startLabel = day === b.from && new Date(day * DAY_MS).getUTCDate() <= 17;
          if (firstOfMonth || startLabel) {
            months.push(
              <text key={`m${day}`} x={LEFT + col * CELL} y={top - 4} class="month">
                {monthLabel(day)}
              </text>,
            );
          }
        }
        return (
          <g key={b.year}>
            <text x={0} y={top - 4} class="year">
              {b.year}
            </text>
            {weekdayLabels.map((label, i) => (
              <text key={label} x={LEFT - 4} y={top + (i * 2 + 0.5) * CELL} dy="0.32em" text-anchor="end" class="wd">
                {label}
              </text>
            ))}
            {months}
            {cells}
          </g>
        );
      })}
    </g>
  );
}
