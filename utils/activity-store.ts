// Keeps the idle-observation log and its daily rollups (DESIGN.md "Active time").
// Written only by the background, from the engine runner, under a Web Lock.
import * as v from 'valibot';
import {
  ActivityLogSchema,
  activeIntervals,
  type DayRollup,
  fold,
  type Observation,
  RollupSchema,
  rollupByHour,
} from '@/core/activity';
import { inspectStored } from '@/core/damage';
import { withLocks } from './locks';
import { keepAside } from './quarantine';
import { activityItem, rollupsItem } from './storage';
import { KEY } from './storage-keys';

type Log = { log: Observation[]; foldedUntil: number | null };

async function readLog(): Promise<Log> {
  const parsed = v.safeParse(ActivityLogSchema, await activityItem.getValue());
  // An unreadable log only costs the last week's detail; the schedule has its own state.
  return parsed.success ? parsed.output : { log: [], foldedUntil: null };
}

async function readRollups(): Promise<DayRollup[]> {
  const raw = await rollupsItem.getValue();
  return Array.isArray(raw) ? raw.filter((r): r is DayRollup => v.is(RollupSchema, r)) : [];
}

/**
 * Before a write: an unreadable log or rollups (years of active time) is kept aside
 * whole, and what of it is readable goes on (core/damage.ts). Under the activity lock.
 */
async function keptAsideBeforeWrite<T>(
  key: typeof KEY.activity | typeof KEY.rollups,
  raw: unknown,
  now: number,
  absent: T,
): Promise<T | null> {
  const found = inspectStored(key, raw);
  if (!found.damaged) return null;
  await keepAside(key, raw, found.kept, now);
  return (found.repaired ?? absent) as T;
}

/** Appends what the idle API said, folding anything older than a week into rollups. */
export async function observe(
  observations: Observation[],
  now: number,
  tz: number | ((at: number) => number),
  detectionSec: number,
): Promise<void> {
  if (observations.length === 0) return;
  await withLocks(['activity'], async () => {
    const rawLog = await activityItem.getValue();
    const { log, foldedUntil } =
      (await keptAsideBeforeWrite<Log>(KEY.activity, rawLog, now, { log: [], foldedUntil: null })) ?? (await readLog());
    const folded = fold({ log: [...log, ...observations], foldedUntil, rollups: [] }, now, tz, detectionSec);
    if (folded.rollups.length > 0) {
      // Only newly folded time comes back: add it to the day it belongs to.
      const rawRollups = await rollupsItem.getValue();
      const rollups =
        (await keptAsideBeforeWrite<DayRollup[]>(KEY.rollups, rawRollups, now, [])) ?? (await readRollups());
      const byDay = new Map(rollups.map((r) => [r.day, r.activeMinByHour]));
      for (const r of folded.rollups) {
        const before = byDay.get(r.day);
        byDay.set(r.day, before ? before.map((m, h) => m + (r.activeMinByHour[h] ?? 0)) : r.activeMinByHour);
      }
      await rollupsItem.setValue(
        [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, activeMinByHour]) => ({ day, activeMinByHour })),
      );
    }
    await activityItem.setValue({ log: folded.log, foldedUntil: folded.foldedUntil });
  });
}

/** Active minutes per local hour for every day with activity: rollups plus the last week's log. */
export async function readActiveDays(
  now: number,
  tz: number | ((at: number) => number),
  detectionSec: number,
): Promise<DayRollup[]> {
  const [{ log, foldedUntil }, rollups] = await Promise.all([readLog(), readRollups()]);
  const recent = rollupByHour(activeIntervals(log, detectionSec, now, foldedUntil ?? undefined), tz);
  const byDay = new Map(rollups.map((r) => [r.day, r.activeMinByHour]));
  for (const r of recent) {
    const before = byDay.get(r.day);
    byDay.set(r.day, before ? before.map((m, h) => m + (r.activeMinByHour[h] ?? 0)) : r.activeMinByHour);
  }
  return [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, activeMinByHour]) => ({ day, activeMinByHour }));
}
