// Care: when to suggest talking to a clinician, the PHQ-2 self-check, and the weekly
// reflection. DESIGN.md "Care"; FIELD.md "How to talk about health".
//
// Nothing here diagnoses or gates help: the results are data the pages word calmly,
// and the "Need help now?" link is shown whatever any of them says.
import * as v from 'valibot';
import { AT_MAX, AT_MIN, CHECKIN_ID, type Result } from './checkins';
import { once } from './once';
import { DAY_MS, isDayKey } from './time';
import { type FieldProblem, validateWithValibot, wholeNumber } from './validation';

// The stored PHQ-2 record and its 0–3 answer.
export type Phq2Answer = 0 | 1 | 2 | 3;

/** One PHQ-2 self-check (Kroenke et al., Med Care 2003). Scored below (scorePhq2); written out by core/export-fhir.ts. */
export interface Phq2Result {
  id: string;
  at: number;
  tzOffsetMin: number;
  /** Little interest or pleasure in doing things, over the last two weeks. */
  interest: Phq2Answer;
  /** Feeling down, depressed, or hopeless, over the last two weeks. */
  down: Phq2Answer;
}

// ---------------------------------------------------------------------------------
// The care rule (core/care-signal.ts careSignal)
// ---------------------------------------------------------------------------------
//
// Three calm cards, each with its own words and each offering the report (issue 13
// item 5; ../shared/research/health-audit.md §6):
// - both: pain >= 4 on most logged days of the last three weeks and low mood on most
//   logged days of the last two (the one card there was before);
// - mood: low mood on most logged days of the last two weeks, with the PHQ-2 offer;
// - pain: pain >= 4 on most logged days of the last six weeks ("worth a GP or
//   physiotherapist": NHS, if back pain has not eased after a few weeks).
// Made precise:
// - A day is a local calendar day (each check-in's own zone, as `dayOf`). Its pain is
//   the mean of its check-ins (compared on sums: a mean of exactly 4 counts); its
//   mood is the lowest of them, so a low moment is not averaged away (1 and 4 make a
//   low day, not 2.5). Low mood is 2 or less on the five faces.
// - Windows end today (the local day of `now` in `tzOffsetMin`); check-ins dated
//   after today are ignored. "Most" is more than half of the logged days: a tie is not.
// - Sparse diaries claim nothing. A window counts only with at least two logged days
//   for each of its weeks (4 of 14, 6 of 21, 12 of 42), at least one in every week,
//   and a diary reaching back to the window's first day (a check-in on it or in the
//   four weeks before, CARE_REACH_BACK_DAYS: the earliest day the rule reads, so every
//   page feeds it the same days, `careInput`). The card says on how many logged days
//   it rests. Two a week lets a diary kept on Mondays and Thursdays be seen: people
//   with low mood often log less, and silence is not reassurance.
// A false alarm costs a calm card. Help is never gated on any of this: "Need help
// now?" is in every page's footer whatever the rule says.

export * from './care-signal';

// PHQ-2: Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2:
// validity of a two-item depression screener. Med Care 2003;41(11):1284–92. A total
// ≥ 3 had sensitivity 83 % and specificity 92 % for major depression.
//
// The wording below is the instrument's own and must be shown verbatim: it is kept
// in code, not in locales/, so nobody "improves" it. Other languages should use the
// official translations (phqscreeners.com), never a translation of our own.
export const PHQ2_STEM = 'Over the last 2 weeks, how often have you been bothered by the following problems?';

export const PHQ2_ITEMS = [
  { id: 'interest', text: 'Little interest or pleasure in doing things' },
  { id: 'down', text: 'Feeling down, depressed, or hopeless' },
] as const;

export const PHQ2_OPTIONS = [
  { value: 0, text: 'Not at all' },
  { value: 1, text: 'Several days' },
  { value: 2, text: 'More than half the days' },
  { value: 3, text: 'Nearly every day' },
] as const;

/** Shown wherever the items are (the PHQ's own footer). */
export const PHQ2_ATTRIBUTION =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, ' +
  'with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

export const PHQ2_CITATION =
  'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41(11):1284–92.';

/** A total at or above this suggests talking to a clinician (Kroenke et al. 2003). */
export const PHQ2_CLINICIAN_AT = 3;
/** Two-week recall: never offered more often than this. */
export const PHQ2_MIN_INTERVAL_DAYS = 14;

export type Phq2ItemId = (typeof PHQ2_ITEMS)[number]['id'];
/** The two answers as a form collects them. */
export type Phq2Responses = Record<Phq2ItemId, Phq2Answer>;

export type Phq2Field = keyof ReturnType<typeof makePhq2ResultSchema>['entries'];

// Built on first use, not when the worker loads (core/once.ts).
const phq2Score = () => v.union([v.literal(0), v.literal(1), v.literal(2), v.literal(3)]);

const phq2ResponsesSchema = once(() => v.strictObject({ interest: phq2Score(), down: phq2Score() }));

const makePhq2ResultSchema = () =>
  v.strictObject({
    id: v.pipe(v.string(), v.regex(CHECKIN_ID)),
    at: wholeNumber(AT_MIN, AT_MAX),
    tzOffsetMin: wholeNumber(-720, 840),
    interest: phq2Score(),
    down: phq2Score(),
  });
const phq2ResultSchema = once(makePhq2ResultSchema);

// What is wrong with a value, as data (the same shape as check-in problems).
export type { FieldProblem };

/** The two answers as given in a form: each a whole number 0–3, nothing else. */
export function validatePhq2Responses(input: unknown): Result<Phq2Responses, FieldProblem<Phq2ItemId>> {
  return validateWithValibot(phq2ResponsesSchema(), input);
}

/** A stored PHQ-2 record (an import, a backup read back). */
export function validatePhq2Result(input: unknown): Result<Phq2Result, FieldProblem<Phq2Field>> {
  return validateWithValibot(phq2ResultSchema(), input);
}

export interface Phq2Score {
  /** 0–6. */
  total: number;
  /** Total ≥ 3: the page suggests talking it over with a clinician (never a diagnosis). */
  suggestClinician: boolean;
}

const isPhq2Answer = (x: unknown): x is Phq2Answer => x === 0 || x === 1 || x === 2 || x === 3;

/**
 * Scores two answers. Anything but a whole number 0–3 is a programming error here
 * (forms go through `validatePhq2Responses` first), so it throws.
 */
export function scorePhq2({ interest, down }: Phq2Responses): Phq2Score {
  if (!isPhq2Answer(interest) || !isPhq2Answer(down)) {
    throw new RangeError(`PHQ-2 answers must be whole numbers 0–3, got ${String(interest)} and ${String(down)}`);
  }
  const total = interest + down;
  return { total, suggestClinician: total >= PHQ2_CLINICIAN_AT };
}

/**
 * Whether the self-check may be offered at `now`: at most once every 14 × 24 h after
 * the latest one in `history` (whatever its order). A record dated after `now` (a
 * clock that moved back) still counts as the latest, so the check is never offered
 * more often. `nextAt` is null when it was never taken.
 */
export function phq2Due(
  history: readonly Pick<Phq2Result, 'at'>[],
  now: number,
): { due: boolean; nextAt: number | null } {
  if (history.length === 0) return { due: true, nextAt: null };
  let latest = Number.NEGATIVE_INFINITY;
  for (const answer of history) if (answer.at > latest) latest = answer.at;
  const nextAt = latest + PHQ2_MIN_INTERVAL_DAYS * DAY_MS;
  return { due: now >= nextAt, nextAt };
}

// ---------------------------------------------------------------------------------
// Weekly reflection
// ---------------------------------------------------------------------------------
//
// Two 0–10 ratings once a week: how much pain got in the way of enjoying life, and
// of general activity (0 not at all, 10 completely). The idea follows the
// interference items of the PEG (Krebs et al., J Gen Intern Med 2009), but the words
// are our own and live in locales/, not here.

export const REFLECTION_MIN = 0;
export const REFLECTION_MAX = 10;

export interface WeeklyReflection {
  /** Local day key of the week's first day (the page decides which weekday starts a week). */
  weekStart: string;
  /** Pain's interference with enjoyment of life, 0–10. */
  enjoyment: number;
  /** Pain's interference with general activity, 0–10. */
  activity: number;
}

export type ReflectionField = keyof ReturnType<typeof makeWeeklyReflectionSchema>['entries'];

const makeWeeklyReflectionSchema = () =>
  v.strictObject({
    weekStart: v.pipe(v.string(), v.check(isDayKey)),
    enjoyment: wholeNumber(REFLECTION_MIN, REFLECTION_MAX),
    activity: wholeNumber(REFLECTION_MIN, REFLECTION_MAX),
  });
const weeklyReflectionSchema = once(makeWeeklyReflectionSchema);

export function validateWeeklyReflection(input: unknown): Result<WeeklyReflection, FieldProblem<ReflectionField>> {
  return validateWithValibot(weeklyReflectionSchema(), input);
}

/**
 * One value per week, oldest first, ready for a chart. If a week appears twice, the
 * later one in the input wins (it is the user's correction).
 */
export function reflectionTrend(reflections: readonly WeeklyReflection[]): WeeklyReflection[] {
  const byWeek = new Map<string, WeeklyReflection>();
  for (const r of reflections) byWeek.set(r.weekStart, r);
  return [...byWeek.values()]
    .sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0))
    .map(({ weekStart, enjoyment, activity }) => ({ weekStart, enjoyment, activity }));
}
