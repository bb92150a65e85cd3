// Limber's own check-ins CSV (core/export-csv.ts checkInsCsv) read back: as written, or
// re-saved by a spreadsheet (issue 15): semicolons for commas, decimal commas in the
// numbers ("4,0"), a byte order mark, CRLF. Every problem names the row and column.
import type { CheckIn, CheckInField } from './checkins';
import { parseCsv, sniffDelimiter, unescapeFormula } from './csv';
import { CHECKIN_CSV_COLUMNS, type CheckInCsvColumn, LIST_SEPARATOR } from './export-csv';
import {
  checkDuplicate,
  fail,
  type ImportProblem,
  type ImportStep,
  implausible,
  MAX_PROBLEMS,
  type Read,
  validateCheckInFast,
} from './import-read';
import { MINUTE_MS } from './time';

const REQUIRED_COLUMNS: readonly CheckInCsvColumn[] = ['id', 'time', 'mood', 'pain', 'source'];
// Text cells were guarded against formulas on export (csv.ts): a cell that starts
// with ' followed by = + - @ tab CR or another ' loses that one ' here, so a note like
// "=SUM(A1)" comes back exactly. A hand-written "'=x" therefore reads as "=x".
const TEXT_COLUMNS = new Set<CheckInCsvColumn>(['id', 'regions', 'tags', 'note', 'source', 'breakId', 'breakPhase']);
const isColumn = (name: string): name is CheckInCsvColumn => (CHECKIN_CSV_COLUMNS as readonly string[]).includes(name);

/** A spreadsheet's header, as far as a Limber CSV is concerned: at least three of the required columns. */
export function looksLikeCheckInsCsv(header: readonly string[]): boolean {
  return REQUIRED_COLUMNS.filter((c) => header.includes(c)).length >= 3;
}

export function readCheckInsCsv(body: string, onStep: (step: ImportStep) => void, now?: number): Read {
  const delimiter = sniffDelimiter(body);
  const parsed = parseCsv(body, delimiter);
  if (!parsed.ok) return fail(...parsed.problems);
  onStep('parse');
  const [header, ...records] = parsed.value;
  if (!header) return fail({ kind: 'notLimber' });

  // A file with fewer than three of the required columns is some other CSV, not a
  // damaged Limber export (a daily summary, another app's export).
  if (!looksLikeCheckInsCsv(header)) return fail({ kind: 'notLimber' });

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
      source: cell('source'),
    };
    // An empty mood or pain was skipped (never both: withMoodOrPain).
    for (const half of ['mood', 'pain'] as const) if (cell(half) !== '') candidate[half] = integerCell(cell(half));
    const sleep = cell('sleep');
    if (sleep !== '') candidate.sleep = integerCell(sleep);
    for (const list of ['regions', 'tags'] as const) {
      const value = cell(list);
      if (value !== '') candidate[list] = value.split(LIST_SEPARATOR).map((item) => item.trim());
    }
    const note = cell('note');
    if (note !== '') candidate.note = note;
    // A break-page check-in's marker (core/checkins.ts withBreakMarker); older files have no such columns.
    for (const marker of ['breakId', 'breakPhase'] as const) if (cell(marker) !== '') candidate[marker] = cell(marker);

    const result = validateCheckInFast(candidate);
    if (!result.ok) {
      for (const p of result.problems) {
        if (p.kind === 'invalidField') flag(columnOf(p.field));
        else if (p.kind === 'noMoodOrPain') flag('mood');
      }
    }
    if (rowFields.size) {
      // Report in column order, so "the first bad field" is the leftmost of the export.
      for (const column of CHECKIN_CSV_COLUMNS)
        if (rowFields.has(column)) problems.push({ kind: 'badField', row, field: column });
      continue;
    }
    if (!result.ok) continue; // unreachable: every problem flags a column
    const wrong = implausible(result.value, now);
    if (wrong) {
      problems.push({ kind: 'badField', row, field: columnOf(wrong.field as CheckInField), reason: wrong.reason });
      continue;
    }
    const duplicate = checkDuplicate(firstRowOf, result.value.id, row);
    if (duplicate) problems.push(duplicate);
    else checkIns.push(result.value);
  }
  if (problems.length) return fail(...problems.slice(0, MAX_PROBLEMS));
  return { ok: true, value: { fileType: 'csv', checkIns } };
}

/**
 * A whole number written plainly (`-300`, `4`), or as a spreadsheet may re-save one
 * (`4,0`, `4.00`); anything else is NaN, which validation refuses.
 */
export function integerCell(text: string): number {
  const m = /^(-?\d{1,15})(?:[.,]0+)?$/.exec(text);
  return m ? Number(m[1]) : Number.NaN;
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
