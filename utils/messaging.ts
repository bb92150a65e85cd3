// Pages talk to the background only through these typed requests (core/messages.ts).
import { browser } from 'wxt/browser';
import type { Reply, Request } from '@/core/messages';

export async function send(request: Request): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply | undefined;
    return reply ?? { ok: false, error: { kind: 'unreachable' } };
  } catch {
    return { ok: false, error: { kind: 'unreachable' } };
  }
}
