// Pages talk to the background only through these typed requests (core/messages.ts).
// An answer that is lost (the worker stopped) or late is retried for requests that
// are safe to repeat (core/retry.ts shouldRetry); then the page says so.

import type { Reply, Request } from '@/core/messages';
import { ANSWER_TIMEOUT_MS, type NoAnswer, shouldRetry } from '@/core/retry';
import { browser } from './page-browser';

const isReply = (x: unknown): x is Reply =>
  typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean';

const UNREACHABLE: Reply = { ok: false, error: { kind: 'unreachable' } };

async function attempt(request: Request, timeoutMs: number): Promise<Reply | NoAnswer> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<NoAnswer>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  // Without the polyfill here, a background that failed answers with the polyfill's
  // rejection object instead of rejecting: anything but a Reply is no answer.
  const answer = (browser.runtime.sendMessage(request) as Promise<unknown>).then(
    (reply) => (isReply(reply) ? reply : ('lost' as const)),
    () => 'lost' as const,
  );
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function send(request: Request, { timeoutMs = ANSWER_TIMEOUT_MS } = {}): Promise<Reply> {
  const failed: NoAnswer[] = [];
  for (;;) {
    const result = await attempt(request, timeoutMs);
    if (typeof result !== 'string') return result;
    failed.push(result);
    if (!shouldRetry(request, failed)) return UNREACHABLE;
  }
}
