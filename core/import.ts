// Reading a file the user picked: a Limber JSON backup, a Limber check-ins CSV
// (core/import-csv.ts, also as a spreadsheet re-saved it) or a Daylio export
// (core/import-daylio.ts). Issue 5 "Your data", issue 15. A backup's other parts are
// restore.ts's; merging into what is stored is import-merge.ts's.
//
// All or nothing: any bad part and the result is `ok: false` with the problems (the
// first MAX_PROBLEMS, in file order) and nothing else, so nothing half-read is ever
// stored. Problems are data (core/import-read.ts); utils/ turns them into plain words.
import type { CheckIn } from './checkins';
import { parseCsv, sniffDelimiter } from './csv';
import { BACKUP_FORMAT, BACKUP_PARTS, BACKUP_SCHEMA_VERSION } from './export-backup';
import { readCheckInsCsv } from './import-csv';
import { type DaylioOptions, looksLikeDaylio, readDaylio } from './import-daylio';
import {
  checkDuplicate,
  fail,
  type ImportedData,
  type ImportProblem,
  type ImportResult,
  type ImportStep,
  implausible,
  isRecord,
  MAX_PROBLEMS,
  type Read,
  validateCheckInFast,
} from './import-read';
import { localDayKey } from './time';

export type { ImportedData, ImportProblem, ImportResult } from './import-read';
export { MAX_PROBLEMS } from './import-read';

/** The largest file read, in UTF-8 bytes (20 MiB: ten years of check-ins is about 4 MB). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

const BOM = '\uFEFF';

/**
 * Reads `text` (the file's content) as a Limber backup, a check-ins CSV or a Daylio
 * export. The format follows the file name's extension (.json / .csv); with neither,
 * text starting with `{` or `[` is read as JSON and anything else as CSV. A CSV whose
 * header is Daylio's is read as Daylio's. `now` given: times more than a day after it
 * are refused (core/import-read.ts implausible).
 */
export function parseImport(
  text: string,
  fileName: string,
  existingIds: ReadonlySet<string>,
  options: { maxBytes?: number; onStep?: (step: ImportStep) => void; now?: number; daylio?: DaylioOptions } = {},
): ImportResult {
  const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
  if (utf8ByteLength(text, maxBytes) > maxBytes) return fail({ kind: 'tooLarge', maxBytes });

  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const extension = /\.([^.]*)$/.exec(fileName.toLowerCase())?.[1];
  const isJson = extension === 'json' || (extension !== 'csv' && /^\s*[[{]/.test(body));
  const onStep = options.onStep ?? (() => undefined);
  const result = isJson ? readBackup(body, onStep, options.now) : readCsv(body, onStep, options);
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

/** A CSV: Daylio's when its header is, else Limber's own. */
function readCsv(
  body: string,
  onStep: (step: ImportStep) => void,
  options: { now?: number; daylio?: DaylioOptions },
): Read {
  const parsed = parseCsv(body.slice(0, body.search(/\r|\n|$/)), sniffDelimiter(body));
  const header = parsed.ok ? (parsed.value[0] ?? []) : [];
  if (looksLikeDaylio(header)) return readDaylio(body, onStep, { ...options.daylio, now: options.now });
  return readCheckInsCsv(body, onStep, options.now);
}

/**
 * The file's bytes as text, refusing bytes that are not UTF-8 (a file saved as
 * Windows-1252, say) rather than reading "café" as "caf\uFFFD": the problem names the
 * first line that holds such bytes. A line break byte is never part of a longer
 * UTF-8 sequence, so each line can be checked alone.
 */
export function decodeImportBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problems: ImportProblem[] } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const strict = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    for (let line = 1; ; line++) {
      let end = bytes.indexOf(0x0a, start);
      if (end === -1) end = bytes.length;
      try {
        strict.decode(bytes.subarray(start, end));
      } catch {
        return { ok: false, problems: [{ kind: 'notUtf8', row: line }] };
      }
      if (end >= bytes.length) return { ok: false, problems: [{ kind: 'notUtf8', row: line }] };
      start = end + 1;
    }
  }
}

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

function readBackup(body: string, onStep: (step: ImportStep) => void, now: number | undefined): Read {
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
    if (part === 'settings' || root[part] === undefined) continue;
    if (part === 'activity' ? !isActivityLog(root[part]) : !Array.isArray(root[part])) {
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
    const wrong = implausible(result.value, now);
    if (wrong) {
      problems.push({ kind: 'badField', row, field: wrong.field, reason: wrong.reason });
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
  if (root.activity !== undefined) value.activity = root.activity as ImportedData['activity'];
  if (root.phq2 !== undefined) value.phq2 = root.phq2 as unknown[];
  if (root.reflections !== undefined) value.reflections = root.reflections as unknown[];
  return { ok: true, value };
}

const isActivityLog = (x: unknown): x is ImportedData['activity'] =>
  isRecord(x) &&
  Array.isArray(x.log) &&
  (x.foldedUntil === null || Number.isSafeInteger(x.foldedUntil)) &&
  Object.keys(x).every((key) => key === 'log' || key === 'foldedUntil');

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
