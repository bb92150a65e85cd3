// What leaves the device when the user asks: check-ins as CSV, a daily summary CSV,
// a full JSON backup, and a FHIR R4 bundle for a clinician. FIELD.md "Export";
// issue 5 "Your data". Everything here is pure: time comes in as a parameter.
import { v5 } from 'uuid';
import type { CheckIn } from './checkins';
import { type CsvCell, writeCsv } from './csv';
import type { DayActivity } from './history';
import { breaksTaken } from './outcome-days';
import { DAY_KEY, localDayKey, MINUTE_MS } from './time';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const byTime = (a: CheckIn, b: CheckIn) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Check-ins in time order (then by id), as stored months keep them; the input is not changed. */
export const sortedByTime = (checkIns: readonly CheckIn[]): CheckIn[] => [...checkIns].sort(byTime);

/**
 * ISO 8601 local time with its offset, e.g. `2026-11-24T14:05:00+01:00`: what the
 * user's clock showed. Milliseconds appear only when not zero, so the text always
 * turns back into exactly the same `at` (see `parseLocalIsoTime` in import.ts).
 * UTC is written `+00:00`, not `Z`: it is a local time that happens to be UTC.
 */
export function localIsoTime(at: number, tzOffsetMin: number): string {
  const d = new Date(at + tzOffsetMin * MINUTE_MS);
  const ms = d.getUTCMilliseconds();
  const sign = tzOffsetMin < 0 ? '-' : '+';
  const abs = Math.abs(tzOffsetMin);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    (ms ? `.${pad(ms, 3)}` : '') +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

// ---------------------------------------------------------------------------------
// Check-ins CSV

/** Columns of the check-ins CSV, in order. import.ts reads them back in any order. */
export const CHECKIN_CSV_COLUMNS = [
  'id',
  'time',
  'tzOffsetMin',
  'mood',
  'pain',
  'sleep',
  'regions',
  'tags',
  'note',
  'source',
  'breakId',
  'breakPhase',
] as const;
export type CheckInCsvColumn = (typeof CHECKIN_CSV_COLUMNS)[number];

/** Separator inside the regions and tags cells. */
export const LIST_SEPARATOR = ';';

/**
 * One row per check-in, in time order. Mood is the number 1–5 (labels belong to the
 * UI and its language). Absent optional parts are empty cells; an empty list or note
 * is written as an empty cell too, so it comes back absent, as `createCheckIn` would
 * store it. Text cells are guarded against formula injection (csv.ts).
 */
export function checkInsCsv(checkIns: readonly CheckIn[], options: { bom?: boolean } = {}): string {
  const rows: CsvCell[][] = [[...CHECKIN_CSV_COLUMNS]];
  for (const c of sortedByTime(checkIns)) {
    rows.push([
      c.id,
      localIsoTime(c.at, c.tzOffsetMin),
      c.tzOffsetMin,
      c.mood,
      c.pain,
      c.sleep,
      c.regions?.join(LIST_SEPARATOR),
      c.tags?.join(LIST_SEPARATOR),
      c.note,
      c.source,
      c.breakId,
      c.breakPhase,
    ]);
  }
  return writeCsv(rows, options);
}

// ---------------------------------------------------------------------------------
// Daily summary CSV

/** One local day. Absent values are unknown, never zero. */
export interface DailyRow {
  /** `YYYY-MM-DD`, local. */
  date: string;
  /** Mean of the day's check-ins, rounded to 2 decimals; absent when none. */
  meanPain?: number;
  meanMood?: number;
  /** Check-ins logged that day: a real count, so 0 on a day with activity but no check-in. */
  entries: number;
  activeMinutes?: number;
  nudgesTaken?: number;
  snoozed?: number;
  skipped?: number;
  natural?: number;
  walkMinutes?: number;
}

export const DAILY_CSV_COLUMNS = [
  'date',
  'meanPain',
  'meanMood',
  'entries',
  'activeMinutes',
  'nudgesTaken',
  'snoozed',
  'skipped',
  'natural',
  'walkMinutes',
] as const satisfies readonly (keyof DailyRow)[];

// Integer arithmetic first, so 201/200 rounds to 1.01 and not (via 1.00499…) to 1.
const roundedMean = (sum: number, count: number) => Math.round((sum * 100) / count) / 100;

const finite = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);

/**
 * Builds one row per local day that has check-ins or activity, in date order.
 * `activity` is keyed by `YYYY-MM-DD`; keys that are not day keys are ignored, and
 * only the map's own keys are read.
 */
export function buildDailyRows(
  checkIns: readonly CheckIn[],
  activity: Readonly<Record<string, Omit<DayActivity, 'day'>>> = {},
): DailyRow[] {
  const sums = new Map<string, { n: number; painN: number; pain: number; moodN: number; mood: number }>();
  for (const c of checkIns) {
    const key = localDayKey(c.at, c.tzOffsetMin);
    const acc = sums.get(key) ?? { n: 0, painN: 0, pain: 0, moodN: 0, mood: 0 };
    acc.n += 1;
    // A skipped pain or mood is left out of that day's mean (an empty cell when all skipped it).
    if (c.pain !== undefined) {
      acc.painN += 1;
      acc.pain += c.pain;
    }
    if (c.mood !== undefined) {
      acc.moodN += 1;
      acc.mood += c.mood;
    }
    sums.set(key, acc);
  }
  const days = new Set(sums.keys());
  for (const key of Object.keys(activity)) if (DAY_KEY.test(key)) days.add(key);

  return [...days].sort().map((date) => {
    const row: DailyRow = { date, entries: 0 };
    const acc = sums.get(date);
    if (acc) {
      row.entries = acc.n;
      if (acc.painN) row.meanPain = roundedMean(acc.pain, acc.painN);
      if (acc.moodN) row.meanMood = roundedMean(acc.mood, acc.moodN);
    }
    const a = Object.hasOwn(activity, date) ? activity[date] : undefined;
    if (a) {
      const set = (key: keyof DailyRow, value: number | undefined) => {
        const n = finite(value);
        if (n !== undefined) (row as unknown as Record<string, number>)[key] = n;
      };
      set('activeMinutes', a.activeMinutes);
      // A natural break counts as taken (DESIGN.md), as in the insights.
      set('nudgesTaken', breaksTaken(a));
      set('snoozed', a.snoozed);
      set('skipped', a.skipped);
      set('natural', a.natural);
      set('walkMinutes', a.walkMinutes);
    }
    return row;
  });
}

/** The daily summary as CSV: absent values are empty cells, never 0. */
export function dailySummaryCsv(days: readonly DailyRow[], options: { bom?: boolean } = {}): string {
  const rows: CsvCell[][] = [[...DAILY_CSV_COLUMNS]];
  for (const day of days) rows.push(DAILY_CSV_COLUMNS.map((column) => day[column]));
  return writeCsv(rows, options);
}

// ---------------------------------------------------------------------------------
// JSON backup

export const BACKUP_FORMAT = 'limber-backup';
export const BACKUP_SCHEMA_VERSION = 1;

/** What a backup holds. Parts other than check-ins belong to other modules and pass through as they are. */
export interface BackupData {
  checkIns: readonly CheckIn[];
  settings?: unknown;
  outcomes?: readonly unknown[];
  rollups?: readonly unknown[];
  /** The stored activity log (`{ log, foldedUntil }`), as it is. */
  activity?: unknown;
  phq2?: readonly unknown[];
  reflections?: readonly unknown[];
}

export const BACKUP_PARTS = ['settings', 'outcomes', 'rollups', 'activity', 'phq2', 'reflections'] as const;

export interface LimberBackup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: typeof BACKUP_SCHEMA_VERSION;
  /** UTC, e.g. `2026-11-24T13:05:00.000Z`. */
  exportedAt: string;
  checkIns: CheckIn[];
  settings?: unknown;
  outcomes?: unknown[];
  rollups?: unknown[];
  activity?: unknown;
  phq2?: unknown[];
  reflections?: unknown[];
}

/**
 * The full backup as a plain object, ready for `JSON.stringify`. Check-ins are in
 * time order; other parts appear only when given.
 */
export function backupJson(data: BackupData, exportedAt: number): LimberBackup {
  const backup: LimberBackup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    checkIns: sortedByTime(data.checkIns),
  };
  if (data.settings !== undefined) backup.settings = data.settings;
  if (data.outcomes !== undefined) backup.outcomes = [...data.outcomes];
  if (data.rollups !== undefined) backup.rollups = [...data.rollups];
  if (data.activity !== undefined) backup.activity = data.activity;
  if (data.phq2 !== undefined) backup.phq2 = [...data.phq2];
  if (data.reflections !== undefined) backup.reflections = [...data.reflections];
  return backup;
}

// ---------------------------------------------------------------------------------
// FHIR R4 bundle (https://hl7.org/fhir/R4/bundle.html, observation.html)

export type Phq2Answer = 0 | 1 | 2 | 3;

/** One PHQ-2 self-check (Kroenke et al., Med Care 2003). Scored in care.ts. */
export interface Phq2Result {
  id: string;
  at: number;
  tzOffsetMin: number;
  /** Little interest or pleasure in doing things, over the last two weeks. */
  interest: Phq2Answer;
  /** Feeling down, depressed, or hopeless, over the last two weeks. */
  down: Phq2Answer;
}

export const LOINC = 'http://loinc.org';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

export const LOINC_PAIN = '72514-3';
export const LOINC_PHQ2_PANEL = '55757-9';
export const LOINC_PHQ2_INTEREST = '44250-9';
export const LOINC_PHQ2_DOWN = '44255-8';
export const LOINC_PHQ2_TOTAL = '55758-7';

// LOINC answer list LL358-3, shared by the PHQ items: https://loinc.org/LL358-3
const PHQ_ANSWERS = [
  { code: 'LA6568-5', display: 'Not at all' },
  { code: 'LA6569-3', display: 'Several days' },
  { code: 'LA6570-1', display: 'More than half the days' },
  { code: 'LA6571-9', display: 'Nearly every day' },
] as const;

export interface FhirCoding {
  system: string;
  code: string;
  display: string;
}
export interface FhirCodeableConcept {
  coding: FhirCoding[];
  text?: string;
}
export interface FhirObservationComponent {
  code: FhirCodeableConcept;
  valueInteger?: number;
  valueCodeableConcept?: FhirCodeableConcept;
}
export interface FhirObservation {
  resourceType: 'Observation';
  id: string;
  status: 'final';
  category: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  effectiveDateTime: string;
  valueInteger?: number;
  component?: FhirObservationComponent[];
}
export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirObservation }[];
}

const loinc = (code: string, display: string): FhirCodeableConcept => ({
  coding: [{ system: LOINC, code, display }],
  text: display,
});

const SURVEY: FhirCodeableConcept[] = [
  { coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] },
];

/**
 * A FHIR R4 `collection` bundle: one Observation per check-in's pain (LOINC 72514-3,
 * the 0–10 numeric rating) and one PHQ-2 panel (55757-9) per self-check, with its two
 * items as LOINC answers and its total (55758-7) as an integer. Ids are name-based
 * UUIDs (v5) of the record ids, so the same data always gives the same bundle.
 * Mood, notes and tags are not included: they have no standard code, and a clinician
 * export should carry only what was asked for.
 */
export function fhirBundle(checkIns: readonly CheckIn[], phq2Results: readonly Phq2Result[], now: number): FhirBundle {
  const entry: FhirBundle['entry'] = [];
  for (const c of sortedByTime(checkIns)) {
    // A mood-only check-in has no pain observation.
    if (c.pain === undefined) continue;
    const uuid = recordUuid(`checkin/${c.id}/pain`);
    entry.push({
      fullUrl: `urn:uuid:${uuid}`,
      resource: {
        resourceType: 'Observation',
        id: uuid,
        status: 'final',
        category: SURVEY,
        code: loinc(LOINC_PAIN, 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'),
        effectiveDateTime: localIsoTime(c.at, c.tzOffsetMin),
        valueInteger: c.pain,
      },
    });
  }
  const phq2 = [...phq2Results].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const p of phq2) {
    const uuid = recordUuid(`phq2/${p.id}`);
    entry.push({
      fullUrl: `urn:uuid:${uuid}`,
      resource: {
        resourceType: 'Observation',
        id: uuid,
        status: 'final',
        category: SURVEY,
        code: loinc(LOINC_PHQ2_PANEL, 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]'),
        effectiveDateTime: localIsoTime(p.at, p.tzOffsetMin),
        component: [
          {
            code: loinc(LOINC_PHQ2_INTEREST, 'Little interest or pleasure in doing things'),
            valueCodeableConcept: phqAnswer(p.interest),
          },
          {
            code: loinc(LOINC_PHQ2_DOWN, 'Feeling down, depressed, or hopeless'),
            valueCodeableConcept: phqAnswer(p.down),
          },
          {
            code: loinc(LOINC_PHQ2_TOTAL, 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]'),
            valueInteger: p.interest + p.down,
          },
        ],
      },
    });
  }
  const timestamp = new Date(now).toISOString();
  return { resourceType: 'Bundle', type: 'collection', timestamp, entry };
}

function phqAnswer(value: Phq2Answer): FhirCodeableConcept {
  const answer = PHQ_ANSWERS[value];
  return { coding: [{ system: LOINC, ...answer }], text: answer.display };
}

// ---------------------------------------------------------------------------------
// Name-based UUIDs (RFC 9562 §5.5, version 5), so ids need no randomness: the `uuid`
// package's, not a hand-written SHA-1.

/** The RFC 9562 namespace for URLs. */
export const URL_NAMESPACE = v5.URL;

/** A version 5 UUID of `name` in `namespace`. */
export const uuidV5 = (name: string, namespace: string): string => v5(name, namespace);

// Limber's own namespace: the v5 UUID of its URL-style name.
const LIMBER_NAMESPACE = uuidV5('https://limber.invalid/records', URL_NAMESPACE);
const recordUuid = (name: string) => uuidV5(name, LIMBER_NAMESPACE);
