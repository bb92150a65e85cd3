// What every part of the break page's view shares: what it can ask for, its props,
// focus on a new phase, and the page's heading.
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { i18n } from '#i18n';
import type { BreakActivity, BreakStore } from './store';

/** What the view can ask for; main.tsx binds these to storage, messages and the window. */
export interface BreakActions {
  done: () => void;
  snooze: () => void;
  skip: () => void;
  shorter: () => void;
  /** The timer's elapsed ms, every tick: a stretch moves on to its next move. */
  progress: (elapsedMs: number) => void;
  notForMe: () => void;
  timerStarted: (name: string, seconds: number) => void;
  timerEnded: () => void;
  offerBreathing: () => void;
  setBreathingMinutes: (minutes: number) => void;
  startBreathing: () => void;
  backToBreak: () => void;
  saveStartCheckIn: () => void;
  declineStartCheckIn: () => void;
  saveCheckIn: () => void;
  declineCheckIn: () => void;
  /** Closes the kept-aside notice for good (the values stay kept aside). */
  dismissNotices: () => void;
  close: () => void;
}

export type Props = { store: BreakStore; actions: BreakActions };

/** Moves focus to `ref` whenever one of `deps` changes (a new activity, a new phase). */
export function useFocus(ref: RefObject<HTMLElement>, deps: unknown[]) {
  // A layout effect, so focus has moved before anything else happens (a key press, a click).
  useLayoutEffect(() => {
    ref.current?.focus();
  }, deps);
}

export function headingOf(store: BreakStore, activity: BreakActivity): string {
  if (store.breathing.value) return i18n.t('break.heading.breathe');
  if (store.shorter.value) return i18n.t('break.heading.short');
  switch (activity.kind) {
    case 'custom':
      return activity.name ?? i18n.t('break.heading.custom');
    default:
      return i18n.t(`break.heading.${activity.kind}`);
  }
}
