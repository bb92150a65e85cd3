// The clinician report: a printable summary of a chosen date range that a user can
// hand to a GP or physiotherapist. Everything is self-reported and said so; numbers
// come with their counts; PHQ-2 carries its attribution.
import { i18n } from '#i18n';
import { ActivityCharts } from '@/components/ActivityCharts';
import { DataTable, fmt0, fmt1, fmt1OrDash, fmtDayLong } from '@/components/Chart';
import { CrisisLine } from '@/components/CrisisLine';
import { PainMoodCharts } from '@/components/PainMoodCharts';
import { ReflectionTrend } from '@/components/ReflectionTrend';
import { PHQ2_ATTRIBUTION, PHQ2_CITATION, type Phq2Result, scorePhq2, type WeeklyReflection } from '@/core/care';
import type { CheckIn, Region } from '@/core/checkins';
import { REGIONS } from '@/core/checkins';
import { type DayActivity, type DayRange, type DayRow, rangeLength, summarizeRange, weeklyMeans } from '@/core/history';
import { dayKey, localEpochDay } from '@/core/time';

export interface ReportData {
  range: DayRange;
  rows: DayRow[];
  checkIns: CheckIn[];
  phq2: Phq2Result[];
  reflections: WeeklyReflection[];
  activity: DayActivity[];
  /** When the report was made (epoch ms). */
  madeAt: number;
  walkGoalMin: number;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A placeholder (private-use characters) no translation contains, swapped for date `i` after translating. */
const mark = (i: number) => `\ue000${i}\ue001`;

/** A line translated with `mark(i)` for each date, each date shown as a `.date` span that never wraps. */
function WithDates({ text, dates }: { text: string; dates: string[] }) {
  const parts = text.split(/\ue000(\d+)\ue001/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 0 ? (
          part
        ) : (
          <span key={part} class="date">
            {dates[Number(part)]}
          </span>
        ),
      )}
    </>
  );
}
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const keepWhole = (text: string) => text.replace(/\s/g, '\u00a0');
/** A date and a time for a table cell, each kept whole: a narrow column breaks only between them. */
const fmtWhen = (at: number) => `${keepWhole(dateOnly.format(at))} ${keepWhole(timeOnly.format(at))}`;
const days = (n: number) => i18n.t('history.count.days', n);

function SummaryTable({ data }: { data: ReportData }) {
  const s = summarizeRange(data.rows);
  const total = rangeLength(data.range);
  const high = data.rows.filter((r) => r.meanPain !== null && r.meanPain >= 4).length;
  const low = data.rows.filter((r) => r.meanMood !== null && r.meanMood <= 2).length;
  const regions = new Map<Region, number>();
  for (const c of data.checkIns) for (const r of c.regions ?? []) regions.set(r, (regions.get(r) ?? 0) + 1);
  const withRegion = data.checkIns.filter((c) => c.regions?.length).length;
  const rows: [string, string][] = [
    [i18n.t('report.summary.logged'), i18n.t('report.summary.loggedValue', [days(s.loggedDays), fmt0(total)])],
    [i18n.t('report.summary.checkIns'), fmt0(s.entries)],
    [
      i18n.t('report.summary.pain'),
      s.meanPain === null ? '—' : i18n.t('report.summary.meanOver', [fmt1(s.meanPain), days(s.painDays)]),
    ],
    [
      i18n.t('report.summary.mood'),
      s.meanMood === null ? '—' : i18n.t('report.summary.meanOver', [fmt1(s.meanMood), days(s.moodDays)]),
    ],
    [i18n.t('report.summary.highPain'), i18n.t('report.summary.ofDays', [fmt0(high), days(s.painDays)])],
    [i18n.t('report.summary.lowMood'), i18n.t('report.summary.ofDays', [fmt0(low), days(s.moodDays)])],
  ];
  if (withRegion > 0) {
    rows.push([
      i18n.t('report.summary.regions', [fmt0(withRegion)]),
      REGIONS.filter((r) => regions.has(r))
        .map((r) => `${i18n.t(`checkin.details.region.${r}`)} ${regions.get(r)}`)
        .join(', '),
    ]);
  }
  return (
    <DataTable
      table={{
        caption: i18n.t('report.summary.caption'),
        columns: [i18n.t('report.summary.what'), i18n.t('report.summary.value')],
        rows: () => rows,
      }}
    />
  );
}

function WeeklyTable({ rows }: { rows: DayRow[] }) {
  const weeks = weeklyMeans(rows);
  if (weeks.length === 0) return null;
  return (
    <DataTable
      table={{
        caption: i18n.t('report.weekly.caption'),
        columns: [
          i18n.t('report.weekly.week'),
          i18n.t('report.weekly.days'),
          i18n.t('charts.col.pain'),
          i18n.t('charts.col.mood'),
          i18n.t('charts.col.checkIns'),
        ],
        rows: () =>
          weeks.map((w) => [dayKey(w.start), w.loggedDays, fmt1OrDash(w.meanPain), fmt1OrDash(w.meanMood), w.entries]),
      }}
    />
  );
}

function Phq2Section({ results }: { results: Phq2Result[] }) {
  return (
    <section aria-labelledby="report-phq2">
      <h2 id="report-phq2">{i18n.t('report.phq2.heading')}</h2>
      {results.length === 0 ? (
        <p class="muted">{i18n.t('report.phq2.none')}</p>
      ) : (
        <DataTable
          table={{
            caption: i18n.t('report.phq2.caption'),
            columns: [
              i18n.t('phq2.col.date'),
              i18n.t('phq2.col.interest'),
              i18n.t('phq2.col.down'),
              i18n.t('phq2.col.total'),
            ],
            rows: () =>
              results.map((r) => [
                fmtWhen(r.at),
                r.interest,
                r.down,
                i18n.t('phq2.totalCell', [String(scorePhq2(r).total)]),
              ]),
          }}
        />
      )}
      <p class="attribution">
        {i18n.t('report.phq2.note')} {PHQ2_ATTRIBUTION} {PHQ2_CITATION}
      </p>
    </section>
  );
}

function Notes({ checkIns }: { checkIns: CheckIn[] }) {
  const withNotes = checkIns.filter((c) => c.note);
  return (
    <section aria-labelledby="report-notes">
      <h2 id="report-notes">{i18n.t('report.notes.heading')}</h2>
      {withNotes.length === 0 ? (
        <p class="muted">{i18n.t('report.notes.none')}</p>
      ) : (
        <DataTable
          table={{
            caption: i18n.t('report.notes.caption', [fmt0(withNotes.length)]),
            columns: [
              i18n.t('charts.col.date'),
              i18n.t('report.notes.pain'),
              i18n.t('report.notes.mood'),
              i18n.t('report.notes.note'),
            ],
            rows: () => withNotes.map((c) => [fmtWhen(c.at), c.pain ?? '—', c.mood ?? '—', c.note ?? '']),
          }}
        />
      )}
    </section>
  );
}

/** `name`: the person's name for this print (typed on the page, never stored); '' for none. */
export function Report({ data, includeNotes, name = '' }: { data: ReportData; includeNotes: boolean; name?: string }) {
  const { range } = data;
  const inRange = (at: number, tz: number) => {
    const d = localEpochDay(at, tz);
    return d >= range.from && d <= range.to;
  };
  const phq2 = data.phq2.filter((r) => inRange(r.at, r.tzOffsetMin));
  const fromKey = dayKey(range.from);
  const toKey = dayKey(range.to);
  const reflections = data.reflections.filter((r) => r.weekStart >= dayKey(range.from - 6) && r.weekStart <= toKey);
  return (
    <article class="report">
      <header>
        <h1>{i18n.t('report.heading')}</h1>
        {name && <p class="report-name">{i18n.t('report.name', [name])}</p>}
        <p class="report-range">
          <WithDates
            text={i18n.t('report.range', [mark(0), mark(1)])}
            dates={[fmtDayLong(range.from), fmtDayLong(range.to)]}
          />
        </p>
        <p class="muted">
          <WithDates text={i18n.t('report.made', [mark(0)])} dates={[dateTime.format(data.madeAt)]} />
        </p>
        <p class="muted">{i18n.t('report.scales')}</p>
      </header>
      <section aria-labelledby="report-summary">
        <h2 id="report-summary">{i18n.t('report.summary.heading')}</h2>
        <SummaryTable data={data} />
      </section>
      <section aria-labelledby="report-trends" data-from={fromKey} data-to={toKey}>
        <h2 id="report-trends">{i18n.t('report.trends')}</h2>
        <PainMoodCharts rows={data.rows} range={range} />
        <WeeklyTable rows={data.rows} />
      </section>
      <Phq2Section results={phq2} />
      <section aria-labelledby="report-reflection">
        <h2 id="report-reflection">{i18n.t('report.reflection')}</h2>
        <p class="muted">{i18n.t('report.reflectionNote')}</p>
        <ReflectionTrend reflections={reflections} emptyText={i18n.t('report.reflectionNone')} />
        {reflections.length > 0 && (
          <DataTable
            table={{
              caption: i18n.t('reflection.trendCaption'),
              columns: [
                i18n.t('reflection.col.week'),
                i18n.t('reflection.col.enjoyment'),
                i18n.t('reflection.col.activity'),
              ],
              rows: () => reflections.map((r) => [r.weekStart, r.enjoyment, r.activity]),
            }}
          />
        )}
      </section>
      <section aria-labelledby="report-activity">
        <h2 id="report-activity">{i18n.t('report.activity')}</h2>
        <ActivityCharts activity={data.activity} range={range} walkGoalMin={data.walkGoalMin} />
      </section>
      {includeNotes && <Notes checkIns={data.checkIns} />}
      <footer class="report-footer muted">
        <p>{i18n.t('report.footer')}</p>
        <CrisisLine />
      </footer>
    </article>
  );
}
