// What every reader of an imported file shares (core/import.ts dispatches, each format
// has its reader): the problems as data, the result's shape, and the checks every
// reader makes of a check-in. Problems are data; utils/describe-import-problem.ts
// turns them into plain words.
//
// Row numbers: in a CSV, `row` is the spreadsheet row (the header is row 1, the first
// record row 2); in a JSON backup, `row` is the record's position in its list,
// counting from 1.
import { type CheckIn, checkInSchema, withBreakMarker, withMoodOrPain } from './checkins';
import { recordValidator } from './compiled-check';
import { DAY_MS, isOffsetInUse } from './time';

/** At most this many problems are reported; the first one names the first bad row. */
export const MAX_PROBLEMS = 10;

/**
 * `validateCheckIn`'s answers for every check-in of a file, faster: ten years are
 * 36,500 of them, and the check compiled from checkInSchema accepts one in a fraction
 * of valibot's time (core/validation.ts).
 */
const validateFields = recordValidator(checkInSchema);
export const validateCheckInFast = (input: unknown) => withBreakMarker(withMoodOrPain(validateFields(input)));

export type ImportProblem =
  | { kind: 'tooLarge'; maxBytes: number }
  /** Readable, but not a Limber backup or check-ins CSV. */
  | { kind: 'notLimber' }
  | { kind: 'badJson' }
  | {
      kind: 'badCsv';
      row: number;
      reason: 'unclosedQuote' | 'strayQuote' | 'textAfterQuote' | 'fieldCount' | 'duplicateColumn';
      field?: string;
    }
  /**
   * A value is wrong. `field` is a CSV column or JSON key; absent when a whole check-in
   * is not an object. `reason` says why when it is not simply out of range.
   */
  | { kind: 'badField'; row?: number; field?: string; reason?: FieldReason }
  /** The bytes of this row are not UTF-8 (the file was saved in another encoding). */
  | { kind: 'notUtf8'; row: number }
  | { kind: 'unknownColumn'; field: string }
  | { kind: 'missingColumn'; field: string }
  /** `id` was already used by the check-in at `firstRow` of the same file. */
  | { kind: 'duplicateId'; row: number; field: 'id'; id: string; firstRow: number }
  /** A backup from a newer (or unknown) version of Limber. */
  | { kind: 'unsupportedVersion'; version?: number };

export interface ImportPreview {
  /** Check-ins in the file. */
  count: number;
  /** Local days of the earliest and latest check-in; absent when there are none. */
  firstDay?: string;
  lastDay?: string;
  /** Check-ins whose id is already stored (`existingIds`). */
  alreadyHere: number;
}

/** Why a value cannot be true, beyond its range. */
export type FieldReason = 'future' | 'surrogate' | 'offset' | 'tooLong';

export interface ImportedData {
  fileType: 'json' | 'csv' | 'daylio';
  /**
   * Daylio only: each mood name found (as first written), with its count and choice
   * (a face, 'skip', or absent: not chosen yet), in the order first seen. `unmapped`
   * rows are left out of `checkIns` until their mood has a choice; `skipped` rows are
   * left out because the person chose so.
   */
  daylio?: { moods: { name: string; count: number; choice?: number | 'skip' }[]; unmapped: number; skipped: number };
  /** In file order; `mergeById` sorts. */
  checkIns: CheckIn[];
  /** Other parts of a JSON backup, unvalidated: their own modules validate them. */
  settings?: unknown;
  outcomes?: unknown[];
  rollups?: unknown[];
  /** The activity log's shape is checked here; its observations are restore.ts's. */
  activity?: { log: unknown[]; foldedUntil: number | null };
  phq2?: unknown[];
  reflections?: unknown[];
  /** When a JSON backup was made (ISO, as written). */
  exportedAt?: string;
  preview: ImportPreview;
}

export type ImportResult = { ok: true; value: ImportedData } | { ok: false; problems: ImportProblem[] };

/** The steps of `parseImport`, each reported as it ends, so a page can time them. */
export type ImportStep = 'parse' | 'validate';

/** How far ahead of `now` an imported time may be: a day, for a clock or zone set wrong. */
export const FUTURE_SLACK_MS = DAY_MS;

export type Read = { ok: true; value: Omit<ImportedData, 'preview'> } | { ok: false; problems: ImportProblem[] };

export const fail = (...problems: ImportProblem[]): { ok: false; problems: ImportProblem[] } => ({
  ok: false,
  problems,
});

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The check-in's id, unless the same file used it before (then the problem). */
export function checkDuplicate(firstRowOf: Map<string, number>, id: string, row: number): ImportProblem | undefined {
  const firstRow = firstRowOf.get(id);
  if (firstRow !== undefined) return { kind: 'duplicateId', row, field: 'id', id, firstRow };
  firstRowOf.set(id, row);
  return undefined;
}

/** Text with a lone UTF-16 surrogate: half a character, which no keyboard types. */
export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What a valid check-in of a file still cannot be (issue 15): more than a day in the
 * future, an offset no time zone uses, a note with half a character. `now` absent:
 * the future is not checked.
 */
export function implausible(c: CheckIn, now: number | undefined): { field: keyof CheckIn; reason: FieldReason } | null {
  if (now !== undefined && c.at > now + FUTURE_SLACK_MS) return { field: 'at', reason: 'future' };
  if (!isOffsetInUse(c.tzOffsetMin)) return { field: 'tzOffsetMin', reason: 'offset' };
  if (c.note !== undefined && hasLoneSurrogate(c.note)) return { field: 'note', reason: 'surrogate' };
  return null;
}
