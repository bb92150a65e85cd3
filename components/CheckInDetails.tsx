// The optional, folded-away part of a check-in: regions, tags, sleep and a note. The
// fields themselves are CheckInDetailsBody, passed in as `Body`: the history page
// passes it at once, the popup loads it on first open (bench popup.gzipBytes).

import type { Signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { i18n } from '#i18n';
import type { DetailsFields } from './CheckInDetailsBody';

interface Props extends DetailsFields {
  /** Open or folded, when the page needs to know (the popup: folded, two choices save). */
  open?: Signal<boolean>;
  /** The fields; null while they load (the popup, on first open). */
  Body: ComponentType<DetailsFields> | null;
}

export function CheckInDetails({ open, Body, ...fields }: Props) {
  return (
    <details
      class="details"
      open={open?.value}
      onToggle={(e) => {
        if (open) open.value = e.currentTarget.open;
      }}
    >
      <summary>{i18n.t('checkin.details.summary')}</summary>
      {Body && <Body {...fields} />}
    </details>
  );
}
