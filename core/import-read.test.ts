import { describe, expect, it } from 'vitest';
import type { CheckIn } from './checkins';
import { checkDuplicate, FUTURE_SLACK_MS, hasLoneSurrogate, implausible } from './import-read';

const now = Date.UTC(2026, 10, 24, 13, 5);
const c: CheckIn = { id: 'abcdef-0001', at: now, tzOffsetMin: 60, mood: 3, pain: 4, source: 'popup' };

describe('implausible: what a valid check-in of a file still cannot be', () => {
  it.each<[string, Partial<CheckIn>, number | undefined, ReturnType<typeof implausible>]>([
    ['now', {}, now, null],
    ['a day ahead exactly (a clock or zone set wrong)', { at: now + FUTURE_SLACK_MS }, now, null],
    ['a day and a second ahead', { at: now + FUTURE_SLACK_MS + 1000 }, now, { field: 'at', reason: 'future' }],
    ['years ahead', { at: now + 3 * 365 * FUTURE_SLACK_MS }, now, { field: 'at', reason: 'future' }],
    ['years ahead, with no now given', { at: now + 3 * 365 * FUTURE_SLACK_MS }, undefined, null],
    ['+05:45 (Nepal)', { tzOffsetMin: 345 }, now, null],
    ['+12:45 (Chatham)', { tzOffsetMin: 765 }, now, null],
    ['−03:30 (Newfoundland)', { tzOffsetMin: -210 }, now, null],
    ['+01:01, no zone’s', { tzOffsetMin: 61 }, now, { field: 'tzOffsetMin', reason: 'offset' }],
    ['−11:30, no zone’s', { tzOffsetMin: -690 }, now, { field: 'tzOffsetMin', reason: 'offset' }],
    ['a note with an emoji', { note: 'sore 😣' }, now, null],
    ['a note with half an emoji', { note: 'sore \uD83D' }, now, { field: 'note', reason: 'surrogate' }],
    ['a note with a lone low surrogate', { note: '\uDE23 sore' }, now, { field: 'note', reason: 'surrogate' }],
  ])('%s', (_, patch, at, expected) => {
    expect(implausible({ ...c, ...patch }, at)).toEqual(expected);
  });
});

describe('hasLoneSurrogate', () => {
  it.each([
    ['', false],
    ['café', false],
    ['😣😣', false],
    ['\uD83D\uDE23', false],
    ['\uD83D', true],
    ['\uDE23\uD83D', true],
    ['a\uD83Db', true],
  ])('%j → %s', (text, expected) => {
    expect(hasLoneSurrogate(text)).toBe(expected);
  });
});

describe('checkDuplicate', () => {
  it('names the row that used an id first', () => {
    const seen = new Map<string, number>();
    expect(checkDuplicate(seen, 'a', 2)).toBeUndefined();
    expect(checkDuplicate(seen, 'b', 3)).toBeUndefined();
    expect(checkDuplicate(seen, 'a', 4)).toEqual({ kind: 'duplicateId', row: 4, field: 'id', id: 'a', firstRow: 2 });
  });
});
