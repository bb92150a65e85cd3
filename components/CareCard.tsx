// The calm care cards (DESIGN.md "Care"; core/care.ts "The care rule"): pain for six
// weeks, low mood for two, or both. Each says what it saw with its counts, suggests a
// conversation (never a diagnosis), offers the report, and keeps help one click away.
// The popup shows the compact form: one line and a link to the history page's card.
import './care-card.css';
import { i18n } from '#i18n';
import type { CareSignal } from '@/core/care';

interface Props {
  signal: CareSignal | null;
  /** Where the PHQ-2 self-check is. */
  selfCheckHref?: string;
  /** Where the clinician report is. */
  reportHref?: string;
  helpHref?: string;
  /** Where the full card is (the compact form's link). */
  fullHref?: string;
  /** Links open in a new tab (from the popup). */
  newTab?: boolean;
  /** One line and one link (the popup). */
  compact?: boolean;
}

function pattern(signal: CareSignal): string {
  const { pain, recentPain, mood } = signal;
  switch (signal.kind) {
    case 'pain':
      return i18n.t('care.card.pain.pattern', { high: String(pain.flagged), logged: String(pain.logged) });
    case 'mood':
      return i18n.t('care.card.mood.pattern', { low: String(mood.flagged), logged: String(mood.logged) });
    default:
      return i18n.t('care.card.both.pattern', {
        high: String(recentPain.flagged),
        painLogged: String(recentPain.logged),
        low: String(mood.flagged),
        moodLogged: String(mood.logged),
      });
  }
}

export function CareCard({
  signal,
  selfCheckHref = '/journal.html#self-check',
  reportHref = '/report.html',
  helpHref = '/help.html',
  fullHref = '/journal.html#care',
  newTab = false,
  compact = false,
}: Props) {
  if (!signal?.show || !signal.kind) return null;
  const kind = signal.kind;
  const target = newTab ? { target: '_blank', rel: 'noopener' } : {};
  if (compact) {
    return (
      <p class={`care-card care-compact care-${kind}`}>
        <span>{i18n.t(`care.card.${kind}.heading`)}</span>{' '}
        <a href={fullHref} {...target}>
          {i18n.t('care.card.more')}
        </a>
      </p>
    );
  }
  return (
    <section id="care" class={`care-card card care-${kind}`} aria-labelledby="care-card-heading">
      <h2 id="care-card-heading">{i18n.t(`care.card.${kind}.heading`)}</h2>
      <p>{pattern(signal)}</p>
      <p>{i18n.t(`care.card.${kind}.suggest`)}</p>
      <p class="muted">{i18n.t('care.card.notProof')}</p>
      <p class="care-links">
        {kind !== 'pain' && (
          <a href={selfCheckHref} {...target}>
            {i18n.t('care.card.selfCheck')}
          </a>
        )}
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
