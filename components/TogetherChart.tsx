// One view of how they move together (issue 12): pain and mood, active screen time
// and breaks, day by day on one shared time axis, so a bad week and what went with it
// are seen at once. Moving along it (the slider under it: arrow keys, Home, End; or
// pointing at the drawing) reads out that day's values; the table holds them all.
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { AxisUnit, Chart, fmt0, fmt1, fmtDay, fmtDayLong, fmtHoursTick, fmtMinutes } from '@/components/Chart';
import { checkIns, daysText } from '@/components/chart-tables';
import { linePath } from '@/components/DailyLineChart';
import { activityIn, type DayActivity, type DayRange, type DayRow, dailySlots } from '@/core/history';
import { breaksTaken } from '@/core/outcome-days';
import { dayKey } from '@/core/time';

const W = 640;
const LEFT = 46;
const RIGHT = 46;
/** The three bands, top to bottom, each with room above it for its unit. */
// The gaps leave room for a unit above each band even when narrow screens make the
// text large (Chart.tsx useReadableText).
const BAND = {
  painMood: { top: 34, height: 110 },
  active: { top: 190, height: 56 },
  breaks: { top: 292, height: 44 },
} as const;
const HEIGHT = 372;
const UNIT_ABOVE = 14;

interface Props {
  rows: readonly DayRow[];
  activity: readonly DayActivity[];
  range: DayRange;
}

interface Day {
  n: number;
  row: DayRow | null;
  act: (DayActivity & { n: number }) | null;
}

/** One day's values in words: what the slider says and the readout shows. */
export function dayReadout({ n, row, act }: Day): string {
  const parts = [fmtDayLong(n)];
  parts.push(
    row
      ? i18n.t('charts.together.painMood', [fmt1OrDash(row.meanPain), fmt1OrDash(row.meanMood), checkIns(row.entries)])
      : i18n.t('charts.together.noCheckIn'),
  );
  const done = act ? breaksTaken(act) : undefined;
  if (!act || (act.activeMinutes === undefined && done === undefined && act.walkMinutes === undefined)) {
    parts.push(i18n.t('charts.together.noActivity'));
  } else {
    if (act.activeMinutes !== undefined) parts.push(i18n.t('charts.together.active', [fmtMinutes(act.activeMinutes)]));
    if (done !== undefined || act.skipped !== undefined) {
      parts.push(i18n.t('charts.together.breaks', [fmt0(done ?? 0), fmt0(act.skipped ?? 0)]));
    }
    if (act.walkMinutes !== undefined) parts.push(i18n.t('charts.together.walk', [fmtMinutes(act.walkMinutes)]));
  }
  if (row?.notes) parts.push(i18n.t('charts.together.notes', row.notes));
  return parts.join('; ');
}

export function TogetherChart({ rows, activity, range }: Props) {
  const slots = dailySlots(rows, range);
  const acts = activityIn(activity, range);
  const actByDay = new Map(acts.map((a) => [a.n, a]));
  const count = slots.length;
  const days: Day[] = slots.map((row, i) => ({ n: range.from + i, row, act: actByDay.get(range.from + i) ?? null }));
  let lastWithData = -1;
  days.forEach((d, i) => {
    if (d.row || d.act) lastWithData = i;
  });
  const [picked, setPicked] = useState<number | null>(null);
  const at = Math.min(count - 1, Math.max(0, picked ?? (lastWithData >= 0 ? lastWithData : count - 1)));

  const plotW = W - LEFT - RIGHT;
  const step = plotW / Math.max(1, count);
  const cx = (i: number) => LEFT + i * step + step / 2;
  const bandY = (band: { top: number; height: number }, v: number, min: number, max: number) =>
    band.top + ((max - Math.min(max, Math.max(min, v))) / (max - min)) * band.height;

  const maxActive = 60 * Math.max(1, Math.ceil(Math.max(0, ...acts.map((a) => a.activeMinutes ?? 0)) / 60));
  const maxBreaks = Math.max(4, ...acts.map((a) => (breaksTaken(a) ?? 0) + (a.skipped ?? 0)));
  const barW = Math.max(1, step * 0.7);
  const painPts = slots.map((r, i) =>
    r && r.meanPain !== null ? { x: cx(i), y: bandY(BAND.painMood, r.meanPain, 0, 10) } : null,
  );
  const moodPts = slots.map((r, i) =>
    r && r.meanMood !== null ? { x: cx(i), y: bandY(BAND.painMood, r.meanMood, 1, 5) } : null,
  );
  const measured = acts.filter((a) => a.activeMinutes !== undefined).length;
  const empty = rows.length === 0 && acts.length === 0 ? i18n.t('charts.noCheckIns') : null;
  const readout = dayReadout(days[at] as Day);

  const pointAt = (e: PointerEvent) => {
    const svg = (e.currentTarget as SVGElement).ownerSVGElement;
    const box = svg?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const x = ((e.clientX - box.left) / box.width) * W;
    setPicked(Math.min(count - 1, Math.max(0, Math.floor((x - LEFT) / step))));
  };
  const showDots = count <= 92;
  const mid = Math.floor((count - 1) / 2);

  return (
    <Chart
      id="together"
      title={i18n.t('charts.together.title')}
      summary={i18n.t('charts.together.summary', {
        from: fmtDayLong(range.from),
        to: fmtDayLong(range.to),
        days: daysText(rows.length),
        measured: daysText(measured),
      })}
      empty={empty}
      width={W}
      height={HEIGHT}
      table={{
        caption: i18n.t('charts.together.caption'),
        columns: [
          i18n.t('charts.col.date'),
          i18n.t('charts.col.pain'),
          i18n.t('charts.col.mood'),
          i18n.t('charts.col.checkIns'),
          i18n.t('charts.col.activeTime'),
          i18n.t('charts.nudges.taken'),
          i18n.t('charts.nudges.skipped'),
          i18n.t('charts.col.walkMinutes'),
        ],
        rows: () =>
          days
            .filter((d) => d.row || d.act)
            .map(({ n, row, act }) => [
              dayKey(n),
              row ? fmt1OrDash(row.meanPain) : '—',
              row ? fmt1OrDash(row.meanMood) : '—',
              row ? row.entries : 0,
              act?.activeMinutes === undefined ? '—' : fmtMinutes(act.activeMinutes),
              act && breaksTaken(act) !== undefined ? fmt0(breaksTaken(act) ?? 0) : '—',
              act?.skipped === undefined ? '—' : fmt0(act.skipped),
              act?.walkMinutes === undefined ? '—' : fmt0(act.walkMinutes),
            ]),
      }}
      after={
        <div class="together-pick">
          <label for="together-day">{i18n.t('charts.together.pick')}</label>
          <input
            id="together-day"
            type="range"
            min={0}
            max={Math.max(0, count - 1)}
            step={1}
            value={at}
            aria-valuetext={readout}
            onInput={(e) => setPicked(Number((e.currentTarget as HTMLInputElement).value))}
          />
          <p class="together-readout" data-day={dayKey((days[at] as Day).n)}>
            {readout}
          </p>
        </div>
      }
      legend={
        <>
          <span class="legend-item">
            <span class="swatch line" aria-hidden="true" />
            {i18n.t('charts.together.legendPain')}
          </span>
          <span class="legend-item">
            <span class="swatch line mood" aria-hidden="true" />
            {i18n.t('charts.together.legendMood')}
          </span>
          <span class="legend-item">
            <span class="swatch together-active" aria-hidden="true" />
            {i18n.t('charts.together.legendActive')}
          </span>
          <span class="legend-item">
            <span class="swatch together-done" aria-hidden="true" />
            {i18n.t('charts.nudges.taken')}
          </span>
          <span class="legend-item">
            <span class="swatch together-skipped" aria-hidden="true" />
            {i18n.t('charts.nudges.skipped')}
          </span>
        </>
      }
    >
      <g class="together">
        {/* Pain and mood: pain's scale on the left, mood's on the right. */}
        {[0, 5, 10].map((t) => (
          <g key={`p${t}`} class="grid">
            <line x1={LEFT} x2={W - RIGHT} y1={bandY(BAND.painMood, t, 0, 10)} y2={bandY(BAND.painMood, t, 0, 10)} />
            <text x={LEFT - 6} y={bandY(BAND.painMood, t, 0, 10)} dy="0.32em" text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {[1, 3, 5].map((t) => (
          <text key={`m${t}`} x={W - RIGHT + 6} y={bandY(BAND.painMood, t, 1, 5)} dy="0.32em" text-anchor="start">
            {t}
          </text>
        ))}
        <AxisUnit text={i18n.t('charts.unit.pain')} />
        <text class="unit" x={W - 4} y={BAND.painMood.top - UNIT_ABOVE} text-anchor="end">
          {i18n.t('charts.unit.mood')}
        </text>
        <g class="line-chart pain">
          <path class="series" d={linePath(painPts)} />
          {painPts.map((p, i) =>
            p && (showDots || (!painPts[i - 1] && !painPts[i + 1])) ? (
              <circle key={i} class="dot" cx={p.x.toFixed(1)} cy={p.y.toFixed(1)} r={showDots ? 2.6 : 1.6} />
            ) : null,
          )}
        </g>
        <g class="line-chart mood">
          <path class="series" d={linePath(moodPts)} />
          {moodPts.map((p, i) =>
            p && (showDots || (!moodPts[i - 1] && !moodPts[i + 1])) ? (
              <circle key={i} class="dot" cx={p.x.toFixed(1)} cy={p.y.toFixed(1)} r={showDots ? 2.6 : 1.6} />
            ) : null,
          )}
        </g>

        {/* Active screen time, in hours. */}
        <text class="unit" x={4} y={BAND.active.top - UNIT_ABOVE} text-anchor="start">
          {i18n.t('charts.unit.hours')}
        </text>
        {[0, maxActive].map((t) => (
          <g key={`a${t}`} class="grid">
            <line
              x1={LEFT}
              x2={W - RIGHT}
              y1={bandY(BAND.active, t, 0, maxActive)}
              y2={bandY(BAND.active, t, 0, maxActive)}
            />
            <text x={LEFT - 6} y={bandY(BAND.active, t, 0, maxActive)} dy="0.32em" text-anchor="end">
              {fmtHoursTick(t)}
            </text>
          </g>
        ))}
        {days.map(({ act }, i) => {
          if (act?.activeMinutes === undefined) return null;
          const top = bandY(BAND.active, act.activeMinutes, 0, maxActive);
          return (
            <rect
              key={i}
              class="bar together-active"
              x={(cx(i) - barW / 2).toFixed(1)}
              y={top.toFixed(1)}
              width={barW.toFixed(1)}
              height={Math.max(0.5, BAND.active.top + BAND.active.height - top).toFixed(1)}
            />
          );
        })}

        {/* Breaks: done (taken when asked or by being away) below, skipped on top. */}
        <text class="unit" x={4} y={BAND.breaks.top - UNIT_ABOVE} text-anchor="start">
          {i18n.t('charts.unit.breaks')}
        </text>
        {[0, maxBreaks].map((t) => (
          <g key={`b${t}`} class="grid">
            <line
              x1={LEFT}
              x2={W - RIGHT}
              y1={bandY(BAND.breaks, t, 0, maxBreaks)}
              y2={bandY(BAND.breaks, t, 0, maxBreaks)}
            />
            <text x={LEFT - 6} y={bandY(BAND.breaks, t, 0, maxBreaks)} dy="0.32em" text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {days.map(({ act }, i) => {
          if (!act) return null;
          const done = breaksTaken(act) ?? 0;
          const skipped = act.skipped ?? 0;
          const bottom = BAND.breaks.top + BAND.breaks.height;
          const yDone = bandY(BAND.breaks, done, 0, maxBreaks);
          const ySkip = bandY(BAND.breaks, done + skipped, 0, maxBreaks);
          const x = (cx(i) - barW / 2).toFixed(1);
          return (
            <g key={i}>
              {done > 0 && (
                <rect
                  class="bar together-done"
                  x={x}
                  y={yDone.toFixed(1)}
                  width={barW.toFixed(1)}
                  height={(bottom - yDone).toFixed(1)}
                />
              )}
              {skipped > 0 && (
                <rect
                  class="bar together-skipped"
                  x={x}
                  y={ySkip.toFixed(1)}
                  width={barW.toFixed(1)}
                  height={(yDone - ySkip).toFixed(1)}
                />
              )}
            </g>
          );
        })}

        {/* The shared time axis, and the day being read out. */}
        <g class="axis">
          <text x={cx(0)} y={HEIGHT - 8} text-anchor="start">
            {fmtDay(range.from)}
          </text>
          {count > 2 && (
            <text x={cx(mid)} y={HEIGHT - 8} text-anchor="middle">
              {fmtDay(range.from + mid)}
            </text>
          )}
          {count > 1 && (
            <text x={cx(count - 1)} y={HEIGHT - 8} text-anchor="end">
              {fmtDay(range.to)}
            </text>
          )}
        </g>
        <line
          class="together-cursor"
          x1={cx(at)}
          x2={cx(at)}
          y1={BAND.painMood.top}
          y2={BAND.breaks.top + BAND.breaks.height}
        />
        <rect
          class="together-hit"
          x={LEFT}
          y={0}
          width={plotW}
          height={HEIGHT}
          onPointerMove={pointAt}
          onPointerDown={pointAt}
        />
      </g>
    </Chart>
  );
}
