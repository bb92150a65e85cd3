// Reading a file the user picked back into check-ins: a Limber JSON backup or a
// Limber check-ins CSV (export.ts), and merging them into the stored months by id
// (`planImport`). Issue 5 "Your data". A backup's other parts are restore.ts's.
//
// All or nothing: any bad part and the result is `ok: false` with the problems (the
// first MAX_PROBLEMS, in file order) and nothing else, so nothing half-read is ever
// stored. Problems are data; utils/ turns them into plain words.
//
// Row numbers: in a CSV, `row` is the spreadsheet row (the header is row 1, the first
// check-in row 2); in a JSON backup, `row` is the check-in's position in `checkIns`,
// counting from 1.
import {
  CHECKIN_FIELDS,
  type CheckIn,
  type CheckInField,
  checkInSchema,
  monthOf,
  parseMonth,
  withMoodOrPain,
} from './checkins';
import { recordValidator } from './compiled-check';
import { parseCsv, unescapeFormula } from './csv';
import {
  BACKUP_FORMAT,
  BACKUP_PARTS,
  BACKUP_SCHEMA_VERSION,
  CHECKIN_CSV_COLUMNS,
  type CheckInCsvColumn,
  LIST_SEPARATOR,
  sortedByTime,
} from './export';
import { localDayKey, MINUTE_MS } from './time';

/** The largest file read, in UTF-8 bytes (20 MiB: ten years of check-ins is about 4 MB). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** At most this many problems are reported; the first one names the first bad row. */
export const MAX_PROBLEMS = 10;

/**
 * `validateCheckIn`'s answers for every check-in of a file, faster: ten years are
 * 36,500 of them, and the check compiled from checkInSchema accepts one in a fraction
 * of valibot's time (core/validation.ts).
 */
const validateFields = recordValidator(checkInSchema);
const validateCheckInFast = (input: unknown) => withMoodOrPain(validateFields(input));

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
  /** A value is wrong. `field` is a CSV column or JSON key; absent when a whole check-in is not an object. */
  | { kind: 'badField'; row?: number; field?: string }
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

export interface ImportedData {
  fileType: 'json' | 'csv';
  /** In file order; `mergeById` sorts. */
  checkIns: CheckIn[];
  /** Other parts of a JSON backup, unvalidated: their own modules validate them. */
  settings?: unknown;
  outcomes?: unknown[];
  rollups?: unknown[];
  phq2?: unknown[];
  reflections?: unknown[];
  /** When a JSON backup was made (ISO, as written). */
  exportedAt?: string;
  preview: ImportPreview;
}

export type ImportResult = { ok: true; value: ImportedData } | { ok: false; problems: ImportProblem[] };

/** The steps of `parseImport`, each reported as it ends, so a page can time them. */
export type ImportStep = 'parse' | 'validate';

const BOM = '\uFEFF';

/**
 * Reads `text` (the file's content) as a Limber backup or check-ins CSV. The format
 * follows the file name's extension (.json / .csv); with neither, text starting with
 * `{` or `[` is read as JSON and anything else as CSV.
 */
export function parseImport(
  text: string,
  fileName: string,
  existingIds: ReadonlySet<string>,
  options: { maxBytes?: number; onStep?: (step: ImportStep) => void } = {},
): ImportResult {
  const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
  if (utf8ByteLength(text, maxBytes) > maxBytes) return fail({ kind: 'tooLarge', maxBytes });

  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const extension = /\.([^.]*)$/.exec(fileName.toLowerCase())?.[1];
  const isJson = extension === 'json' || (extension !== 'csv' && /^\s*[[{]/.test(body));
  const onStep = options.onStep ?? (() => undefined);
  const result = isJson ? readBackup(body, onStep) : readCheckInsCsv(body, onStep);
  if (!result.ok) return result;
  onStep('validate');

  const { checkIns } = result.value;
  let alreadyHere = 0;
  for (const c of checkIns) if (existingIds.has(c.id)) alreadyHere++;
  return {
    ok: true,
    value: { ...result.value, preview: { count: checkIns.length, ...dayRange(checkIns), alreadyHere } },
  };
}

type Read = { ok: true; value: Omit<ImportedData, 'preview'> } | { ok: false; problems: ImportProblem[] };

const fail = (...problems: ImportProblem[]): { ok: false; problems: ImportProblem[] } => ({ ok: false, problems });

/**
 * UTF-8 length of `text`, counting no further than just past `stopAfter`. A lone
 * surrogate counts 3 bytes, as it is written as U+FFFD.
 */
export function utf8ByteLength(text: string, stopAfter = Number.POSITIVE_INFINITY): number {
  if (text.length > stopAfter) return text.length; // at least one byte per UTF-16 unit
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------
// JSON backup

// Keys that could reach an object's prototype if the parsed value were ever merged
// or spread into another object: dropped while parsing, wherever they appear
// (settings and the other pass-through parts included). JSON.parse itself only ever
// creates own properties, so Object.prototype is never touched here.
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const dropDangerousKeys = (key: string, value: unknown) => (DANGEROUS_KEYS.has(key) ? undefined : value);

/**
 * JSON.parse, dropping DANGEROUS_KEYS. A reviver is called for every value and costs
 * several times the parse itself on ten years, so it runs only when the text could
 * hold such a key: its name written out, or hidden behind a \u escape (no other JSON
 * escape can spell a letter).
 */
function parseJsonSafely(text: string): unknown {
  const mayHoldDangerousKey = text.includes('\\u') || [...DANGEROUS_KEYS].some((key) => text.includes(key));
  return mayHoldDangerousKey ? JSON.parse(text, dropDangerousKeys) : JSON.parse(text);
}

const BACKUP_KEYS = new Set<string>(['format', 'schemaVersion', 'exportedAt', 'checkIns', ...BACKUP_PARTS]);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function readBackup(body: string, onStep: (step: ImportStep) => void): Read {
  let root: unknown;
  try {
    root = parseJsonSafely(body);
  } catch {
    // Syntax errors, and RangeError from absurdly deep nesting.
    return fail({ kind: 'badJson' });
  }
  onStep('parse');
  if (!isRecord(root) || root.format !== BACKUP_FORMAT) return fail({ kind: 'notLimber' });
  if (root.schemaVersion !== BACKUP_SCHEMA_VERSION) {
    const version = root.schemaVersion;
    return fail(typeof version === 'number' ? { kind: 'unsupportedVersion', version } : { kind: 'unsupportedVersion' });
  }

  const problems: ImportProblem[] = [];
  for (const key of Object.keys(root)) if (!BACKUP_KEYS.has(key)) problems.push({ kind: 'badField', field: key });
  const { exportedAt } = root;
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) {
    problems.push({ kind: 'badField', field: 'exportedAt' });
  }
  for (const part of BACKUP_PARTS) {
    if (part !== 'settings' && root[part] !== undefined && !Array.isArray(root[part])) {
      problems.push({ kind: 'badField', field: part });
    }
  }
  if (!Array.isArray(root.checkIns)) {
    problems.push({ kind: 'badField', field: 'checkIns' });
    return fail(...problems.slice(0, MAX_PROBLEMS));
  }

  const checkIns: CheckIn[] = [];
  const firstRowOf = new Map<string, number>();
  for (let i = 0; i < root.checkIns.length && problems.length < MAX_PROBLEMS; i++) {
    const row = i + 1;
    const result = validateCheckInFast(root.checkIns[i]);
    if (!result.ok) {
      for (const p of result.problems) {
        // Neither mood nor pain: said of the mood field (the first of the two).
        const field = p.kind === 'notAnObject' ? undefined : p.kind === 'noMoodOrPain' ? 'mood' : p.field;
        problems.push(field === undefined ? { kind: 'badField', row } : { kind: 'badField', row, field });
      }
      continue;
    }
    const duplicate = checkDuplicate(firstRowOf, result.value.id, row);
    if (duplicate) problems.push(duplicate);
    else checkIns.push(result.value);
  }
  if (problems.length) return fail(...problems.slice(0, MAX_PROBLEMS));

  const value: Omit<ImportedData, 'preview'> = { fileType: 'json', checkIns, exportedAt: exportedAt as string };
  if (root.settings !== undefined) value.settings = root.settings;
  if (root.outcomes !== undefined) value.outcomes = root.outcomes as unknown[];
  if (root.rollups !== undefined) value.rollups = root.rollups as unknown[];
  if (root.phq2 !== undefined) value.phq2 = root.phq2 as unknown[];
  if (root.reflections !== undefined) value.reflections = root.reflections as unknown[];
  return { ok: true, value };
}

function checkDuplicate(firstRowOf: Map<string, number>, id: string, row: number): ImportProblem | undefined {
  const firstRow = firstRowOf.get(id);
  if (firstRow !== undefined) return { kind: 'duplicateId', row, field: 'id', id, firstRow };
  firstRowOf.set(id, row);
  return undefined;
}

// ---------------------------------------------------------------------------------
// Check-ins CSV

const REQUIRED_COLUMNS: readonly CheckInCsvColumn[] = ['id', 'time', 'mood', 'pain', 'source'];
// Text cells were guarded against formulas on export (csv.ts): a cell that starts
// with ' followed by = + - @ tab CR or another ' loses that one ' here, so a note like
// "=SUM(A1)" comes back exactly. A hand-written "'=x" therefore reads as "=x".
const TEXT_COLUMNS = new Set<CheckInCsvColumn>(['id', 'regions', 'tags', 'note', 'source']);
const isColumn = (name: string): name is CheckInCsvColumn => (CHECKIN_CSV_COLUMNS as readonly string[]).includes(name);

function readCheckInsCsv(body: string, onStep: (step: ImportStep) => void): Read {
  const parsed = parseCsv(body);
  if (!parsed.ok) return fail(...parsed.problems);
  onStep('parse');
  const [header, ...records] = parsed.value;
  if (!header) return fail({ kind: 'notLimber' });

  // A file with fewer than three of the required columns is some other CSV, not a
  // damaged Limber export (a daily summary, another app's export).
  if (REQUIRED_COLUMNS.filter((c) => header.includes(c)).length < 3) return fail({ kind: 'notLimber' });

  const problems: ImportProblem[] = [];
  const columnIndex = new Map<CheckInCsvColumn, number>();
  header.forEach((name, index) => {
    if (!isColumn(name)) problems.push({ kind: 'unknownColumn', field: name });
    else if (columnIndex.has(name)) problems.push({ kind: 'badCsv', row: 1, reason: 'duplicateColumn', field: name });
    else columnIndex.set(name, index);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!columnIndex.has(column)) problems.push({ kind: 'missingColumn', field: column });
  }
  if (problems.length) return fail(...problems.slice(0, MAX_PROBLEMS));

  const hasZoneColumn = columnIndex.has('tzOffsetMin');
  const columnOf = (field: CheckInField): CheckInCsvColumn =>
    field === 'at' || (field === 'tzOffsetMin' && !hasZoneColumn) ? 'time' : field;

  const checkIns: CheckIn[] = [];
  const firstRowOf = new Map<string, number>();
  for (let r = 0; r < records.length && problems.length < MAX_PROBLEMS; r++) {
    const record = records[r] as string[];
    const row = r + 2;
    const cell = (column: CheckInCsvColumn): string => {
      const index = columnIndex.get(column);
      if (index === undefined) return '';
      const raw = record[index] as string;
      return TEXT_COLUMNS.has(column) ? unescapeFormula(raw) : raw;
    };

    const rowFields = new Set<CheckInCsvColumn>();
    const flag = (column: CheckInCsvColumn) => rowFields.add(column);

    const time = parseLocalIsoTime(cell('time'));
    if (!time) flag('time');
    const zoneCell = cell('tzOffsetMin');
    const tzOffsetMin = zoneCell === '' ? time?.tzOffsetMin : integerCell(zoneCell);
    if (time && tzOffsetMin !== time.tzOffsetMin) flag('tzOffsetMin');

    const candidate: Record<string, unknown> = {
      id: cell('id'),
      at: time?.at ?? Number.NaN,
      tzOffsetMin: tzOffsetMin ?? 0, // placeholder: the broken time is already flagged
      mood: integerCell(cell('mood')),
      pain: integerCell(cell('pain')),
      source: cell('source'),
    };
    const sleep = cell('sleep');
    if (sleep !== '') candidate.sleep = integerCell(sleep);
    for (const list of ['regions', 'tags'] as const) {
      const value = cell(list);
      if (value !== '') candidate[list] = value.split(LIST_SEPARATOR).map((item) => item.trim());
    }
    const note = cell('note');
    if (note !== '') candidate.note = note;

    const result = validateCheckInFast(candidate);
    if (!result.ok) {
      for (const p of result.problems) if (p.kind === 'invalidField') flag(columnOf(p.field));
    }
    if (rowFields.size) {
      // Report in column order, so "the first bad field" is the leftmost of the export.
      for (const column of CHECKIN_CSV_COLUMNS)
        if (rowFields.has(column)) problems.push({ kind: 'badField', row, field: column });
      continue;
    }
    if (!result.ok) continue; // unreachable: every problem flags a column
    const duplicate = checkDuplicate(firstRowOf, result.value.id, row);
    if (duplicate) problems.push(duplicate);
    else checkIns.push(result.value);
  }
  if (problems.length) return fail(...problems.slice(0, MAX_PROBLEMS));
  return { ok: true, value: { fileType: 'csv', checkIns } };
}

/** A whole number written plainly (`-300`, `4`); anything else is NaN, which validation refuses. */
function integerCell(text: string): number {
  return /^-?\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
}

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads the export's `time` back into `at` and `tzOffsetMin`, exactly:
 * `2026-11-24T14:05:00+01:00` → 13:05 UTC, offset 60. Seconds and 1–3 fraction digits
 * are optional; `Z` means offset 0. Dates that do not exist (Feb 30) are refused.
 */
export function parseLocalIsoTime(text: string): { at: number; tzOffsetMin: number } | undefined {
  const m = ISO_LOCAL.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? 0);
  const ms = Number((m[7] ?? '').padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;

  const zone = m[8] as string;
  let tzOffsetMin = 0;
  if (zone !== 'Z') {
    const zoneHours = Number(zone.slice(1, 3));
    const zoneMinutes = Number(zone.slice(4, 6));
    if (zoneMinutes > 59) return undefined;
    tzOffsetMin = (zone.startsWith('-') ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  }

  // Years below 100 would mean 19xx to Date.UTC; they are long before AT_MIN anyway.
  if (year < 100 || day > daysInMonth(year, month)) return undefined;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // `-00:00` is read as 0; `|| 0` also keeps −0 out of the result.
  return { at: local - tzOffsetMin * MINUTE_MS, tzOffsetMin: tzOffsetMin || 0 };
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

function dayRange(checkIns: readonly CheckIn[]): { firstDay?: string; lastDay?: string } {
  let firstDay: string | undefined;
  let lastDay: string | undefined;
  for (const c of checkIns) {
    const day = localDayKey(c.at, c.tzOffsetMin);
    if (firstDay === undefined || day < firstDay) firstDay = day;
    if (lastDay === undefined || day > lastDay) lastDay = day;
  }
  return firstDay === undefined ? {} : { firstDay, lastDay };
}

// ---------------------------------------------------------------------------------
// Merging

export interface MergeCounts {
  /** New ids, added. */
  added: number;
  /** Ids already stored with the same content. */
  alreadyHere: number;
  /** Ids already stored with different content: the stored one is kept. */
  conflicts: number;
}

/**
 * Adds incoming check-ins to existing ones by id, sorted by time (then id).
 * A record whose id is already there is never overwritten: if it is identical
 * (field by field, lists in order) it counts as already here, otherwise as a conflict
 * and the existing one stays, so an import can never silently change what the user
 * logged. A repeated id within `incoming` is judged against its first occurrence.
 */
export function mergeById(
  existing: readonly CheckIn[],
  incoming: readonly CheckIn[],
): { merged: CheckIn[]; counts: MergeCounts } {
  const byId = new Map<string, CheckIn>();
  for (const c of existing) if (!byId.has(c.id)) byId.set(c.id, c);
  const merged = [...existing];
  const counts: MergeCounts = { added: 0, alreadyHere: 0, conflicts: 0 };
  for (const c of incoming) {
    const here = byId.get(c.id);
    if (!here) {
      byId.set(c.id, c);
      merged.push(c);
      counts.added++;
    } else if (sameCheckIn(here, c)) counts.alreadyHere++;
    else counts.conflicts++;
  }
  return { merged: sortedByTime(merged), counts };
}

/** Field-by-field equality; lists must match in order; an absent part equals an absent part. */
export function sameCheckIn(a: CheckIn, b: CheckIn): boolean {
  return CHECKIN_FIELDS.every((field) => {
    const x = a[field];
    const y = b[field];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => item === y[i]);
    return x === y;
  });
}

/** What an import will write: every month it adds to, merged; and what it found. */
export interface ImportPlan {
  /** `YYYY-MM` → the month's check-ins after the merge, for months that gain at least one. */
  writes: Map<string, CheckIn[]>;
  counts: MergeCounts;
  /** Stored months that hold something unreadable (`YYYY-MM`): an import must not rewrite them. */
  damaged: string[];
}

/** Check-ins by local month (`YYYY-MM`), each month's list in the given order. */
export function groupByMonth(checkIns: readonly CheckIn[]): Map<string, CheckIn[]> {
  const byMonth = new Map<string, CheckIn[]>();
  for (const c of checkIns) {
    const month = monthOf(c);
    const list = byMonth.get(month);
    if (list) list.push(c);
    else byMonth.set(month, [c]);
  }
  return byMonth;
}

/**
 * Merges incoming check-ins (grouped with `groupByMonth`) into the stored months by id
 * (`mergeById`). `stored` maps every stored month (`YYYY-MM`) to its raw value. An id
 * already stored in another month is a conflict too: the stored one stays. A damaged
 * month is listed, not merged: rewriting it would drop what could not be read, which
 * is the repair path's to keep aside.
 */
export function planImport(
  byMonth: ReadonlyMap<string, readonly CheckIn[]>,
  stored: ReadonlyMap<string, unknown>,
): ImportPlan {
  const plan: ImportPlan = { writes: new Map(), counts: { added: 0, alreadyHere: 0, conflicts: 0 }, damaged: [] };
  const idsElsewhere = new Set<string>();
  for (const [month, raw] of stored) if (!byMonth.has(month)) for (const id of storedIds(raw)) idsElsewhere.add(id);

  for (const [month, incoming] of byMonth) {
    const { checkIns, damaged } = parseMonth(stored.get(month));
    if (damaged) {
      plan.damaged.push(month);
      continue;
    }
    const fresh = incoming.filter((c) => !idsElsewhere.has(c.id));
    const { merged, counts } = mergeById(checkIns, fresh);
    if (counts.added > 0) plan.writes.set(month, merged);
    plan.counts.added += counts.added;
    plan.counts.alreadyHere += counts.alreadyHere;
    plan.counts.conflicts += counts.conflicts + incoming.length - fresh.length;
  }
  return plan;
}

/** The ids in a raw stored month, without validating each entry: enough to know an id is taken. */
export function* storedIds(raw: unknown): Iterable<string> {
  if (!Array.isArray(raw)) return;
  for (const item of raw) {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string') yield id;
  }
}
