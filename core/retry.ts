// Which requests a page may send again when the answer was lost, and how often.
// Kept apart from messages.ts so pages that send (the popup) do not load the request
// schema and valibot for it.
import type { Request } from './messages';

/**
 * Requests that may be sent again when their answer was lost (the worker stopped, or
 * no answer came in time): doing them twice is the same as once. A check-in carries
 * its id (a repeat is `alreadySaved`), an update and a remove name the entry; the
 * engine's break and outcome requests, the PHQ-2 and delete are not repeated (a second
 * "done" or "take a break" would be a second event).
 */
const RETRY_SAFE: ReadonlySet<Request['type']> = new Set([
  'checkin/add',
  'checkin/update',
  'checkin/remove',
  'checkins/repair',
  'checkins/read',
  'quarantine/dismiss',
  'data/check',
  'reflection/save',
  'settings/update',
  'settings/reset',
  'engine/pause',
  'engine/resume',
]);

export const isRetrySafe = (request: Pick<Request, 'type'>): boolean => RETRY_SAFE.has(request.type);

/** How long a page waits for the background's answer before it counts the answer as lost. */
export const ANSWER_TIMEOUT_MS = 3000;

/**
 * How an attempt ended without an answer: `lost` (the worker stopped, or nothing was
 * listening: Chrome says so at once) or `timeout` (no answer in ANSWER_TIMEOUT_MS).
 */
export type NoAnswer = 'lost' | 'timeout';

/**
 * Whether to send a request again after `failed` attempts without an answer: only a
 * retry-safe one, at most twice after lost answers (a stopped worker is started
 * again by the next message) and once after a timeout, so a page that gets no answer
 * says so within a few seconds.
 */
export function shouldRetry(request: Pick<Request, 'type'>, failed: readonly NoAnswer[]): boolean {
  if (!isRetrySafe(request)) return false;
  const timeouts = failed.filter((f) => f === 'timeout').length;
  return failed.length < 3 && timeouts < 2;
}
