// The calm notice of stored values kept aside (issue 15 "Nothing damaged is lost
// silently"): what was kept, where to see it, and OK. Shown by the first page that
// finds damaged data; small (no library) because the popup shows it too.
import { i18n } from '#i18n';
import type { KeptNotices } from '@/core/quarantine';

interface Props {
  notices: KeptNotices;
  /** Closes the notice for good (the values stay kept aside). */
  onDismiss: () => void;
  /** Where the kept values are listed; omitted on that page itself. */
  whereHref?: string;
}

export function KeptAsideNotice({ notices, onDismiss, whereHref = '/options.html#kept-aside' }: Props) {
  if (notices.kinds.length === 0) return null;
  return (
    <div class="notice kept-aside" role="alert">
      <p>{i18n.t('notice.intro')}</p>
      <ul>
        {notices.kinds.map((kind) => (
          <li key={kind}>
            {kind === 'checkIns'
              ? i18n.t('notice.what.checkIns', [notices.months.join(', ')])
              : i18n.t(`notice.what.${kind}`)}
          </li>
        ))}
      </ul>
      <p class="notice-actions">
        {whereHref && (
          // From the popup it opens a tab; on the options page it is a jump within the page.
          <a href={whereHref} {...(whereHref.startsWith('#') ? {} : { target: '_blank', rel: 'noopener' })}>
            {i18n.t('notice.where')}
          </a>
        )}
        <button type="button" onClick={onDismiss}>
          {i18n.t('notice.dismiss')}
        </button>
      </p>
    </div>
  );
}
