// The check-in rules of core/checkins.ts makeCheckInSchema, written out by hand for
// bulk input: an import of ten years validates 36,500 check-ins, and valibot's
// general machinery (an issue object per problem, a dataset per field) makes that
// several times slower than plain checks. Same contract as `validateCheckIn`: the
// same value on success, the same problems in the same order on failure.
// checkin-rules.test.ts holds the two equal on tables and on fuzzed input, so a rule
// changed in one place and not the other fails a test. (In Node: ~15 ms for ten
// years against valibot's ~70 ms.)
import {
  AT_MAX,
  AT_MIN,
  CHECKIN_FIELDS,
  CHECKIN_ID,
  type CheckIn,
  type CheckInField,
  type CheckInProblem,
  NOTE_MAX_CHARS,
  PAIN_MAX,
  PAIN_MIN,
  REGIONS,
  type Region,
  type Result,
  SLEEP_MAX,
  SLEEP_MIN,
  SOURCES,
  TAGS,
  type Tag,
} from './checkins';

const isWholeNumber = (x: unknown, min: number, max: number) =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/** A list of options, each at most once. Holes in a sparse array count as bad items. */
function isUniqueList(x: unknown, options: ReadonlySet<unknown>): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!options.has(x[i])) return false;
  return new Set(x).size === x.length;
}

const REGION_SET: ReadonlySet<unknown> = new Set(REGIONS);
const TAG_SET: ReadonlySet<unknown> = new Set(TAGS);
const SOURCE_SET: ReadonlySet<unknown> = new Set(SOURCES);
const KNOWN_FIELDS: ReadonlySet<string> = new Set(CHECKIN_FIELDS);

/**
 * `validateCheckIn`, faster. As valibot's strictObject does, a field counts as
 * present when `field in input` (inherited ones too), the value is a new object with
 * the fields in CHECKIN_FIELDS order (lists copied, an optional part given as
 * undefined kept as undefined), and only the first unknown key is named.
 */
export function validateCheckInFast(input: unknown): Result<CheckIn, CheckInProblem> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ kind: 'notAnObject' }] };
  }
  // A required field that is absent reads as undefined, which no rule accepts; an
  // optional one is fine absent or undefined.
  const { id, at, tzOffsetMin, mood, pain, regions, tags, sleep, note, source } = input as Record<string, unknown>;
  const problems: CheckInProblem[] = [];
  const bad = (field: CheckInField) => problems.push({ kind: 'invalidField', field });
  if (typeof id !== 'string' || !CHECKIN_ID.test(id)) bad('id');
  if (!isWholeNumber(at, AT_MIN, AT_MAX)) bad('at');
  // Real zones run from UTC−12 to UTC+14.
  if (!isWholeNumber(tzOffsetMin, -720, 840)) bad('tzOffsetMin');
  if (!isWholeNumber(mood, 1, 5)) bad('mood');
  if (!isWholeNumber(pain, PAIN_MIN, PAIN_MAX)) bad('pain');
  if (regions !== undefined && !isUniqueList(regions, REGION_SET)) bad('regions');
  if (tags !== undefined && !isUniqueList(tags, TAG_SET)) bad('tags');
  if (sleep !== undefined && !isWholeNumber(sleep, SLEEP_MIN, SLEEP_MAX)) bad('sleep');
  if (note !== undefined && (typeof note !== 'string' || note.length > NOTE_MAX_CHARS)) bad('note');
  if (!SOURCE_SET.has(source)) bad('source');
  for (const key in input) {
    if (!KNOWN_FIELDS.has(key)) {
      problems.push({ kind: 'unknownField', field: key });
      break;
    }
  }
  if (problems.length) return { ok: false, problems };

  const value = { id, at, tzOffsetMin, mood, pain } as CheckIn;
  if ('regions' in input) value.regions = regions === undefined ? undefined : [...(regions as Region[])];
  if ('tags' in input) value.tags = tags === undefined ? undefined : [...(tags as Tag[])];
  if ('sleep' in input) value.sleep = sleep as number | undefined;
  if ('note' in input) value.note = note as string | undefined;
  value.source = source as CheckIn['source'];
  return { ok: true, value };
}
