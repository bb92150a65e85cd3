// The background's answer to every page request: validate, then carry out.
import { parseRequest, type Reply } from '@/core/messages';
import { addPhq2, saveReflection } from './care-store';
import { addCheckIn, dismissQuarantineNotices, removeCheckIn, repairMonth } from './checkin-store';

export async function handleRequest(message: unknown, now: number): Promise<Reply> {
  const request = parseRequest(message);
  if (!request) return { ok: false, error: { kind: 'badMessage' } };
  switch (request.type) {
    case 'checkin/add':
      return addCheckIn(request.checkIn, now);
    case 'checkin/remove':
      return removeCheckIn(request.month, request.id, now);
    case 'checkins/repair':
      return repairMonth(request.month, now);
    case 'quarantine/dismiss':
      return dismissQuarantineNotices();
    case 'phq2/add':
      return addPhq2(request.result, now);
    case 'reflection/save':
      return saveReflection(request.reflection, now);
  }
}
