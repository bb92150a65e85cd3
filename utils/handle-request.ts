// The background's answer to every page request: validate, then carry out.
import { parseRequest, type Reply } from '@/core/messages';
import { addPhq2, saveReflection } from './care-store';
import { addCheckIn, readMonthsForPage, removeCheckIn, repairMonth, updateCheckIn } from './checkin-store';
import { checkStoredData } from './damage-scan';
import { deleteAllData } from './data-store';
import {
  outcomeRequest,
  pauseRequest,
  resetSettingsRequest,
  restartEngine,
  resumeRequest,
  takeBreakNowRequest,
  testNudgeRequest,
  updateSettingsRequest,
} from './engine-requests';
import { dismissQuarantineNotices } from './quarantine';

export async function handleRequest(message: unknown, now: number): Promise<Reply> {
  const request = parseRequest(message);
  if (!request) return { ok: false, error: { kind: 'badMessage' } };
  switch (request.type) {
    case 'checkin/add':
      return addCheckIn(request.checkIn, now);
    case 'checkin/update':
      return updateCheckIn(request.from, request.checkIn, now);
    case 'checkin/remove':
      return removeCheckIn(request.month, request.id, now);
    case 'checkins/repair':
      return repairMonth(request.month, now);
    case 'checkins/read':
      return readMonthsForPage(request.months, now);
    case 'quarantine/dismiss':
      return dismissQuarantineNotices(now);
    case 'data/check':
      return checkStoredData(now, restartEngine, request.months);
    case 'phq2/add':
      return addPhq2(request.result, now);
    case 'reflection/save':
      return saveReflection(request.reflection, now);
    case 'settings/update':
      return updateSettingsRequest(request.patch, now);
    case 'settings/reset':
      return resetSettingsRequest();
    case 'engine/pause':
      return pauseRequest(request.option, now);
    case 'engine/resume':
      return resumeRequest(now);
    case 'engine/takeBreakNow':
      return takeBreakNowRequest(request.nudge, now);
    case 'engine/outcome':
      return outcomeRequest(request.action, now);
    case 'engine/testNudge':
      return testNudgeRequest();
    case 'data/deleteAll': {
      const reply = await deleteAllData();
      if (reply.ok) await restartEngine(now);
      return reply;
    }
  }
}
