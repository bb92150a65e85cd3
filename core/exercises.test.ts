import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { REGIONS } from './checkins';
import {
  type Activity,
  CATALOG,
  EXTRAS,
  FIGURES,
  findMove,
  INTENSITIES,
  isMove,
  LINE_MAX_CHARS,
  MOVE_MESSAGES,
  MOVE_REGIONS,
  messageKeyOf,
  POSITIONS,
  SHORT_SEC,
} from './exercises';

const messages = await parseMessagesFile(resolve(import.meta.dirname, '../locales/en.yml'));
const english = new Map(
  messages.map((message) => [message.key.join('.'), 'message' in message ? message.message : '']),
);
const activities: Activity[] = [...CATALOG, ...Object.values(EXTRAS)];
const keysOf = (activity: Activity) => [
  activity.name,
  ...activity.steps,
  ...(activity.avoid === undefined ? [] : [activity.avoid]),
];
const usedKeys: string[] = [...activities.flatMap(keysOf), ...Object.values(MOVE_MESSAGES)];

describe('the catalog', () => {
  it('holds at least 24 moves', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(24);
  });

  it('has kebab-case ids, each once', () => {
    const ids = CATALOG.map((move) => move.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(MOVE_REGIONS.flatMap((region) => INTENSITIES.map((intensity) => [region, intensity] as const)))(
    'has at least three %s moves that are %s',
    (region, intensity) => {
      const moves = CATALOG.filter((move) => move.regions.includes(region) && move.intensity === intensity);
      expect(moves.length).toBeGreaterThanOrEqual(3);
    },
  );

  it('covers every region a check-in can report', () => {
    for (const region of REGIONS) expect(MOVE_REGIONS).toContain(region);
  });

  it.each(POSITIONS)('has %s moves', (position) => {
    expect(CATALOG.filter((move) => move.position === position).length).toBeGreaterThanOrEqual(6);
  });

  it.each(CATALOG.map((move) => [move.id, move] as const))('%s is well formed', (_, move) => {
    expect(move.regions.length).toBeGreaterThan(0);
    expect(new Set(move.regions).size).toBe(move.regions.length);
    for (const region of move.regions) expect(MOVE_REGIONS).toContain(region);
    expect(INTENSITIES).toContain(move.intensity);
    expect(POSITIONS).toContain(move.position);
    expect(FIGURES).toContain(move.figure);
    expect(move.steps.length).toBeGreaterThanOrEqual(2);
    expect(move.steps.length).toBeLessThanOrEqual(3);
    expect(Number.isInteger(move.durationSec)).toBe(true);
    // A stretch break lasts 2 minutes (DESIGN.md "Nudges"): a move fits inside it.
    expect(move.durationSec).toBeGreaterThanOrEqual(SHORT_SEC);
    expect(move.durationSec).toBeLessThanOrEqual(120);
    expect(move.name).toBe(`${messageKeyOf(move.id)}.name`);
    expect(move.avoid).toBe(`${messageKeyOf(move.id)}.avoid`);
    expect(isMove(move)).toBe(true);
    expect(findMove(move.id)).toBe(move);
  });

  // The shorter version of a stretch is a gentle move of 20 s or less for the same region.
  it.each(MOVE_REGIONS)('has a short gentle move for the %s', (region) => {
    expect(
      CATALOG.some(
        (move) => move.regions.includes(region) && move.intensity === 'gentle' && move.durationSec <= SHORT_SEC,
      ),
    ).toBe(true);
  });
});

describe('the extras', () => {
  it.each(Object.entries(EXTRAS))('%s is a 20 s activity, not a move', (id, extra) => {
    expect(extra.id).toBe(id);
    expect(extra.durationSec).toBe(SHORT_SEC);
    expect(isMove(extra)).toBe(false);
    expect(findMove(id)).toBeUndefined();
    expect(extra.steps.length).toBeGreaterThanOrEqual(2);
  });
});

describe('messageKeyOf', () => {
  it.each([
    ['chin-tuck', 'moves.chinTuck'],
    ['neck-side-tilt', 'moves.neckSideTilt'],
    ['hip-hinge', 'moves.hipHinge'],
    ['far-look', 'moves.farLook'],
  ] as const)('%s → %s', (id, key) => {
    expect(messageKeyOf(id)).toBe(key);
  });
});

describe('the words in locales/en.yml', () => {
  it('hold every key the catalog uses', () => {
    expect(usedKeys.filter((key) => !english.has(key))).toEqual([]);
  });

  it('hold no move key the catalog does not use', () => {
    const unused = [...english.keys()].filter((key) => key.startsWith('moves.') && !usedKeys.includes(key));
    expect(unused).toEqual([]);
  });

  // Chrome refuses message names outside [A-Za-z0-9_]; @wxt-dev/i18n joins the key path with _.
  it('make message names Chrome accepts', () => {
    const names = Object.keys(generateChromeMessages(messages)).filter((name) => name.startsWith('moves_'));
    expect(names.length).toBe(usedKeys.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
  });

  // Break text must take less time to read than the break (hovancik/stretchly#1672).
  it.each(activities.map((activity) => [activity.id, activity] as const))('%s reads in a glance', (_, activity) => {
    const lines = keysOf(activity).map((key) => english.get(key) ?? '');
    for (const line of lines) {
      expect(line.length).toBeGreaterThan(0);
      expect(line.length).toBeLessThanOrEqual(LINE_MAX_CHARS);
      expect(line).not.toContain('\n');
    }
    // At a slow 3 words a second, the steps take well under half the move.
    const words = activity.steps
      .map((key) => english.get(key) ?? '')
      .join(' ')
      .split(/\s+/).length;
    expect(words / 3).toBeLessThan(activity.durationSec / 2);
  });

  it('have every name once', () => {
    const names = activities.map((activity) => english.get(activity.name));
    expect(new Set(names).size).toBe(names.length);
  });

  // FIELD.md "How to talk about health": no medical claims, calm plain words.
  it('make no medical claims', () => {
    const claims =
      /\b(cure[sd]?|heal(s|ing)?|fix(es)?|treat(s|ment)?|therap\w*|relie(f|ve[sd]?)|prevent\w*|correct\w*|must|always)\b/i;
    const lines = usedKeys.map((key) => english.get(key) ?? '');
    expect(lines.filter((line) => claims.test(line))).toEqual([]);
  });
});
