// What is kept aside (DESIGN.md "Storage": nothing is ever lost): the shape of one
// entry of the `quarantine` key, how a stored list of them is read (garbage in the
// quarantine itself is kept too), and what each kept-aside value is, in the words the
// person is told. No library: the popup reads this on every open.

/** A stored value that failed validation, kept aside as it was, never deleted. */
export interface QuarantineEntry<Source extends string = string> {
  /** The storage key it came from, e.g. `checkins:2026-11`. */
  source: Source;
  /** When it was set aside (epoch ms). */
  at: number;
  /** How many valid entries were kept in place. */
  kept: number;
  /** The raw value exactly as it was found. */
  raw: unknown;
  /** The person has seen the notice and closed it. */
  dismissed: boolean;
}

const isEntry = (x: unknown): x is QuarantineEntry => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.source === 'string' &&
    e.source.length > 0 &&
    Number.isFinite(e.at) &&
    Number.isInteger(e.kept) &&
    (e.kept as number) >= 0 &&
    'raw' in e &&
    typeof e.dismissed === 'boolean'
  );
};

/**
 * Reads the stored quarantine: its readable entries, and whether anything else was
 * there (not a list, or a list with other things in it). Absent is an empty list.
 */
export function parseQuarantine(raw: unknown): { entries: QuarantineEntry[]; damaged: boolean } {
  if (raw === undefined || raw === null) return { entries: [], damaged: false };
  if (!Array.isArray(raw)) return { entries: [], damaged: true };
  const entries = raw.filter(isEntry);
  return { entries, damaged: entries.length !== raw.length };
}

/**
 * The quarantine to store: the readable entries, then (when the stored value was
 * damaged) the whole stored value kept as one more entry, under the quarantine's own
 * key `ownKey`, so not even garbage in the quarantine is lost.
 */
export function repairQuarantine(
  raw: unknown,
  now: number,
  ownKey: string,
): { entries: QuarantineEntry[]; damaged: boolean } {
  const { entries, damaged } = parseQuarantine(raw);
  if (!damaged) return { entries, damaged };
  return {
    entries: [...entries, { source: ownKey, at: now, kept: entries.length, raw, dismissed: false }],
    damaged,
  };
}

/** What a kept-aside value was, as the person is told (one sentence part each, locales `kept.what.*`). */
export const KEPT_KINDS = [
  'checkIns',
  'settings',
  'schedule',
  'screenTime',
  'breaks',
  'phq2',
  'reflections',
  'lastMove',
  'quarantine',
] as const;
export type KeptKind = (typeof KEPT_KINDS)[number];

/**
 * What a stored key holds, as the notices tell it: its kind, and for a month of
 * check-ins, the month. utils/storage-keys.ts `keptSourceOf` knows the keys; this file
 * never spells one.
 */
export interface KeptSource {
  kind: KeptKind;
  checkInMonth?: string;
}
/** A key → what it holds, or null for a key Limber does not declare. */
export type KeptSourceOf = (source: string) => KeptSource | null;

/** What the pages tell about values kept aside and not yet dismissed. */
export interface KeptNotices {
  /** Each kind kept aside, in KEPT_KINDS order. */
  kinds: KeptKind[];
  /** Check-in months (`YYYY-MM`) with something unreadable, in month order. */
  months: string[];
}

export const NO_NOTICES: KeptNotices = { kinds: [], months: [] };

/**
 * The notices of a stored quarantine (raw: it is read like any input). A quarantine
 * that is itself damaged is told about too, before the background has repaired it.
 */
export function noticesOf(raw: unknown, sourceOf: KeptSourceOf): KeptNotices {
  const { entries, damaged } = parseQuarantine(raw);
  const open = entries.filter((e) => !e.dismissed).map((e) => sourceOf(e.source));
  const found = new Set(open.map((s) => s?.kind ?? 'quarantine'));
  if (damaged) found.add('quarantine');
  const months = [...new Set(open.flatMap((s) => s?.checkInMonth ?? []))].sort();
  return { kinds: KEPT_KINDS.filter((k) => found.has(k)), months };
}
