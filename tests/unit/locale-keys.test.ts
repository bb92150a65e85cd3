// Every message in locales/en.yml is used, and every message the code asks for exists.
//
// A key counts as used when the source names it whole in a string ('checkin.save'),
// as `__MSG_x_y__` in the manifest, or when the code builds it from a template listed
// in DYNAMIC below, with the values it can take. A template the code builds that is
// not listed here fails the test: list it, with where its values come from.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { WALK_IDEAS } from '@/core/break-plan';
import { CARE_KINDS } from '@/core/care-signal';
import { CATALOG, EXTRAS, MOVE_CONDITIONS, MOVE_MESSAGES } from '@/core/exercises';
import { RANGES } from '@/core/history';
import { KEPT_KINDS } from '@/core/quarantine';
import { RECORD_PARTS } from '@/core/restore';
import { BUILT_IN_NUDGES, LIMITS } from '@/core/settings-defaults';
import { EMERGENCY_SIGNS, SOON_SIGNS } from '@/entrypoints/help/Help';

const root = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['core', 'utils', 'entrypoints', 'components', 'scripts'];

function sourceFiles(): string[] {
  const out: string[] = [join(root, 'wxt.config.ts')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(tsx?|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(root, dir));
  return out;
}

/** The source with whole-line comments left out (a comment may name a key as an example). */
const code = (text: string) =>
  text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join('\n');

interface Dynamic {
  /** The template as written in the source, each `${…}` as `*`. */
  template: string;
  /** The values each `*` takes, in order. */
  values: readonly (readonly (string | number)[])[];
  why: string;
}

const NUDGES = [...BUILT_IN_NUDGES];
// The factors with their own words; tags and regions share insights.factor.tag / .region.
const DAY_FACTORS = ['walk', 'nudges', 'screenTime', 'shortSleep'];

const DYNAMIC: Dynamic[] = [
  { template: 'nudge.title.*', values: [NUDGES], why: 'utils/nudges.ts: a built-in nudge’s own words' },
  { template: 'nudge.message.*', values: [NUDGES], why: 'utils/nudges.ts: a built-in nudge’s own words' },
  { template: 'options.nudges.name.*', values: [NUDGES], why: 'options page: one fieldset per built-in nudge' },
  { template: 'options.nudges.hint.*', values: [NUDGES], why: 'options page: one fieldset per built-in nudge' },
  { template: 'status.nudgeName.*', values: [NUDGES], why: 'popup status: the name of a built-in nudge' },
  {
    template: 'break.heading.*',
    values: [[...NUDGES, 'breathe', 'custom']],
    why: 'break page: the activity’s kind (short has its own literal)',
  },
  {
    template: 'break.posture.*',
    values: [['sitBack', 'feetFlat', 'shouldersDown', 'screen', 'farAway']],
    why: 'break page: POSTURE_CHECKS',
  },
  { template: 'break.walk.ideas.*', values: [WALK_IDEAS], why: 'core/break-plan.ts WALK_IDEAS' },
  { template: 'break.breathe.*', values: [['in', 'out']], why: 'core/break-plan.ts breathPhase()' },
  { template: 'charts.calendar.level*', values: [[1, 2, 3, 4, 5]], why: 'CalendarChart: the heat map’s PAIN_LEVELS' },
  {
    template: 'charts.nudges.*',
    values: [['taken', 'natural', 'snoozed', 'skipped']],
    why: 'ActivityCharts: one series per outcome shown',
  },
  {
    template: 'checkin.details.region.*',
    values: [['neck', 'upper', 'middle', 'lower']],
    why: 'core/checkins.ts REGIONS (details form, report)',
  },
  {
    template: 'checkin.details.tag.*',
    values: [['sleptBadly', 'stressed', 'walked', 'stretched', 'satLong']],
    why: 'core/checkins.ts TAGS',
  },
  { template: 'checkin.mood.*', values: [[1, 2, 3, 4, 5]], why: 'a mood, 1–5 (faces, popup list)' },
  {
    template: 'data.export.*',
    values: [['checkIns', 'daily', 'backup', 'fhir']],
    why: 'options DataSection: one button per export kind (each hint is a literal)',
  },
  { template: 'data.import.part.*', values: [RECORD_PARTS], why: 'options DataSection: counts per restored part' },
  { template: 'notice.what.*', values: [KEPT_KINDS], why: 'components/KeptAsideNotice.tsx: what was kept aside' },
  {
    template: 'data.import.problem.record.*',
    values: [RECORD_PARTS],
    why: 'utils/describe-restore-problem.ts: the part a bad record is in',
  },
  {
    template: 'data.import.problem.field.*',
    values: [
      [
        'id',
        'time',
        'at',
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
        'other',
        'daylio.full_date',
        'daylio.time',
        'daylio.mood',
        'daylio.activities',
        'daylio.note',
      ],
    ],
    why: 'utils/describe-import-problem.ts: the field a bad row names',
  },
  {
    template: 'data.import.problem.reason.*',
    values: [['future', 'offset', 'surrogate', 'tooLong']],
    why: 'utils/describe-import-problem.ts: why a valid value cannot be true (core/import-read.ts FieldReason)',
  },
  {
    template: 'errors.field.*',
    values: [
      [
        'id',
        'at',
        'tzOffsetMin',
        'mood',
        'pain',
        'regions',
        'tags',
        'sleep',
        'note',
        'source',
        'breakId',
        'breakPhase',
      ],
    ],
    why: 'utils/describe-failure.ts: the check-in field the background refused',
  },
  {
    template: 'options.problem.*',
    values: [Object.keys(LIMITS).filter((name) => name !== 'reflectionWeekday')],
    why: 'utils/describe-settings-problem.ts: a number out of its LIMITS (the weekday is a picklist, "invalid")',
  },
  {
    template: 'options.hours.day.*',
    values: [['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']],
    why: 'options page: DAY_KEYS',
  },
  {
    template: 'options.notify.*',
    values: [['notification', 'window', 'both']],
    why: 'options page: a NotificationStyle',
  },
  { template: 'history.range.r*', values: [RANGES], why: 'core/history.ts RANGES' },
  {
    template: 'insights.factor.*.title',
    values: [[...DAY_FACTORS, 'breaks']],
    why: 'core/insights.ts DAY_FACTORS and the before/after-break comparison',
  },
  { template: 'insights.factor.*.pain', values: [DAY_FACTORS], why: 'core/insights.ts DAY_FACTORS' },
  { template: 'insights.factor.*.soFar', values: [DAY_FACTORS], why: 'core/insights.ts DAY_FACTORS' },
  {
    template: 'help.signs.*',
    values: [[...EMERGENCY_SIGNS, ...SOON_SIGNS]],
    why: 'help page: EMERGENCY_SIGNS and SOON_SIGNS, the two tiers',
  },
  { template: 'movesToAvoid.condition.*', values: [[...MOVE_CONDITIONS]], why: 'MovesToAvoid: one box per condition' },
  { template: 'care.card.*.heading', values: [[...CARE_KINDS]], why: 'CareCard: one card per kind' },
  { template: 'care.card.*.suggest', values: [[...CARE_KINDS]], why: 'CareCard: one card per kind' },
  {
    template: 'help.lines.note.*',
    values: [['nhs111', 'nhs111MentalHealth', 'nlFree']],
    why: 'core/helplines.ts: a line’s note',
  },
  { template: 'help.lines.how.*', values: [['call', 'text', 'callOrText']], why: 'help page: HOW' },
  { template: 'help.lines.purpose.*', values: [['crisis', 'medical']], why: 'core/helplines.ts: a line’s purpose' },
];

/** Keys the catalog builds (core/exercises.ts keysFor), listed from the catalog itself. */
const MOVE_KEYS = [...CATALOG, ...Object.values(EXTRAS)].flatMap((a) => [
  a.name,
  ...a.steps,
  ...(a.avoid ? [a.avoid] : []),
]);
/** Templates that build the move keys; their values are MOVE_KEYS. */
const MOVE_TEMPLATES = ['moves.*'];

function expand({ template, values }: Dynamic): string[] {
  let out = [template];
  for (const options of values) {
    out = out.flatMap((partial) => options.map((value) => partial.replace('*', String(value))));
  }
  return out;
}

const messages = await parseMessagesFile(join(root, 'locales/en.yml'));
// Chrome's predefined messages (@@ui_locale, @@bidi_dir…) are the browser's, not ours.
const catalogKeys = messages.map((m) => m.key.join('.')).filter((k) => !k.startsWith('@@'));
const sections = [...new Set(catalogKeys.map((k) => k.split('.')[0] as string))];
const sources = sourceFiles().map((path) => ({ path: relative(root, path), text: code(readFileSync(path, 'utf8')) }));
const all = sources.map((s) => s.text).join('\n');

const sectionPattern = sections.map((s) => s.replace(/[^A-Za-z0-9_]/g, '')).join('|');
/** Whole keys written as strings. */
const literals = new Set(
  [...all.matchAll(new RegExp(`['"\`]((?:${sectionPattern})(?:\\.[A-Za-z0-9_]+)+)['"\`]`, 'g'))].map(
    (m) => m[1] as string,
  ),
);
/** Templates that build a key: a backtick string starting with a section and holding `${`. */
const templates = sources.flatMap(({ path, text }) =>
  [...text.matchAll(new RegExp(`\`((?:${sectionPattern})\\.[^\`]*?\\$\\{[^\`]*)\``, 'g'))].map((m) => ({
    path,
    template: (m[1] as string).replace(/\$\{(?:[^{}]|\{[^}]*\})*\}/g, '*'),
  })),
);
const dynamicKeys = new Set([...DYNAMIC.flatMap(expand), ...MOVE_KEYS]);
const manifestNames = new Set([...all.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1] as string));

describe('locale keys', () => {
  it('reads the catalog and the source', () => {
    expect(catalogKeys.length).toBeGreaterThan(500);
    expect(literals.size).toBeGreaterThan(300);
    expect(templates.length).toBeGreaterThan(20);
  });

  it('lists every key the code builds from a template', () => {
    const listed = new Set([...DYNAMIC.map((d) => d.template), ...MOVE_TEMPLATES]);
    expect(templates.filter((t) => !listed.has(t.template))).toEqual([]);
  });

  it.each(DYNAMIC)('$template ($why) is still built by the code', ({ template }) => {
    expect(templates.map((t) => t.template)).toContain(template);
  });

  it('has a message for every key the code builds', () => {
    const known = new Set(catalogKeys);
    expect([...dynamicKeys].filter((k) => !known.has(k))).toEqual([]);
  });

  it('has a message for every key the code names', () => {
    const known = new Set(catalogKeys);
    expect([...literals].filter((k) => !known.has(k))).toEqual([]);
    const names = new Set(catalogKeys.map((k) => k.replaceAll('.', '_')));
    expect([...manifestNames].filter((n) => !names.has(n))).toEqual([]);
  });

  it('uses every message in locales/en.yml', () => {
    const unused = catalogKeys.filter(
      (k) => !literals.has(k) && !dynamicKeys.has(k) && !manifestNames.has(k.replaceAll('.', '_')),
    );
    expect(unused).toEqual([]);
  });

  it('keeps the break page’s own move messages in the catalog', () => {
    expect(Object.values(MOVE_MESSAGES).every((k) => catalogKeys.includes(k))).toBe(true);
  });
});
