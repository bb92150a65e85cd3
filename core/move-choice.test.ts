import { describe, expect, it } from 'vitest';
import { CATALOG, findMove, type Move, type MoveId } from './exercises';
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
const fold = move('seated-forward-fold'); // lower, gentle
const bend = move('standing-back-bend'); // lower, regular
const small = [tilt, diagonal, fold, bend];

describe('chooseMove', () => {
  it.each<
    [string, { latestCheckIn?: LatestCheckIn; lastMoveId?: string; hiddenMoveIds?: string[] }, number, string | null]
  >([
    ['no check-in: any move', {}, 0, 'neck-side-tilt'],
    ['no check-in, last pick', {}, 0.99, 'standing-back-bend'],
    ['low pain: regular moves too', { latestCheckIn: { pain: 5, mood: 3 } }, 0.3, 'neck-diagonal'],
    ['pain 6: gentle only', { latestCheckIn: { pain: 6, mood: 3 } }, 0.99, 'seated-forward-fold'],
    ['pain 10: gentle only', { latestCheckIn: { pain: 10, mood: 3 } }, 0, 'neck-side-tilt'],
    ['a reported region first', { latestCheckIn: { pain: 3, mood: 3, regions: ['lower'] } }, 0, 'seated-forward-fold'],
    ['a region and bad pain', { latestCheckIn: { pain: 7, mood: 3, regions: ['lower'] } }, 0.99, 'seated-forward-fold'],
    ['any reported region', { latestCheckIn: { pain: 3, mood: 3, regions: ['upper', 'hips'] } }, 0.5, 'neck-diagonal'],
    ['a region no move covers', { latestCheckIn: { pain: 3, mood: 3, regions: ['hips'] } }, 0, 'neck-side-tilt'],
    ['not the last move', { lastMoveId: 'neck-side-tilt' }, 0, 'neck-diagonal'],
    [
      'not the last move, even for the region',
      { latestCheckIn: { pain: 8, mood: 3, regions: ['lower'] }, lastMoveId: 'seated-forward-fold' },
      0,
      'neck-side-tilt',
    ],
    ['never a hidden move', { hiddenMoveIds: ['neck-side-tilt', 'neck-diagonal'] }, 0, 'seated-forward-fold'],
    [
      'the only move left, even if it was the last',
      { hiddenMoveIds: ['neck-diagonal', 'seated-forward-fold', 'standing-back-bend'], lastMoveId: 'neck-side-tilt' },
      0.5,
      'neck-side-tilt',
    ],
    ['everything hidden', { hiddenMoveIds: ids(small) }, 0, null],
    [
      'bad pain with every gentle move hidden',
      { latestCheckIn: { pain: 6, mood: 3 }, hiddenMoveIds: ['neck-side-tilt', 'seated-forward-fold'] },
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
    ['everything', undefined, [], ['neck-side-tilt', 'neck-diagonal', 'seated-forward-fold', 'standing-back-bend']],
    [
      'pain 5',
      { pain: 5, mood: 1 },
      [],
      ['neck-side-tilt', 'neck-diagonal', 'seated-forward-fold', 'standing-back-bend'],
    ],
    ['pain 6', { pain: 6, mood: 5 }, [], ['neck-side-tilt', 'seated-forward-fold']],
    ['hidden', undefined, ['neck-diagonal'], ['neck-side-tilt', 'seated-forward-fold', 'standing-back-bend']],
  ])('%s', (_, latestCheckIn, hiddenMoveIds, expected) => {
    expect(ids(eligibleMoves({ catalog: small, latestCheckIn, hiddenMoveIds }))).toEqual(expected);
  });
});

describe('suggestion', () => {
  it.each<[string, LatestCheckIn | undefined, 'walk' | 'daylight' | null]>([
    ['no check-in', undefined, null],
    ['mood 3', { mood: 3, pain: 0 }, null],
    ['mood 5, bad pain', { mood: 5, pain: 9 }, null],
    ['mood 2', { mood: 2, pain: 0 }, 'walk'],
    ['mood 1, some pain', { mood: 1, pain: 5 }, 'walk'],
    ['mood 2, bad pain', { mood: 2, pain: 6 }, 'daylight'],
    ['mood 1, worst pain', { mood: 1, pain: 10 }, 'daylight'],
  ])('%s', (_, latestCheckIn, expected) => {
    expect(suggestion({ latestCheckIn })).toBe(expected);
  });
});
