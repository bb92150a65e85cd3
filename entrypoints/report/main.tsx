// The clinician report page: choose dates, optionally include notes, print.
import '@/components/base.css';
import '@/components/charts.css';
import './style.css';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { i18n } from '#i18n';
import { buildHistoryIndex, type DayRange, daysIn, monthsOf } from '@/core/history';
import { DAY_KEY, dayKey, dayNumber, localEpochDay } from '@/core/time';
import { readActivity, readCheckIns, readPhq2, readReflections } from '@/utils/history-data';
import { readSettings } from '@/utils/settings-store';
import { localOffsetMin } from '@/utils/time-zone';
import { Report, type ReportData } from './Report';

const DEFAULT_DAYS = 90;

const now = Date.now();
const tz = localOffsetMin(now);
const today = localEpochDay(now, tz);
const params = new URLSearchParams(location.search);
const asked = (name: string, fallback: number) => {
  const v = params.get(name);
  return v && DAY_KEY.test(v) ? dayNumber(v) : fallback;
};

const range = signal<DayRange>({ from: asked('from', today - (DEFAULT_DAYS - 1)), to: asked('to', today) });
const includeNotes = signal(params.get('notes') === '1');
const data = signal<ReportData | null>(null);
const error = signal<string | null>(null);

async function load(r: DayRange) {
  document.documentElement.removeAttribute('data-ready');
  const months = monthsOf(r);
  const [loaded, phq2, reflections, activity, { settings }] = await Promise.all([
    readCheckIns(months),
    readPhq2(),
    readReflections(),
    readActivity(months),
    readSettings(),
  ]);
  const index = buildHistoryIndex(loaded.checkIns);
  const inRange = loaded.checkIns.filter((c) => {
    const d = localEpochDay(c.at, c.tzOffsetMin);
    return d >= r.from && d <= r.to;
  });
  data.value = {
    range: r,
    rows: daysIn(index, r),
    checkIns: inRange,
    phq2,
    reflections,
    activity,
    madeAt: now,
    walkGoalMin: settings.walkGoalMin,
  };
  requestAnimationFrame(() => {
    document.documentElement.dataset.ready = 'true';
  });
}

function syncUrl() {
  const url = new URL(location.href);
  url.searchParams.set('from', dayKey(range.value.from));
  url.searchParams.set('to', dayKey(range.value.to));
  if (includeNotes.value) url.searchParams.set('notes', '1');
  else url.searchParams.delete('notes');
  history.replaceState(null, '', url);
}

function Controls() {
  const r = range.value;
  const change = (which: 'from' | 'to') => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    if (!DAY_KEY.test(value)) return;
    const next = { ...r, [which]: dayNumber(value) };
    if (next.from > next.to) {
      error.value = i18n.t('report.controls.order');
      return;
    }
    error.value = null;
    range.value = next;
    syncUrl();
    void load(next);
  };
  return (
    <form class="report-controls no-print" onSubmit={(e) => e.preventDefault()}>
      <h2 class="visually-hidden">{i18n.t('report.controls.heading')}</h2>
      <label>
        {i18n.t('report.controls.from')}
        <input type="date" value={dayKey(r.from)} max={dayKey(today)} onChange={change('from')} />
      </label>
      <label>
        {i18n.t('report.controls.to')}
        <input type="date" value={dayKey(r.to)} max={dayKey(today)} onChange={change('to')} />
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={includeNotes.value}
          onChange={(e) => {
            includeNotes.value = (e.currentTarget as HTMLInputElement).checked;
            syncUrl();
          }}
        />
        {i18n.t('report.controls.notes')}
      </label>
      <button type="button" class="primary" onClick={() => window.print()}>
        {i18n.t('report.controls.print')}
      </button>
      <p class="muted hint">{i18n.t('report.controls.hint')}</p>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
    </form>
  );
}

function Page() {
  return (
    <main class="page report-page">
      <Controls />
      {data.value ? (
        <Report data={data.value} includeNotes={includeNotes.value} />
      ) : (
        <p class="muted" role="status">
          {i18n.t('history.loading')}
        </p>
      )}
    </main>
  );
}

document.title = i18n.t('report.title');
render(<Page />, document.getElementById('app') as HTMLElement);
void load(range.value);
