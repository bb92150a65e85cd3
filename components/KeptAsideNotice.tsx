// The calm notice of stored values kept aside (issue 15 "Nothing damaged is lost
// silently"): what was kept, where to see it, and OK. Shown by the first page that
// finds damaged data; small (no library) because the popup shows it too.
import { i18n } from '#i18n';
import type { KeptNotices } from '@/core/quarantine';
import { monthWords } from '@/utils/month-words';

interface Props {
  notices: KeptNotices;
  /** Closes the notice for good (the values stay kept aside). */
  onDismiss: () => void;
  /** Where the kept values are listed; omitted on that page itself. */
  whereHref?: string;
  /**
   * The popup's form (at most 600 px tall): the sentence and the two actions only; the
   * list of what was kept is one click away, where the values are listed.
   */
  compact?: boolean;
}

export function KeptAsideNotice({
  notices,
  onDismiss,
  whereHref = '/options.html#kept-aside',
  compact = false,
}: Props) {
  if (notices.kinds.length === 0) return null;
  const what = notices.kinds.map((kind) =>
    kind === 'checkIns'
      ? i18n.t('notice.what.checkIns', [notices.months.map(monthWords).join(', ')])
      : i18n.t(`notice.what.${kind}`),
  );
  return (
    <div class={compact ? 'notice kept-aside compact' : 'notice kept-aside'} role="alert">
      {compact ? (
        // One paragraph, no list: the popup has little height to give.
        <p>{[i18n.t('notice.introShort'), ...what].join(' ')}</p>
      ) : (
        <>
          <p>{i18n.t('notice.intro')}</p>
          <ul>
            {what.map((line, i) => (
              <li key={notices.kinds[i]}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <p class="notice-actions">
        {whereHref && (
          // From the popup it opens a tab; on the options page it is a jump within the page.
          <a href={whereHref} {...(whereHref.startsWith('#') ? {} : { target: '_blank', rel: 'noopener' })}>
            {i18n.t(compact ? 'notice.whereShort' : 'notice.where')}
          </a>
        )}
        <button type="button" onClick={onDismiss}>
          {i18n.t('notice.dismiss')}
        </button>
      </p>
    </div>
  );
}
