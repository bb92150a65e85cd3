// Insights worded by DESIGN.md "Insights": both averages, both day counts, the range
// the difference most likely lies in, a pattern and never a cause, and how many more
// days are needed until there are enough (the method: core/insight-ar1.ts).
import { i18n } from '#i18n';
import { fmt0, fmt1, fmtMinutes } from '@/components/Chart';
import { BREAK_PAIR_MIN_DAYS, BREAK_PAIR_MIN_PAIRS, type BreakChange, type BreakInsight } from '@/core/break-pairs';
import {
  type DayFactor,
  type FactorNeedsMoreData,
  type Insight,
  isRegionFactor,
  isTagFactor,
  type OutcomeComparison,
  shortSide,
} from '@/core/insights';

const days = (n: number) => i18n.t('history.count.days', n);
type Scale = 'pain' | 'mood';

/** "1.4 points lower" / "0.6 higher on the mood scale". */
function amount(gap: number, scale: Scale): string {
  const size = fmt1(Math.abs(gap));
  if (scale === 'pain')
    return gap < 0 ? i18n.t('insights.amount.painLower', [size]) : i18n.t('insights.amount.painHigher', [size]);
  return gap < 0 ? i18n.t('insights.amount.moodLower', [size]) : i18n.t('insights.amount.moodHigher', [size]);
}

/** The range of with minus without in words: lower, higher, or either side of none. */
export function rangeWords(low: number, high: number, scale: Scale): string {
  const a = fmt1(Math.abs(low));
  const b = fmt1(Math.abs(high));
  if (high <= 0) {
    return scale === 'pain' ? i18n.t('insights.range.painLower', [b, a]) : i18n.t('insights.range.moodLower', [b, a]);
  }
  if (low >= 0) {
    return scale === 'pain' ? i18n.t('insights.range.painHigher', [a, b]) : i18n.t('insights.range.moodHigher', [a, b]);
  }
  return scale === 'pain' ? i18n.t('insights.range.painEither', [a, b]) : i18n.t('insights.range.moodEither', [a, b]);
}

export function outcomeWords(o: OutcomeComparison, scale: Scale): string {
  const range = o.low !== null && o.high !== null ? rangeWords(o.low, o.high, scale) : null;
  switch (o.verdict) {
    case 'large':
      return i18n.t('insights.verdict.large', [amount(o.gap, scale), range ?? '']);
    case 'difference':
      return i18n.t('insights.verdict.difference', [amount(o.gap, scale), range ?? '']);
    case 'small':
      return scale === 'pain'
        ? i18n.t('insights.verdict.smallPain', [amount(o.gap, scale), range ?? ''])
        : i18n.t('insights.verdict.smallMood', [amount(o.gap, scale), range ?? '']);
    case 'noClearDifference':
      return scale === 'pain'
        ? i18n.t('insights.verdict.nonePain', [range ?? ''])
        : i18n.t('insights.verdict.noneMood', [range ?? '']);
    default: {
      const early = range ? i18n.t('insights.verdict.tooEarly', [range]) : i18n.t('insights.verdict.tooEarlyOpen');
      const settle =
        o.moreDays === null || o.moreDays === undefined
          ? i18n.t('insights.verdict.settleOpen')
          : i18n.t('insights.verdict.settle', o.moreDays);
      return `${early} ${settle}`;
    }
  }
}

const breaks = (n: number) => i18n.t('insights.breaks.count', n);

/** A break's change (end minus start) in words, by the same rules as a day comparison's. */
export function changeWords(c: BreakChange, scale: Scale): string {
  const range = c.low !== null && c.high !== null ? rangeWords(c.low, c.high, scale) : null;
  switch (c.verdict) {
    case 'large':
      return i18n.t('insights.breaks.verdict.large', [amount(c.change, scale), range ?? '']);
    case 'difference':
      return i18n.t('insights.breaks.verdict.difference', [amount(c.change, scale), range ?? '']);
    case 'small':
      return scale === 'pain'
        ? i18n.t('insights.breaks.verdict.smallPain', [amount(c.change, scale), range ?? ''])
        : i18n.t('insights.breaks.verdict.smallMood', [amount(c.change, scale), range ?? '']);
    case 'noClearDifference':
      return scale === 'pain'
        ? i18n.t('insights.breaks.verdict.nonePain', [range ?? ''])
        : i18n.t('insights.breaks.verdict.noneMood', [range ?? '']);
    default: {
      const early = range
        ? i18n.t('insights.breaks.verdict.tooEarly', [range])
        : i18n.t('insights.verdict.tooEarlyOpen');
      const settle =
        c.morePairs === null || c.morePairs === undefined
          ? i18n.t('insights.breaks.verdict.settleOpen')
          : i18n.t('insights.breaks.verdict.settle', c.morePairs);
      return `${early} ${settle}`;
    }
  }
}

const claims = (v: string) => v === 'small' || v === 'difference' || v === 'large';

/** The start and the end of the same break (core/break-pairs.ts), and why only those are compared. */
function BreakPairs({ insight }: { insight: BreakInsight }) {
  let body: preact.JSX.Element;
  if (insight.kind === 'needMoreData') {
    const more = Math.max(insight.pairsNeeded, insight.daysNeeded);
    body = (
      <p class="muted">
        {i18n.t('insights.breaks.needs', [breaks(BREAK_PAIR_MIN_PAIRS), fmt0(BREAK_PAIR_MIN_DAYS)])}{' '}
        {i18n.t('insights.breaks.soFar', [breaks(insight.pairs), days(insight.pairDays)])}{' '}
        {insight.daysNeeded > 0
          ? i18n.t('insights.breaks.moreOnDays', [breaks(more), i18n.t('insights.breaks.moreDays', insight.daysNeeded)])
          : i18n.t('insights.breaks.more', [breaks(more)])}
      </p>
    );
  } else {
    const pain = changeWords(insight.pain, 'pain');
    body = (
      <>
        <p>
          {i18n.t('insights.breaks.pain', [
            breaks(insight.pairs),
            days(insight.pairDays),
            fmt1(insight.pain.startMean),
            fmt1(insight.pain.endMean),
          ])}{' '}
          {claims(insight.pain.verdict) ? <strong>{pain}</strong> : pain}
        </p>
        <p>
          {i18n.t('insights.breaks.mood', [fmt1(insight.mood.startMean), fmt1(insight.mood.endMean)])}{' '}
          {changeWords(insight.mood, 'mood')}
        </p>
      </>
    );
  }
  return (
    <>
      <p class="muted">{i18n.t('insights.breaks.intro')}</p>
      {body}
      <p class="low-point">{i18n.t('insights.breaks.lowPoint')}</p>
    </>
  );
}

/** A tag's or region's own name, as the check-in details show it. */
const detailName = (f: DayFactor) =>
  isTagFactor(f) ? i18n.t(`checkin.details.tag.${f}`) : i18n.t(`checkin.details.region.${f as 'neck'}`);
const isDetail = (f: DayFactor | 'breaks') => f !== 'breaks' && (isTagFactor(f) || isRegionFactor(f));

function title(insight: Insight): string {
  const f = insight.factor;
  if (f === 'screenTime' && insight.medianMinutes !== undefined) {
    return i18n.t('insights.factor.screenTime.titleWithMedian', [fmtMinutes(insight.medianMinutes)]);
  }
  if (f !== 'breaks' && isTagFactor(f)) return i18n.t('insights.factor.tag.title', [detailName(f)]);
  if (f !== 'breaks' && isRegionFactor(f)) return i18n.t('insights.factor.region.title', [detailName(f)]);
  return i18n.t(`insights.factor.${f as 'walk'}.title`);
}

function painLine(insight: Extract<Insight, { kind: 'comparison' }> & { factor: DayFactor }): string {
  const f = insight.factor;
  const { withMean, withoutMean } = insight.pain;
  if (isTagFactor(f) || isRegionFactor(f)) {
    return i18n.t(isTagFactor(f) ? 'insights.factor.tag.pain' : 'insights.factor.region.pain', [
      days(insight.withDays),
      detailName(f),
      fmt1(withMean),
      days(insight.withoutDays),
      fmt1(withoutMean),
    ]);
  }
  return i18n.t(`insights.factor.${f as 'walk'}.pain`, [
    days(insight.withDays),
    fmt1(withMean),
    days(insight.withoutDays),
    fmt1(withoutMean),
  ]);
}

function Comparison({ insight }: { insight: Insight }) {
  if (insight.factor === 'breaks') return <BreakPairs insight={insight} />;
  if (insight.kind === 'needMoreData') {
    const soFar = i18n.t(`insights.factor.${insight.factor as 'walk'}.soFar`, [
      days(insight.withDays),
      days(insight.withoutDays),
    ]);
    const noData = insight.factor !== 'shortSleep' && insight.withDays + insight.withoutDays === 0;
    return (
      <p class="muted">
        {noData ? i18n.t('insights.waitsForBreaks') : i18n.t('insights.needsMore', insight.daysNeeded)}{' '}
        {!noData && soFar}
      </p>
    );
  }
  return (
    <>
      <p>
        {painLine({ ...insight, factor: insight.factor })}{' '}
        {claims(insight.pain.verdict) ? (
          <strong>{outcomeWords(insight.pain, 'pain')}</strong>
        ) : (
          outcomeWords(insight.pain, 'pain')
        )}
      </p>
      <p>
        {i18n.t('insights.mood', [
          fmt1(insight.mood.withMean),
          days(insight.withDays),
          fmt1(insight.mood.withoutMean),
          days(insight.withoutDays),
        ])}{' '}
        {outcomeWords(insight.mood, 'mood')}
      </p>
    </>
  );
}

/** Tags and regions without enough days yet: one card, one line each. */
function DetailsWaiting({ waiting }: { waiting: FactorNeedsMoreData[] }) {
  return (
    <article class="insight card" data-kind="needMoreData">
      <h3>{i18n.t('insights.details.title')}</h3>
      <p class="muted">{i18n.t('insights.details.intro')}</p>
      <ul class="insight-waiting">
        {waiting.map((w) => (
          <li key={w.factor}>
            {shortSide(w) === 'without'
              ? i18n.t('insights.details.itemWithout', [
                  detailName(w.factor),
                  days(w.withDays),
                  days(w.withoutDays),
                  days(w.daysNeeded),
                ])
              : i18n.t('insights.details.item', [detailName(w.factor), days(w.withDays), days(w.daysNeeded)])}
          </li>
        ))}
      </ul>
    </article>
  );
}

export function Insights({ insights, olderLeftOut = false }: { insights: Insight[] | null; olderLeftOut?: boolean }) {
  if (!insights) return <p class="muted">{i18n.t('history.loading')}</p>;
  const waiting = insights.filter((i): i is FactorNeedsMoreData => i.kind === 'needMoreData' && isDetail(i.factor));
  const shown = insights.filter((i) => !(i.kind === 'needMoreData' && isDetail(i.factor)));
  return (
    <>
      <p>{i18n.t('insights.intro')}</p>
      {olderLeftOut && <p class="muted">{i18n.t('insights.window')}</p>}
      <div class="insights">
        {shown.map((insight) => (
          <article key={insight.factor} class="insight card" data-kind={insight.kind} data-factor={insight.factor}>
            <h3>{title(insight)}</h3>
            <Comparison insight={insight} />
          </article>
        ))}
        {waiting.length > 0 && <DetailsWaiting waiting={waiting} />}
      </div>
      <p class="muted">{i18n.t('insights.notProof')}</p>
    </>
  );
}
