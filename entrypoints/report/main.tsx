// The clinician report page: choose dates, optionally a name and the notes, print.
// The default dates are the diary's own span up to 90 days (core/report-range.ts).
import '@/components/base.css';
import '@/components/charts.css';
import './style.css';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { i18n } from '#i18n';
import { fmtDayLong } from '@/components/Chart';
import { CrisisLine } from '@/components/CrisisLine';
import { buildHistoryIndex, type DayRange, daysIn, monthsOf } from '@/core/history';
import { REPORT_MAX_DAYS, type ReportRange, reportRange } from '@/core/report-range';
import { DAY_KEY, dayKey, dayNumber, localEpochDay } from '@/core/time';
import { readActivity, readCheckIns, readLoggedSpan, readPhq2, readReflections } from '@/utils/history-data';
import { readSettings } from '@/utils/settings-store';
import { localOffsetMin } from '@/utils/time-zone';
import { Report, type ReportData } from './Report';

/** The longest name line; a name, not a note. */
const NAME_MAX = 80;

const now = Date.now();
const tz = localOffsetMin(now);
const today = localEpochDay(now, tz);
const params = new URLSearchParams(location.search);
const asked = (name: string) => {
  const v = params.get(name);
  return v && DAY_KEY.test(v) ? dayNumber(v) : null;
};

/** The dates shown; null until the default is known. */
const range = signal<DayRange | null>(null);
/** How the default dates were chosen (null when the address chose them). */
const chosen = signal<ReportRange | null>(null);
const includeNotes = signal(params.get('notes') === '1');
/**
 * The person's name, typed for this print only. Never stored, and never put in the
 * address (which the browser keeps in its history): Limber keeps nothing that names
 * anyone, and a name is needed only on the paper.
 */
const name = signal('');
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
  ready();
}

const ready = () =>
  requestAnimationFrame(() => {
    document.documentElement.dataset.ready = 'true';
  });

/** The dates in the address win; else the diary's own span (an empty diary has no report). */
async function start() {
  const from = asked('from');
  const to = asked('to');
  if (from !== null && to !== null && from <= to) {
    range.value = { from, to };
    return load(range.value);
  }
  const choice = reportRange(today, await readLoggedSpan());
  chosen.value = choice;
  if (choice.kind === 'empty') {
    ready();
    return;
  }
  range.value = choice.range;
  return load(choice.range);
}

function syncUrl(r: DayRange) {
  const url = new URL(location.href);
  url.searchParams.set('from', dayKey(r.from));
  url.searchParams.set('to', dayKey(r.to));
  if (includeNotes.value) url.searchParams.set('notes', '1');
  else url.searchParams.delete('notes');
  history.replaceState(null, '', url);
}

/** How the default dates were chosen, in words (not printed). */
function RangeNote() {
  const c = chosen.value;
  if (!c || c.kind === 'empty') return null;
  const text =
    c.kind === 'whole'
      ? i18n.t('report.controls.span.whole')
      : c.kind === 'recent'
        ? i18n.t('report.controls.span.recent', [String(REPORT_MAX_DAYS), fmtDayLong(c.first)])
        : i18n.t('report.controls.span.stale', [String(REPORT_MAX_DAYS), fmtDayLong(c.last)]);
  return <p class="muted hint range-note">{text}</p>;
}

function Controls({ r }: { r: DayRange }) {
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
    syncUrl(next);
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
      <label class="name">
        {i18n.t('report.controls.name')}
        <input
          type="text"
          value={name.value}
          maxLength={NAME_MAX}
          autoComplete="name"
          aria-describedby="report-name-hint"
          onInput={(e) => {
            name.value = (e.currentTarget as HTMLInputElement).value;
          }}
        />
        <span id="report-name-hint" class="muted field-hint">
          {i18n.t('report.controls.nameHint')}
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={includeNotes.value}
          onChange={(e) => {
            includeNotes.value = (e.currentTarget as HTMLInputElement).checked;
            syncUrl(r);
          }}
        />
        {i18n.t('report.controls.notes')}
      </label>
      <button type="button" class="primary" onClick={() => window.print()}>
        {i18n.t('report.controls.print')}
      </button>
      <RangeNote />
      <p class="muted hint">{i18n.t('report.controls.hint')}</p>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
    </form>
  );
}

/** Nothing logged: say so plainly instead of empty charts. */
function Empty() {
  return (
    <article class="report report-empty">
      <h1>{i18n.t('report.heading')}</h1>
      <p role="status">{i18n.t('report.empty')}</p>
      <footer class="report-footer muted">
        <CrisisLine />
      </footer>
    </article>
  );
}

function Page() {
  const r = range.value;
  const empty = chosen.value?.kind === 'empty';
  return (
    <main class="page report-page">
      {r && <Controls r={r} />}
      {empty ? (
        <Empty />
      ) : data.value ? (
        <Report data={data.value} includeNotes={includeNotes.value} name={name.value.trim()} />
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
void start();
