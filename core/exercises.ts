// The catalog of desk-friendly moves for a stretch break (DESIGN.md "Nudges", issue 4).
// It holds i18n keys, never English: the words live in the `moves:` section of
// locales/en.yml, so core stays free of i18n and every string can be translated.
// Steps are one short line each, because break text must take less time to read
// than the break itself (hovancik/stretchly#1672).

/** Where a move is felt. The check-in regions (core/checkins.ts REGIONS), plus the hips. */
export const MOVE_REGIONS = ['neck', 'upper', 'middle', 'lower', 'hips'] as const;
export const INTENSITIES = ['gentle', 'regular'] as const;
export const POSITIONS = ['seated', 'standing'] as const;

/** The shared stick-figure poses components/MoveFigure.tsx draws, seated or standing. */
export const FIGURES = [
  'neutral',
  'neckTilt',
  'neckTurn',
  'chinTuck',
  'shoulderRoll',
  'armsUp',
  'sideBend',
  'twist',
  'chestOpen',
  'armCross',
  'roundBack',
  'forwardFold',
  'hipHinge',
  'backArch',
  'figureFour',
  'kneeLift',
  'lunge',
  'lookOut',
] as const;

/**
 * The optional "moves to avoid" check (Settings, the welcome page): conditions under
 * which some moves do not suit. Each move names the ones that rule it out
 * (../shared/research/health-audit.md §7): loaded twists and folds after back or neck
 * surgery and with thin bones; deep hip bends after a hip replacement; folds, swings
 * and lying-back moves in pregnancy; head turns, folds and one-leg balance with
 * dizziness or vertigo; edge-of-seat, twist and sit-to-stand moves on a wheeled chair.
 */
export const MOVE_CONDITIONS = [
  'backSurgery',
  'osteoporosis',
  'hipReplacement',
  'pregnancy',
  'dizziness',
  'wheeledChair',
] as const;
export type MoveCondition = (typeof MOVE_CONDITIONS)[number];

export type MoveRegion = (typeof MOVE_REGIONS)[number];
export type Intensity = (typeof INTENSITIES)[number];
export type Position = (typeof POSITIONS)[number];
export type FigureId = (typeof FIGURES)[number];

/** Break text is read on the spot: one line each, at most this long in English. */
export const LINE_MAX_CHARS = 60;
/** The length of a "shorter version", in place of skipping (issue 4). */
export const SHORT_SEC = 20;

interface MoveSpec {
  id: string;
  regions: readonly MoveRegion[];
  intensity: Intensity;
  position: Position;
  durationSec: number;
  steps: 2 | 3;
  figure: FigureId;
  /** Conditions that rule the move out (the "moves to avoid" check). */
  avoidWith: readonly MoveCondition[];
}

// One row per move: id, regions, intensity, position, seconds, figure, the conditions
// that rule it out. Every move has three steps.
const spec = <const Id extends string>(
  id: Id,
  regions: readonly MoveRegion[],
  intensity: Intensity,
  position: Position,
  durationSec: number,
  figure: FigureId,
  avoidWith: readonly MoveCondition[],
) => ({ id, regions, intensity, position, durationSec, figure, avoidWith, steps: 3 as const }) satisfies MoveSpec;

const S = 'backSurgery';
const O = 'osteoporosis';
const H = 'hipReplacement';
const P = 'pregnancy';
const D = 'dizziness';
const W = 'wheeledChair';

const MOVE_SPECS = [
  // Neck
  spec('neck-side-tilt', ['neck'], 'gentle', 'seated', 30, 'neckTilt', [S]),
  spec('neck-look-around', ['neck'], 'gentle', 'seated', 20, 'neckTurn', [S, D]),
  spec('chin-tuck', ['neck', 'upper'], 'gentle', 'seated', 20, 'chinTuck', [S]),
  spec('shoulder-rolls', ['neck', 'upper'], 'gentle', 'seated', 20, 'shoulderRoll', []),
  spec('neck-diagonal', ['neck', 'upper'], 'regular', 'seated', 40, 'neckTilt', [S, D]),
  spec('shoulder-shrugs', ['neck', 'upper'], 'regular', 'standing', 30, 'shoulderRoll', []),
  spec('standing-neck-stretch', ['neck'], 'regular', 'standing', 40, 'neckTilt', [S, D]),
  // Upper back and shoulders
  spec('chest-opener', ['upper'], 'gentle', 'seated', 30, 'chestOpen', [W]),
  spec('shoulder-blade-squeeze', ['upper', 'middle'], 'gentle', 'seated', 20, 'chestOpen', []),
  spec('overhead-reach', ['upper', 'middle'], 'gentle', 'standing', 30, 'armsUp', []),
  spec('upper-back-hug', ['upper', 'middle'], 'gentle', 'seated', 30, 'roundBack', []),
  spec('doorway-stretch', ['upper'], 'regular', 'standing', 45, 'chestOpen', []),
  spec('wall-slides', ['upper', 'middle'], 'regular', 'standing', 45, 'armsUp', []),
  spec('arm-cross', ['upper'], 'regular', 'standing', 40, 'armCross', []),
  // Middle back
  spec('seated-twist', ['middle', 'lower'], 'gentle', 'seated', 30, 'twist', [S, O, W]),
  spec('seated-side-bend', ['middle'], 'gentle', 'seated', 30, 'sideBend', [S]),
  spec('seated-cat-cow', ['middle', 'lower'], 'gentle', 'seated', 40, 'roundBack', [S, W]),
  spec('standing-side-bend', ['middle', 'lower'], 'regular', 'standing', 40, 'sideBend', [S]),
  spec('trunk-swings', ['middle', 'lower'], 'regular', 'standing', 30, 'twist', [S, O, P, D]),
  spec('reach-and-round', ['upper', 'middle'], 'regular', 'standing', 40, 'roundBack', [S, O]),
  // Lower back
  spec('seated-forward-fold', ['lower'], 'regular', 'seated', 30, 'forwardFold', [S, O, P, D]),
  spec('pelvic-tilt', ['lower', 'hips'], 'gentle', 'seated', 20, 'roundBack', []),
  spec('standing-back-bend', ['lower'], 'regular', 'standing', 30, 'backArch', [S, D]),
  spec('hip-hinge', ['lower', 'hips'], 'regular', 'standing', 40, 'hipHinge', [S]),
  // Hips
  spec('knee-hug', ['lower', 'hips'], 'gentle', 'seated', 30, 'kneeLift', [S, H, P]),
  spec('figure-four', ['hips', 'lower'], 'regular', 'seated', 40, 'figureFour', [H]),
  spec('seated-march', ['hips'], 'gentle', 'seated', 20, 'kneeLift', []),
  spec('knee-lifts', ['hips', 'lower'], 'regular', 'standing', 40, 'kneeLift', [H, D]),
  spec('sit-to-stand', ['hips', 'lower'], 'regular', 'standing', 45, 'hipHinge', [W, D]),
  spec('hip-flexor-stretch', ['hips'], 'regular', 'standing', 45, 'lunge', [H, D]),
  spec('leg-swings', ['hips'], 'regular', 'standing', 30, 'lunge', [H, D]),
];

// Short activities that are not stretches: the "shorter version" of a walk or a posture check.
const EXTRA_SPECS = [
  { id: 'window-look', position: 'standing', durationSec: SHORT_SEC, steps: 2, figure: 'lookOut' },
  { id: 'far-look', position: 'seated', durationSec: SHORT_SEC, steps: 2, figure: 'lookOut' },
] as const satisfies readonly Omit<MoveSpec, 'regions' | 'intensity' | 'avoidWith'>[];

export type MoveId = (typeof MOVE_SPECS)[number]['id'];
export type ExtraId = (typeof EXTRA_SPECS)[number]['id'];
export type ActivityId = MoveId | ExtraId;

// Ids are kebab-case; their message keys are camelCase, because Chrome accepts only
// [A-Za-z0-9_] in message names and @wxt-dev/i18n turns `moves.x.name` into `moves_x_name`.
/** kebab-case → camelCase, in the type system and at run time. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
export type MessageKeyOf<Id extends ActivityId> = `moves.${Camel<Id>}`;

export function messageKeyOf<Id extends ActivityId>(id: Id): MessageKeyOf<Id> {
  return `moves.${id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}` as MessageKeyOf<Id>;
}

type Base = MessageKeyOf<ActivityId>;
export type NameKey = `${Base}.name`;
export type StepKey = `${Base}.step${1 | 2 | 3}`;
export type AvoidKey = `${Base}.avoid`;

/** Anything the break page can show as "do this now": a move, or a short look away. */
export interface Activity {
  id: ActivityId;
  name: NameKey;
  steps: readonly StepKey[];
  avoid?: AvoidKey;
  position: Position;
  durationSec: number;
  figure: FigureId;
}

export interface Move extends Activity {
  id: MoveId;
  regions: readonly MoveRegion[];
  intensity: Intensity;
  avoid: AvoidKey;
  /** Conditions that rule the move out (the "moves to avoid" check). */
  avoidWith: readonly MoveCondition[];
}

function keysFor(id: ActivityId, steps: 2 | 3) {
  const base = messageKeyOf(id);
  const stepKeys = [`${base}.step1`, `${base}.step2`, `${base}.step3`].slice(0, steps) as StepKey[];
  return { name: `${base}.name` as NameKey, steps: stepKeys, avoid: `${base}.avoid` as AvoidKey };
}

export const CATALOG: readonly Move[] = MOVE_SPECS.map(({ steps, ...spec }) => ({
  ...spec,
  ...keysFor(spec.id, steps),
}));

function toExtra({ steps, ...spec }: (typeof EXTRA_SPECS)[number]): Activity {
  const { name, steps: stepKeys } = keysFor(spec.id, steps);
  return { ...spec, name, steps: stepKeys };
}

export const EXTRAS: Readonly<Record<ExtraId, Activity>> = {
  'window-look': toExtra(EXTRA_SPECS[0]),
  'far-look': toExtra(EXTRA_SPECS[1]),
};

/** Message keys the break page may show around a move (also in locales/en.yml `moves:`). */
export const MOVE_MESSAGES = {
  allHidden: 'moves.allHidden',
  suggestWalk: 'moves.suggest.walk',
  suggestDaylight: 'moves.suggest.daylight',
  suggestBreathe: 'moves.suggest.breathe',
} as const;

export function isMove(activity: Activity): activity is Move {
  return 'intensity' in activity;
}

export function findMove(id: string, catalog: readonly Move[] = CATALOG): Move | undefined {
  return catalog.find((move) => move.id === id);
}
