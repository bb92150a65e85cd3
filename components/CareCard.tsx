// The calm card for when pain and low mood have lasted weeks (DESIGN.md "Care").
// It suggests a conversation, never a diagnosis, and always keeps help one click
// away. Self-contained: the page passes the signal and where its links go.
import { i18n } from '#i18n';
import type { CareSignal } from '@/core/care';

interface Props {
  signal: CareSignal | null;
  /** Where the PHQ-2 self-check is. */
  selfCheckHref?: string;
  /** Where the clinician report is. */
  reportHref?: string;
  helpHref?: string;
  /** Links open in a new tab (from the popup). */
  newTab?: boolean;
}

export function CareCard({
  signal,
  selfCheckHref = '/journal.html#self-check',
  reportHref = '/report.html',
  helpHref = '/help.html',
  newTab = false,
}: Props) {
  if (!signal?.show) return null;
  const target = newTab ? { target: '_blank', rel: 'noopener' } : {};
  const { painDays, moodDays } = signal;
  return (
    <section class="care-card card" aria-labelledby="care-card-heading">
      <h2 id="care-card-heading">{i18n.t('care.card.heading')}</h2>
      <p>
        {i18n.t('care.card.pattern', {
          high: String(painDays.high),
          painLogged: String(painDays.logged),
          low: String(moodDays.low),
          moodLogged: String(moodDays.logged),
        })}
      </p>
      <p>{i18n.t('care.card.suggest')}</p>
      <p class="care-links">
        <a href={selfCheckHref} {...target}>
          {i18n.t('care.card.selfCheck')}
        </a>
        <a href={reportHref} {...target}>
          {i18n.t('care.card.report')}
        </a>
        <a href={helpHref} {...target}>
          {i18n.t('care.card.help')}
        </a>
      </p>
    </section>
  );
}
