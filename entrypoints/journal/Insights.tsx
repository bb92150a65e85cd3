// Insights worded by DESIGN.md "Insights": both averages, both day counts, a pattern
// and never a cause, and how many more days are needed until there are enough.
import { i18n } from '#i18n';
import { fmt0, fmt1 } from '@/components/Chart';
import type { Insight, Verdict } from '@/core/insights';

const days = (n: number) => i18n.t('history.count.days', n);

function verdictText(verdict: Verdict, gap: number, scale: 'pain' | 'mood'): string {
  if (verdict === 'noClearDifference') return i18n.t('insights.verdict.none');
  const points = fmt1(gap);
  if (scale === 'pain') {
    return verdict === 'large'
      ? i18n.t('insights.verdict.painLarge', [points])
      : i18n.t('insights.verdict.pain', [points]);
  }
  return verdict === 'large'
    ? i18n.t('insights.verdict.moodLarge', [points])
    : i18n.t('insights.verdict.mood', [points]);
}

function Comparison({ insight }: { insight: Insight }) {
  if (insight.kind === 'needMoreData') {
    const soFar =
      insight.factor === 'breaks'
        ? i18n.t('insights.soFarBreaks', [days(insight.loggedDays), days(insight.pairDays)])
        : i18n.t(`insights.factor.${insight.factor}.soFar`, [days(insight.withDays), days(insight.withoutDays)]);
    const noData =
      insight.factor !== 'breaks' && insight.factor !== 'shortSleep' && insight.withDays + insight.withoutDays === 0;
    return (
      <p class="muted">
        {noData ? i18n.t('insights.waitsForBreaks') : i18n.t('insights.needsMore', insight.daysNeeded)}{' '}
        {!noData && soFar}
      </p>
    );
  }
  if (insight.factor === 'breaks') {
    return (
      <>
        <p>
          {i18n.t('insights.breaks.pain', [
            fmt1(insight.beforePain),
            fmt1(insight.afterPain),
            fmt0(insight.pairs),
            days(insight.pairDays),
          ])}{' '}
          <strong>{verdictText(insight.verdict, Math.abs(insight.beforePain - insight.afterPain), 'pain')}</strong>
        </p>
        <p>
          {i18n.t('insights.breaks.mood', [fmt1(insight.beforeMood), fmt1(insight.afterMood)])}{' '}
          {verdictText(insight.moodVerdict, Math.abs(insight.beforeMood - insight.afterMood), 'mood')}
        </p>
      </>
    );
  }
  const f = insight.factor;
  return (
    <>
      <p>
        {i18n.t(`insights.factor.${f}.pain`, [
          days(insight.withDays),
          fmt1(insight.withPain),
          days(insight.withoutDays),
          fmt1(insight.withoutPain),
        ])}{' '}
        <strong>{verdictText(insight.verdict, Math.abs(insight.withPain - insight.withoutPain), 'pain')}</strong>
      </p>
      <p>
        {i18n.t('insights.mood', [fmt1(insight.withMood), fmt1(insight.withoutMood)])}{' '}
        {verdictText(insight.moodVerdict, Math.abs(insight.withMood - insight.withoutMood), 'mood')}
      </p>
    </>
  );
}

export function Insights({ insights }: { insights: Insight[] | null }) {
  if (!insights) return <p class="muted">{i18n.t('history.loading')}</p>;
  return (
    <>
      <p>{i18n.t('insights.intro')}</p>
      <div class="insights">
        {insights.map((insight) => (
          <article key={insight.factor} class="insight card" data-kind={insight.kind}>
            <h3>
              {insight.factor === 'screenTime' && insight.medianMinutes !== undefined
                ? i18n.t('insights.factor.screenTime.titleWithMedian', [fmt0(insight.medianMinutes)])
                : i18n.t(`insights.factor.${insight.factor}.title`)}
            </h3>
            <Comparison insight={insight} />
          </article>
        ))}
      </div>
      <p class="muted">{i18n.t('insights.notProof')}</p>
    </>
  );
}
