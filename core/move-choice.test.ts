import { describe, expect, it } from 'vitest';
import { CATALOG, findMove, MOVE_CONDITIONS, type Move, type MoveCondition, type MoveId } from './exercises';
import { chooseMove, eligibleMoves, type LatestCheckIn, suggestion } from './move-choice';

const move = (id: MoveId): Move => {
  const found = findMove(id);
  if (!found) throw new Error(`no move ${id}`);
  return found;
};
const ids = (moves: readonly Move[]) => moves.map((m) => m.id);
const first = () => 0;
const last = () => 0.999_999;

// A small catalog whose every pool can be worked out by hand.
const tilt = move('neck-side-tilt'); // neck, gentle
const diagonal = move('neck-diagonal'); // neck + upper, regular
const fold = move('pelvic-tilt'); // lower + hips, gentle
const bend = move('standing-back-bend'); // lower, regular
const small = [tilt, diagonal, fold, bend];

describe('chooseMove', () => {
  it.each<
    [string, { latestCheckIn?: LatestCheckIn; lastMoveId?: string; hiddenMoveIds?: string[] }, number, string | null]
  >([
    ['no check-in: any move', {}, 0, 'neck-side-tilt'],
    ['no check-in, last pick', {}, 0.99, 'standing-back-bend'],
    ['low pain: regular moves too', { latestCheckIn: { pain: 5, mood: 3 } }, 0.3, 'neck-diagonal'],
    ['pain 6: gentle only', { latestCheckIn: { pain: 6, mood: 3 } }, 0.99, 'pelvic-tilt'],
    ['pain 10: gentle only', { latestCheckIn: { pain: 10, mood: 3 } }, 0, 'neck-side-tilt'],
    ['a reported region first', { latestCheckIn: { pain: 3, mood: 3, regions: ['lower'] } }, 0, 'pelvic-tilt'],
    ['a region and bad pain', { latestCheckIn: { pain: 7, mood: 3, regions: ['lower'] } }, 0.99, 'pelvic-tilt'],
    ['any reported region', { latestCheckIn: { pain: 3, mood: 3, regions: ['upper', 'hips'] } }, 0.5, 'pelvic-tilt'],
    ['a region no move covers', { latestCheckIn: { pain: 3, mood: 3, regions: ['middle'] } }, 0, 'neck-side-tilt'],
    ['not the last move', { lastMoveId: 'neck-side-tilt' }, 0, 'neck-diagonal'],
    [
      'not the last move, even for the region',
      { latestCheckIn: { pain: 8, mood: 3, regions: ['lower'] }, lastMoveId: 'pelvic-tilt' },
      0,
      'neck-side-tilt',
    ],
    ['never a hidden move', { hiddenMoveIds: ['neck-side-tilt', 'neck-diagonal'] }, 0, 'pelvic-tilt'],
    [
      'the only move left, even if it was the last',
      { hiddenMoveIds: ['neck-diagonal', 'pelvic-tilt', 'standing-back-bend'], lastMoveId: 'neck-side-tilt' },
      0.5,
      'neck-side-tilt',
    ],
    ['everything hidden', { hiddenMoveIds: ids(small) }, 0, null],
    [
      'bad pain with every gentle move hidden',
      { latestCheckIn: { pain: 6, mood: 3 }, hiddenMoveIds: ['neck-side-tilt', 'pelvic-tilt'] },
      0,
      null,
    ],
    ['unknown hidden ids are harmless', { hiddenMoveIds: ['gone-since-v1'] }, 0, 'neck-side-tilt'],
  ])('%s', (_, input, r, expected) => {
    const chosen = chooseMove({ catalog: small, hiddenMoveIds: [], ...input, random: () => r, kind: 'stretch' });
    expect(chosen?.id ?? null).toBe(expected);
  });

  it('uses the whole catalog by default', () => {
    expect(chooseMove({ hiddenMoveIds: [], random: first, kind: 'stretch' })).toBe(CATALOG[0]);
    expect(chooseMove({ hiddenMoveIds: [], random: last, kind: 'stretch' })).toBe(CATALOG.at(-1));
  });

  it('stays in range when random() misbehaves', () => {
    for (const r of [1, 1.5, -0.2]) {
      expect(chooseMove({ catalog: small, hiddenMoveIds: [], random: () => r, kind: 'stretch' })).not.toBeNull();
    }
  });

  it('offers only gentle moves for the neck on a bad neck day', () => {
    const latestCheckIn = { pain: 8, mood: 3, regions: ['neck'] as const };
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const chosen = chooseMove({ latestCheckIn, hiddenMoveIds: [], random: () => i / 20, kind: 'stretch' });
      expect(chosen?.intensity).toBe('gentle');
      expect(chosen?.regions).toContain('neck');
      seen.add(chosen?.id ?? '');
    }
    expect([...seen].sort()).toEqual(['chin-tuck', 'neck-look-around', 'neck-side-tilt', 'shoulder-rolls']);
  });
});

describe('eligibleMoves', () => {
  it.each<[string, LatestCheckIn | undefined, string[], MoveId[]]>([
    ['everything', undefined, [], ['neck-side-tilt', 'neck-diagonal', 'pelvic-tilt', 'standing-back-bend']],
    ['pain 5', { pain: 5, mood: 1 }, [], ['neck-side-tilt', 'neck-diagonal', 'pelvic-tilt', 'standing-back-bend']],
    ['pain 6', { pain: 6, mood: 5 }, [], ['neck-side-tilt', 'pelvic-tilt']],
    ['hidden', undefined, ['neck-diagonal'], ['neck-side-tilt', 'pelvic-tilt', 'standing-back-bend']],
  ])('%s', (_, latestCheckIn, hiddenMoveIds, expected) => {
    expect(ids(eligibleMoves({ catalog: small, latestCheckIn, hiddenMoveIds }))).toEqual(expected);
  });
});

describe('the moves-to-avoid filter', () => {
  const byCondition = (avoidConditions: MoveCondition[], latestCheckIn?: LatestCheckIn) =>
    ids(eligibleMoves({ latestCheckIn, hiddenMoveIds: [], avoidConditions }));

  it.each<[string, MoveCondition[], MoveId[]]>([
    // condition(s) ticked, moves that must be gone
    ['nothing ticked', [], []],
    [
      'recent back or neck surgery',
      ['backSurgery'],
      ['neck-side-tilt', 'seated-twist', 'seated-forward-fold', 'trunk-swings', 'knee-hug', 'hip-hinge'],
    ],
    ['osteoporosis', ['osteoporosis'], ['seated-twist', 'trunk-swings', 'reach-and-round', 'seated-forward-fold']],
    [
      'a hip replacement',
      ['hipReplacement'],
      ['knee-hug', 'figure-four', 'knee-lifts', 'hip-flexor-stretch', 'leg-swings'],
    ],
    ['pregnancy', ['pregnancy'], ['trunk-swings', 'seated-forward-fold', 'knee-hug']],
    [
      'dizziness or vertigo',
      ['dizziness'],
      ['neck-look-around', 'neck-diagonal', 'seated-forward-fold', 'leg-swings', 'sit-to-stand'],
    ],
    ['a wheeled chair', ['wheeledChair'], ['sit-to-stand', 'seated-twist', 'seated-cat-cow', 'chest-opener']],
  ])('%s removes the moves it rules out, and only those', (_, conditions, gone) => {
    const left = byCondition(conditions);
    for (const id of gone) expect(left).not.toContain(id);
    const expected = CATALOG.filter((m) => !m.avoidWith.some((c) => conditions.includes(c))).map((m) => m.id);
    expect(left).toEqual(expected);
  });

  it('every condition rules out at least one move, and every move names the ones it knows', () => {
    for (const condition of MOVE_CONDITIONS) {
      expect(
        CATALOG.some((m) => m.avoidWith.includes(condition)),
        condition,
      ).toBe(true);
    }
    for (const m of CATALOG) for (const c of m.avoidWith) expect(MOVE_CONDITIONS).toContain(c);
  });

  it('combines with bad pain: gentle moves that suit, and every move offered suits', () => {
    const left = byCondition(['hipReplacement', 'wheeledChair'], { pain: 7, mood: 3 });
    expect(left.length).toBeGreaterThan(0);
    for (const id of left) {
      const m = move(id as MoveId);
      expect(m.intensity).toBe('gentle');
      expect(m.avoidWith.filter((c) => c === 'hipReplacement' || c === 'wheeledChair')).toEqual([]);
    }
  });

  it('the break page’s choice respects it (its sequence and shorter version: core/break-length.test.ts)', () => {
    const avoidConditions: MoveCondition[] = ['backSurgery', 'dizziness'];
    for (let i = 0; i < 40; i++) {
      const chosen = chooseMove({ hiddenMoveIds: [], avoidConditions, random: () => i / 40, kind: 'stretch' });
      expect(chosen?.avoidWith.some((c) => avoidConditions.includes(c))).toBe(false);
    }
  });

  it('the forward fold and figure-four are no longer gentle', () => {
    expect(move('seated-forward-fold').intensity).toBe('regular');
    expect(move('figure-four').intensity).toBe('regular');
  });
});

describe('suggestion', () => {
  it.each<[string, LatestCheckIn | undefined, 'walk' | 'daylight' | 'breathe' | null]>([
    ['no check-in', undefined, null],
    ['mood 3', { mood: 3, pain: 0 }, null],
    ['mood 5, bad pain', { mood: 5, pain: 7 }, null],
    ['mood 5, pain 8', { mood: 5, pain: 8 }, 'breathe'],
    ['pain 9 alone (mood skipped)', { pain: 9 }, 'breathe'],
    ['mood 2', { mood: 2, pain: 0 }, 'walk'],
    ['mood 1, some pain', { mood: 1, pain: 5 }, 'walk'],
    ['mood 2, bad pain', { mood: 2, pain: 6 }, 'daylight'],
    ['mood 2, pain 7', { mood: 2, pain: 7 }, 'daylight'],
    ['mood 1, worst pain', { mood: 1, pain: 10 }, 'breathe'],
  ])('%s', (_, latestCheckIn, expected) => {
    expect(suggestion({ latestCheckIn })).toBe(expected);
  });
});
