// The popup's read of check-ins: the background reads and validates the months
// (core/messages.ts `checkins/read`), so the popup carries no schema (bench
// popup.gzipBytes). Null when the background did not answer.
import type { CheckIn } from '@/core/checkins';
import { send } from './messaging';

export async function readCheckIns(months: readonly string[]): Promise<CheckIn[] | null> {
  const reply = await send({ type: 'checkins/read', months: [...months] });
  return reply.ok ? (reply.checkIns ?? []) : null;
}
