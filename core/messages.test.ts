import { describe, expect, it } from 'vitest';
import { parseRequest } from './messages';

describe('parseRequest', () => {
  it.each([
    [{ type: 'checkin/add', checkIn: { mood: 3 } }],
    [{ type: 'checkin/remove', month: '2026-11', id: 'abcdef-1234' }],
    [{ type: 'checkin/update', from: '2026-10', checkIn: { mood: 3 } }],
    [{ type: 'checkins/repair', month: '2026-01' }],
    [{ type: 'quarantine/dismiss' }],
    [{ type: 'data/check' }],
  ])('accepts %j', (message) => {
    expect(parseRequest(message)).toEqual(message);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'checkin/add'],
    ['an unknown type', { type: 'settings/clear' }],
    ['a missing check-in', { type: 'checkin/add' }],
    ['an update without its month', { type: 'checkin/update', checkIn: { mood: 3 } }],
    ['an extra field', { type: 'quarantine/dismiss', all: true }],
    ['a bad month', { type: 'checkins/repair', month: '2026-13' }],
    ['a month with a path', { type: 'checkins/repair', month: '../settings' }],
    ['an over-long id', { type: 'checkin/remove', month: '2026-11', id: 'x'.repeat(65) }],
    // Imports are written by the options page (utils/import-writer.ts), not the background.
    ['an import', { type: 'data/import', checkIns: [] }],
  ])('refuses %s', (_, message) => {
    expect(parseRequest(message)).toBeNull();
  });
});
