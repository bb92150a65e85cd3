// A page timer for a break: a ring that empties (or a circle that breathes) around a
// text countdown. Time is measured from the clock, not counted by ticks, and each
// tick arms the next with setTimeout, a chained timer that stops with the page. The
// ring and the circle move by CSS animation, which base.css turns off under
// prefers-reduced-motion; the text countdown stays. Screen readers are not told every
// second (role="timer" is not live); the page announces the start and the end.
import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { clockText } from '@/core/break-plan';

/** How often the text is brought up to date; the clock, not the tick count, decides. */
export const TICK_MS = 250;

interface Props {
  seconds: number;
  /** 'ring' empties over `seconds`; 'breath' grows and shrinks at the breathing pace. */
  variant?: 'ring' | 'breath';
  onStart?: () => void;
  /** Called on every tick with the time elapsed, e.g. to move a sequence on. */
  onProgress?: (elapsedMs: number) => void;
  onEnd?: () => void;
  /** Drawn above the time, e.g. "Breathe in"; given the time elapsed. */
  cue?: (elapsedMs: number) => ComponentChildren;
}

export function Countdown({ seconds, variant = 'ring', onStart, onProgress, onEnd, cue }: Props) {
  const totalMs = seconds * 1000;
  const elapsed = useSignal(0);
  const paused = useSignal(false);
  const ended = useSignal(false);
  // The callbacks may change on every render; the running timer always calls the latest.
  const handlers = useRef({ onStart, onProgress, onEnd });
  handlers.current = { onStart, onProgress, onEnd };
  const clock = useRef({
    before: 0,
    since: 0 as number | null,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    tick: () => {},
  });

  useEffect(() => {
    const c = clock.current;
    const tick = () => {
      if (c.since === null) return;
      const now = Math.min(totalMs, c.before + Date.now() - c.since);
      elapsed.value = now;
      handlers.current.onProgress?.(now);
      if (now >= totalMs) {
        ended.value = true;
        handlers.current.onEnd?.();
        return;
      }
      c.timer = setTimeout(tick, Math.min(TICK_MS, totalMs - now));
    };
    c.tick = tick;
    c.before = 0;
    c.since = Date.now();
    handlers.current.onStart?.();
    c.timer = setTimeout(tick, Math.min(TICK_MS, totalMs));
    return () => clearTimeout(c.timer);
  }, [totalMs, elapsed, ended]);

  const toggle = () => {
    const c = clock.current;
    if (ended.value) return;
    if (paused.value) {
      c.since = Date.now();
      paused.value = false;
      c.tick();
    } else {
      clearTimeout(c.timer);
      c.before += Date.now() - (c.since ?? Date.now());
      c.since = null;
      paused.value = true;
    }
  };

  const left = (totalMs - elapsed.value) / 1000;
  const state = paused.value ? 'paused' : ended.value ? 'ended' : 'running';
  return (
    <div class={`countdown countdown-${variant} ${state}`} style={`--duration: ${seconds}s`}>
      <div class="countdown-face">
        {variant === 'ring' ? (
          <svg viewBox="0 0 100 100" class="ring" aria-hidden="true">
            <circle class="ring-track" cx="50" cy="50" r="45" />
            <circle class="ring-fill" cx="50" cy="50" r="45" pathLength="100" />
          </svg>
        ) : (
          <div class="breath-circle" aria-hidden="true" />
        )}
        <div class="countdown-text">
          {cue?.(elapsed.value)}
          <span role="timer" class="countdown-time">
            <span class="visually-hidden">{i18n.t('break.timer.label')} </span>
            {clockText(left)}
          </span>
        </div>
      </div>
      {!ended.value && (
        <button type="button" class="quiet countdown-toggle" onClick={toggle}>
          {paused.value ? i18n.t('break.timer.resume') : i18n.t('break.timer.pause')}
        </button>
      )}
    </div>
  );
}
