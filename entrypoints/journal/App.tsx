// The history page: range, care card, charts, insights, weekly reflection and the
// PHQ-2 self-check. Data comes from store.ts; actions are passed in.
import { i18n } from '#i18n';
import { ActivityCharts } from '@/components/ActivityCharts';
import { CalendarChart } from '@/components/CalendarChart';
import { CareCard } from '@/components/CareCard';
import { fmt1OrDash } from '@/components/Chart';
import { EntryList } from '@/components/EntryList';
import { HourCharts } from '@/components/HourCharts';
import { KeptAsideNotice } from '@/components/KeptAsideNotice';
import { PainMoodCharts } from '@/components/PainMoodCharts';
import { Phq2Check } from '@/components/Phq2Check';
import { ReflectionTrend } from '@/components/ReflectionTrend';
import { TogetherChart } from '@/components/TogetherChart';
import { WeeklyReflection } from '@/components/WeeklyReflection';
import type { Phq2Result, WeeklyReflection as Reflection } from '@/core/care';
import type { CheckIn } from '@/core/checkins';
import { RANGES, type RangeId, summarizeRange } from '@/core/history';
import { hasDaysBeforeWindow } from '@/core/insights';
import type { Reply } from '@/core/messages';
import { dayKey } from '@/core/time';
import type { EntriesStore } from './entries';
import { Insights } from './Insights';
import type { HistoryStore } from './store';

export interface HistoryActions {
  setRange: (range: RangeId) => void;
  savePhq2: (result: Phq2Result) => Promise<Reply>;
  saveReflection: (reflection: Reflection) => Promise<Reply>;
  saveEntry: (checkIn: CheckIn, from: string | null) => Promise<Reply>;
  deleteEntry: (checkIn: CheckIn) => Promise<Reply>;
  dismissNotices: () => void;
}

interface Props {
  store: HistoryStore;
  actions: HistoryActions;
  now: number;
  tzOffsetMin: number;
  /** This week's first day (`YYYY-MM-DD`), for the reflection. */
  weekStart: string;
  /** The entry list's month and its check-ins (entries.ts). */
  entries: EntriesStore;
  currentMonth: string;
}

function RangePicker({ store, actions }: Pick<Props, 'store' | 'actions'>) {
  return (
    <fieldset class="range-picker">
      <legend>{i18n.t('history.range.label')}</legend>
      {RANGES.map((r) => (
        <label key={r} class="range-option">
          <input
            type="radio"
            name="range"
            value={r}
            class="visually-hidden"
            checked={store.range.value === r}
            onChange={() => actions.setRange(r)}
          />
          <span>{i18n.t(`history.range.r${r}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Summary({ store }: { store: HistoryStore }) {
  const s = summarizeRange(store.rows.value);
  if (s.loggedDays === 0) return <p class="muted">{i18n.t('history.summaryEmpty')}</p>;
  return (
    <p class="summary">
      {i18n.t('history.summary', {
        days: i18n.t('history.count.days', s.loggedDays),
        checkIns: i18n.t('history.count.checkIns', s.entries),
        pain: fmt1OrDash(s.meanPain),
        mood: fmt1OrDash(s.meanMood),
      })}
    </p>
  );
}

export function App({ store, actions, now, tzOffsetMin, weekStart, entries, currentMonth }: Props) {
  const index = store.index.value;
  const range = store.span.value;
  const rows = store.rows.value;
  const thisWeek = store.reflections.value.find((r) => r.weekStart === weekStart) ?? null;
  return (
    <main class="page history">
      <header class="page-head">
        <h1>{i18n.t('history.heading')}</h1>
        {/* Help is at the top, not only under a long page (issue 13 item 3). */}
        <a href="/help.html" class="help-now">
          {i18n.t('footer.help')}
        </a>
      </header>
      <p class="muted">{i18n.t('history.intro')}</p>
      <KeptAsideNotice notices={store.notices.value} onDismiss={actions.dismissNotices} />
      <CareCard signal={store.care.value} selfCheckHref="#self-check" />
      <RangePicker store={store} actions={actions} />
      {index === null ? (
        <p class="muted" role="status">
          {i18n.t('history.loading')}
        </p>
      ) : (
        <>
          <Summary store={store} />
          <section aria-labelledby="together-heading">
            <h2 id="together-heading">{i18n.t('history.sections.together')}</h2>
            <TogetherChart rows={rows} activity={store.activity.value} range={range} />
          </section>
          <section aria-labelledby="pain-mood-heading">
            <h2 id="pain-mood-heading">{i18n.t('history.sections.painMood')}</h2>
            <PainMoodCharts rows={rows} range={range} />
          </section>
          <section aria-labelledby="hour-heading">
            <h2 id="hour-heading">{i18n.t('history.sections.byHour')}</h2>
            <HourCharts index={index} range={range} activity={store.activity.value} />
          </section>
          <section aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">{i18n.t('history.sections.calendar')}</h2>
            <CalendarChart rows={rows} range={range} />
          </section>
          <section aria-labelledby="activity-heading">
            <h2 id="activity-heading">{i18n.t('history.sections.activity')}</h2>
            <ActivityCharts activity={store.activity.value} range={range} walkGoalMin={store.walkGoalMin.value} />
          </section>
        </>
      )}
      <EntryList
        month={entries.month}
        entries={entries.entries}
        currentMonth={currentMonth}
        now={Date.now}
        save={actions.saveEntry}
        remove={actions.deleteEntry}
      />
      <section aria-labelledby="insights-heading">
        <h2 id="insights-heading">{i18n.t('insights.heading')}</h2>
        <Insights
          insights={store.insights.value}
          olderLeftOut={hasDaysBeforeWindow(store.index.value?.days[0]?.day, dayKey(store.today))}
        />
      </section>
      <section aria-labelledby="reflection-heading">
        <h2 id="reflection-heading">{i18n.t('reflection.heading')}</h2>
        <WeeklyReflection
          key={`${weekStart}-${thisWeek ? 'saved' : 'new'}`}
          weekStart={weekStart}
          initial={thisWeek}
          onSave={actions.saveReflection}
        />
        <ReflectionTrend reflections={store.reflections.value} />
      </section>
      <section id="self-check" aria-labelledby="self-check-heading">
        <h2 id="self-check-heading">{i18n.t('phq2.heading')}</h2>
        <Phq2Check history={store.phq2.value} now={now} tzOffsetMin={tzOffsetMin} onSubmit={actions.savePhq2} />
      </section>
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{i18n.t('history.sections.report')}</h2>
        <p>{i18n.t('history.reportIntro')}</p>
        <p>
          <a href="/report.html">{i18n.t('history.reportLink')}</a>
        </p>
      </section>
      <footer class="page-footer">
        <a href="/help.html">{i18n.t('footer.help')}</a>
      </footer>
    </main>
  );
}
