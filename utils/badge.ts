// The badge shows state, never a ticking countdown (DESIGN.md "Speed"): a per-minute
// countdown would wake the worker 60 times an hour. The popup shows the exact time.

import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { BadgeMark } from '@/core/schedule';

export type { BadgeMark };

const TEXT: Record<BadgeMark, string> = { none: '', paused: '||', waiting: '•' };
const COLOR: Record<BadgeMark, string> = { none: '#2f6f5e', paused: '#5b6470', waiting: '#2f6f5e' };
const TITLE = { none: 'badge.idle', paused: 'badge.paused', waiting: 'badge.waiting' } as const;

export async function showBadge(mark: BadgeMark): Promise<void> {
  const action = browser.action;
  if (!action) return;
  await Promise.all([
    action.setBadgeText({ text: TEXT[mark] }),
    action.setBadgeBackgroundColor({ color: COLOR[mark] }),
    action.setTitle({ title: i18n.t(TITLE[mark]) }),
  ]);
}
