// What counts as damaged in each stored value, and what stays in place when it is
// kept aside (DESIGN.md "Storage": storage is input like any other, and nothing is
// ever lost). The background's scan (utils/damage-scan.ts), the fold and the break
// records' writes all decide here; utils/quarantine.ts keeps the raw value aside.
import * as v from 'valibot';
import { ActivityLogSchema, ObservationSchema, RollupSchema } from './activity';
import { validatePhq2Result, validateWeeklyReflection } from './care';
import { parseMonth } from './checkins';
import { findMove } from './exercises';
import { validateOutcome } from './outcomes';
import { parseScheduleState } from './schedule-state';
import { validateSettings } from './settings';
import { isStatusSnapshot } from './status-snapshot';

/** Every kind of stored value (utils/storage.ts declares their keys); `quarantine` is core/quarantine.ts's. */
export const STORED_KINDS = [
  'checkins',
  'outcomes',
  'settings',
  'engine',
  'status',
  'activity',
  'rollups',
  'phq2',
  'reflections',
  'lastMove',
] as const;
export type StoredKind = (typeof STORED_KINDS)[number];

/**
 * A stored value, read: fine as it is, or damaged, with what to store in its place
 * (`repaired`; undefined: remove the key, so its reader falls back to its default) and
 * how many valid entries that keeps.
 */
export type Inspection = { damaged: false } | { damaged: true; repaired: unknown; kept: number };

const FINE: Inspection = { damaged: false };

/** A list of records: the valid ones stay in place, in stored order. */
function inspectList(raw: unknown, valid: (x: unknown) => boolean): Inspection {
  if (!Array.isArray(raw)) return { damaged: true, repaired: undefined, kept: 0 };
  const repaired = raw.filter(valid);
  return repaired.length === raw.length ? FINE : { damaged: true, repaired, kept: repaired.length };
}

const okOf = (validate: (x: unknown) => { ok: boolean }) => (x: unknown) => validate(x).ok;

/** Whether a stored value of `kind` is damaged, and what to store instead. Absent (undefined or null) is never damaged. */
export function inspectStored(kind: StoredKind, raw: unknown): Inspection {
  if (raw === undefined || raw === null) return FINE;
  switch (kind) {
    case 'checkins': {
      const { checkIns, damaged } = parseMonth(raw);
      return damaged ? { damaged, repaired: Array.isArray(raw) ? checkIns : undefined, kept: checkIns.length } : FINE;
    }
    case 'outcomes':
      return inspectList(raw, okOf(validateOutcome));
    case 'phq2':
      return inspectList(raw, okOf(validatePhq2Result));
    case 'reflections':
      return inspectList(raw, okOf(validateWeeklyReflection));
    case 'rollups':
      return inspectList(raw, (x) => v.is(RollupSchema, x));
    case 'activity': {
      if (v.is(ActivityLogSchema, raw)) return FINE;
      // The observations that are readable stay; the fold point only if it is a time.
      const { log, foldedUntil } = (typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<
        string,
        unknown
      >;
      if (!Array.isArray(log)) return { damaged: true, repaired: undefined, kept: 0 };
      const kept = log.filter((o) => v.is(ObservationSchema, o));
      return {
        damaged: true,
        repaired: { log: kept, foldedUntil: Number.isFinite(foldedUntil) ? foldedUntil : null },
        kept: kept.length,
      };
    }
    case 'settings':
      return validateSettings(raw).ok ? FINE : { damaged: true, repaired: undefined, kept: 0 };
    case 'engine':
      return parseScheduleState(raw) ? FINE : { damaged: true, repaired: undefined, kept: 0 };
    case 'status':
      return isStatusSnapshot(raw) ? FINE : { damaged: true, repaired: undefined, kept: 0 };
    case 'lastMove':
      // The id of a move in the catalog (a move since removed is damaged too: the next one is any).
      return typeof raw === 'string' && findMove(raw) ? FINE : { damaged: true, repaired: undefined, kept: 0 };
  }
}
